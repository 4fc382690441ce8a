import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database as Db } from 'better-sqlite3';
import type { MomentEvent } from '../../../core/types';
import { commentRow, type CommentColumns } from '../commentRow';
import { dayAfter } from '../dayAfter';
import { sqliteAlertReads } from '../../alerts/sqliteAlertReads';
import { eventRow, type EventRow } from '../eventRow';
import { sqliteExportPages } from '../../export/sqliteExportPages';
import { createGroupCommit } from '../groupCommit';
import { idText } from './idKey';
import { loadDriver } from '../loadDriver';
import { createReadWorker, type ReadQuery } from './readWorker';
import { sqliteMapReads } from '../../map/sqliteMapReads';
import { sqliteMigrations } from './sqliteMigrations';
import { applySqlitePragmas } from './applySqlitePragmas';
import { createSqliteWriter } from './sqliteWriter';
import type { DashboardData, DashboardQuery, InsertResult, RatingCount, Store, TouchpointTotals } from '../store';

/**
 * Opens (creating and migrating) the SQLite store at `path`. WAL with `synchronous=FULL`: a commit
 * is on disk when it returns, so a 2xx survives a crash; group commit spreads the fsync over every
 * batch that arrived meanwhile. better-sqlite3 is loaded here only, as an optional peer dependency.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'));
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db: Db = new Database(path);
  applySqlitePragmas(db);
  migrate(db);

  // Writes run on this thread: better-sqlite3 is synchronous, so a whole group is one call, and
  // requests that arrive during its fsync wait in the socket buffers for the next group. (A writer
  // thread was measured slower on 2 cores: copying rows across threads cost more than it saved.)
  const write = createSqliteWriter(db);
  const group = createGroupCommit<EventRow[], InsertResult>(async (batches) => write(batches), {
    writeOne: async (batch) => write([batch])[0],
  });

  // Dashboard reads run on a worker thread with its own read-only connection (WAL lets it read
  // while this thread writes), so a long range never stalls ingestion. `:memory:` has no file a
  // second connection could open: it reads here.
  const reader = path === ':memory:' ? undefined : createReadWorker(path);
  const readHere = (queries: ReadQuery[]) => {
    const run = db.transaction(() => queries.map((x) => db.prepare(x.sql).all(...x.params)));
    return run();
  };
  const countQ = db.prepare('SELECT count(*) AS n FROM events');

  let closed = false;
  return {
    kind: 'sqlite',
    ...sqliteMapReads(db),
    ...sqliteAlertReads(db),
    exportPages: sqliteExportPages(db),
    async insert(events: MomentEvent[]) {
      if (closed) throw new Error('store is closed');
      return group.push(events.map(eventRow));
    },
    async dashboard(q) {
      const queries = dashboardQueries(q);
      const [totalRows, ratings, dropped, rows] = (reader ? await reader.read(queries) : readHere(queries)) as [TouchpointTotals[], RatingCount[], Array<{ n: number }>, StoredComment[]];
      const limit = q.touchpointLimit;
      const totals = limit === undefined ? totalRows : totalRows.slice(0, limit);
      const comments = rows.map((c) => commentRow({ ...c, id: idText(c.id), moment: idText(c.moment) }));
      const data: DashboardData = { totals, ratings, dropped: dropped[0].n, comments };
      if (limit !== undefined) data.more = totalRows.length > limit;
      return data;
    },
    stats: () => group.stats(),
    async count() {
      return (countQ.get() as { n: number }).n;
    },
    async close() {
      if (closed) return;
      closed = true;
      await group.drain();
      await reader?.close();
      db.close();
    },
  };
}

const COMMENTS_SQL = (mood: string) =>
  `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
   FROM events e INDEXED BY events_comments LEFT JOIN moments m ON m.moment = e.moment
   WHERE e.type = 'moment.commented' AND e.preview = 0 AND e.time >= ? AND e.time < ? ${mood}
   ORDER BY e.time DESC, e.id DESC LIMIT ?`;
const COMMENTS = { all: COMMENTS_SQL(''), misery: COMMENTS_SQL('AND m.mood = -1'), magic: COMMENTS_SQL('AND m.mood = 1') };

/**
 * The four reads of one dashboard view. Touchpoints come one page at a time (one extra row says
 * whether more follow), and ratings only for that page's touchpoints, so a view's cost is bounded
 * by the page size and the day range, not by how many touchpoint ids were ever sent.
 */
function dashboardQueries(q: DashboardQuery): ReadQuery[] {
  // Numbers only ever reach the SQL text (LIMIT/OFFSET), never a caller's string.
  const pageSize = q.touchpointLimit === undefined ? -1 : Math.max(0, Math.floor(Number(q.touchpointLimit)));
  const limit = pageSize < 0 ? -1 : pageSize + 1;
  const offset = Math.max(0, Math.floor(Number(q.touchpointOffset ?? 0)));
  const page = `SELECT DISTINCT touchpoint FROM daily WHERE day >= ? AND day <= ? ORDER BY touchpoint LIMIT ${limit} OFFSET ${offset}`;
  return [
    {
      sql: `SELECT touchpoint, sum(shown) AS shown, sum(answered) AS answered, sum(dismissed) AS dismissed, sum(commented) AS commented
            FROM daily WHERE day >= ? AND day <= ? GROUP BY touchpoint ORDER BY touchpoint LIMIT ${limit} OFFSET ${offset}`,
      params: [q.from, q.to],
    },
    {
      sql: `SELECT day, touchpoint, scale, value, sum(n) AS count FROM daily_ratings WHERE day >= ? AND day <= ?
              AND touchpoint IN (SELECT touchpoint FROM (${page}) LIMIT ${pageSize})
            GROUP BY day, touchpoint, scale, value ORDER BY day, touchpoint, scale, value`,
      params: [q.from, q.to, q.from, q.to],
    },
    // total(), not sum(): a float never raises "integer overflow", even over rows stored before dropped had a maximum.
    { sql: 'SELECT total(dropped) AS n FROM daily_dropped WHERE day >= ? AND day <= ?', params: [q.from, q.to] },
    { sql: COMMENTS[q.mood ?? 'all'], params: [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.limit ?? 50] },
  ];
}

/** Comment columns as SQLite returns them: UUID ids and moment ids are BLOBs (see idKey.ts). */
type StoredComment = Omit<CommentColumns, 'id' | 'moment'> & { id: string | Uint8Array; moment: string | Uint8Array };

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
