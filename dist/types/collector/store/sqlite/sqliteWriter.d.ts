import type { Database as Db } from 'better-sqlite3';
import type { EventRow } from '../eventRow.js';
import type { InsertResult } from '../store.js';
/** Writes a group of batches in one transaction; see {@link createSqliteWriter}. */
export type SqliteWriter = (batches: EventRow[][]) => InsertResult[];
/**
 * The SQLite write path: one transaction per group of batches, rollups changed only for rows the
 * insert actually added (so duplicates and retries never count twice), answers once per moment.
 * Runs on whichever thread owns `db` (the writer thread in the build, the caller's in tests).
 */
export declare function createSqliteWriter(db: Db): SqliteWriter;
