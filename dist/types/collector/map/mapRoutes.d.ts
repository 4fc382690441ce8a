import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Store } from '../store/store.js';
/**
 * `GET /map` (the map of moments, server-rendered under the dashboard's CSP) and `GET /map.css`.
 * Resolves false for any other request, so the server goes on routing.
 * @example
 * const mapRoutes = createMapRoutes(store);
 * if (await mapRoutes(req, res, pathname, searchParams)) return;
 */
export declare function createMapRoutes(store: Store): (req: IncomingMessage, res: ServerResponse, pathname: string, params: URLSearchParams) => Promise<boolean>;
