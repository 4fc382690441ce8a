import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { limitConnections, type ConnectionLimitOptions, type ConnectionLimits } from './limitConnections';
import { createReadApi } from '../api/readApi';
import { DASHBOARD_CSP, renderDashboard } from '../dashboard/renderDashboard';
import { dashboardCss } from '../dashboard/dashboardCss';
import { createMapRoutes } from '../map/mapRoutes';
import { parseDashboardQuery } from '../dashboard/parseDashboardQuery';
import type { TimeWindow } from '../validation/eventTimeProblem';
import { createLogLimiter } from './logLimiter';
import { createOriginPolicy } from './originPolicy';
import { createRateLimiter } from './rateLimiter';
import { serveStatic, type Mount } from './serveStatic';
import { StoreUnavailableError, type Store } from '../store/store';
import { summarize } from '../dashboard/summarize';
import { touchpointProblem } from '../validation/touchpointProblem';
import { validateBatch } from '../validation/validateBatch';

/** Options of {@link createCollector}. */
export interface CollectorOptions {
  /** Where events go; the collector closes it on `close()`. */
  store: Store;
  /** Origins allowed to post (`MOMENTS_ALLOWED_ORIGINS`); empty or unset allows any. */
  allowedOrigins?: string[];
  /** Refuse posts without an Origin header (`MOMENTS_REQUIRE_ORIGIN=1`). Default false. */
  requireOrigin?: boolean;
  /** Requests per minute per client IP (`MOMENTS_RATE_LIMIT`), as a token bucket; 0 turns it off. Default 600. */
  rateLimit?: number;
  /** Largest accepted body in bytes (`MOMENTS_MAX_BODY`). Default 256 KiB. */
  maxBodyBytes?: number;
  /** Take the client IP from X-Forwarded-For (`MOMENTS_TRUST_PROXY=1`, behind a load balancer). */
  trustProxy?: boolean;
  /** Folders served as static files (the examples and dist/ with `--examples`). */
  mounts?: Mount[];
  /** Bearer token of `GET /export` and `GET /api/summary` (`MOMENTS_READ_TOKEN`); unset, they do not exist. */
  readToken?: string;
  /** Where errors are logged (one line per cause a minute at most). Default `console.error`. */
  log?: (line: string) => void;
  /** Open connections and buffered body bytes at most; beyond, 503 with Retry-After. */
  limits?: ConnectionLimitOptions;
  /** Accepted event times around the server's clock (`MOMENTS_MAX_EVENT_AGE_DAYS`). */
  timeWindow?: TimeWindow;
  /** The only touchpoint ids accepted (`MOMENTS_TOUCHPOINTS`); empty or unset accepts any. */
  touchpoints?: string[];
}

/** A running (or ready to run) collector. */
export interface Collector {
  /** Starts listening; resolves with the base URL. Port 0 picks a free one. */
  listen(port?: number, host?: string): Promise<string>;
  /** The base URL once listening, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Stops accepting, ends connections, and closes the store. */
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** An error as one log line: its message and where it was thrown, no full stack. */
function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const at = error.stack?.split('\n').find((l) => l.trimStart().startsWith('at '))?.trim();
  return `${error.name}: ${error.message}${at ? ` (${at})` : ''}`;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Longest pause between two chunks of a body before the upload is dropped. */
const BODY_IDLE_MS = 10_000;

/** The client went away mid-upload: nobody to answer, nothing worth a stack trace. */
class ClientGoneError extends Error {}

/**
 * Reads the body up to `limit` bytes; a bigger one is a 413 before it is all read. Every buffered
 * byte is taken from the shared in-flight budget (503 when it is spent) and given back when done.
 */
function readBody(req: IncomingMessage, limit: number, limits: ConnectionLimits): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new HttpError(413, `body must be at most ${limit} bytes`));
  const busy = () => new HttpError(503, 'too many uploads in progress; retry later', { 'retry-after': limits.retryAfter });
  // A declared length that does not fit now is refused before a byte is read.
  if (declared > 0 && !limits.fits(declared)) return Promise.reject(busy());
  // Plain events, not an async iterator: this runs for every request.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const idle = setTimeout(() => settle(new HttpError(408, `no body bytes arrived for ${BODY_IDLE_MS / 1000} s`)), BODY_IDLE_MS);
    const settle = (error: Error | undefined, text?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      req.off('data', onData);
      limits.release(size);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(text!);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit) return settle(new HttpError(413, `body must be at most ${limit} bytes`));
      if (!limits.reserve(chunk.length)) return settle(busy());
      idle.refresh();
      size += chunk.length;
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', () => settle(new ClientGoneError('the client closed the connection mid-upload')));
    req.once('close', () => settle(new ClientGoneError('the client closed the connection mid-upload')));
    req.once('end', () => {
      let text: string;
      try {
        text = decoder.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      } catch {
        return settle(new HttpError(400, 'body is not valid UTF-8'));
      }
      settle(undefined, text);
    });
  });
}

