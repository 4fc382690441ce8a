import type { Database as Db } from 'better-sqlite3';
import type { AlertReads } from './alertReads.js';
/**
 * The alerts' reads and state on SQLite; see {@link AlertReads}.
 * @example
 * const claimed = await sqliteAlertReads(db).claimAlerts('burst', ['payment']); // ['payment'] the first time only
 */
export declare function sqliteAlertReads(db: Db): AlertReads;
