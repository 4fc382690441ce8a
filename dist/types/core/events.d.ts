import type { EventType, MomentEvent } from './types.js';
/** Fields an event adds to the common ones. */
export type EventFields = Partial<Omit<MomentEvent, 'schema' | 'id' | 'type' | 'time'>>;
/**
 * Builds an event with a fresh id and the current time and page (no query string or fragment unless `keepQuery`).
 * The page's path and title are cut to the limits the collector accepts, so a long title loses its end, not the
 * event; the schema version is 2 only for what version 1 cannot describe (a `reason`, a `moment.contact`), so
 * older collectors keep accepting everything else.
 * @example buildEvent('moment.answered', { touchpoint: 'checkout', moment, rating: { scale: 'emoji5', value: 4 } })
 */
export declare function buildEvent(type: EventType, fields?: EventFields, keepQuery?: boolean): MomentEvent;
