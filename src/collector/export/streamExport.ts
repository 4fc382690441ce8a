import type { ServerResponse } from 'node:http';
import type { MomentEvent } from '../../core/types';
import { CSV_HEADER, csvRecord } from './csvRecord';
import type { ExportFormat, ExportQuery } from './parseExportQuery';

/** Resolves once the response can take more, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams an export page by page with backpressure: the next page is read only after the socket
 * took the previous one, so memory stays flat whatever the number of rows, and a client that
 * leaves ends the read (the store's generator is closed). The first page is read before the
 * headers, so a database that is down still gets its 503.
 */
export async function streamExport(res: ServerResponse, pages: AsyncGenerator<MomentEvent[]>, q: ExportQuery & { format: ExportFormat }): Promise<void> {
  let gone = false;
  res.once('close', () => (gone = true));
  try {
    let next = await pages.next();
    const name = `moments-${q.from}-to-${q.to}${q.touchpoint !== undefined ? `-${q.touchpoint.replace(/[^\w.-]+/g, '_').slice(0, 60)}` : ''}.${q.format}`;
    res.writeHead(200, {
      'content-type': q.format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (q.format === 'csv') res.write(CSV_HEADER);
    while (!next.done && !gone) {
      let chunk = '';
      for (const e of next.value) chunk += q.format === 'csv' ? csvRecord(e) : `${JSON.stringify(e)}\n`;
      if (!res.write(chunk)) await drained(res);
      if (gone) break;
      next = await pages.next();
    }
    res.end();
  } finally {
    await pages.return(undefined);
  }
}
