import type { Sink } from '../core/types';
import { clientSink, page } from './client';
import { eventName, fields } from './fields';

type Gtag = (command: 'event', name: string, params: Record<string, unknown>) => void;

/**
 * Sends each event as a GA4 event through `gtag('event', 'moment_answered', { rating: 4, … })`. GA4 parameters
 * are flat scalars, so `reasons` is joined with commas and `context` is left out. Waits for `window.gtag`.
 * @example Moments.init({ sinks: [{ type: 'gtag' }], touchpoints });
 */
export function gtagSink(config: { event?: string } = {}): Sink {
  return clientSink(
    'gtag',
    () => (typeof page.gtag == 'function' ? (page.gtag as Gtag) : undefined),
    (gtag, e) => {
      const params: Record<string, unknown> = { ...fields(e), reasons: e.reasons?.join(','), context: undefined };
      for (const k of Object.keys(params)) if (params[k] === undefined) delete params[k];
      gtag('event', eventName(e, config.event), params);
    },
  );
}
