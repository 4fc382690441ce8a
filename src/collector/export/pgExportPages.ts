import type { Pool } from 'pg';
import type { MomentEvent } from '../../core/types';
import { isUnavailable, rethrowPg } from '../store/pg/rethrowPg';
import { timeBounds, type ExportQuery } from './parseExportQuery';
import { STORED_EVENT_COLUMNS, storedEvent, type StoredEventColumns } from './storedEvent';

const ROWS_PER_FETCH = 1000;

/**
 * Pages of stored events for an export, through a server-side cursor in one read-only
 * REPEATABLE READ transaction (a consistent snapshot) on a connection of its own: PostgreSQL
 * streams the scan, and the caller fetches the next page only when the response has drained, so
 * memory stays constant at any size. Closing the generator early (client gone) ends the transaction.
 * @example
 * for await (const page of pgExportPages(pool)({ from: '2026-11-01', to: '2026-11-30', touchpoint: 'checkout' })) write(page);
 */
export function pgExportPages(pool: Pool): (q: ExportQuery) => AsyncGenerator<MomentEvent[]> {
  return async function* pages(q) {
    const [start, end] = timeBounds(q);
    let client;
    try {
      client = await pool.connect();
    } catch (error) {
      return rethrowPg(error);
    }
    let state: 'open' | 'done' | 'broken' = 'open';
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const params: unknown[] = [start, end];
      if (q.touchpoint !== undefined) params.push(q.touchpoint);
      await client.query(
        `DECLARE moments_export NO SCROLL CURSOR FOR SELECT ${STORED_EVENT_COLUMNS} FROM events
         WHERE time >= $1 AND time < $2 ${q.touchpoint !== undefined ? 'AND touchpoint = $3' : ''}`,
        params,
      );
      for (;;) {
        const { rows } = await client.query<StoredEventColumns>(`FETCH ${ROWS_PER_FETCH} FROM moments_export`);
        if (rows.length === 0) break;
        yield rows.map(storedEvent);
      }
      await client.query('COMMIT');
      state = 'done';
    } catch (error) {
      if (isUnavailable(error)) state = 'broken';
      return rethrowPg(error);
    } finally {
      // Ended early (client gone) or failed: roll back, which closes the cursor; a connection that cannot is dropped.
      if (state === 'open') await client.query('ROLLBACK').catch(() => (state = 'broken'));
      client.release(state === 'broken');
    }
  };
}
