/** Runs the collector until SIGINT/SIGTERM. */
export declare function main(env?: NodeJS.ProcessEnv, argv?: string[]): Promise<void>;
/** Runs {@link main}, printing a failure in one line and exiting 1. */
export declare function run(): void;
export { openStore } from './store/store.js';
export { createCollector } from './http/collector.js';
