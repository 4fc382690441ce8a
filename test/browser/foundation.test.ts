// The whole path once, in real Chromium with the built drop-in: config in, prompt on screen, event out.
import { describe, expect, it } from 'vitest';
import { useBrowser, until, watch, type Browser, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => void ([browser, server] = [b, s]));

const prompt = (id: string) => `[data-moments-touchpoint="${id}"] >> [part=prompt]`;

describe('the drop-in, end to end', () => {
  it('shows the prompt on its path and delivers the rating clicked', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.click('#pay'); // the order is placed: the checkout prompt asks
    await page.locator(prompt('checkout')).waitFor({ state: 'visible' });
    await expect(page.locator('[data-moments-touchpoint="checkout"] >> [part=question]').textContent()).resolves.toBe('How was checking out today?');
    await page.locator('[data-moments-touchpoint="checkout"] >> [part=option][data-value="4"]').click();
    await until(() => server.received.events.some((e) => e.type == 'moment.answered' && e.touchpoint == 'checkout'), 'moment.answered');
    const answered = server.received.events.find((e) => e.type == 'moment.answered' && e.touchpoint == 'checkout')!;
    expect(answered.rating).toEqual({ scale: 'emoji5', value: 4 });
    expect(answered.page.path).toBe('/examples/checkout.html');
    const shown = server.received.events.find((e) => e.type == 'moment.shown' && e.touchpoint == 'checkout')!;
    expect(shown.moment).toBe(answered.moment);
    expect(log.errors, log.errors.join('\n')).toEqual([]);
    expect(log.pageErrors, log.pageErrors.join('\n')).toEqual([]);
    await page.close();
  });

  it('the single-file build does it all from one request: a late trigger, the prompt, delivery', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const scripts: string[] = [];
    page.on('request', (r) => /\/dist\//.test(r.url()) && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/test/browser/fixtures/all.html`);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-moments-touchpoint]').count()).toBe(0);
    await page.locator('#app').evaluate((app) => app.insertAdjacentHTML('beforeend', '<p class="sent">Sent.</p>'));
    await page.locator(prompt('sent')).waitFor({ state: 'visible' });
    await page.locator('[data-moments-touchpoint="sent"] >> [part=option][data-value="5"]').click();
    await until(() => server.received.events.some((e) => e.type == 'moment.answered' && e.touchpoint == 'sent'), 'moment.answered');
    expect(server.received.events.find((e) => e.type == 'moment.answered' && e.touchpoint == 'sent')!.rating).toEqual({ scale: 'stars5', value: 5 });
    expect(scripts).toEqual(['/dist/moments.all.js']);
    expect(log.errors, log.errors.join('\n')).toEqual([]);
    expect(log.pageErrors, log.pageErrors.join('\n')).toEqual([]);
    await page.close();
  });

  it('Moments.show(id, context) shows a prompt and its events carry the context', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.click('#fail');
    await page.locator(prompt('payment-failed')).waitFor({ state: 'visible' });
    await page.locator('[data-moments-touchpoint="payment-failed"] >> [part=option][data-value="1"]').click();
    await until(() => server.received.events.some((e) => e.type == 'moment.answered' && e.touchpoint == 'payment-failed'), 'answer');
    const e = server.received.events.find((e) => e.type == 'moment.answered' && e.touchpoint == 'payment-failed')!;
    expect(e.rating).toEqual({ scale: 'stars5', value: 1 });
    expect(e.context).toEqual({ code: 'card_declined', amount: 42 });
    await context.close();
  });

  it('a broken config is reported per field, the valid rest works and the page keeps running', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/broken.html`);
    await expect(page.locator('#own').textContent()).resolves.toBe('page script ran');
    await until(() => log.errors.length >= 4, 'config errors');
    expect(log.errors).toEqual(
      expect.arrayContaining([
        'Moments: config: theme must be one of light, dark, auto',
        'Moments: touchpoint "bad-scale": scale must be one of thumbs, emoji5, stars5, nps, csat',
        'Moments: touchpoint "no-question": question is missing',
        expect.stringContaining('Moments: touchpoint "empty-when": when names nothing'),
      ]),
    );
    expect(log.pageErrors, log.pageErrors.join('\n')).toEqual([]);
    await page.evaluate(() => (window as any).Moments.show('good'));
    const question = page.locator('[data-moments-touchpoint="good"] >> [part=question]');
    await question.waitFor();
    // Config strings are text, never HTML.
    await expect(question.textContent()).resolves.toBe('<img src=x onerror="window.__xss=1"> Still here?');
    await expect(page.evaluate(() => (window as any).__xss)).resolves.toBeUndefined();
    await page.close();
  });

  it('invalid JSON in the inline config is reported once and nothing throws into the page', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/bad-json.html`);
    await expect(page.locator('#own').textContent()).resolves.toBe('page script ran');
    await until(() => log.errors.length > 0, 'error');
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]).toMatch(/^Moments: #moments-config is not valid JSON/);
    expect(log.pageErrors, log.pageErrors.join('\n')).toEqual([]);
    // The API still answers without throwing.
    await expect(page.evaluate(() => typeof (window as any).Moments.show('x'))).resolves.toBe('undefined');
    await page.close();
  });

  it('Moments.destroy() removes the prompt and stops delivering', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.click('#pay'); // the order is placed: the checkout prompt asks
    await page.locator(prompt('checkout')).waitFor({ state: 'visible' });
    await page.evaluate(() => (window as any).Moments.destroy());
    await expect(page.locator('[data-moments-touchpoint]').count()).resolves.toBe(0);
    await page.close();
  });
});
