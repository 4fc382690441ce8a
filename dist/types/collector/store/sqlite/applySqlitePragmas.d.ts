import type { Database as Db } from 'better-sqlite3';
/**
 * The settings every connection to the store uses: WAL so the dashboard reads while a write
 * commits, and `synchronous=FULL` so a commit is fsynced before it returns (a 2xx survives a crash).
 */
export declare function applySqlitePragmas(db: Db): void;
