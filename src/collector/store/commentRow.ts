import type { Scale } from '../../core/types';
import type { CommentRow } from './store';

/** The columns both stores select for a comment. */
export interface CommentColumns {
  id: string;
  time: string | Date;
  touchpoint: string;
  moment: string;
  comment: string;
  page_path: string;
  page_title: string;
  context: string | Record<string, unknown> | null;
  scale: string | null;
  value: number | null;
  reasons: string | string[] | null;
}

const json = <T>(v: string | T | null): T | undefined => (v === null ? undefined : typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** Turns selected comment columns (text JSON in SQLite, parsed JSON in PostgreSQL) into a {@link CommentRow}. */
export function commentRow(c: CommentColumns): CommentRow {
  const row: CommentRow = {
    id: c.id,
    time: c.time instanceof Date ? c.time.toISOString() : c.time,
    touchpoint: c.touchpoint,
    moment: c.moment,
    comment: c.comment,
    page: { path: c.page_path, title: c.page_title },
  };
  const context = json<Record<string, unknown>>(c.context);
  if (context !== undefined) row.context = context;
  if (c.scale !== null && c.value !== null) row.rating = { scale: c.scale as Scale, value: Number(c.value) };
  const reasons = json<string[]>(c.reasons);
  if (reasons !== undefined) row.reasons = reasons;
  return row;
}
