import type { MomentEvent } from '../../core/types.js';
/** The event columns both stores select for an export (JSON columns as text in SQLite, parsed in PostgreSQL). */
export interface StoredEventColumns {
    id: string;
    type: string;
    touchpoint: string;
    stage: string | null;
    moment: string;
    time: string | Date;
    page_path: string;
    page_title: string;
    visitor: string | null;
    context: string | Record<string, unknown> | null;
    scale: string | null;
    value: number | null;
    reasons: string | string[] | null;
    comment: string | null;
    dropped: number | null;
    preview: boolean | number;
}
/** The SELECT list of {@link StoredEventColumns}, for both stores. */
export declare const STORED_EVENT_COLUMNS = "id, type, touchpoint, stage, moment, time, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview";
/**
 * Rebuilds the event a row was stored from, in `dist/event.schema.json`'s shape (time in UTC), so
 * an NDJSON export can be validated or re-posted as it is.
 * @example
 * storedEvent(row).rating // { scale: 'csat', value: 2 }
 */
export declare function storedEvent(c: StoredEventColumns): MomentEvent;
