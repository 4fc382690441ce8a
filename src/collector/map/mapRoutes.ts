import type { IncomingMessage, ServerResponse } from 'node:http';
import { DASHBOARD_CSP } from '../dashboard/renderDashboard';
import { StoreUnavailableError, type Store } from '../store/store';
import { loadMap } from './loadMap';
import { mapCss } from './mapCss';
import { renderMap } from './renderMap';
import { parseMapQuery } from './parseMapQuery';

/**
 * `GET /map` (the map of moments, server-rendered under the dashboard's CSP) and `GET /map.css`.
 * Resolves false for any other request, so the server goes on routing.
 * @example
 * const mapRoutes = createMapRoutes(store);
 * if (await mapRoutes(req, res, pathname, searchParams)) return;
 */
export function createMapRoutes(store: Store) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string, params: URLSearchParams): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (pathname === '/map.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : mapCss);
      return true;
    }
    if (pathname !== '/map' && pathname !== '/map/') return false;
    const { query, note } = parseMapQuery(params);
    let html: string;
    try {
      const filters = { from: query.from, to: query.to, touchpoint: query.touchpoint, key: query.key, value: query.value };
      const [figures, comments, contacts] = await Promise.all([loadMap(store, query, query.order), store.miseryComments(filters), store.contactRequests(filters)]);
      html = renderMap(figures, comments, query, note, contacts);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      const text = JSON.stringify({ error: 'database unavailable; retry later' });
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' });
      res.end(text);
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': DASHBOARD_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return true;
  };
}
