import type { ServerResponse } from 'node:http';
import type { MomentEvent } from '../../core/types.js';
import type { ExportFormat, ExportQuery } from './parseExportQuery.js';
/**
 * Streams an export page by page with backpressure: the next page is read only after the socket
 * took the previous one, so memory stays flat whatever the number of rows, and a client that
 * leaves ends the read (the store's generator is closed). The first page is read before the
 * headers, so a database that is down still gets its 503.
 */
export declare function streamExport(res: ServerResponse, pages: AsyncGenerator<MomentEvent[]>, q: ExportQuery & {
    format: ExportFormat;
}): Promise<void>;
