import type { Database as Db } from 'better-sqlite3';

/**
 * The settings every connection to the store uses: WAL so the dashboard reads while a write
 * commits, and `synchronous=FULL` so a commit is fsynced before it returns (a 2xx survives a crash).
 */
export function applySqlitePragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // 64 MB of page cache (default 2 MB): the id index of a million events then stays in memory.
  db.pragma('cache_size = -65536');
}
