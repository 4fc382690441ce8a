import type { MomentEvent, Scale } from '../../core/types';

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
export const STORED_EVENT_COLUMNS = 'id, type, touchpoint, stage, moment, time, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview';

const json = <T>(v: string | T | null): T | undefined => (v === null ? undefined : typeof v === 'string' ? (JSON.parse(v) as T) : v);

/**
 * Rebuilds the event a row was stored from, in `dist/event.schema.json`'s shape (time in UTC), so
 * an NDJSON export can be validated or re-posted as it is.
 * @example
 * storedEvent(row).rating // { scale: 'csat', value: 2 }
 */
export function storedEvent(c: StoredEventColumns): MomentEvent {
  const e: MomentEvent = {
    schema: 1,
    id: c.id,
    type: c.type as MomentEvent['type'],
    touchpoint: c.touchpoint,
    moment: c.moment,
    time: c.time instanceof Date ? c.time.toISOString() : c.time,
    page: { path: c.page_path, title: c.page_title },
  };
  if (c.stage !== null) e.stage = c.stage;
  if (c.visitor !== null) e.visitor = c.visitor;
  const context = json<Record<string, unknown>>(c.context);
  if (context !== undefined) e.context = context;
  if (c.scale !== null && c.value !== null) e.rating = { scale: c.scale as Scale, value: Number(c.value) };
  const reasons = json<string[]>(c.reasons);
  if (reasons !== undefined) e.reasons = reasons;
  // A `moment.contact` keeps its e-mail in the comment column, and is a schema-2 event.
  if (c.comment !== null && e.type === 'moment.contact') Object.assign(e, { schema: 2, contact: { email: c.comment } });
  else if (c.comment !== null) e.comment = c.comment;
  if (c.dropped !== null) e.dropped = Number(c.dropped);
  if (c.preview === true || c.preview === 1) e.preview = true;
  return e;
}
