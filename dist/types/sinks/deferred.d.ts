import type { Sink, SinkConfig } from '../core/types.js';
/**
 * A sink for the ESM entry's factories (`httpSink(…)`, `segmentSink()`, …) that carries no sink code at all until
 * first used: then it loads the lazy-sink wrapper and the sink's own chunk (the adapters), which buffer, report
 * and retry as in the drop-in. `init` calls `load` and shows no prompt before it resolves, so no event waits here.
 * Kept apart from `lazySink` so a bundle that only calls `init` carries neither (the prompt chunk has those).
 * @example init({ sinks: [deferredSink({ type: 'http', url: '/moments' })], touchpoints });
 */
export declare function deferredSink(config: SinkConfig): Sink & {
    load(): Promise<void>;
};
