import type { Sink } from '../core/types';
import { clientSink, page } from './client';
import { eventName, fields } from './fields';

/**
 * Pushes each event into Google Tag Manager's `window.dataLayer` as `{ event: 'moment_answered', rating: 4, … }`.
 * The array is created when missing, exactly as GTM's snippet does, so GTM loaded later replays what was pushed.
 * @example Moments.init({ sinks: [{ type: 'dataLayer' }], touchpoints });
 */
export function dataLayerSink(config: { event?: string } = {}): Sink {
  return clientSink(
    'dataLayer',
    () => (page.dataLayer ||= []) as { push(x: unknown): void },
    (dl, e) => dl.push({ event: eventName(e, config.event), ...fields(e) }),
  );
}
