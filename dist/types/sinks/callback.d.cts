import type { MomentEvent, Sink } from '../core/types.cjs';
/**
 * Hands every batch to a function of yours (it may return a promise).
 * @example Moments.init({ sinks: [callbackSink((events) => myPipeline.push(...events))], touchpoints });
 */
export declare function callbackSink(fn: (events: MomentEvent[]) => void | Promise<void>): Sink;
