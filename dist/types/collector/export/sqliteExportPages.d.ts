import type { Database as Db } from 'better-sqlite3';
import type { MomentEvent } from '../../core/types.js';
import { type ExportQuery } from './parseExportQuery.js';
/**
 * Pages of stored events for an export, in the order they were stored. Keyset pagination on the
 * rowid: each page is one short read of at most {@link ROWIDS_PER_PAGE} rows on the store's own
 * connection, so memory stays constant, writes go on between pages (no long-open read
 * transaction, no busy connection), and the caller pulls the next page only when the response
 * has drained. Events stored after the export started are left out, so it ends.
 * @example
 * const exportPages = sqliteExportPages(db);
 * for await (const page of exportPages({ from: '2026-11-01', to: '2026-11-30' })) write(page);
 */
export declare function sqliteExportPages(db: Db): (q: ExportQuery) => AsyncGenerator<MomentEvent[]>;
