import type { Pool } from 'pg';
import type { MomentEvent } from '../../core/types.js';
import { type ExportQuery } from './parseExportQuery.js';
/**
 * Pages of stored events for an export, through a server-side cursor in one read-only
 * REPEATABLE READ transaction (a consistent snapshot) on a connection of its own: PostgreSQL
 * streams the scan, and the caller fetches the next page only when the response has drained, so
 * memory stays constant at any size. Closing the generator early (client gone) ends the transaction.
 * @example
 * for await (const page of pgExportPages(pool)({ from: '2026-11-01', to: '2026-11-30', touchpoint: 'checkout' })) write(page);
 */
export declare function pgExportPages(pool: Pool): (q: ExportQuery) => AsyncGenerator<MomentEvent[]>;
