import type { Database as Db } from 'better-sqlite3';
import type { AlertReads } from './alertReads';

/**
 * The alerts' reads and state on SQLite; see {@link AlertReads}.
 * @example
 * const claimed = await sqliteAlertReads(db).claimAlerts('burst', ['payment']); // ['payment'] the first time only
 */
export function sqliteAlertReads(db: Db): AlertReads {
  const windowQ = db.prepare(
    `SELECT e.touchpoint AS touchpoint, count(DISTINCT e.moment) AS answers, count(DISTINCT CASE WHEN m.mood = -1 THEN e.moment END) AS misery
     FROM events e INDEXED BY events_answers JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.answered' AND e.preview = 0 AND e.time >= ? AND e.time < ? GROUP BY e.touchpoint`,
  );
  const recover = db.prepare(
    `UPDATE alert_state SET tripped = 0, changed_at = ? WHERE rule = ? AND tripped = 1 AND touchpoint NOT IN (SELECT value FROM json_each(?))`,
  );
  const trip = db.prepare(
    `INSERT INTO alert_state (rule, touchpoint, tripped, changed_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (rule, touchpoint) DO UPDATE SET tripped = 1, changed_at = excluded.changed_at WHERE tripped = 0`,
  );
  const claim = db.transaction((rule: string, tripping: string[]) => {
    const now = new Date().toISOString();
    recover.run(now, rule, JSON.stringify(tripping));
    return tripping.filter((touchpoint) => trip.run(rule, touchpoint, now).changes === 1);
  });
  return {
    async answerWindow(since, until) {
      return windowQ.all(since, until) as Array<{ touchpoint: string; answers: number; misery: number }>;
    },
    async claimAlerts(rule, tripping) {
      // BEGIN IMMEDIATE: another process on the same file waits for the write lock, then sees the row.
      return claim.immediate(rule, tripping);
    },
  };
}
