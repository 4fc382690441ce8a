import type { Sink } from '../core/types';
import { clientSink, page } from './client';
import { fields } from './fields';

interface Analytics {
  track(event: string, properties: Record<string, unknown>, options?: Record<string, unknown>): unknown;
}

/**
 * Sends each event to Segment with `analytics.track('moment.answered', { rating: 4, … }, { timestamp })`. The
 * snippet's stub queue counts as loaded (analytics.js replays it); before the snippet runs, events wait.
 * @example Moments.init({ sinks: [{ type: 'segment' }], touchpoints });
 */
export function segmentSink(config: { event?: string } = {}): Sink {
  return clientSink(
    'segment',
    () => (typeof page.analytics?.track == 'function' ? (page.analytics as Analytics) : undefined),
    (a, e) => a.track(config.event ?? e.type, fields(e), { timestamp: new Date(e.time) }),
  );
}
