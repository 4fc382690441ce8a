import type { Sink } from '../core/types';
import { clientSink, page } from './client';
import { fields } from './fields';

interface PostHog {
  capture(event: string, properties?: Record<string, unknown> | null, options?: { uuid?: string; timestamp?: Date }): unknown;
}

/**
 * Sends each event to PostHog with `posthog.capture('moment.answered', { rating: 4, … }, { uuid: event.id, timestamp })`;
 * the event's id becomes PostHog's uuid, so PostHog de-duplicates a resend. Waits for `window.posthog`.
 * @example Moments.init({ sinks: [{ type: 'posthog' }], touchpoints });
 */
export function posthogSink(config: { event?: string } = {}): Sink {
  return clientSink(
    'posthog',
    () => (typeof page.posthog?.capture == 'function' ? (page.posthog as PostHog) : undefined),
    (ph, e) => ph.capture(config.event ?? e.type, fields(e), { uuid: e.id, timestamp: new Date(e.time) }),
  );
}
