import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCollector, type CollectorOptions } from '../../src/collector/http/collector';
import { openStore, StoreUnavailableError, type Store } from '../../src/collector/store/store';
import { body, event, showing } from './events';
import { post, send } from './http';
import { MAX_CONTEXT_BYTES, MAX_TITLE } from '../../src/shared/limits';
import { utf8Length } from '../../src/shared/utf8Length';

const dir = mkdtempSync(join(tmpdir(), 'moments-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.close()));
});

async function start(options: Partial<CollectorOptions> = {}): Promise<{ url: string; store: Store }> {
  const store = options.store ?? (await openStore(join(dir, `s${n++}.db`)));
  const c = createCollector({ rateLimit: 0, ...options, store, log: () => {} });
  running.push(c);
  return { url: await c.listen(0, '127.0.0.1'), store };
}

describe('POST /moments', () => {
  it('stores a beacon batch (text/plain) and echoes an allowed origin', async () => {
    const { url, store } = await start({ allowedOrigins: ['https://shop.example'] });
    const events = showing({ value: 5, comment: 'great' });
    const r = await post(url, body(events), { origin: 'https://shop.example' });
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ stored: 3, duplicates: 0 });
    expect(r.headers['access-control-allow-origin']).toBe('https://shop.example');
    const j = await send(`${url}/moments`, { body: body([event('moment.shown')]), headers: { 'content-type': 'application/json' } });
    expect(j.status).toBe(200);
    expect(await store.count()).toBe(4);
  });

  it('answers a CORS preflight for allowed origins only', async () => {
    const { url } = await start({ allowedOrigins: ['https://shop.example'] });
    const ok = await send(`${url}/moments`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('https://shop.example');
    expect(ok.headers['access-control-allow-headers']).toBe('content-type, x-api-key');
    expect(Number(ok.headers['access-control-max-age'])).toBeGreaterThan(0);
    const no = await send(`${url}/moments`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(no.status).toBe(403);
    expect(no.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses an origin outside the allow-list with 403 and stores nothing', async () => {
    const { url, store } = await start({ allowedOrigins: ['https://shop.example'] });
    const r = await post(url, body(showing({ value: 1 })), { origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    expect(r.json().error).toBe('origin https://evil.example is not allowed');
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(await store.count()).toBe(0);
    // No Origin header (curl, server-to-server) passes by default …
    expect((await post(url, body([event('moment.shown')]))).status).toBe(200);
  });

  it('refuses requests without Origin when requireOrigin is set', async () => {
    const { url, store } = await start({ requireOrigin: true });
    const r = await post(url, body([event('moment.shown')]));
    expect(r.status).toBe(403);
    expect(r.json().error).toBe('an Origin header is required');
    // … and with no allow-list any origin passes.
    expect((await post(url, body([event('moment.shown')]), { origin: 'https://any.example' })).status).toBe(200);
    expect(await store.count()).toBe(1);
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const { url, store } = await start({ maxBodyBytes: 2000 });
    const big = body(Array.from({ length: 12 }, () => event('moment.shown')));
    expect(Buffer.byteLength(big)).toBeGreaterThan(2000);
    const r = await post(url, big);
    expect(r.status).toBe(413);
    expect(r.json().error).toBe('body must be at most 2000 bytes');
    // Chunked, without Content-Length: counted while read.
    const chunked = await send(`${url}/moments`, { body: big, headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' } });
    expect(chunked.status).toBe(413);
    expect(await store.count()).toBe(0);
  });

  it('refuses bad JSON or a bad event with 400 naming the first problem, storing none of the batch', async () => {
    const { url, store } = await start();
    const r = await post(url, '{"events": [');
    expect(r.status).toBe(400);
    expect(r.json().error).toMatch(/^body is not JSON/);
    const events = [event('moment.shown'), event('moment.shown'), event('moment.shown'), event('moment.answered', { rating: { scale: 'nps', value: 12 } })];
    const bad = await post(url, body(events));
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ error: 'events[3].rating.value must be <= 10' });
    expect(await store.count()).toBe(0);
    expect((await post(url, body(events.slice(0, 3)))).json()).toEqual({ stored: 3, duplicates: 0 });
  });

  it('stores multibyte text within the shared limits as sent, and refuses a context over them in UTF-8 bytes', async () => {
    const { url, store } = await start();
    const title = '🙂'.repeat(MAX_TITLE); // at the limit in code points (1,024 UTF-16 units)
    const context = { note: 'お'.repeat(679) }; // 2,048 UTF-8 bytes as JSON: exactly the limit
    const events = showing({ value: 2, comment: 'ご不便をおかけしました 🙂', context, title });
    expect(utf8Length(JSON.stringify(context))).toBe(MAX_CONTEXT_BYTES);
    const r = await post(url, body(events));
    expect(r.status).toBe(200);
    const data = await store.dashboard({ from: '2026-11-01', to: '2026-11-30' });
    expect(data.comments).toHaveLength(1);
    expect(data.comments[0]).toMatchObject({ comment: 'ご不便をおかけしました 🙂', context, page: { title } });
    // 1,000 "お" (1,011 UTF-16 units, 3,011 bytes): what the widget once sent; refused whole, nothing stored.
    const over = await post(url, body([event('moment.shown', { context: { note: 'お'.repeat(1000) } })]));
    expect(over.status).toBe(400);
    expect(over.json()).toEqual({ error: `events[0].context must be at most ${MAX_CONTEXT_BYTES} bytes as JSON` });
    expect(await store.count()).toBe(events.length);
  });

  it('refuses other content types with 415', async () => {
    const { url, store } = await start();
    const r = await send(`${url}/moments`, { body: body([event('moment.shown')]), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(r.status).toBe(415);
    expect(await store.count()).toBe(0);
  });

  it('answers 429 with Retry-After once a client exceeds the rate', async () => {
    const { url, store } = await start({ rateLimit: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await post(url, body([event('moment.shown')])));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 429, 429]);
    expect(Number(statuses[3].headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(statuses[3].json().error).toMatch(/^too many requests/);
    expect(await store.count()).toBe(3);
  });

  it('limits per client IP, taken from X-Forwarded-For only behind a trusted proxy', async () => {
    const { url } = await start({ rateLimit: 1, trustProxy: true });
    const a = (ip: string) => post(url, body([event('moment.shown')]), { 'x-forwarded-for': `${ip}, 10.0.0.1` });
    expect((await a('203.0.113.1')).status).toBe(200);
    expect((await a('203.0.113.1')).status).toBe(429);
    expect((await a('203.0.113.2')).status).toBe(200);
    const plain = await start({ rateLimit: 1 });
    const b = (ip: string) => post(plain.url, body([event('moment.shown')]), { 'x-forwarded-for': ip });
    expect((await b('203.0.113.1')).status).toBe(200);
    expect((await b('203.0.113.2')).status).toBe(429);
  });

  it('accepts retries of stored events and ignores them', async () => {
    const { url } = await start();
    const events = showing({ value: 4, reasons: ['fast'], comment: 'nice' });
    expect((await post(url, body(events))).json()).toEqual({ stored: 4, duplicates: 0 });
    const again = await post(url, body(events));
    expect(again.status).toBe(200);
    expect(again.json()).toEqual({ stored: 0, duplicates: 4 });
    const html = (await send(`${url}/dashboard?from=2026-11-01&to=2026-11-30`)).text;
    expect(html).toContain('<b data-count="shown">1</b>');
    expect(html).toContain('<b data-count="answered">1</b>');
  });

  it('answers 503 with Retry-After, never 2xx, while the store is unavailable', async () => {
    const inner = await openStore(join(dir, `s${n++}.db`));
    let down = true;
    const store: Store = {
      ...inner,
      kind: inner.kind,
      insert: (e) => (down ? Promise.reject(new StoreUnavailableError('down')) : inner.insert(e)),
      dashboard: (q) => (down ? Promise.reject(new StoreUnavailableError('down')) : inner.dashboard(q)),
      close: () => inner.close(),
    };
    const { url } = await start({ store });
    const r = await post(url, body([event('moment.shown')]));
    expect(r.status).toBe(503);
    expect(r.headers['retry-after']).toBe('5');
    expect((await send(`${url}/dashboard`)).status).toBe(503);
    down = false;
    expect((await post(url, body([event('moment.shown')]))).status).toBe(200);
  });
});

describe('GET /dashboard', () => {
  it('serves the page with a strict CSP, its stylesheet, and the figures of the range', async () => {
    const { url } = await start();
    await post(url, body([...showing({ value: 5 }), ...showing({ value: 1, comment: '<img src=x onerror=alert(1)>' }), ...showing({ dismissed: true, time: '2026-11-25T00:00:00.000Z' })]));
    const r = await send(`${url}/dashboard?from=2026-11-20&to=2026-11-20`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'self'/);
    expect(r.headers['content-security-policy']).not.toMatch(/script-src|unsafe/);
    expect(r.text).toContain('<b data-count="shown">2</b>');
    expect(r.text).toContain('<b data-count="dismissed">0</b>');
    expect(r.text).toContain('data-score="CSAT">50%');
    expect(r.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.text).not.toContain('<img');
    expect(r.text).not.toMatch(/<script|style=/);
    const wide = await send(`${url}/dashboard?from=2026-11-20&to=2026-11-25`);
    expect(wide.text).toContain('<b data-count="dismissed">1</b>');
    const css = await send(`${url}/dashboard.css`);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.text).toContain('.bar');
  });

  it('falls back to the last 30 days for a bad range and says so', async () => {
    const { url } = await start();
    const r = await send(`${url}/dashboard?from=<script>&to=2026-11-20`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('ignored from=&lt;script&gt; (use YYYY-MM-DD)');
  });
});

describe('static folders (npm start --examples)', () => {
  it('serves index.html for folders, JavaScript as text/javascript, and nothing outside the folders', async () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'examples/shop'), { recursive: true });
    mkdirSync(join(site, 'dist'), { recursive: true });
    writeFileSync(join(site, 'examples/index.html'), '<h1>examples</h1>');
    writeFileSync(join(site, 'examples/shop/index.html'), '<h1>shop</h1>');
    writeFileSync(join(site, 'dist/moments.js'), 'window.Moments = {};');
    writeFileSync(join(site, 'secret.txt'), 'secret');
    const { url } = await start({ mounts: [{ prefix: '/', dir: join(site, 'examples') }, { prefix: '/dist/', dir: join(site, 'dist') }] });
    const index = await send(`${url}/`);
    expect([index.status, index.headers['content-type'], index.text]).toEqual([200, 'text/html; charset=utf-8', '<h1>examples</h1>']);
    expect((await send(`${url}/shop/`)).text).toBe('<h1>shop</h1>');
    expect((await send(`${url}/shop`)).headers.location).toBe('/shop/');
    const js = await send(`${url}/dist/moments.js`);
    expect([js.status, js.headers['content-type'], js.text]).toEqual([200, 'text/javascript; charset=utf-8', 'window.Moments = {};']);
    expect((await send(`${url}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await send(`${url}/dist/%2e%2e/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await send(`${url}/missing.html`)).status).toBe(404);
    // The collector's own routes win over the folders.
    expect((await send(`${url}/dashboard`)).headers['content-security-policy']).toBeDefined();
  });
});
