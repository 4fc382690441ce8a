// Issue #19: the drop-in on pages that break the environment before it loads (DOM clobbering, polluted prototypes,
// a global named Moments, injection as inline text), in real Chromium with the minified build.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ROOT, useBrowser, until, watch, type Browser, type Page, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => void ([browser, server] = [b, s]));

const byTouchpoint = (id: string, type: string) => server.received.events.filter((e) => e.touchpoint == id && e.type == type);
const prompt = (id: string) => `[data-moments-touchpoint="${id}"] >> [part=prompt]`;
const option = (id: string, value: number) => `[data-moments-touchpoint="${id}"] >> [part=option][data-value="${value}"]`;

/** A page whose every request is recorded; other origins never answer (this network is closed anyway). */
async function open(): Promise<{ page: Page; requests: string[]; log: ReturnType<typeof watch> }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return { page, requests, log: watch(page) };
}
const elsewhere = (requests: string[]) => requests.filter((url) => !url.startsWith(server.url + '/'));
const chunks = (requests: string[]) => requests.filter((url) => /moments-[a-z]+\.js/.test(url));

describe('a page that breaks the environment before the drop-in loads (#19)', () => {
  it('DOM clobbering (currentScript, body, title, readyState, addEventListener, a fake #moments-config…) chooses nothing', async () => {
    const { page, requests, log } = await open();
    await page.goto(`${server.url}/test/browser/fixtures/hostile/clobbered.html`);
    // The control: the page really is clobbered.
    expect(await page.evaluate(() => [document.currentScript, document.body, document.title].map((x) => (x as Element)?.tagName))).toEqual(['IMG', 'IMG', 'IMG']);
    await page.click('#go');
    await page.locator(prompt('clobbered')).waitFor({ state: 'visible' });
    await page.locator(option('clobbered', 1)).click();
    await until(() => byTouchpoint('clobbered', 'moment.answered').length > 0, 'answer');
    const [answered] = byTouchpoint('clobbered', 'moment.answered');
    expect(answered.rating).toEqual({ scale: 'thumbs', value: 1 });
    expect(answered.page).toEqual({ path: '/test/browser/fixtures/hostile/clobbered.html', title: 'Clobbered document' });
    // The prompt sits in the real body, not in the image named body.
    expect(await page.evaluate(() => Document.prototype.querySelector.call(document, '[data-moments-touchpoint]')?.parentElement?.tagName)).toBe('BODY');
    // Only the page's own image went elsewhere; every chunk came from beside the drop-in.
    expect(elsewhere(requests)).toEqual(['https://attacker.example/x.png']);
    expect(chunks(requests).length).toBeGreaterThan(0);
    expect(chunks(requests).every((url) => url.startsWith(`${server.url}/dist/`))).toBe(true);
    expect(await page.evaluate(() => typeof (window as any).Moments?.init)).toBe('function');
    expect(log.pageErrors).toEqual([]);
    expect(log.errors.filter((e) => e.includes('Moments'))).toEqual([]);
    await page.close();
  });

  it('a polluted Object.prototype (foo, when, placement, assetsUrl) and Prototype.js Array.prototype.toJSON lose nothing', async () => {
    const { page, requests, log } = await open();
    await page.goto(`${server.url}/test/browser/fixtures/hostile/polluted.html`);
    await page.locator(prompt('polluted')).waitFor({ state: 'visible' });
    await page.locator(option('polluted', 2)).click();
    await page.locator('[data-moments-touchpoint="polluted"] >> [part=reason]').first().click();
    await page.locator('[data-moments-touchpoint="polluted"] >> [part=submit]').click();
    await until(() => byTouchpoint('polluted', 'moment.answered').length >= 2, 'answer and reasons');
    // Every request body is a real batch: `events` is an array, not the string Array.prototype.toJSON makes.
    const bodies = server.received.requests.filter((r) => r.body.includes('"polluted"')).map((r) => JSON.parse(r.body));
    expect(bodies.every((b) => Array.isArray(b.events))).toBe(true);
    const answers = byTouchpoint('polluted', 'moment.answered');
    expect(answers.map((e) => e.rating)).toEqual([
      { scale: 'emoji5', value: 2 },
      { scale: 'emoji5', value: 2 },
    ]);
    expect(answers[1].reasons).toEqual(['slow']);
    // Inherited keys are no fields: the manual touchpoint never armed, nothing inline, no `foo` sent.
    expect(server.received.events.filter((e) => e.touchpoint == 'manual')).toEqual([]);
    expect(await page.locator('[data-moments-touchpoint="manual"]').count()).toBe(0);
    expect(byTouchpoint('polluted', 'moment.shown')[0]).not.toHaveProperty('foo');
    expect(elsewhere(requests)).toEqual([]);
    // Nothing is left queued: the events were delivered, not stuck as an unreadable string.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('moments:q:')))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.errors.filter((e) => e.includes('Moments'))).toEqual([]);
    await page.close();
  });

  it('another library named Moments keeps its global; the widget says so once and answers as MomentsWidget', async () => {
    const { page, log } = await open();
    await page.goto(`${server.url}/test/browser/fixtures/hostile/taken.html`);
    await page.locator(prompt('taken')).waitFor({ state: 'visible' });
    await page.locator(option('taken', 1)).click();
    await until(() => byTouchpoint('taken', 'moment.answered').length > 0, 'answer');
    expect(await page.evaluate(() => (window as any).Moments)).toEqual({ version: '2.4.1', name: 'the other Moments' });
    expect(await page.evaluate(() => typeof (window as any).MomentsWidget.show)).toBe('function');
    expect(log.warnings.filter((w) => w.includes('Moments'))).toEqual(['Moments: window.Moments is taken; use window.MomentsWidget']);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it('a real second copy is still recognised by its private marker, however the first is reached', async () => {
    const { page, log } = await open();
    await page.goto(`${server.url}/test/browser/fixtures/hostile/taken.html`);
    await page.locator(prompt('taken')).waitFor({ state: 'visible' });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = '/dist/moments.js?copy=2';
      document.head.append(s);
    });
    await until(() => log.warnings.some((w) => w.includes('second copy')), 'second copy warning');
    expect(await page.locator('[data-moments-touchpoint]').count()).toBe(1);
    expect(await page.evaluate(() => (window as any).Moments.version)).toBe('2.4.1');
    await page.close();
  });
});

