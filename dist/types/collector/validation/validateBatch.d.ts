import type { MomentEvent } from '../../core/types.js';
import { type TimeWindow } from './eventTimeProblem.js';
/** The outcome of {@link validateBatch}: the events, or the first problem in words. */
export type BatchResult = {
    ok: true;
    events: MomentEvent[];
} | {
    ok: false;
    error: string;
};
/** What {@link validateBatch} checks beyond the schema; tests pin the clock. */
export interface BatchOptions {
    /** The server's clock, ms since the epoch. Default `Date.now()`. */
    now?: number;
    /** Accepted event times around `now`. */
    timeWindow?: TimeWindow;
}
/**
 * Parses and checks one POSTed body against `event.schema.json` and `moment.schema.json` (plus the limits the
 * schema can't say: nesting depth, overflowing numbers, lone surrogates, the context's size in UTF-8 bytes,
 * counted as the widget counts it, real times near the server's clock). Names the first problem only.
 * @example
 * const r = validateBatch('{"events":[]}'); // { ok: false, error: 'events must NOT have fewer than 1 items' }
 */
export declare function validateBatch(body: string, options?: BatchOptions): BatchResult;
