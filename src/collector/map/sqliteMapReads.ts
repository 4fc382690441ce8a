import type { Database as Db } from 'better-sqlite3';
import { commentRow, type CommentColumns } from '../store/commentRow';
import { dayAfter } from '../store/dayAfter';
import { idText } from '../store/sqlite/idKey';
import type { CommentRow } from '../store/store';
import type { CommentQuery } from './commentQuery';
import { contactRequest, type ContactColumns, type ContactRequest } from './contactRequest';

type StoredComment = Omit<CommentColumns, 'id' | 'moment'> & { id: string | Uint8Array; moment: string | Uint8Array };

/** A JSON path naming one top-level key, whatever characters it holds (`$."a.b"`). */
export const jsonKeyPath = (key: string) => `$."${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The map's reads on SQLite: the first day each touchpoint was seen (from the `daily` rollup), and
 * misery comments through the comments index (and misery contact requests through theirs), newest
 * first, with optional touchpoint and context filters (a context value compares as text: `402` matches the number 402, `true` the boolean).
 * @example
 * const { miseryComments } = sqliteMapReads(db);
 * await miseryComments({ from: '2026-11-01', to: '2026-11-30', key: 'code', value: 'card_declined' });
 */
export function sqliteMapReads(db: Db) {
  const orderQ = db.prepare(
    `SELECT d.touchpoint, d.firstDay, s.stage FROM (SELECT touchpoint, min(day) AS firstDay FROM daily GROUP BY touchpoint) d
     LEFT JOIN touchpoint_stages s ON s.touchpoint = d.touchpoint`,
  );
  const commentsQ = db.prepare(
    `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
     FROM events e INDEXED BY events_comments JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.commented' AND e.preview = 0 AND e.time >= @start AND e.time < @end AND m.mood = -1
       AND (@touchpoint IS NULL OR e.touchpoint = @touchpoint)
       AND (@path IS NULL OR (CASE json_type(e.context, @path) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
            ELSE CAST(json_extract(e.context, @path) AS TEXT) END) = @value)
     ORDER BY e.time DESC, e.id DESC LIMIT @limit`,
  );
  // Contact requests through their own partial index (few rows), each with its moment's comment through the
  // comments-by-moment index: never a scan of the events table. In a `moment.contact` row, `comment` holds the e-mail.
  const contactsQ = db.prepare(
    `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment AS email, e.page_path, e.page_title, e.context, m.scale, m.value,
       (SELECT c.comment FROM events c INDEXED BY events_comment_moments WHERE c.moment = e.moment AND c.type = 'moment.commented'
        ORDER BY c.time LIMIT 1) AS comment
     FROM events e INDEXED BY events_contacts JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.contact' AND e.preview = 0 AND e.time >= @start AND e.time < @end AND m.mood = -1
       AND (@touchpoint IS NULL OR e.touchpoint = @touchpoint)
       AND (@path IS NULL OR (CASE json_type(e.context, @path) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
            ELSE CAST(json_extract(e.context, @path) AS TEXT) END) = @value)
     ORDER BY e.time DESC, e.id DESC LIMIT @limit`,
  );
  const params = (q: CommentQuery) => ({
    start: `${q.from}T00:00:00.000Z`,
    end: dayAfter(q.to),
    touchpoint: q.touchpoint ?? null,
    path: q.key !== undefined && q.value !== undefined ? jsonKeyPath(q.key) : null,
    value: q.value ?? null,
    limit: q.limit ?? 50,
  });
  return {
    async touchpointOrder() {
      return orderQ.all() as Array<{ touchpoint: string; firstDay: string; stage: string | null }>;
    },
    async miseryComments(q: CommentQuery): Promise<CommentRow[]> {
      const rows = commentsQ.all(params(q)) as StoredComment[];
      return rows.map((c) => commentRow({ ...c, id: idText(c.id), moment: idText(c.moment) }));
    },
    async contactRequests(q: CommentQuery): Promise<ContactRequest[]> {
      const rows = contactsQ.all(params(q)) as Array<ContactColumns & { id: string | Uint8Array; moment: string | Uint8Array }>;
      return rows.map((c) => contactRequest({ ...c, id: idText(c.id), moment: idText(c.moment) }));
    },
  };
}
