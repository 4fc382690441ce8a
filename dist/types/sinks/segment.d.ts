import type { Sink } from '../core/types.js';
/**
 * Sends each event to Segment with `analytics.track('moment.answered', { rating: 4, … }, { timestamp })`. The
 * snippet's stub queue counts as loaded (analytics.js replays it); before the snippet runs, events wait.
 * @example Moments.init({ sinks: [{ type: 'segment' }], touchpoints });
 */
export declare function segmentSink(config?: {
    event?: string;
}): Sink;
