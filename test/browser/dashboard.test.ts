// The dashboard in real Chromium: figures render, filters and the date form work, no event can run script.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollector, type Collector } from '../../src/collector/http/collector';
import { openStore } from '../../src/collector/store/store';
import { body, showing } from '../collector/events';
import { post } from '../collector/http';
import { launch, watch, type Browser } from './harness';

const XSS = {
  comment: '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">',
  reason: '<svg onload="window.__xss=3"></svg>',
  contextKey: '</pre><script>window.__xss=4</script>',
  contextValue: '<iframe src="javascript:window.__xss=5"></iframe>',
  touchpoint: '"><script>window.__xss=6</script>',
  title: '</title><script>window.__xss=7</script>',
};

let browser: Browser;
let collector: Collector;
let url: string;
const dir = mkdtempSync(join(tmpdir(), 'moments-dash-'));

beforeAll(async () => {
  collector = createCollector({ store: await openStore(join(dir, 'moments.db')), rateLimit: 0 });
  url = await collector.listen(0, '127.0.0.1');
  const events = [
    ...showing({ touchpoint: XSS.touchpoint, value: 1, reasons: [XSS.reason], comment: XSS.comment, context: { [XSS.contextKey]: XSS.contextValue }, title: XSS.title, time: '2026-11-20T10:00:00.000Z' }),
    ...showing({ touchpoint: 'checkout', value: 5, comment: 'Smooth as butter', time: '2026-11-21T10:00:00.000Z' }),
    ...showing({ touchpoint: 'checkout', value: 4, time: '2026-11-21T11:00:00.000Z' }),
    ...showing({ touchpoint: 'checkout', value: 2, reasons: ['slow'], comment: 'Took ages', time: '2026-11-22T10:00:00.000Z' }),
    ...showing({ touchpoint: 'checkout', dismissed: true, time: '2026-11-22T11:00:00.000Z' }),
    ...showing({ touchpoint: 'search', scale: 'nps', value: 10, comment: 'Found it at once', time: '2026-11-23T10:00:00.000Z' }),
    ...showing({ touchpoint: 'checkout', value: 1, comment: 'Preview noise', preview: true, time: '2026-11-22T12:00:00.000Z' }),
  ];
  const r = await post(url, body(events));
  expect(r.status).toBe(200);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await collector?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dashboard in Chromium', () => {
  it('shows every payload as text and runs none of them', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${url}/dashboard?from=2026-11-01&to=2026-11-30`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, iframe, img, svg[onload]').count()).toBe(0);
    const texts = await page.locator('p.comment').allTextContents();
    expect(texts).toContain(XSS.comment);
    expect(await page.locator('.chips li').allTextContents()).toContain(XSS.reason);
    expect(await page.locator('pre.context').first().textContent()).toBe(JSON.stringify({ [XSS.contextKey]: XSS.contextValue }, null, 2));
    expect(await page.locator('section.touchpoint h2').allTextContents()).toContain(XSS.touchpoint);
    expect(await page.locator('.page').allTextContents()).toContain(`${XSS.title} (/checkout)`);
    expect(await page.title()).toBe('Moments dashboard');
    // The stylesheet applies under the CSP, and the page itself causes no violations.
    expect(await page.locator('section').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('10px');
    expect(log.errors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it('renders the figures per touchpoint: counts, distribution bars, score by day', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/dashboard?from=2026-11-01&to=2026-11-30`);
    const checkout = page.locator('section.touchpoint[data-touchpoint="checkout"]');
    const count = (name: string) => checkout.locator(`[data-count="${name}"]`).textContent();
    expect([await count('shown'), await count('answered'), await count('dismissed'), await count('commented')]).toEqual(['4', '3', '1', '2']);
    expect(await checkout.locator('[data-score]').textContent()).toBe('66.7%');
    // One bar per CSAT value; the two answered values 4 and 5 and the 2 have visible width.
    const widths = await checkout.locator('svg[aria-label$="distribution"] rect').evaluateAll((els) => els.map((e) => Number(e.getAttribute('width'))));
    expect(widths).toHaveLength(5);
    expect(widths.filter((w) => w > 0)).toHaveLength(3);
    expect(await checkout.locator('svg[aria-label="CSAT by day"] rect').count()).toBe(2);
    expect(await page.locator('section.touchpoint[data-touchpoint="search"] [data-score]').textContent()).toBe('100');
    // Comments newest first; the preview showing is nowhere.
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Found it at once', 'Took ages', 'Smooth as butter', XSS.comment]);
    expect(await page.content()).not.toContain('Preview noise');
    await page.close();
  });

  it('filters comments to misery and magic, and narrows the date range with the form', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/dashboard?from=2026-11-01&to=2026-11-30`);
    await page.getByRole('link', { name: 'Moments of misery' }).click();
    await page.waitForURL(/mood=misery/);
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Took ages', XSS.comment]);
    await page.getByRole('link', { name: 'Moments of magic' }).click();
    await page.waitForURL(/mood=magic/);
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Found it at once', 'Smooth as butter']);

    await page.fill('input[name="from"]', '2026-11-22');
    await page.fill('input[name="to"]', '2026-11-22');
    await page.selectOption('select[name="mood"]', '');
    await Promise.all([page.waitForURL(/from=2026-11-22/), page.click('button[type="submit"]')]);
    expect(await page.locator('section.touchpoint').count()).toBe(1);
    const checkout = page.locator('section.touchpoint[data-touchpoint="checkout"]');
    expect(await checkout.locator('[data-count="shown"]').textContent()).toBe('2');
    expect(await checkout.locator('[data-count="dismissed"]').textContent()).toBe('1');
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Took ages']);
    await page.close();
  });
});
