import type { EventType, MomentEvent } from './types';
import { uuid } from './uuid';
import { doc } from './doc';

/** Fields an event adds to the common ones. */
export type EventFields = Partial<Omit<MomentEvent, 'schema' | 'id' | 'type' | 'time'>>;

/**
 * Builds an event with a fresh id and the current time and page (no query string or fragment unless `keepQuery`).
 * @example buildEvent('moment.answered', { touchpoint: 'checkout', moment, rating: { scale: 'emoji5', value: 4 } })
 */
export function buildEvent(type: EventType, fields: EventFields = {}, keepQuery = false): MomentEvent {
  const loc = location;
  return {
    schema: 1,
    id: uuid(),
    type,
    touchpoint: '',
    moment: '',
    time: new Date().toISOString(),
    page: { path: keepQuery ? loc.pathname + loc.search + loc.hash : loc.pathname, title: doc('title') },
    ...fields,
  };
}
