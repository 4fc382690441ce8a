import type { Store } from '../store.js';
/**
 * Opens (creating and migrating) the SQLite store at `path`. WAL with `synchronous=FULL`: a commit
 * is on disk when it returns, so a 2xx survives a crash; group commit spreads the fsync over every
 * batch that arrived meanwhile. better-sqlite3 is loaded here only, as an optional peer dependency.
 */
export declare function openSqliteStore(path: string): Promise<Store>;
