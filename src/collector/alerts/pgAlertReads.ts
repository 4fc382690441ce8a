import type { Pool } from 'pg';
import { rethrowPg } from '../store/pg/rethrowPg';
import type { AlertReads } from './alertReads';

/**
 * The alerts' reads and state on PostgreSQL; see {@link AlertReads}.
 * @example
 * const counts = await pgAlertReads(pool).answerWindow(since, until);
 */
export function pgAlertReads(pool: Pool): AlertReads {
  async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
    try {
      return (await pool.query(sql, params)).rows as T[];
    } catch (error) {
      return rethrowPg(error);
    }
  }
  return {
    async answerWindow(since, until) {
      const rows = await query<{ touchpoint: string; answers: string; misery: string }>(
        `SELECT e.touchpoint, count(DISTINCT e.moment) AS answers, count(DISTINCT CASE WHEN m.mood = -1 THEN e.moment END) AS misery
         FROM events e JOIN moments m ON m.moment = e.moment
         WHERE e.type = 'moment.answered' AND NOT e.preview AND e.time >= $1 AND e.time < $2 GROUP BY e.touchpoint`,
        [since, until],
      );
      return rows.map((r) => ({ touchpoint: r.touchpoint, answers: Number(r.answers), misery: Number(r.misery) }));
    },
    async claimAlerts(rule, tripping) {
      await query('UPDATE alert_state SET tripped = false, changed_at = now() WHERE rule = $1 AND tripped AND NOT (touchpoint = ANY($2::text[]))', [rule, tripping]);
      if (!tripping.length) return [];
      // One statement decides: of replicas that see the same trip, only the one whose upsert changed
      // a row (under its row lock; a concurrent one re-checks the WHERE after it commits) gets it back.
      const rows = await query<{ touchpoint: string }>(
        `INSERT INTO alert_state (rule, touchpoint, tripped) SELECT $1, t, true FROM unnest($2::text[]) AS t ORDER BY t COLLATE "C"
         ON CONFLICT (rule, touchpoint) DO UPDATE SET tripped = true, changed_at = now() WHERE alert_state.tripped = false
         RETURNING touchpoint`,
        [rule, tripping],
      );
      return rows.map((r) => r.touchpoint);
    },
  };
}
