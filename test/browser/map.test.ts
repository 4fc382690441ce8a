// The map of moments in real Chromium: figures in journey order and worst first, the misery
// comments' filters (touchpoint, context key = value), the period form, a phone-sized view, and
// XSS payloads in touchpoint ids, comments and context that stay text.
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
  touchpoint: '"><script>window.__xss=1</script>',
  comment: '<img src=x onerror="window.__xss=2">',
  contextKey: '"><svg onload="window.__xss=3">',
  contextValue: '</a><script>window.__xss=4</script>',
  title: '</title><script>window.__xss=5</script>',
  stage: '<iframe src="javascript:window.__xss=6"></iframe>',
};

let browser: Browser;
let collector: Collector;
let url: string;
const dir = mkdtempSync(join(tmpdir(), 'moments-map-'));
const range = 'from=2026-11-21&to=2026-11-30';

beforeAll(async () => {
  collector = createCollector({ store: await openStore(join(dir, 'moments.db')), rateLimit: 0 });
  url = await collector.listen(0, '127.0.0.1');
  const events = [
    // browse, first seen 2026-11-10: all magic now
    ...showing({ touchpoint: 'browse', scale: 'thumbs', value: 1, time: '2026-11-10T10:00:00.000Z' }),
    ...showing({ touchpoint: 'browse', scale: 'thumbs', value: 1, time: '2026-11-22T10:00:00.000Z' }),
    // payment, first seen 2026-11-12: previous period 1 misery of 2 (50 %), now 3 of 4 (75 %)
    ...showing({ touchpoint: 'payment', value: 1, time: '2026-11-12T10:00:00.000Z' }),
    ...showing({ touchpoint: 'payment', value: 5, time: '2026-11-13T10:00:00.000Z' }),
    ...showing({ touchpoint: 'payment', value: 1, comment: 'Card declined twice', context: { code: 'card_declined', psp: 'acme' }, time: '2026-11-23T10:00:00.000Z' }),
    ...showing({ touchpoint: 'payment', value: 2, comment: 'Timed out', context: { code: 'timeout' }, time: '2026-11-24T10:00:00.000Z' }),
    ...showing({ touchpoint: 'payment', value: 1, comment: 'Declined again', context: { code: 'card_declined' }, time: '2026-11-25T10:00:00.000Z' }),
    ...showing({ touchpoint: 'payment', value: 5, comment: 'Fine in the end', time: '2026-11-25T11:00:00.000Z' }),
    // the payload touchpoint, first seen 2026-11-21
    ...showing({ touchpoint: XSS.touchpoint, stage: XSS.stage, value: 1, comment: XSS.comment, context: { [XSS.contextKey]: XSS.contextValue }, title: XSS.title, time: '2026-11-21T10:00:00.000Z' }),
  ];
  expect((await post(url, body(events))).status).toBe(200);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await collector?.close();
  rmSync(dir, { recursive: true, force: true });
});

const names = (page: import('playwright-core').Page) => page.locator('ol.map > li h2').allTextContents();

