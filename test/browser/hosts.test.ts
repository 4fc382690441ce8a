// Issue #9 "safe in every host" and preview, in real Chromium with the built drop-in.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ROOT, useBrowser, until, watch, type Browser, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => void ([browser, server] = [b, s]));

const byTouchpoint = (id: string, type: string) => server.received.events.filter((e) => e.touchpoint == id && e.type == type);

describe('safe in every host', () => {
  it('a second copy of the drop-in hands over to the first: one prompt, one set of events, one warning', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/twice.html`);
    await page.locator('[data-moments-touchpoint="twice"] >> [part=prompt]').waitFor({ state: 'visible' });
    await page.locator('[data-moments-touchpoint="twice"] >> [part=option][data-value="1"]').click();
    await until(() => byTouchpoint('twice', 'moment.answered').length > 0, 'answer');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-moments-touchpoint]').count()).toBe(1);
    expect(byTouchpoint('twice', 'moment.shown')).toHaveLength(1);
    expect(byTouchpoint('twice', 'moment.answered')).toHaveLength(1);
    expect(log.warnings.filter((w) => w.includes('second copy'))).toEqual(['Moments: a second copy of the drop-in was loaded; the first one stays in charge']);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it('the Google Tag Manager recipe (a Custom HTML tag injecting the script) works as the README shows it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/test/browser/fixtures/empty.html`);
    // GTM inserts the tag's scripts into the page after load: do the same with the recipe file itself.
    const tag = readFileSync(`${ROOT}/examples/recipes/gtm.html`, 'utf8').match(/<script>([\s\S]*)<\/script>/)![1];
    await page.evaluate((code) => {
      const s = document.createElement('script');
      s.textContent = code;
      document.body.append(s);
    }, tag);
    await page.locator('[data-moments-touchpoint="gtm-checkout"] >> [part=prompt]').waitFor({ state: 'visible' });
    await page.close();
  });
});

describe('preview', () => {
  it('?moments-preview=<id> shows that prompt at once, ignoring its trigger and sampling, with events marked preview', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/examples/contact.html?moments-preview=contact`);
    await page.locator('[data-moments-touchpoint="contact"] >> [part=prompt]').waitFor({ state: 'visible', timeout: 3000 });
    await page.locator('[data-moments-touchpoint="contact"] >> [part=option][data-value="1"]').click();
    await until(() => byTouchpoint('contact', 'moment.answered').length > 0, 'answer');
    const events = server.received.events.filter((e) => e.touchpoint == 'contact');
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['moment.shown', 'moment.answered']));
    expect(events.every((e) => e.preview === true)).toBe(true);
    // A preview does not count: the touchpoint is still eligible for real afterwards.
    const state = await page.evaluate(() => localStorage.getItem('moments:state'));
    expect(JSON.parse(state!).h.contact).toBeUndefined();
    await page.close();
  });
});