describe('a drop-in injected as inline text (a tag manager) (#19)', () => {
  const code = () => readFileSync(`${ROOT}/dist/moments.js`, 'utf8');
  const config = (extra: object) => ({ endpoint: '/moments', touchpoints: [{ id: 'inline', question: 'Asked?', scale: 'thumbs', when: { path: '/test/*' } }], ...extra });
  // What such a tag manager does: the drop-in's text in a script element of its own, then the page's init.
  const inject = (page: Page, assets: string | undefined, init: object) =>
    page.evaluate(
      ([text, assets, init]) => {
        const s = document.createElement('script');
        if (assets != null) s.dataset.assets = assets as string;
        s.textContent = text as string;
        document.head.append(s);
        (window as any).Moments.init(init);
      },
      [code(), assets, init] as const,
    );

  it.each([
    ['data-assets on its script tag', '/dist/', {}],
    ['assetsUrl in the config', undefined, { assetsUrl: `/dist/` }],
  ])('loads its chunks from %s', async (_, assets, extra) => {
    const { page, requests, log } = await open();
    await page.goto(`${server.url}/test/browser/fixtures/empty.html`);
    const before = byTouchpoint('inline', 'moment.answered').length;
    await inject(page, assets, config(extra));
    await page.locator(prompt('inline')).waitFor({ state: 'visible' });
    await page.locator(option('inline', 1)).click();
    await until(() => byTouchpoint('inline', 'moment.answered').length > before, 'answer');
    expect(chunks(requests).every((url) => url.startsWith(`${server.url}/dist/moments-`))).toBe(true);
    expect(elsewhere(requests)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['data-assets', 'javascript:alert(1)', 'javascript:alert(1)', {}],
    ['data-assets', 'data:', 'data:text/javascript,alert(1)//', {}],
    ['assetsUrl', 'another origin over http:', undefined, { assetsUrl: 'http://other.example/moments/' }],
    ['assetsUrl', 'javascript:', undefined, { assetsUrl: 'javascript:alert(1)' }],
  ])('refuses %s %s with one console.error and loads nothing from it', async (field, _, assets, extra) => {
    const { page, requests, log } = await open();
    await page.goto(`${server.url}/test/browser/fixtures/empty.html`);
    await inject(page, assets, config(extra));
    await until(() => log.errors.some((e) => e.includes(`${field} must be an https: or same-origin URL`)), 'the error');
    // Without a usable base the chunks are asked beside the page (and fail): never from the refused URL.
    await until(() => chunks(requests).length > 0, 'a chunk request');
    expect(elsewhere(requests)).toEqual([]);
    expect(log.errors.filter((e) => e.includes(field))).toEqual([`Moments: ${field} must be an https: or same-origin URL`]);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
