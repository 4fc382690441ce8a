import type { Sink } from '../core/types.js';
/**
 * Sends each event as a GA4 event through `gtag('event', 'moment_answered', { rating: 4, … })`. GA4 parameters
 * are flat scalars, so `reasons` is joined with commas and `context` is left out. Waits for `window.gtag`.
 * @example Moments.init({ sinks: [{ type: 'gtag' }], touchpoints });
 */
export declare function gtagSink(config?: {
    event?: string;
}): Sink;
