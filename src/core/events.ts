import type { EventType, MomentEvent } from './types';
import { uuid } from './uuid';
import { MAX_PATH, MAX_TITLE } from '../shared/limits';
import { truncate } from '../shared/truncate';
import { doc } from './doc';

/** Fields an event adds to the common ones. */
export type EventFields = Partial<Omit<MomentEvent, 'schema' | 'id' | 'type' | 'time'>>;

/**
 * Builds an event with a fresh id and the current time and page (no query string or fragment unless `keepQuery`).
 * The page's path and title are cut to the limits the collector accepts, so a long title loses its end, not the
 * event; the schema version is 2 only for what version 1 cannot describe (a `reason`, a `moment.contact`), so
 * older collectors keep accepting everything else.
 * @example buildEvent('moment.answered', { touchpoint: 'checkout', moment, rating: { scale: 'emoji5', value: 4 } })
 */
export function buildEvent(type: EventType, fields: EventFields = {}, keepQuery = false): MomentEvent {
  const loc = location;
  return {
    schema: fields.reason || type == 'moment.contact' ? 2 : 1,
    id: uuid(),
    type,
    touchpoint: '',
    moment: '',
    time: new Date().toISOString(),
    page: { path: truncate(keepQuery ? loc.pathname + loc.search + loc.hash : loc.pathname, MAX_PATH), title: truncate(doc('title'), MAX_TITLE) },
    ...fields,
  };
}
