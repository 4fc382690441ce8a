// The collector against the hostile requests of issue #19 (items 7, 8, 9, 10, 12, 13, 14), each
// sent as the report sent it, through the real HTTP layer and the SQLite store.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCollector, type CollectorOptions } from '../../src/collector/http/collector';
import { openStore, type Store } from '../../src/collector/store/store';
import { body, event, showing } from './events';
import { post, send } from './http';

const dir = mkdtempSync(join(tmpdir(), 'moments-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.close()));
});

async function start(options: Partial<CollectorOptions> = {}, path = join(dir, `h${n++}.db`)) {
  const store = options.store ?? (await openStore(path));
  const lines: string[] = [];
  const c = createCollector({ rateLimit: 0, ...options, store, log: (line) => lines.push(line) });
  running.push(c);
  return { url: await c.listen(0, '127.0.0.1'), store, lines, path };
}

/** GET with the path sent exactly as given (a URL string would be normalised by the client first). */
const rawGet = (url: string, path: string) =>
  new Promise<{ status: number; csp: unknown }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ host: hostname, port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, csp: res.headers['content-security-policy'] }));
    })
      .on('error', reject)
      .end();
  });

const today = () => new Date().toISOString().slice(0, 10);
const recent = (minutesAgo = 60) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe('hostile bodies get a 400 naming the problem, and nothing is stored', () => {
  it('refuses JSON nested thousands of levels inside context (was a 500 from a stack overflow)', async () => {
    const { url, store } = await start();
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const text = body([event('moment.shown', { time: recent() })]).replace('"page":', `"context":${deep},"page":`);
    const r = await post(url, text);
    expect(r.status).toBe(400);
    expect(r.json().error).toBe('body must not nest arrays and objects more than 32 levels deep');
    // An array nest the same depth, outside any field, too.
    expect((await post(url, '['.repeat(100_000))).status).toBe(400);
    expect(await store.count()).toBe(0);
  });

  it('refuses a dropped count beyond 1,000,000 (two of 4611686018427387904 broke the dashboard with a 500)', async () => {
    const { url, store } = await start();
    const huge = [event('moments.dropped', { touchpoint: '', time: recent() }), event('moments.dropped', { touchpoint: '', time: recent() })];
    const text = body(huge).replace(/"dropped":1/g, '"dropped":4611686018427387904');
    const r = await post(url, text);
    expect(r.status).toBe(400);
    expect(r.json().error).toBe('events[0].dropped must be <= 1000000');
    const e300 = await post(url, body(huge).replace(/"dropped":1/g, '"dropped":1e300'));
    expect(e300.status).toBe(400);
    expect(await store.count()).toBe(0);
    // The largest allowed, many times over, sums without overflow and shows as a plain number.
    for (let i = 0; i < 5; i++) {
      const ok = await post(url, body([event('moments.dropped', { touchpoint: '', dropped: 1_000_000, time: recent() }), event('moments.dropped', { touchpoint: '', dropped: 1_000_000, time: recent() })]));
      expect(ok.status).toBe(200);
    }
    const page = await send(`${url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('10,000,000 events were dropped');
  });

  it('refuses lone surrogates in comments and touchpoint ids, and numbers that overflow to Infinity', async () => {
    const { url, store } = await start();
    const comment = body([event('moment.commented', { time: recent(), comment: 'COMMENT' })]).replace('COMMENT', 'a\\ud800b');
    const r = await post(url, comment);
    expect(r.status).toBe(400);
    expect(r.json().error).toBe('events[0].comment contains a lone UTF-16 surrogate (not valid Unicode text)');
    const touchpoint = body([event('moment.shown', { time: recent(), touchpoint: 'TP' })]).replace('"TP"', '"tp\\udc00"');
    expect((await post(url, touchpoint)).json().error).toBe('events[0].touchpoint contains a lone UTF-16 surrogate (not valid Unicode text)');
    const overflow = body([event('moment.shown', { time: recent(), context: { n: 1 } })]).replace('"n":1', '"n":1e400');
    const o = await post(url, overflow);
    expect(o.status).toBe(400);
    expect(o.json().error).toBe('events[0].context.n is a number too large for JSON (it would be stored as null)');
    expect(await store.count()).toBe(0);
    // A real pair (an emoji written as escapes) is text and is kept as sent.
    const emoji = body([event('moment.commented', { time: recent(), comment: 'COMMENT' })]).replace('COMMENT', 'ok \\ud83d\\ude00');
    expect((await post(url, emoji)).status).toBe(200);
    expect((await store.dashboard({ from: today(), to: today() })).comments[0].comment).toBe('ok 😀');
  });

  it('refuses impossible dates and times far from the server clock', async () => {
    const { url, store } = await start();
    const at = async (time: string) => (await post(url, body([event('moment.shown', { time })]))).json().error as string;
    expect(await at('2026-02-31T00:00:00Z')).toBe('events[0].time is not a real date or time (2026-02-31T00:00:00Z)');
    expect(await at('9999-12-31T23:59:59-23:59')).toMatch(/^events\[0\]\.time is more than 10 minutes ahead of the collector's clock/);
    expect(await at('2026-01-01T24:00:00Z')).toMatch(/is not a real date or time/);
    expect(await at('3000-01-01T00:00:00Z')).toMatch(/ahead of the collector's clock/);
    expect(await at('1999-01-01T00:00:00Z')).toBe('events[0].time is more than 400 days old (1999-01-01T00:00:00Z)');
    expect(await store.count()).toBe(0);
    // A few minutes of device clock skew pass.
    expect((await post(url, body([event('moment.shown', { time: new Date(Date.now() + 5 * 60_000).toISOString() })]))).status).toBe(200);
  });
});

describe('the dashboard bounds each view', () => {
  it('clamps a range ending 9999-12-31 and still shows its comments', async () => {
    const { url } = await start();
    expect((await post(url, body(showing({ value: 5, comment: 'still here', time: recent() })))).status).toBe(200);
    const r = await send(`${url}/dashboard?from=2026-01-01&to=9999-12-31`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('still here');
    expect(r.text).toMatch(/the range ends \d{4}-\d{2}-\d{2} at the latest/);
    const long = await send(`${url}/dashboard?from=1926-12-04`);
    expect(long.text).toMatch(/one view covers at most 366 days/);
    expect(long.text).toContain('still here');
  });

  it('pages touchpoints 50 at a time, with ratings only for the page shown', async () => {
    const { url } = await start();
    const events = Array.from({ length: 120 }, (_, i) => showing({ touchpoint: `tp${String(i).padStart(3, '0')}`, value: 4, time: recent() })).flat();
    for (let i = 0; i < events.length; i += 100) expect((await post(url, body(events.slice(i, i + 100)))).status).toBe(200);
    const first = (await send(`${url}/dashboard`)).text;
    expect(first.match(/<section class="touchpoint"/g)).toHaveLength(50);
    expect(first).toContain('data-touchpoint="tp000"');
    expect(first).not.toContain('data-touchpoint="tp050"');
    expect(first).toContain('Touchpoints 1–50');
    expect(first).toMatch(/page=2" rel="next"/);
    const third = (await send(`${url}/dashboard?page=3`)).text;
    expect(third.match(/<section class="touchpoint"/g)).toHaveLength(20);
    expect(third).toContain('data-touchpoint="tp119"');
    expect(third).toContain('Touchpoints 101–120');
    expect(third).not.toContain('rel="next"');
    // Each shown touchpoint has its rating (CSAT 100%), so ratings came for that page.
    expect(third.match(/data-score="CSAT">100%/g)).toHaveLength(20);
  });

  it('keeps answering POST /moments while a long dashboard view is read', async () => {
    const path = join(dir, `long${n++}.db`);
    (await openStore(path)).close();
    // 366 days × 1,000 touchpoints of rollups: a view that takes the reader a while.
    const db = new Database(path);
    const put = db.prepare('INSERT INTO daily (day, touchpoint, shown, answered, dismissed, commented) VALUES (?, ?, 1, 0, 0, 0)');
    db.transaction(() => {
      for (let d = 0; d < 366; d++) {
        const day = new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
        for (let t = 0; t < 1000; t++) put.run(day, `tp${t}`);
      }
    })();
    db.close();
    const { url, store } = await start({}, path);
    const order: string[] = [];
    const view = send(`${url}/dashboard?from=1926-12-04`).then((r) => (order.push('dashboard'), r));
    await new Promise((r) => setTimeout(r, 20));
    const ingest = post(url, body([event('moment.shown', { time: recent() })])).then((r) => (order.push('post'), r));
    const [page, stored] = await Promise.all([view, ingest]);
    expect(page.status).toBe(200);
    expect(stored.status).toBe(200);
    expect(order).toEqual(['post', 'dashboard']);
    expect(await store.count()).toBe(1);
  });

  it('accepts only allow-listed touchpoint ids when MOMENTS_TOUCHPOINTS is set', async () => {
    const { url, store } = await start({ touchpoints: ['checkout', 'search'] });
    const ok = await post(url, body([event('moment.shown', { time: recent() }), event('moments.dropped', { touchpoint: '', time: recent() })]));
    expect(ok.status).toBe(200);
    const bad = await post(url, body([event('moment.shown', { time: recent() }), event('moment.shown', { time: recent(), touchpoint: 'made-up-1' })]));
    expect(bad.status).toBe(400);
    expect(bad.json().error).toBe(`events[1].touchpoint "made-up-1" is not one of the collector's touchpoints (MOMENTS_TOUCHPOINTS)`);
    expect(await store.count()).toBe(2);
  });
});

describe('routing', () => {
  it('routes on the exact raw path: dot segments and encoded dots never reach the dashboard', async () => {
    const { url } = await start();
    for (const path of ['/moments/%2e%2e/dashboard', '/moments/../dashboard', '/moments/%2E%2E/dashboard?from=2026-01-01', '/x/../dashboard', '//dashboard', '/dashboard%2f']) {
      const r = await rawGet(url, path);
      expect([path, r.status, r.csp]).toEqual([path, 404, undefined]);
    }
    expect((await rawGet(url, '/dashboard')).status).toBe(200);
    expect((await rawGet(url, '/dashboard?from=2026-01-01')).status).toBe(200);
  });
});

describe('connections', () => {
  it('answers connections beyond the limit 503 with Retry-After, and closes idle ones that never send headers', async () => {
    const { url } = await start({ limits: { maxConnections: 50 } });
    const { port } = new URL(url);
    const idle = Array.from({ length: 150 }, () => {
      const socket = connect(Number(port), '127.0.0.1');
      const reply = new Promise<{ text: string; closed: boolean }>((resolve) => {
        let text = '';
        socket.on('data', (d) => (text += d));
        socket.on('error', () => {});
        socket.on('close', () => resolve({ text, closed: true }));
      });
      return { socket, reply };
    });
    // Every socket over the limit is answered and closed; the 50 within it are closed by the
    // header timeout (10 s), since they never send a request.
    const replies = await Promise.all(idle.map((x) => x.reply));
    const refused = replies.filter((r) => r.text.startsWith('HTTP/1.1 503'));
    expect(refused.length).toBeGreaterThanOrEqual(100);
    for (const r of refused) expect(r.text).toMatch(/\r\nretry-after: 5\r\n[\s\S]*too many connections/);
    expect(replies.every((r) => r.closed)).toBe(true);
    expect((await post(url, body([event('moment.shown', { time: recent() })]))).status).toBe(200);
  });
});

describe('slow uploads', () => {
  it('answers 408 and frees the upload when body bytes stop arriving', async () => {
    const { url, store } = await start();
    const { port } = new URL(url);
    const reply = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /moments HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 262000\r\n\r\n${' '.repeat(261_999)}`);
      });
      socket.on('data', (d) => (text += d));
      socket.on('error', () => {});
      socket.on('close', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1.1 408 [\s\S]*no body bytes arrived for 10 s/);
    expect(await store.count()).toBe(0);
    const health = (await send(`${url}/health`)).json();
    expect(health.limits.inflightBytes).toBe(0);
  });
});

describe('logging', () => {
  it('logs one line, not a stack trace per client, when uploads are aborted', async () => {
    const { url, lines, store } = await start();
    const { port } = new URL(url);
    const abort = () =>
      new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`POST /moments HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 262000\r\n\r\n${'{'.repeat(1000)}`);
          setTimeout(() => socket.destroy(), 5);
        });
        socket.on('close', () => resolve());
        socket.on('error', () => {});
      });
    for (let i = 0; i < 10; i++) await Promise.all(Array.from({ length: 20 }, abort));
    // The last aborts' close events reach the server a moment later.
    await new Promise((r) => setTimeout(r, 200));
    expect(lines).toEqual(['moments-collector: the client closed the connection mid-upload']);
    expect(await store.count()).toBe(0);
    expect((await post(url, body([event('moment.shown', { time: recent() })]))).status).toBe(200);
  });
});
