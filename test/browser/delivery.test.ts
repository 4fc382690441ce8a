// Delivery in real Chromium with the built drop-in: retries, beacon on leaving, offline + reload, failing sinks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, serve, until, watch, type Browser, type Page, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
let other: TestServer; // another origin (another port)

beforeAll(async () => {
  [browser, server, other] = await Promise.all([launch(), serve(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});
beforeEach(() => {
  server.received.events.length = 0;
  server.received.requests.length = 0;
  server.respond(undefined);
});

const FIXTURES = '/test/browser/fixtures/delivery';
const option = (value: number) => `[data-moments-touchpoint="x"] >> [part=option][data-value="${value}"]`;

/** Shows the prompt and clicks a rating; `wait` waits for the prompt to close again. */
async function rate(page: Page, value: number, wait = true) {
  await page.evaluate(() => (window as any).Moments.show('x'));
  await page.locator(option(value)).click();
  if (wait) await page.locator('[data-moments-touchpoint="x"]').waitFor({ state: 'detached' });
}

/** Delivery figures by event id: what arrived, how often, what is missing. */
function figures(ids: string[]) {
  const seen = new Map<string, number>();
  for (const e of server.received.events) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  const received = ids.filter((id) => seen.has(id)).length;
  const duplicates = [...seen.values()].reduce((n, c) => n + c - 1, 0);
  return { sent: ids.length, received, duplicates, lost: ids.length - received, requests: server.received.requests.length };
}

describe('delivery in a real browser', () => {
  it('the endpoint answers 503 for the first 3 requests: every event still arrives exactly once', async () => {
    server.respond((n) => (n < 3 ? 503 : undefined));
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    const ids: string[] = [];
    await page.exposeFunction('__event', (id: string) => void ids.push(id));
    await page.goto(server.url + FIXTURES + '/rate.html');
    await page.evaluate(() => (window as any).Moments.on('*', (e: { id: string }) => (window as any).__event(e.id)));
    for (const v of [1, 2, 3, 4, 5, 4]) await rate(page, v);
    await until(() => figures(ids).received == 12, 'all 12 events', 30_000).catch(async (e) => {
      console.log(figures(ids), server.received.requests.map((r) => r.status + ' ' + r.body.length), log);
      console.log(await page.evaluate(() => localStorage.getItem('moments:q:/moments')));
      throw e;
    });
    await new Promise((r) => setTimeout(r, 1500)); // room for a duplicate to show up
    const f = figures(ids);
    console.log(`delivery: 503×3 then 200 → ${f.sent} sent, ${f.received} received, ${f.duplicates} duplicates, ${f.lost} lost (${f.requests} requests)`);
    expect(f).toMatchObject({ sent: 12, received: 12, duplicates: 0, lost: 0 });
    expect(server.received.requests.slice(0, 3).map((r) => r.status)).toEqual([503, 503, 503]);
    expect(server.received.requests.every((r) => r.contentType == 'text/plain;charset=UTF-8')).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('a rating clicked right before navigating to another origin still arrives (beacon)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + FIXTURES + '/rate.html');
    await rate(page, 2, false);
    await page.goto(other.url + FIXTURES + '/leave.html'); // at once: the batch wait (1 s) has not passed
    await until(() => server.received.events.some((e) => e.type == 'moment.answered'), 'the answer');
    const answered = server.received.events.filter((e) => e.type == 'moment.answered');
    console.log(`delivery: rate then leave for another origin → 1 sent, ${answered.length} received (${server.received.requests.length} requests)`);
    expect(answered).toHaveLength(1);
    expect(answered[0].rating).toEqual({ scale: 'emoji5', value: 2 });
    await context.close();
  });

  it('offline: rate, reload, go online: the event arrives after the reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = server.url + FIXTURES + '/rate.html';
    await page.goto(url);
    await page.evaluate(() => (window as any).Moments.on('moment.answered', (e: { id: string }) => ((window as any).__answered = e.id)));
    await page.evaluate(() => (window as any).Moments.show('x'));
    await page.locator(option(5)).waitFor(); // the prompt's chunk loads while online
    await context.setOffline(true);
    await page.locator(option(5)).click();
    const id: string = await page.evaluate(() => (window as any).__answered);
    await new Promise((r) => setTimeout(r, 1500)); // past the batch wait: nothing can go out
    const queued = await page.evaluate(() => localStorage.getItem('moments:q:/moments'));
    expect(queued).toContain(id);
    expect(server.received.events.some((e) => e.id == id)).toBe(false);
    // Which requests came from a page's fetch (the resumed outbox) rather than an unloading page's beacon:
    // DevTools' offline emulation does not hold back the beacon a detaching page sends, so the test tells them apart.
    const fetched: string[] = [];
    server.route((req, _res, body) => {
      if (req.url == '/moments' && req.headers['sec-fetch-mode'] == 'cors') fetched.push(...JSON.parse(body).events.map((e: { id: string }) => e.id));
      return false;
    });
    await page.reload().catch(() => {}); // offline: served from cache, or an error page
    const reloaded = await page.evaluate(() => typeof (window as any).Moments == 'object').catch(() => false);
    await context.setOffline(false); // the reloaded page hears `online`; an error page is replaced by the page
    if (!reloaded) await page.goto(url);
    await until(() => fetched.includes(id), 'the queued answer sent by the reloaded page', 15_000);
    const f = figures([id]);
    // A beacon sent while the endpoint was unreachable is kept for the next page too, so the endpoint may see the
    // id twice and de-duplicate it; it is never lost.
    console.log(`delivery: offline, rate, reload, online → ${f.sent} sent, ${f.received} received, ${f.duplicates} duplicates, ${f.lost} lost`);
    expect(f.lost).toBe(0);
    await context.close();
  });

  it('sinks that throw, reject or hang on every call do not keep the HTTP sink from delivering everything', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    const ids: string[] = [];
    await page.exposeFunction('__event', (id: string) => void ids.push(id));
    await page.goto(server.url + FIXTURES + '/failing-sinks.html');
    await page.evaluate(() => (window as any).Moments.on('*', (e: { id: string }) => (window as any).__event(e.id)));
    for (const v of [1, 3, 5]) await rate(page, v);
    await until(() => figures(ids).received == 6, 'all 6 events');
    const f = figures(ids);
    console.log(`delivery: 3 failing sinks beside HTTP → ${f.sent} sent, ${f.received} received, ${f.duplicates} duplicates, ${f.lost} lost`);
    expect(f).toMatchObject({ sent: 6, received: 6, duplicates: 0, lost: 0 });
    expect(log.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^Moments: sink "[^"]+" failed: this sink always throws/), expect.stringMatching(/^Moments: sink "rejects" failed/)]));
    expect(log.errors.filter((e) => e.includes('always throws'))).toHaveLength(1); // once, not per call
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
