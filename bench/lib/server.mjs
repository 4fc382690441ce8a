// Loopback server for the widget benchmark: serves the host pages, Moments' dist/, the peer bundles and
// the peers' backend endpoints, gzips every response (-9) and counts the bytes it puts on the wire, so the
// "transferred" figures are what a browser really received, not file sizes.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Starts the server. `routes` maps a request to `{ status?, type?, body }` or undefined (try the next).
 * @param {{ root: string, mounts: Record<string, string>, routes: Array<(req: import('node:http').IncomingMessage, url: URL, body: string) => any>, page: (name: string) => Promise<string|undefined> }} o
 */
export async function startServer(o) {
  /** Bytes and requests since the last `reset()`, by what caused them. */
  let tally = newTally();
  const unknown = new Set();
  let inflight = 0;
  let lastAt = 0;
  const server = createServer(async (req, res) => {
    inflight++;
    lastAt = Date.now();
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const reqBody = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://x');
    let out;
    try {
      out = await answer(req, url, reqBody.toString('utf8'));
    } catch (e) {
      out = { status: 500, body: String(e) };
    }
    if (!out) {
      unknown.add(`${req.method} ${url.pathname}`);
      out = { status: 404, body: 'not found' };
    }
    const raw = Buffer.isBuffer(out.body) ? out.body : Buffer.from(out.body ?? '');
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && raw.length > 0;
    const data = gzip ? gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }) : raw;
    const headers = {
      'content-type': out.type ?? TYPES[extname(url.pathname)] ?? 'application/json',
      'cache-control': 'no-store',
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
      'access-control-allow-credentials': 'true',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...(out.headers ?? {}),
    };
    res.writeHead(out.status ?? 200, headers).end(data);
    const kind = classify(url.pathname);
    const t = (tally.by[kind] ??= { requests: 0, bytes: 0, sent: 0 });
    t.requests++;
    t.bytes += data.length;
    t.sent += reqBody.length;
    tally.log.push({ method: req.method ?? '', path: url.pathname, status: out.status ?? 200, bytes: data.length, sent: reqBody.length, kind });
    inflight--;
    lastAt = Date.now();
  });

  /** @param {import('node:http').IncomingMessage} req @param {URL} url @param {string} body */
  async function answer(req, url, body) {
    if (req.method === 'OPTIONS') return { status: 204, body: '' };
    if (url.pathname.startsWith('/page/')) {
      const html = await o.page(url.pathname.slice(6));
      return html === undefined ? undefined : { type: TYPES['.html'], body: html };
    }
    for (const [prefix, dir] of Object.entries(o.mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
      const file = join(dir, rel);
      if (existsSync(file)) return { body: await readFile(file) };
    }
    for (const r of o.routes) {
      const out = await r(req, url, body);
      if (out) return out;
    }
    return undefined;
  }

  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    /** Starts a new tally and returns the previous one. */
    reset() {
      const t = tally;
      tally = newTally();
      return t;
    },
    peek: () => tally,
    /** True when no request is open and none started or ended in the last `ms`. */
    quiet: (ms) => inflight === 0 && Date.now() - lastAt >= ms,
    unknown,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r(undefined)); }),
  };
}

function newTally() {
  return { by: /** @type {Record<string, {requests: number, bytes: number, sent: number}>} */ ({}), log: /** @type {any[]} */ ([]) };
}

/** Bench-only helpers (glue) and the favicon are not part of any widget's cost; the host page is counted apart. */
function classify(path) {
  if (path.startsWith('/glue/')) return 'glue';
  if (path === '/favicon.ico') return 'favicon';
  if (path.startsWith('/page/')) return 'page';
  return 'widget';
}
