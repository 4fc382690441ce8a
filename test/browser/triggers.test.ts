// The request and selector triggers in real Chromium: resource timing's responseStatus and a shown element.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, serve, until, watch, type Browser, type Page, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
const api: string[] = [];

beforeAll(async () => {
  const [b, s, bundle] = await Promise.all([
    launch(),
    serve(),
    build({ entryPoints: [join(ROOT, 'test/browser/fixtures/triggers/entry.ts')], bundle: true, format: 'iife', write: false }),
  ]);
  [browser, server] = [b, s];
  const js = bundle.outputFiles[0].text;
  server.route((req, res) => {
    if (req.url == '/__fixture/triggers.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js), true;
    if (req.url?.startsWith('/api/checkout') && req.method == 'POST') {
      api.push(req.url);
      return void res.writeHead(402, { 'content-type': 'application/json' }).end('{"error":"card_declined"}'), true;
    }
    return false;
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Seen = Array<[string, Record<string, unknown> | undefined]>;
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

describe('request and selector triggers in Chromium', () => {
  it('see a failed payment request with its status, and the error message once it is shown', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/triggers/index.html`);
    expect(await page.evaluate(() => (window as unknown as { supported: boolean }).supported)).toBe(true);
    await page.waitForTimeout(50); // the selector trigger's first look happens on a later task
    expect(await seen(page)).toEqual([]); // the error message is there but hidden
    await page.click('#pay');
    await until(async () => (await seen(page)).length >= 2, 'request and selector to fire');
    const fired = await seen(page);
    expect(fired).toContainEqual(['request', { url: `${server.url}/api/checkout/pay`, status: 402 }]);
    expect(fired).toContainEqual(['selector', undefined]);
    expect(fired.some(([k]) => k == 'other')).toBe(false);
    expect(api).toContain('/api/checkout/pay?order=42');
    expect(log.pageErrors).toEqual([]);
    expect(log.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]); // the 402 itself, a favicon
    await page.close();
  });

  it('see a request that failed before the triggers started (buffered entries)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/test/browser/fixtures/triggers/index.html`);
    await page.evaluate(async () => {
      const w = window as unknown as { seen: Seen; stops: Array<() => void> };
      w.stops.forEach((s) => s());
      await fetch('/api/checkout/early', { method: 'POST' });
      // Resource entries are queued after the response; wait for it to land in the timeline.
      while (!performance.getEntriesByType('resource').some((e) => e.name.endsWith('/api/checkout/early'))) await new Promise((r) => setTimeout(r, 10));
      w.seen.length = 0;
    });
    await page.addScriptTag({ url: '/__fixture/triggers.js' });
    await until(async () => (await seen(page)).some(([k, c]) => k == 'request' && String(c?.url).endsWith('/early')), 'buffered request');
    await page.close();
  });
});

describe('request trigger through the built drop-in', () => {
  const built = existsSync(join(ROOT, 'dist/moments.js'));
  it.skipIf(!built)('shows the prompt after a failed payment request and sends url and status as context', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/triggers/drop-in.html`);
    await page.click('#pay');
    await page.locator('[data-moments-touchpoint="checkout-api-error"] >> [part=prompt]').waitFor({ state: 'visible' });
    await until(() => server.received.events.some((e) => e.type == 'moment.shown' && e.touchpoint == 'checkout-api-error'), 'moment.shown');
    const shown = server.received.events.find((e) => e.type == 'moment.shown' && e.touchpoint == 'checkout-api-error')!;
    expect(shown.context).toMatchObject({ url: `${server.url}/api/checkout/pay`, status: 402 });
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
