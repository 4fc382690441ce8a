import type { EventType, MomentEvent } from './types';
/** Fields an event adds to the common ones. */
export type EventFields = Partial<Omit<MomentEvent, 'schema' | 'id' | 'type' | 'time'>>;
/**
 * Builds an event with a fresh id and the current time and page (no query string or fragment unless `keepQuery`).
 * @example buildEvent('moment.answered', { touchpoint: 'checkout', moment, rating: { scale: 'emoji5', value: 4 } })
 */
export declare function buildEvent(type: EventType, fields?: EventFields, keepQuery?: boolean): MomentEvent;
