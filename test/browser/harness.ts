// Shared real-browser harness: Debian's Chromium driven by playwright-core, pages served from loopback.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this closed network needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface Received {
  events: Array<Record<string, any>>;
  requests: Array<{ url: string; contentType: string; body: string; status: number }>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => boolean | Promise<boolean>;

export interface TestServer {
  url: string;
  port: number;
  received: Received;
  /** Answers POST /moments with this status until it returns undefined (then 200). */
  respond: (fn: ((n: number) => number | undefined) | undefined) => void;
  /** Extra routes; return true when handled. */
  route: (fn: Handler) => void;
  close: () => Promise<void>;
}

/**
 * Serves the repository root (so `/examples/…`, `/dist/…` and `/test/browser/fixtures/…` resolve) and
 * collects what the widget POSTs to `/moments`.
 */
export async function serve(): Promise<TestServer> {
  const received: Received = { events: [], requests: [] };
  let respond: ((n: number) => number | undefined) | undefined;
  const routes: Handler[] = [];
  let n = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    for (const r of routes) if (await r(req, res, body)) return;
    const url = new URL(req.url ?? '/', 'http://x');
    // Chromium asks for a favicon; answering keeps the pages' consoles free of 404s.
    if (url.pathname == '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname === '/moments') {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
      res.setHeader('Access-Control-Allow-Headers', 'content-type');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const status = respond?.(n++) ?? 200;
      received.requests.push({ url: req.url ?? '', contentType: req.headers['content-type'] ?? '', body, status });
      if (status < 300) {
        try {
          for (const e of JSON.parse(body).events ?? []) received.events.push(e);
        } catch {
          /* recorded in requests for the test to look at */
        }
      }
      return void res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(ROOT, path);
    if (file.endsWith('/')) file = join(file, 'index.html');
    try {
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(data);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    respond: (fn) => void (respond = fn),
    route: (fn) => void routes.push(fn),
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/**
 * One Chromium and one loopback server for a test file, started before its tests and closed after them.
 * @example let browser: Browser; let server: TestServer; useBrowser((b, s) => void ([browser, server] = [b, s]));
 */
export function useBrowser(ready: (browser: Browser, server: TestServer) => void | Promise<void>): void {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), serve()]);
    await ready(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Collects console errors/warnings and page errors of a page. */
export function watch(page: Page) {
  const log = { errors: [] as string[], warnings: [] as string[], pageErrors: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  return log;
}

/** Waits until `fn` is true, polling; throws with `what` after `ms`. */
export async function until(fn: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export type { Browser, BrowserContext, Page };
