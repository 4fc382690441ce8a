import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Store } from '../store/store.js';
/** Handles one request if it is the read API's; false lets the server go on routing. */
export type ReadApi = (req: IncomingMessage, res: ServerResponse, pathname: string, params: URLSearchParams) => Promise<boolean>;
/**
 * The read API: `GET /export` (CSV or NDJSON, streamed) and `GET /api/summary` (the map's figures as
 * JSON, see `src/collector/api/summary.schema.json`), both behind `Authorization: Bearer <token>`.
 * Without a token configured the routes do not exist (the server answers 404), so only
 * `POST /moments` faces the internet unless someone opts in.
 * @example
 * const readApi = createReadApi(store, process.env.MOMENTS_READ_TOKEN);
 * if (await readApi(req, res, pathname, searchParams)) return;
 */
export declare function createReadApi(store: Store, token: string | undefined): ReadApi;
