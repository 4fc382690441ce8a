import type { Sink, SinkConfig } from '../core/types.js';
/** A sink whose code lives in the lazily loaded delivery chunk. */
export interface LazySink extends Sink {
    /** Loads the chunk and creates the sink; rejects when the chunk cannot be loaded (a later call tries again). */
    load(): Promise<void>;
}
/**
 * A placeholder for a sink that lives in the lazily loaded chunk: buffers events until `load` resolves,
 * then forwards them. When loading fails it reports once, keeps the events and tries again on the next send.
 * `deliver` waits on `load()` in its `ready`, and the engine mounts no prompt before that.
 * @example lazySink({ type: 'segment' }, () => import('./adapters.js'))
 */
export declare function lazySink(config: SinkConfig, load: () => Promise<{
    createAdapter(c: SinkConfig): Sink;
}>): LazySink;
