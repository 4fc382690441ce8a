import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseDayRange, parseExportQuery } from '../export/parseExportQuery';
import { streamExport } from '../export/streamExport';
import { loadMap } from '../map/loadMap';
import { StoreUnavailableError, type Store } from '../store/store';
import { readTokenCheck } from './readTokenCheck';

/** Handles one request if it is the read API's; false lets the server go on routing. */
export type ReadApi = (req: IncomingMessage, res: ServerResponse, pathname: string, params: URLSearchParams) => Promise<boolean>;

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', ...headers });
  res.end(text);
};

/**
 * The read API: `GET /export` (CSV or NDJSON, streamed) and `GET /api/summary` (the map's figures as
 * JSON, see `src/collector/api/summary.schema.json`), both behind `Authorization: Bearer <token>`.
 * Without a token configured the routes do not exist (the server answers 404), so only
 * `POST /moments` faces the internet unless someone opts in.
 * @example
 * const readApi = createReadApi(store, process.env.MOMENTS_READ_TOKEN);
 * if (await readApi(req, res, pathname, searchParams)) return;
 */
export function createReadApi(store: Store, token: string | undefined): ReadApi {
  if (!token) return async () => false;
  const allowed = readTokenCheck(token);
  return async (req, res, pathname, params) => {
    if (pathname !== '/export' && pathname !== '/api/summary') return false;
    if (!allowed(req)) {
      json(res, 401, { error: 'a valid Authorization: Bearer token is required' }, { 'www-authenticate': 'Bearer realm="moments"' });
      return true;
    }
    if (req.method !== 'GET') {
      json(res, 405, { error: 'use GET' }, { allow: 'GET' });
      return true;
    }
    try {
      if (pathname === '/export') {
        const parsed = parseExportQuery(params);
        if (!parsed.ok) json(res, 400, { error: parsed.error });
        else await streamExport(res, store.exportPages(parsed.query), parsed.query);
      } else {
        const parsed = parseDayRange(params);
        const order = params.get('order') ?? 'journey';
        if (!parsed.ok) json(res, 400, { error: parsed.error });
        else if (order !== 'journey' && order !== 'worst') json(res, 400, { error: `order must be journey or worst, not ${order}` });
        else json(res, 200, await loadMap(store, parsed.query, order));
      }
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || res.headersSent) throw error;
      json(res, 503, { error: 'database unavailable; retry later' }, { 'retry-after': '5' });
    }
    return true;
  };
}