describe('map of moments in Chromium', () => {
  it('keeps every payload text, runs none, and causes no CSP violation', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${url}/map?${range}`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, iframe, img, svg[onload]').count()).toBe(0);
    expect(await names(page)).toContain(XSS.touchpoint);
    expect(await page.locator('ol.map .stage').allTextContents()).toEqual([XSS.stage]);
    expect(await page.locator('p.comment').allTextContents()).toContain(XSS.comment);
    expect(await page.locator('ul.context li').allTextContents()).toContain(`${XSS.contextKey} = ${XSS.contextValue}`);
    expect(await page.locator('.page').allTextContents()).toContain(`${XSS.title} (/checkout)`);
    expect(await page.title()).toBe('Moments map');
    // Filtering by the payload key and value keeps them text too, in the link and the filter chip.
    await page.locator('ul.context a', { hasText: XSS.contextValue }).click();
    await page.waitForURL(/key=/);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('.active-filters li').first().textContent()).toContain(`${XSS.contextKey} = ${XSS.contextValue}`);
    expect(await page.locator('p.comment').allTextContents()).toEqual([XSS.comment]);
    expect(log.errors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows each touchpoint in journey order with its figures, change and trend; worst first reorders', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/map?${range}`);
    expect(await names(page)).toEqual(['browse', 'payment', XSS.touchpoint]);
    const payment = page.locator('li.moment[data-touchpoint="payment"]');
    const figure = (name: string) => payment.locator(`[data-figure="${name}"]`).textContent();
    expect(await figure('answers')).toBe('4 +2');
    expect(await figure('misery')).toBe('75% +25 pts');
    expect(await figure('magic')).toBe('25%');
    expect(await figure('score')).toBe('25% −25');
    expect(await payment.locator('dt').nth(3).textContent()).toBe('CSAT');
    expect(await payment.locator('.change.worse').count()).toBe(2);
    // One column per day with answers (23rd, 24th, 25th).
    expect(await payment.locator('svg.trend rect').count()).toBe(3);
    await page.getByRole('link', { name: 'Worst first' }).click();
    await page.waitForURL(/order=worst/);
    expect(await names(page)).toEqual([XSS.touchpoint, 'payment', 'browse']);
    // A click on a touchpoint opens its detail card on the dashboard.
    await page.locator('li.moment[data-touchpoint="payment"] h2 a').click();
    await page.waitForURL(/\/dashboard\?.*#tp-payment$/);
    expect(await page.locator('section.touchpoint#tp-payment').count()).toBe(1);
    await page.close();
  });

  it('lists misery comments newest first, filtered by touchpoint and by context key = value', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/map?${range}`);
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Declined again', 'Timed out', 'Card declined twice', XSS.comment]);
    await page.locator('ol.comments li', { hasText: 'Timed out' }).locator('a.tp').click();
    await page.waitForURL(/touchpoint=payment/);
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Declined again', 'Timed out', 'Card declined twice']);
    await page.locator('ul.context a', { hasText: 'code = card_declined' }).first().click();
    await page.waitForURL(/key=code&value=card_declined/);
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Declined again', 'Card declined twice']);
    // Removing the touchpoint filter keeps the context one.
    await page.getByRole('link', { name: 'Remove the touchpoint filter' }).click();
    await page.waitForURL((u) => !u.search.includes('touchpoint='));
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Declined again', 'Card declined twice']);
    // The period form keeps working: one day.
    await page.fill('input[name="from"]', '2026-11-23');
    await page.fill('input[name="to"]', '2026-11-23');
    await page.fill('input[name="key"]', '');
    await page.fill('input[name="value"]', '');
    await Promise.all([page.waitForURL(/from=2026-11-23/), page.click('button[type="submit"]')]);
    // browse answered the day before: it stays on the map, with none now.
    expect(await names(page)).toEqual(['browse', 'payment']);
    expect(await page.locator('li.moment[data-touchpoint="browse"] [data-figure="answers"]').textContent()).toBe('0 −1');
    expect(await page.locator('p.comment').allTextContents()).toEqual(['Card declined twice']);
    await page.close();
  });

  it('is readable on a phone: no horizontal scrolling, cards in one column', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${url}/map?${range}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const boxes = await page.locator('ol.map > li').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(new Set(boxes).size).toBe(1);
    await page.screenshot({ path: join(tmpdir(), 'moments-map-phone.png'), fullPage: true });
    await context.close();
  });

  // Last: it adds events the tests above do not expect.
  it('lists the customers of misery who asked to be contacted, newest first, payloads kept text', async () => {
    const contacts = [
      ...showing({ touchpoint: XSS.touchpoint, value: 1, comment: XSS.comment, context: { [XSS.contextKey]: XSS.contextValue }, title: XSS.title, email: "o'brien@example.com", time: '2026-11-26T10:00:00.000Z' }),
      ...showing({ touchpoint: 'payment', value: 2, email: 'ana@example.com', context: { code: 'card_declined' }, time: '2026-11-27T10:00:00.000Z' }),
      ...showing({ touchpoint: 'payment', value: 5, email: 'happy@example.com', time: '2026-11-28T10:00:00.000Z' }),
    ];
    expect((await post(url, body(contacts))).status).toBe(200);
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${url}/map?${range}`);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('script, iframe, img, svg[onload]').count()).toBe(0);
    const section = page.locator('#contact');
    expect(await section.locator('h2').textContent()).toBe('Customers to contact');
    expect(await section.locator('p.email a').allTextContents()).toEqual(['ana@example.com', "o'brien@example.com"]); // magic is left out
    expect(await section.locator('p.email a').evaluateAll((els) => els.map((a) => a.getAttribute('href')))).toEqual(['mailto:ana@example.com', "mailto:o'brien@example.com"]);
    expect(await section.locator('a.tp').allTextContents()).toEqual(['payment', XSS.touchpoint]);
    expect(await section.locator('p.comment').allTextContents()).toEqual([XSS.comment]);
    expect(await section.locator('ul.context li').allTextContents()).toEqual(['code = card_declined', `${XSS.contextKey} = ${XSS.contextValue}`]);
    expect(await section.locator('.page').allTextContents()).toContain(`${XSS.title} (/checkout)`);
    // The touchpoint filter narrows it like the comments.
    await page.goto(`${url}/map?${range}&touchpoint=payment`);
    expect(await page.locator('#contact p.email').allTextContents()).toEqual(['ana@example.com']);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
