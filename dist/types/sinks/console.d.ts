import type { Sink } from '../core/types.js';
/**
 * Logs every event on the console, for debugging a setup.
 * @example Moments.init({ sinks: [{ type: 'console' }], touchpoints });
 */
export declare function consoleSink(): Sink;