/**
 * The collector's HTTP layer: `POST /moments` (validated, rate-limited, origin-checked, stored
 * all or nothing), `GET /dashboard`, and optional static folders. It only knows the {@link Store}
 * interface, not which database is behind it.
 * @example
 * const c = createCollector({ store: await openStore('data/moments.db') });
 * console.log(await c.listen(8080));
 */
export function createCollector(options: CollectorOptions): Collector {
  const { store } = options;
  const origins = createOriginPolicy(options.allowedOrigins, options.requireOrigin);
  const limiter = createRateLimiter(options.rateLimit ?? 600);
  const maxBody = options.maxBodyBytes ?? 256 * 1024;
  const log = options.log ?? ((line: string) => console.error(line));
  const logOnce = createLogLimiter(log);
  const allowedTouchpoints = options.touchpoints?.length ? new Set(options.touchpoints) : undefined;
  const readApi = createReadApi(store, options.readToken);
  const mapRoutes = createMapRoutes(store);
  let url = '';
  // Assigned once the server exists (below); requests only run after that.
  let limits!: ConnectionLimits;

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', ...headers });
    res.end(text);
  }

  function clientIp(req: IncomingMessage): string {
    const forwarded = options.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    return forwarded || req.socket.remoteAddress || 'unknown';
  }

  async function moments(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    const allowed = origins.allows(origin);
    const cors: Record<string, string> = allowed && origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' } : { vary: 'Origin' };

    if (req.method === 'OPTIONS') {
      if (!allowed || !origin) return send(res, 403, { error: `origin ${origin ?? '(none)'} is not allowed` });
      // Echo the requested headers that are plain header names (the sink may add custom ones).
      const requested = String(req.headers['access-control-request-headers'] ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s && HEADER_TOKEN.test(s));
      const allowHeaders = [...new Set(['content-type', ...requested])].join(', ');
      res.writeHead(204, {
        ...cors,
        vary: 'Origin, Access-Control-Request-Headers',
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': allowHeaders,
        'access-control-max-age': '86400',
      });
      return void res.end();
    }
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { allow: 'POST, OPTIONS' });
    if (!allowed) {
      req.resume();
      return send(res, 403, { error: origin ? `origin ${origin} is not allowed` : 'an Origin header is required' });
    }
    const wait = limiter.take(clientIp(req));
    if (wait) {
      req.resume();
      return send(res, 429, { error: `too many requests; retry in ${wait} s` }, { ...cors, 'retry-after': String(wait) });
    }
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type && type !== 'application/json' && type !== 'text/plain') {
      req.resume();
      return send(res, 415, { error: `content-type must be application/json or text/plain, not ${type}` }, cors);
    }
    let body: string;
    try {
      body = await readBody(req, maxBody, limits);
    } catch (error) {
      if (error instanceof ClientGoneError) return void (logOnce(`client-gone ${error.message}`, `moments-collector: ${error.message}`), res.destroy());
      if (!(error instanceof HttpError)) throw error;
      // Stop reading an oversized upload: answer, then close the connection.
      send(res, error.status, { error: error.message }, { ...cors, ...error.headers, connection: 'close' });
      if (error.status === 413 || error.status === 503 || error.status === 408) res.on('finish', () => req.destroy());
      if (error.status === 503) logOnce('inflight', 'moments-collector: in-flight upload budget spent; refusing uploads with 503');
      return;
    }
    const batch = validateBatch(body, { timeWindow: options.timeWindow });
    if (!batch.ok) return send(res, 400, { error: batch.error }, cors);
    const notAllowed = allowedTouchpoints && touchpointProblem(batch.events, allowedTouchpoints);
    if (notAllowed) return send(res, 400, { error: notAllowed }, cors);
    try {
      const result = await store.insert(batch.events);
      send(res, 200, result, cors);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return send(res, 503, { error: 'database unavailable; retry later' }, { ...cors, 'retry-after': '5' });
      logOnce(`store ${String(error)}`, `moments-collector: storing a batch failed: ${oneLine(error)}`);
      send(res, 500, { error: 'could not store the batch' }, cors);
    }
  }

  async function dashboard(req: IncomingMessage, res: ServerResponse, params: URLSearchParams): Promise<void> {
    const { query, note } = parseDashboardQuery(params);
    try {
      const html = renderDashboard(summarize(await store.dashboard(query)), query, note);
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': DASHBOARD_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : html);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return send(res, 503, { error: 'database unavailable; retry later' }, { 'retry-after': '5' });
      throw error;
    }
  }

  // Check the header and request timeouts every 2 s instead of 30, so a slow-header client is cut
  // soon after headersTimeout rather than up to 30 s later.
  const server = createServer({ connectionsCheckingInterval: 2000 }, async (req, res) => {
    try {
      // The ingest path skips URL parsing: it is by far the most frequent request.
      if (req.url === '/moments') return await moments(req, res);
      // Routes match the raw path exactly: no dot-segment or %-decoding, so `/moments/%2e%2e/dashboard`
      // (which a proxy forwarding only `/moments…` would let through) is a 404, not the dashboard.
      const raw = req.url ?? '/';
      const queryAt = raw.indexOf('?');
      const pathname = queryAt < 0 ? raw : raw.slice(0, queryAt);
      const searchParams = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
      if (pathname === '/moments') return await moments(req, res);
      if (await readApi(req, res, pathname, searchParams)) return;
      if (await mapRoutes(req, res, pathname, searchParams)) return;
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (pathname === '/dashboard' || pathname === '/dashboard/') return await dashboard(req, res, searchParams);
        if (pathname === '/dashboard.css') {
          res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300', 'x-content-type-options': 'nosniff' });
          return void res.end(req.method === 'HEAD' ? undefined : dashboardCss);
        }
        if (pathname === '/health') return send(res, 200, { ok: true, store: store.kind, ...(store.stats ? { writes: store.stats() } : {}), limits: limits.stats() });
        if (options.mounts?.length && (await serveStatic(options.mounts, req, res, pathname))) return;
        // Browsers ask for it on every dashboard view; an empty answer keeps their consoles clean.
        if (pathname === '/favicon.ico') return void res.writeHead(204, { 'cache-control': 'max-age=86400' }).end();
      }
      send(res, 404, { error: `no route for ${req.method} ${pathname}` });
    } catch (error) {
      logOnce(`error ${String(error)}`, `moments-collector: ${oneLine(error)}`);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  });
  // A connection has 10 s to send its headers (an idle new socket too), 30 s for the whole request,
  // and BODY_IDLE_MS between body chunks (readBody); keep-alive sockets close after 5 s idle. With
  // the limits below, a flood of idle or trickling sockets neither exhausts fds nor holds memory.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  limits = limitConnections(server, options.limits);

  return {
    listen(port = 0, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const a = server.address() as AddressInfo;
          const shown = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : a.family === 'IPv6' ? `[${a.address}]` : a.address;
          url = `http://${shown}:${a.port}`;
          resolve(url);
        });
      });
    },
    get url() {
      return url;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      });
      await store.close();
    },
  };
}
