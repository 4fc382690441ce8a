import type { Sink, SinkConfig } from '../core/types.js';
/**
 * Creates the sink a JSON config names.
 * @example createAdapter({ type: 'segment' }).send(events)
 */
export declare function createAdapter(config: SinkConfig): Sink;
