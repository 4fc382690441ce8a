// Delivery in real Chromium with the built drop-in: retries, beacon on leaving, offline + reload, failing sinks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, serve, until, watch, type Browser, type Page, type TestServer } from './harness';
import { validateBatch } from '../../src/collector/validation/validateBatch';
import { MAX_TITLE } from '../../src/shared/limits';

let browser: Browser;
let server: TestServer;
let other: TestServer; // another origin (another port)

/** What `/validated` answered: the batches the collector's validation accepted, and every answer given. */
const validated = { events: [] as Array<Record<string, any>>, answers: [] as Array<{ status: number; count: number; error?: string }> };
/** Makes `/validated` refuse (400, like the collector) any batch holding an event this returns a reason for. */
let refuse: (event: Record<string, any>) => string | undefined = () => undefined;

beforeAll(async () => {
  [browser, server, other] = await Promise.all([launch(), serve(), serve()]);
  // /validated answers as the collector does: its own validateBatch, 400 {"error"} naming the first problem.
  server.route((req, res, body) => {
    if (req.url != '/validated' || req.method != 'POST') return false;
    const batch = validateBatch(body);
    const error = batch.ok ? batch.events.map(refuse).map((why, i) => why && `events[${i}].${why}`).find(Boolean) : batch.error;
    const count = batch.ok ? batch.events.length : 0;
    validated.answers.push({ status: error ? 400 : 200, count, error });
    if (batch.ok && !error) validated.events.push(...batch.events);
    res.writeHead(error ? 400 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(error ? { error } : { stored: count }));
    return true;
  });
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
  validated.events.length = 0;
  validated.answers.length = 0;
  refuse = () => undefined;
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

  it('the endpoint refuses one event of a batch: only that one is dropped and reported, the others arrive once', async () => {
    refuse = (e) => (e.rating?.value == 3 ? 'rating.value 3 is refused by this endpoint' : undefined);
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    const events: Array<{ id: string; type: string; rating?: { value: number } }> = [];
    await page.exposeFunction('__event', (e: (typeof events)[number]) => void events.push(e));
    await page.goto(server.url + FIXTURES + '/validated.html');
    await page.evaluate(() => (window as any).Moments.on('*', (e: unknown) => (window as any).__event(e)));
    for (const v of [1, 2, 3, 4, 5]) await rate(page, v);
    const refused = events.find((e) => e.rating?.value == 3)!;
    const others = events.filter((e) => e != refused).map((e) => e.id);
    expect(others).toHaveLength(9);
    await until(() => others.every((id) => validated.events.some((e) => e.id == id)), 'the 9 other events', 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // room for a duplicate or a late resend
    const arrived = validated.events.map((e) => e.id);
    console.log(`delivery: one refused event in a batch of ${validated.answers[0].count} → ${arrived.length} delivered, 1 dropped (${validated.answers.map((a) => a.status + '×' + a.count).join(', ')})`);
    expect(validated.answers[0]).toMatchObject({ status: 400, count: 10 }); // one batch held them all
    expect(arrived.sort()).toEqual([...others].sort()); // each once, the refused one never
    const reported = log.errors.filter((e) => e.startsWith('Moments:'));
    expect(reported).toEqual([`Moments: /validated refused 1 event(s) (HTTP 400: {"error":"events[0].rating.value 3 is refused by this endpoint"}); dropped`]);
    expect(await page.evaluate(() => localStorage.getItem('moments:q:/validated'))).toBeNull();
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('a long multibyte title and a multibyte context reach the collector validation and are accepted', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(server.url + FIXTURES + '/validated.html');
    const title = 'ご注文の確認 🙂 '.repeat(100); // 1,000 code points, 1,100 UTF-16 units
    await page.evaluate((t) => (document.title = t), title);
    // 600 "お": 611 UTF-16 units and 1,811 UTF-8 bytes as JSON, inside 2 KB either way: kept and delivered.
    await page.evaluate(() => (window as any).Moments.show('x', { note: 'お'.repeat(600) }));
    await page.locator(option(4)).click();
    await page.locator('[data-moments-touchpoint="x"]').waitFor({ state: 'detached' });
    // 1,000 "お": 1,011 UTF-16 units but 3,011 bytes. The collector refuses it, so the widget drops the context
    // (with a warning) and still delivers the events.
    await page.evaluate(() => (window as any).Moments.show('x', { note: 'お'.repeat(1000) }));
    await page.locator(option(5)).click();
    await until(() => validated.events.length >= 4, 'the 4 events', 30_000);
    expect(validated.answers.every((a) => a.status == 200)).toBe(true);
    const cut = [...title].slice(0, MAX_TITLE).join('');
    for (const e of validated.events) expect(e.page.title).toBe(cut);
    expect(validated.events.slice(0, 2).map((e) => e.context)).toEqual([{ note: 'お'.repeat(600) }, { note: 'お'.repeat(600) }]);
    expect(validated.events.slice(2).map((e) => e.context)).toEqual([undefined, undefined]);
    expect(log.warnings).toContain('Moments: x: context is over 2048 bytes; dropped');
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
