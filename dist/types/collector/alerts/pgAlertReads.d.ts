import type { Pool } from 'pg';
import type { AlertReads } from './alertReads.js';
/**
 * The alerts' reads and state on PostgreSQL; see {@link AlertReads}.
 * @example
 * const counts = await pgAlertReads(pool).answerWindow(since, until);
 */
export declare function pgAlertReads(pool: Pool): AlertReads;
