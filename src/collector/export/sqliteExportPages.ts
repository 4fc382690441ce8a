import type { Database as Db } from 'better-sqlite3';
import type { MomentEvent } from '../../core/types';
import { idText } from '../store/sqlite/idKey';
import { timeBounds, type ExportQuery } from './parseExportQuery';
import { STORED_EVENT_COLUMNS, storedEvent, type StoredEventColumns } from './storedEvent';

/** Rowids scanned per page: bounds how long one synchronous read holds the event loop. */
const ROWIDS_PER_PAGE = 2000;

type Row = Omit<StoredEventColumns, 'id' | 'moment'> & { id: string | Uint8Array; moment: string | Uint8Array };

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
export function sqliteExportPages(db: Db): (q: ExportQuery) => AsyncGenerator<MomentEvent[]> {
  const last = db.prepare('SELECT coalesce(max(rowid), 0) AS n FROM events');
  const sql = (touchpoint: string) =>
    `SELECT ${STORED_EVENT_COLUMNS} FROM events WHERE rowid > ? AND rowid <= ? AND time >= ? AND time < ? ${touchpoint} ORDER BY rowid`;
  const page = db.prepare(sql(''));
  const pageOf = db.prepare(sql('AND touchpoint = ?'));
  return async function* pages(q) {
    const [start, end] = timeBounds(q);
    const max = (last.get() as { n: number }).n;
    for (let after = 0; after < max; after += ROWIDS_PER_PAGE) {
      const upTo = Math.min(after + ROWIDS_PER_PAGE, max);
      const rows = (q.touchpoint === undefined ? page.all(after, upTo, start, end) : pageOf.all(after, upTo, start, end, q.touchpoint)) as Row[];
      if (rows.length) yield rows.map((r) => storedEvent({ ...r, id: idText(r.id), moment: idText(r.moment) }));
    }
  };
}
