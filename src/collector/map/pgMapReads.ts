import type { Pool } from 'pg';
import { commentRow, type CommentColumns } from '../store/commentRow';
import { dayAfter } from '../store/dayAfter';
import { rethrowPg } from '../store/pg/rethrowPg';
import type { CommentRow } from '../store/store';
import type { CommentQuery } from './commentQuery';
import { contactRequest, type ContactColumns, type ContactRequest } from './contactRequest';

/**
 * The map's reads on PostgreSQL; see `sqliteMapReads` for what they return.
 * @example
 * const { touchpointOrder } = pgMapReads(pool);
 */
export function pgMapReads(pool: Pool) {
  async function read<T>(sql: string, params: unknown[]): Promise<T[]> {
    try {
      return (await pool.query(sql, params)).rows as T[];
    } catch (error) {
      return rethrowPg(error);
    }
  }
  return {
    async touchpointOrder() {
      return read<{ touchpoint: string; firstDay: string; stage: string | null }>(
        `SELECT d.touchpoint, d."firstDay", s.stage FROM (SELECT touchpoint, to_char(min(day), 'YYYY-MM-DD') AS "firstDay" FROM daily GROUP BY touchpoint) d
         LEFT JOIN touchpoint_stages s ON s.touchpoint = d.touchpoint`,
        [],
      );
    },
    async miseryComments(q: CommentQuery): Promise<CommentRow[]> {
      const filter = q.key !== undefined && q.value !== undefined;
      const rows = await read<CommentColumns>(
        `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
         FROM events e JOIN moments m ON m.moment = e.moment
         WHERE e.type = 'moment.commented' AND NOT e.preview AND e.time >= $1 AND e.time < $2 AND m.mood = -1
           AND ($3::text IS NULL OR e.touchpoint = $3) AND ($4::text IS NULL OR e.context ->> $4 = $5)
         ORDER BY e.time DESC, e.id COLLATE "C" DESC LIMIT $6`,
        [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.touchpoint ?? null, filter ? q.key : null, filter ? q.value : null, q.limit ?? 50],
      );
      return rows.map(commentRow);
    },
    async contactRequests(q: CommentQuery): Promise<ContactRequest[]> {
      const filter = q.key !== undefined && q.value !== undefined;
      // In a `moment.contact` row, `comment` holds the e-mail; the moment's comment comes by the comments-by-moment index.
      const rows = await read<ContactColumns>(
        `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment AS email, e.page_path, e.page_title, e.context, m.scale, m.value,
           (SELECT c.comment FROM events c WHERE c.moment = e.moment AND c.type = 'moment.commented' ORDER BY c.time LIMIT 1) AS comment
         FROM events e JOIN moments m ON m.moment = e.moment
         WHERE e.type = 'moment.contact' AND NOT e.preview AND e.time >= $1 AND e.time < $2 AND m.mood = -1
           AND ($3::text IS NULL OR e.touchpoint = $3) AND ($4::text IS NULL OR e.context ->> $4 = $5)
         ORDER BY e.time DESC, e.id COLLATE "C" DESC LIMIT $6`,
        [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.touchpoint ?? null, filter ? q.key : null, filter ? q.value : null, q.limit ?? 50],
      );
      return rows.map(contactRequest);
    },
  };
}
