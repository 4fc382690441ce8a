import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database as Db } from 'better-sqlite3';
import type { MomentEvent } from '../core/types';
import { commentRow, type CommentColumns } from './comment-row';
import { dayAfter } from './day-range';
import { eventRow, type EventRow } from './event-row';
import { createGroupCommit } from './group-commit';
import { loadDriver } from './load-driver';
import { RollupDelta } from './rollup-delta';
import { sqliteMigrations } from './sqlite-migrations';
import type { DashboardData, InsertResult, RatingCount, Store, TouchpointTotals } from './store';

/**
 * Opens (creating and migrating) the SQLite store at `path`. WAL with `synchronous=FULL`: a commit
 * is on disk when it returns, so a 2xx survives a crash; group commit spreads the fsync over every
 * batch that arrived meanwhile. better-sqlite3 is loaded here only, as an optional peer dependency.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'));
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db: Db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  // ON CONFLICT (id) only: OR IGNORE would also skip NOT NULL violations and half-store a batch.
  const insertEvent = db.prepare(
    `INSERT INTO events (id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context,
       scale, value, reasons, comment, dropped, preview, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  const insertMoment = db.prepare(
    `INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons)
     VALUES (@moment, @touchpoint, @day, @scale, @value, @mood, @reasons) ON CONFLICT (moment) DO NOTHING`,
  );
  const setReasons = db.prepare('UPDATE moments SET reasons = ? WHERE moment = ?');
  const upDaily = db.prepare(
    `INSERT INTO daily (day, touchpoint, shown, answered, dismissed, commented) VALUES (@day, @touchpoint, @shown, @answered, @dismissed, @commented)
     ON CONFLICT (day, touchpoint) DO UPDATE SET shown = shown + excluded.shown, answered = answered + excluded.answered,
       dismissed = dismissed + excluded.dismissed, commented = commented + excluded.commented`,
  );
  const upRating = db.prepare(
    `INSERT INTO daily_ratings (day, touchpoint, scale, value, n) VALUES (@day, @touchpoint, @scale, @value, @n)
     ON CONFLICT (day, touchpoint, scale, value) DO UPDATE SET n = n + excluded.n`,
  );
  const upDropped = db.prepare(
    `INSERT INTO daily_dropped (day, dropped) VALUES (@day, @n) ON CONFLICT (day) DO UPDATE SET dropped = dropped + excluded.dropped`,
  );

  /** One transaction for a group of batches; rollups change only for rows actually inserted. */
  const writeGroup = db.transaction((batches: EventRow[][]): InsertResult[] => {
    const received_at = new Date().toISOString();
    const delta = new RollupDelta();
    const results = batches.map((rows) => {
      let stored = 0;
      for (const row of rows) {
        // Positional binding: no per-row object copy on the hot path.
        const r = row;
        const changes = insertEvent.run(r.id, r.type, r.touchpoint, r.moment, r.time, r.day, r.page_path, r.page_title, r.visitor, r.context,
          r.scale, r.value, r.reasons, r.comment, r.dropped, r.preview ? 1 : 0, received_at).changes;
        if (changes === 0) continue;
        stored++;
        if (row.type === 'moment.answered' && !row.preview) {
          if (insertMoment.run(row).changes === 1) delta.answer(row);
          else if (row.reasons !== null) setReasons.run(row.reasons, row.moment);
        } else delta.add(row);
      }
      return { stored, duplicates: rows.length - stored };
    });
    const { daily, ratings, dropped } = delta.sorted();
    for (const d of daily) upDaily.run(d);
    for (const r of ratings) upRating.run(r);
    for (const d of dropped) upDropped.run(d);
    return results;
  });

  const group = createGroupCommit<EventRow[], InsertResult>(async (batches) => writeGroup(batches), {
    writeOne: async (batch) => writeGroup([batch])[0],
  });

  const totalsQ = db.prepare(
    `SELECT touchpoint, sum(shown) AS shown, sum(answered) AS answered, sum(dismissed) AS dismissed, sum(commented) AS commented
     FROM daily WHERE day >= ? AND day <= ? GROUP BY touchpoint ORDER BY touchpoint`,
  );
  const ratingsQ = db.prepare(
    `SELECT day, touchpoint, scale, value, sum(n) AS count FROM daily_ratings WHERE day >= ? AND day <= ?
     GROUP BY day, touchpoint, scale, value ORDER BY day, touchpoint, scale, value`,
  );
  const droppedQ = db.prepare('SELECT coalesce(sum(dropped), 0) AS n FROM daily_dropped WHERE day >= ? AND day <= ?');
  const commentsSql = (mood: string) =>
    `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
     FROM events e INDEXED BY events_comments LEFT JOIN moments m ON m.moment = e.moment
     WHERE e.type = 'moment.commented' AND e.preview = 0 AND e.time >= ? AND e.time < ? ${mood}
     ORDER BY e.time DESC, e.id DESC LIMIT ?`;
  const commentsQ = {
    all: db.prepare(commentsSql('')),
    misery: db.prepare(commentsSql('AND m.mood = -1')),
    magic: db.prepare(commentsSql('AND m.mood = 1')),
  };
  const countQ = db.prepare('SELECT count(*) AS n FROM events');

  let closed = false;
  return {
    kind: 'sqlite',
    async insert(events: MomentEvent[]) {
      if (closed) throw new Error('store is closed');
      return group.push(events.map(eventRow));
    },
    async dashboard(q) {
      const totals = totalsQ.all(q.from, q.to) as TouchpointTotals[];
      const ratings = ratingsQ.all(q.from, q.to) as RatingCount[];
      const dropped = (droppedQ.get(q.from, q.to) as { n: number }).n;
      const rows = commentsQ[q.mood ?? 'all'].all(`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.limit ?? 50) as CommentColumns[];
      return { totals, ratings, dropped, comments: rows.map(commentRow) } satisfies DashboardData;
    },
    stats: () => group.stats(),
    async count() {
      return (countQ.get() as { n: number }).n;
    },
    async close() {
      if (closed) return;
      closed = true;
      await group.drain();
      db.close();
    },
  };
}

/** Applies the migrations newer than `user_version`, each in a write-locked transaction. */
function migrate(db: Db): void {
  for (;;) {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= sqliteMigrations.length) return;
    db.transaction(() => {
      // Re-read under the write lock: another process may have migrated meanwhile.
      if ((db.pragma('user_version', { simple: true }) as number) !== version) return;
      db.exec(sqliteMigrations[version]);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
