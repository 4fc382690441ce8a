// Issue #3 in real Chromium with the built drop-in: failure detection by selector and by request, SPA navigation,
// frequency across reloads, sampling, and destroy leaving nothing behind.
import { describe, expect, it } from 'vitest';
import { useBrowser, until, watch, type Browser, type Page, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => {
  [browser, server] = [b, s];
  // The example checkout's payment API, failing the way a real one does.
  server.route(async (req, res) => {
    if (!req.url?.startsWith('/api/checkout')) return false;
    res.writeHead(402, { 'content-type': 'application/json' }).end('{"error":"card_declined"}');
    return true;
  });
});

const visible = (page: Page, id: string) => page.locator(`[data-moments-touchpoint="${id}"] >> [part=prompt]`).waitFor({ state: 'visible', timeout: 8000 });
const count = (page: Page) => page.locator('[data-moments-touchpoint]').count();
const fixture = (config: object) => async (page: Page) => {
  await page.goto(`${server.url}/test/browser/fixtures/touchpoints.html`);
  await page.evaluate((c) => (window as any).Moments.init({ endpoint: '/moments', ...c }), config);
};

describe('touchpoints in the browser', () => {
  it('a .payment-error rendered after a failed payment shows the failure prompt (selector)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.click('#fail');
    await visible(page, 'payment-failed');
    await page.close();
  });

  it('a failed payment request shows its prompt (request, through resource timing)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.click('#api-error');
    await visible(page, 'checkout-api-error');
    await page.locator('[data-moments-touchpoint="checkout-api-error"] >> [part=option][data-value="0"]').click();
    await until(() => server.received.events.some((e) => e.touchpoint == 'checkout-api-error' && e.type == 'moment.answered'), 'answer');
    const shown = server.received.events.find((e) => e.touchpoint == 'checkout-api-error' && e.type == 'moment.shown')!;
    expect(shown.context).toEqual({ url: `${server.url}/api/checkout`, status: 402 });
    await page.close();
  });

  it('an SPA navigating with pushState to /contact shows the contact prompt', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/examples/spa.html`);
    await page.waitForTimeout(300);
    expect(await count(page)).toBe(0);
    await page.click('#to-contact');
    expect(new URL(page.url()).pathname).toBe('/examples/contact');
    await visible(page, 'spa-contact');
    await page.close();
  });

  it('after answering, a reload does not ask again (and explain says why)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const config = { touchpoints: [{ id: 'again', question: 'How was it?', scale: 'thumbs', when: { path: '/test/*' } }] };
    await fixture(config)(page);
    await visible(page, 'again');
    await page.locator('[data-moments-touchpoint="again"] >> [part=option][data-value="1"]').click();
    await page.reload();
    await page.evaluate((c) => (window as any).Moments.init({ endpoint: '/moments', ...c }), config);
    await page.waitForTimeout(500);
    expect(await count(page)).toBe(0);
    const why = await page.evaluate(async () => (await (window as any).Moments.explain())[0]);
    expect(why).toMatchObject({ id: 'again', state: 'ruled out', why: expect.stringMatching(/^answered today/) });
    await context.close();
  });

  it('sample: 0 never shows, even through Moments.show', async () => {
    const page = await browser.newPage();
    await fixture({ touchpoints: [{ id: 'never', question: 'q', scale: 'nps', sample: 0, when: { path: '/test/*' } }] })(page);
    await page.evaluate(() => (window as any).Moments.show('never'));
    await page.waitForTimeout(500);
    expect(await count(page)).toBe(0);
    await page.close();
  });

  it('explains three reasons: path, waiting for a selector, session cap', async () => {
    const page = await browser.newPage();
    await fixture({
      maxPromptsPerSession: 1,
      minGapMinutes: 0,
      touchpoints: [
        { id: 'elsewhere', question: 'q', scale: 'nps', when: { path: '/checkout*' } },
        { id: 'error', question: 'q', scale: 'nps', when: { selector: '.payment-error' } },
        { id: 'first', question: 'q', scale: 'thumbs' },
        { id: 'second', question: 'q', scale: 'thumbs' },
      ],
    })(page);
    await page.evaluate(() => (window as any).Moments.show('first'));
    await visible(page, 'first');
    await page.evaluate(() => (window as any).Moments.show('second'));
    await page.waitForTimeout(200);
    const rows = await page.evaluate(async () => Object.fromEntries((await (window as any).Moments.explain()).map((r: any) => [r.id, r.why])));
    expect(rows.elsewhere).toBe('path/url does not match /test/browser/fixtures/touchpoints.html');
    expect(rows.error).toBe('waiting for selector ".payment-error"');
    expect(rows.second).toMatch(/^(session cap reached \(maxPromptsPerSession: 1\)|fired while "first" was showing)/);
    await page.close();
  });

  it('Moments.destroy() leaves no observer, listener, timer or history hook behind', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const chunks: string[] = [];
    page.on('request', (r) => /\/dist\/moments-/.test(r.url()) && chunks.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/test/browser/fixtures/touchpoints.html`);
    const before = await page.evaluate(() => (window as any).__live());
    await page.evaluate(() =>
      (window as any).Moments.init({
        endpoint: '/moments',
        touchpoints: [
          { id: 'a', question: 'q', scale: 'thumbs', when: { path: '/test/*', selector: '.never', idleMs: 60000 } },
          { id: 'b', question: 'q', scale: 'thumbs', when: { url: 'fixtures', click: '#nothing', scrollPercent: 90, exitIntent: true } },
          { id: 'c', question: 'q', scale: 'thumbs', when: { request: { url: '/api/*' }, submit: 'form', delayMs: 60000, event: 'x:y' } },
          { id: 'd', question: 'q', scale: 'thumbs' },
        ],
      }),
    );
    await page.evaluate(() => (window as any).Moments.show('d'));
    await visible(page, 'd');
    // The late kinds (selector, idleMs, scrollPercent, request) start from their own chunk, loaded once.
    await until(async () => (await page.evaluate(() => (window as any).__live())).observers.length > 0, 'the selector trigger observing');
    expect(chunks).toEqual(['/dist/moments-ui.js', '/dist/moments-triggers.js']);
    const during = await page.evaluate(() => (window as any).__live());
    expect(during.observers.length).toBeGreaterThan(0);
    expect(during.listeners.length).toBeGreaterThan(before.listeners.length);
    expect(during.historyPatched).toBe(true);
    await page.evaluate(() => (window as any).Moments.destroy());
    await page.waitForTimeout(300); // let the prompt's own exit timers run out
    const after = await page.evaluate(() => (window as any).__live());
    expect(after).toEqual(before);
    // The idle preload hints are gone too, and no element of Moments is left anywhere.
    expect(await page.locator('link[rel=modulepreload]').count()).toBe(0);
    expect(await count(page)).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it('fetches nothing beyond the drop-in where no touchpoint can act; where one arms, the prompt chunk once, on idle, and it reports the config problems', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const chunks: string[] = [];
    page.on('request', (r) => /\/dist\/moments-/.test(r.url()) && chunks.push(new URL(r.url()).pathname));
    await fixture({ touchpoints: [{ id: 'elsewhere', question: 'Q?', scale: 'hearts', when: { path: '/checkout*' } }, { id: 'manual', question: 'Q?', scale: 'nps' }] })(page);
    await page.waitForTimeout(1500);
    expect(chunks).toEqual([]);
    expect(log.errors).toEqual([]); // nothing here can act, so nothing is checked either
    await page.evaluate(() =>
      (window as any).Moments.init({
        endpoint: '/moments',
        touchpoints: [
          { id: 'here', question: 'Q?', scale: 'hearts', when: { event: 'never:fired' } },
          { id: 'fine', question: 'Q?', scale: 'nps', when: { event: 'never:fired' } },
        ],
      }),
    );
    await until(() => log.errors.length > 0, 'the config problem');
    expect(chunks).toEqual(['/dist/moments-ui.js', '/dist/moments-explain.js']); // the wording of the problem comes with the explain chunk
    expect(log.errors).toEqual(['Moments: touchpoint "here": scale must be one of thumbs, emoji5, stars5, nps, csat']);
    expect(await count(page)).toBe(0);
    await page.close();
  });

  // Retried: a long task is wall-clock time, and on the 2-core CI machine, with several browsers and the collector's
  // tests running at once, the OS sometimes stops the renderer mid-task for 50 ms (1 run in 3 there, never alone
  // or with two CPU-bound processes beside it). A long task of Moments' own fails every attempt.
  it('a settled touchpoint leaves no observer or timer running, and its prompt shifts no layout and makes no long task', { retry: 2 }, async () => {
    const page = await browser.newPage();
    const log = watch(page);
    // Before any page script: layout shifts and long tasks (50 ms or more) from here on.
    await page.addInitScript(() => {
      const seen = ((window as any).__perf = { shifts: 0, longTasks: [] as number[] });
      // As CLS counts them: the prompt's own card may change size right after the visitor clicks in it.
      new PerformanceObserver((l) => l.getEntries().forEach((e: any) => e.hadRecentInput || (seen.shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => seen.longTasks.push(e.startTime))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}/test/browser/fixtures/touchpoints.html`);
    await page.locator('#app').evaluate((app) => (app.textContent = 'Text above the fold that a shift would move.'));
    // Playwright's own injected script observes the page too: compare with what is there before Moments starts.
    const before = await page.evaluate(() => (window as any).__live());
    const start = await page.evaluate(() => {
      (window as any).Moments.init({
        endpoint: '/moments',
        touchpoints: [{ id: 'done', question: 'How was that?', scale: 'thumbs', thanks: { closeAfterMs: 300 }, when: { selector: '.sent', delayMs: 50 } }],
      });
      return performance.now();
    });
    await page.locator('#app').evaluate((app) => app.insertAdjacentHTML('beforeend', '<p class="sent">Sent.</p>'));
    await visible(page, 'done');
    await page.locator('[data-moments-touchpoint="done"] >> [part=option][data-value="1"]').click();
    await page.locator('[data-moments-touchpoint]').waitFor({ state: 'detached' });
    await until(() => server.received.events.some((e) => e.touchpoint == 'done' && e.type == 'moment.answered'), 'answer');
    await page.waitForTimeout(1200); // past the HTTP sink's batch wait
    const live = await page.evaluate(() => (window as any).__live());
    expect(live.observers).toEqual(before.observers); // the shared MutationObserver went with the selector trigger
    expect(live.timers).toBe(before.timers);
    expect(live.intervals).toBe(before.intervals);
    expect(live.historyPatched).toBe(false); // no path gate, so no history hook
    const perf = await page.evaluate(() => (window as any).__perf);
    expect(perf.shifts).toBe(0);
    expect(perf.longTasks.filter((t: number) => t >= start)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});

// Issue #18: the moment of misery always gets its prompt. Each test has a context of its own: what one visitor
// answered must not rule out the next test's prompt.
describe('one prompt at a time, by priority, nothing dropped by accident', () => {
  const prompt = (page: Page, id: string) => page.locator(`[data-moments-touchpoint="${id}"] >> [part=prompt]`);
  const option = (page: Page, id: string, value: number) => page.locator(`[data-moments-touchpoint="${id}"] >> [part=option][data-value="${value}"]`);
  const eventsSince = (from: number) => server.received.events.slice(from);

  it('on the checkout example, the failure replaces the unanswered checkout prompt: shown within 1 s, answered, the other preempted', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    const from = server.received.events.length;
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.waitForTimeout(300);
    expect(await count(page)).toBe(0); // nobody is asked on arrival
    await page.click('#pay'); // the order is placed: the end of the moment
    await visible(page, 'checkout');
    await page.click('#fail');
    await prompt(page, 'payment-failed').waitFor({ state: 'visible', timeout: 1000 });
    expect(await page.locator('[data-moments-touchpoint="checkout"]').count()).toBe(0);
    await option(page, 'payment-failed', 2).click();
    await until(() => eventsSince(from).some((e) => e.type == 'moment.answered' && e.touchpoint == 'payment-failed'), 'the failure answer');
    await until(() => eventsSince(from).some((e) => e.type == 'moment.dismissed' && e.touchpoint == 'checkout'), 'the preempted dismissal');
    const answered = eventsSince(from).find((e) => e.type == 'moment.answered' && e.touchpoint == 'payment-failed')!;
    expect(answered.rating).toEqual({ scale: 'stars5', value: 2 });
    const checkout = eventsSince(from).filter((e) => e.touchpoint == 'checkout');
    expect(checkout.map((e) => [e.type, e.reason])).toEqual([
      ['moment.shown', undefined],
      ['moment.dismissed', 'preempted'],
    ]);
    expect(checkout[0].context).toEqual({ order: 'A-1042' });
    const why = await page.evaluate(async () => (await (window as any).Moments.explain()).find((r: any) => r.id == 'checkout').why);
    expect(why).toBe('replaced by "payment-failed" (higher priority) before an answer');
    expect(log.errors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('on the checkout example, a checkout prompt already answered is not interrupted: the failure shows once the thanks close', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const from = server.received.events.length;
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.click('#pay');
    await visible(page, 'checkout');
    await option(page, 'checkout', 5).click(); // its follow-up shows
    await page.locator('[data-moments-touchpoint="checkout"] >> [part=submit]').click();
    await page.locator('[data-moments-touchpoint="checkout"] >> [part=thanks]').waitFor({ state: 'visible' });
    await page.click('#fail');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-moments-touchpoint="payment-failed"]').count()).toBe(0);
    const why = await page.evaluate(async () => (await (window as any).Moments.explain()).find((r: any) => r.id == 'payment-failed').why);
    expect(why).toBe('waiting for "checkout" to close');
    await page.locator('[data-moments-touchpoint="checkout"]').waitFor({ state: 'detached', timeout: 8000 }); // the thanks close by themselves
    await visible(page, 'payment-failed');
    await option(page, 'payment-failed', 1).click();
    await until(() => eventsSince(from).some((e) => e.type == 'moment.answered' && e.touchpoint == 'payment-failed'), 'the failure answer');
    expect(eventsSince(from).some((e) => e.reason)).toBe(false);
    await context.close();
  });

  it('an invalid touchpoint does not block its valid sibling', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/touchpoints.html`);
    await page.evaluate(() =>
      (window as any).Moments.init({
        endpoint: '/moments',
        touchpoints: [
          { id: 'broken', question: 'q', scale: 'bogus-scale', when: { path: '/test/*' } },
          { id: 'fine', question: 'q', scale: 'stars5', when: { path: '/test/*' } },
        ],
      }),
    );
    await visible(page, 'fine');
    await until(() => log.errors.length > 0, 'the config error');
    expect(log.errors).toEqual(['Moments: touchpoint "broken": scale must be one of thumbs, emoji5, stars5, nps, csat']);
    expect(await page.locator('[data-moments-touchpoint="broken"]').count()).toBe(0);
    await context.close();
  });

  for (const how of ['dismissed', 'after its thanks'] as const) {
    it(`a prompt animating out (${how}) does not hold the slot: Moments.show during its exit shows next`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/test/browser/fixtures/touchpoints.html`);
      await page.evaluate(() =>
        (window as any).Moments.init({
          endpoint: '/moments',
          touchpoints: [
            { id: 'first', question: 'q', scale: 'thumbs', thanks: { closeAfterMs: 200 } },
            { id: 'next', question: 'q', scale: 'thumbs' },
          ],
        }),
      );
      await page.evaluate(() => (window as any).Moments.show('first'));
      await visible(page, 'first');
      // The instant the card starts leaving (its exit animation), the page asks for the next one.
      await page.evaluate(() => {
        const card = document.querySelector('[data-moments-touchpoint="first"]')!.shadowRoot!.querySelector('[part=prompt]')!;
        new MutationObserver((_, observer) => {
          if (!card.classList.contains('out')) return;
          observer.disconnect();
          (window as any).__exiting = card.isConnected;
          (window as any).Moments.show('next');
        }).observe(card, { attributes: true, attributeFilter: ['class'] });
      });
      await page.locator(`[data-moments-touchpoint="first"] >> [part=${how == 'dismissed' ? 'dismiss' : 'option'}]`).first().click();
      await visible(page, 'next');
      expect(await page.evaluate(() => (window as any).__exiting)).toBe(true);
      expect(await page.locator('[data-moments-touchpoint="first"]').count()).toBe(0);
      await context.close();
    });
  }

  it('Moments.show on a closed path gate shows; when eligibility keeps it back, one console.warn says why', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/touchpoints.html`);
    await page.evaluate(() =>
      (window as any).Moments.init({
        endpoint: '/moments',
        touchpoints: [
          { id: 'gated', question: 'q', scale: 'thumbs', when: { path: '/checkout*' } },
          { id: 'sampled', question: 'q', scale: 'thumbs', sample: 0, when: { path: '/checkout*' } },
        ],
      }),
    );
    await page.evaluate(() => (window as any).Moments.show('gated'));
    await visible(page, 'gated');
    await page.evaluate(() => (window as any).Moments.show('sampled'));
    await until(() => log.warnings.length > 0, 'the warning');
    await page.waitForTimeout(300);
    expect(log.warnings).toEqual(['Moments: show("sampled"): sampled out (sample 0)']);
    expect(await page.locator('[data-moments-touchpoint="sampled"]').count()).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('a prompt chunk served from another origin without CORS headers is said once: the chunk, its URL, the likely cause', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    // The page on 127.0.0.1, the drop-in from localhost: the classic script runs, its module chunks need CORS.
    const other = server.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${server.url}/test/browser/fixtures/touchpoints.html`);
    await page.evaluate((src) => {
      // The fixture's own copy steps aside (a copy finding MomentsWidget's marker hands over to it).
      delete (window as any).Moments;
      delete (window as any).MomentsWidget;
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    }, `${other}/dist/moments.js`);
    await page.waitForFunction(() => (window as any).Moments?.init);
    await page.evaluate(() =>
      (window as any).Moments.init({
        endpoint: '/moments',
        touchpoints: [
          { id: 'error', question: 'q', scale: 'thumbs', when: { selector: '.payment-error' } },
          { id: 'asked', question: 'q', scale: 'thumbs' },
        ],
      }),
    );
    await page.evaluate(() => (window as any).Moments.show('asked'));
    await until(() => log.errors.some((e) => e.startsWith('Moments:')), 'the report');
    await page.waitForTimeout(1500); // idle: the selector trigger tries for the chunk too
    const ours = log.errors.filter((e) => e.startsWith('Moments:'));
    expect(ours).toEqual([
      `Moments: could not load the prompt chunk Failed to fetch dynamically imported module: ${other}/dist/moments-ui.js (is it served as JavaScript, with Access-Control-Allow-Origin from another origin?)`,
    ]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
