import type { MomentEvent } from '../core/types';
/** The outcome of {@link validateBatch}: the events, or the first problem in words. */
export type BatchResult = {
    ok: true;
    events: MomentEvent[];
} | {
    ok: false;
    error: string;
};
/**
 * Parses and checks one POSTed body against `event.schema.json` (plus the limits the schema can't
 * say, like the context's serialised size). Names the first problem only.
 * @example
 * const r = validateBatch('{"events":[]}'); // { ok: false, error: 'events must NOT have fewer than 1 items' }
 */
export declare function validateBatch(body: string): BatchResult;
