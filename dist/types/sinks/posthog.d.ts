import type { Sink } from '../core/types.js';
/**
 * Sends each event to PostHog with `posthog.capture('moment.answered', { rating: 4, … }, { uuid: event.id, timestamp })`;
 * the event's id becomes PostHog's uuid, so PostHog de-duplicates a resend. Waits for `window.posthog`.
 * @example Moments.init({ sinks: [{ type: 'posthog' }], touchpoints });
 */
export declare function posthogSink(config?: {
    event?: string;
}): Sink;
