// Delivery benchmark: 1,000 events queued in real Chromium while the endpoint answers 503, then the endpoint
// recovers. Reports delivered, duplicated and lost events (by id), requests and bytes sent, per scenario.
// Then one batch of 20 holding one event the endpoint refuses (400): the other 19 must arrive, once each.
// Run: `node bench/delivery.mjs` (needs `npx rollup -c` first: it drives dist/esm/index.js's httpSink).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const N = 1000;

const PAGE = (options) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<script type="module">
import { httpSink } from '/dist/esm/index.js';
window.sink = httpSink(${JSON.stringify({ url: '/moments', ...options })});
// The ESM entry's sinks load their code on first use (as init does, wait for it, so the figures are the sink's own).
await window.sink.load();
window.ready = true;
</script></body></html>`;

/** A loopback server: the bench page, the repo's dist/, and a /moments endpoint that is down until told. */
async function start() {
  const state = { down: true, options: {}, requests: 0, failed: 0, refused: 0, bytes: 0, events: [] };
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/moments') {
      state.requests++;
      state.bytes += Buffer.byteLength(body);
      if (state.down) {
        state.failed++;
        return void res.writeHead(503).end();
      }
      const events = JSON.parse(body).events;
      const bad = events.findIndex((e) => e.rating?.value > 10); // as the collector's schema says for nps
      if (bad >= 0) {
        // As the collector answers an event it refuses: 400 naming the first problem; nothing of the batch is stored.
        state.refused++;
        return void res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `events[${bad}].rating.value must be <= 10` }));
      }
      for (const e of events) state.events.push(e);
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    }
    if (url.pathname === '/bench') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE(state.options));
    try {
      const file = join(ROOT, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { state, url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One scenario: `tabs` pages share the origin's outbox; the first one queues N events while the endpoint is down. */
async function scenario(browser, name, options, tabs = 1) {
  const srv = await start();
  srv.state.options = { retryMs: 250, ...options };
  const context = await browser.newContext();
  try {
    const pages = [];
    for (let i = 0; i < tabs; i++) {
      const page = await context.newPage();
      await page.goto(srv.url + '/bench');
      await page.waitForFunction(() => window.ready);
      pages.push(page);
    }
    const t0 = Date.now();
    const ids = await pages[0].evaluate((n) => {
      const ids = [];
      for (let i = 0; i < n; i++) {
        const id = crypto.randomUUID();
        ids.push(id);
        window.sink.send([{ schema: 1, id, type: 'moment.answered', touchpoint: 'bench', moment: crypto.randomUUID(), time: new Date().toISOString(), page: { path: '/bench', title: 'bench' }, rating: { scale: 'emoji5', value: (i % 5) + 1 } }]);
      }
      return ids;
    }, N);
    const enqueueMs = Date.now() - t0;
    await sleep(3000); // a few failed attempts and backoffs while down
    const failedWhileDown = srv.state.failed;
    srv.state.down = false;
    const t1 = Date.now();
    // Recovered: wait until every id arrived, or nothing new arrives for 5 s (after the longest backoff).
    let last = -1;
    let quietSince = Date.now();
    const want = new Set(ids);
    while (Date.now() - t1 < 90_000) {
      const got = srv.state.events.filter((e) => want.has(e.id)).length;
      if (got >= N) break;
      if (srv.state.events.length != last) (last = srv.state.events.length), (quietSince = Date.now());
      else if (Date.now() - quietSince > 5000) break;
      await sleep(50);
    }
    const drainMs = Date.now() - t1;
    await sleep(1000); // room for late duplicates
    const seen = new Map();
    for (const e of srv.state.events) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    const delivered = ids.filter((id) => seen.has(id)).length;
    const duplicated = [...seen.values()].reduce((n, c) => n + c - 1, 0);
    const reportedDropped = srv.state.events.filter((e) => e.type === 'moments.dropped').reduce((n, e) => n + e.dropped, 0);
    return {
      scenario: name,
      tabs,
      queued: N,
      delivered,
      duplicated,
      lost: N - delivered,
      reportedDropped,
      requests: srv.state.requests,
      failedRequests: srv.state.failed,
      failedWhileDown,
      kbSent: Math.round(srv.state.bytes / 102.4) / 10,
      enqueueMs,
      drainMs,
    };
  } finally {
    await context.close();
    await srv.close();
  }
}

/** One batch of 20 events, one of them refused by the endpoint (400): delivered, dropped and the requests it took. */
async function refusedScenario(browser) {
  const srv = await start();
  srv.state.down = false;
  srv.state.options = { batchSize: 20, batchWaitMs: 0 };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const reported = [];
    page.on('console', (m) => m.text().startsWith('Moments:') && reported.push(m.text()));
    await page.goto(srv.url + '/bench');
    await page.waitForFunction(() => window.ready);
    const t0 = Date.now();
    const ids = await page.evaluate(() => {
      const events = Array.from({ length: 20 }, (_, i) => ({ schema: 1, id: crypto.randomUUID(), type: 'moment.answered', touchpoint: 'bench', moment: crypto.randomUUID(), time: new Date().toISOString(), page: { path: '/bench', title: 'bench' }, rating: { scale: 'nps', value: i == 7 ? 11 : i % 11 } }));
      window.sink.send(events);
      return events.map((e) => e.id);
    });
    // The bad event is sent again in halves until it is alone: wait until the 19 arrived and the queue is empty.
    const want = new Set(ids);
    const start_ = Date.now();
    while (Date.now() - start_ < 30_000) {
      const queued = await page.evaluate(() => localStorage.getItem('moments:q:/moments'));
      if (!queued && srv.state.events.filter((e) => want.has(e.id)).length >= 19) break;
      await sleep(50);
    }
    const drainMs = Date.now() - t0;
    await sleep(1000); // room for late duplicates
    const seen = new Map();
    for (const e of srv.state.events) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    const delivered = ids.filter((id) => seen.has(id)).length;
    return {
      scenario: 'batch of 20, one event refused (400)',
      queued: 20,
      delivered,
      dropped: 20 - delivered,
      refusedDelivered: seen.has(ids[7]) ? 1 : 0,
      duplicated: [...seen.values()].reduce((n, c) => n + c - 1, 0),
      requests: srv.state.requests,
      refusedRequests: srv.state.refused,
      reported: reported.length,
      drainMs,
    };
  } finally {
    await context.close();
    await srv.close();
  }
}

/** Runs every scenario in headless Chromium and returns `{ rows, table }`. */
export async function benchDelivery() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const rows = [
      await scenario(browser, 'default bounds (1,000 events, 512 KB)', {}),
      await scenario(browser, 'default bounds, two tabs', {}, 2),
      await scenario(browser, 'small queue (maxQueue 500): oldest dropped, counted', { maxQueue: 500 }),
    ];
    const refused = await refusedScenario(browser);
    const render = (rows) => {
      const keys = Object.keys(rows[0]);
      const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
      const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(width[i])).join(' | ') + ' |';
      return [line(keys), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(keys.map((k) => r[k])))].join('\n');
    };
    const summary = `batch of 20 with one bad event: ${refused.delivered} delivered, ${refused.dropped} dropped, ${refused.duplicated} duplicated (${refused.requests} requests, ${refused.refusedRequests} refused)`;
    const table = [render(rows), '', render([refused]), '', summary].join('\n');
    return { events: N, rows, refused, table };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchDelivery();
  console.log(result.table);
  await mkdir(join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(join(ROOT, 'bench/results/delivery.json'), JSON.stringify(result, null, 2) + '\n');
}
