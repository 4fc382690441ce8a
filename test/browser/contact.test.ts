// The contact step in a real browser (the built dist/): offered after a low rating's follow-up, keyboard only,
// axe-core clean in each theme, in Arabic and with its error shown, a bottom sheet on a phone, and through the
// drop-in under a strict CSP its `moment.contact` reaches the endpoint with the address as typed while the
// comment and context stay redacted.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useBrowser, until, watch, ROOT, type Browser, type Page, type TestServer } from './harness';
import { calls, open } from './fixtures/ui/ui';

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => void ([browser, server] = [b, s]));

const axe = async (page: Page) => {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run((window as any).host, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
};

/** Rates 1 and sends the follow-up empty: the contact step is on screen. */
async function toContact(page: Page) {
  await page.locator('[part=option][data-value="1"]').click();
  await page.locator('[part=submit]').click();
  await page.locator('[part=email]').waitFor();
}

const ERROR = 'Please enter a valid e-mail address, like name@example.com.';

describe('contact step', () => {
  for (const [theme, locale] of [['light', 'en'], ['dark', 'en'], ['light', 'ar']] as const) {
    it(`${theme}, ${locale}: no axe violations, with and without the error`, async () => {
      const { page, context } = await open(browser, server.url, 'plain', `contact=1&theme=${theme}&locale=${locale}`);
      await toContact(page);
      expect(await page.locator('[part=email]').inputValue()).toBe(''); // never pre-filled
      expect(await axe(page)).toEqual([]);
      await page.locator('[part=email]').fill('not an address');
      await page.locator('[part=submit]').click();
      await page.locator('[part=error]').waitFor();
      expect(await page.locator('[part=email]').getAttribute('aria-invalid')).toBe('true');
      expect(await axe(page)).toEqual([]);
      if (locale == 'ar') expect(await page.locator('[part=prompt]').getAttribute('dir')).toBe('rtl');
      await context.close();
    });
  }

  it('is offered only for the named ratings', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'contact=1&scale=nps');
    await page.locator('[part=option][data-value="9"]').click();
    await page.locator('[part=submit]').click(); // the 9–10 follow-up
    await page.locator('[part=thanks]').waitFor();
    expect(await page.locator('[part=email]').count()).toBe(0);
    await context.close();
  });

  it('works keyboard-only: the field takes focus, Enter submits, the error is announced and focus stays', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'contact=1&scale=emoji5');
    await page.focus('#primary');
    await page.keyboard.press('Tab'); // onto the options
    await page.keyboard.press('Enter'); // value 1
    await page.locator('[part=reason]').first().waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // from the first reason: two more, the comment, Send
    await page.keyboard.press('Enter');
    await page.locator('[part=email]').waitFor();
    const active = () => page.evaluate(() => (window as any).host.shadowRoot.activeElement?.getAttribute('part'));
    await until(async () => (await active()) == 'email', 'focus in the e-mail field');
    const status = () => page.evaluate(() => (window as any).host.shadowRoot.querySelector('[role=status]').textContent);
    expect(await status()).toBe('May we contact you about this?');
    await page.keyboard.type('ana@example');
    await page.keyboard.press('Enter');
    await until(async () => (await status()) == ERROR, 'the error announced');
    expect(await active()).toBe('email');
    await page.keyboard.type('.com');
    await page.keyboard.press('Enter');
    await page.locator('[part=thanks]').waitFor();
    expect((await calls(page)).filter((c) => c[0] == 'contact')).toEqual([['contact', 'ana@example.com']]);
    await context.close();
  });

  it('sits in the bottom sheet on a phone with 44 px targets', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'contact=1', { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
    await toContact(page);
    const card = (await page.locator('[part=prompt]').boundingBox())!;
    expect(card).toMatchObject({ x: 0, width: 375 });
    expect(card.y + card.height).toBe(667);
    for (const r of await page.locator('[part=email], [part=submit], [part=skip]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
      expect(r.height).toBeGreaterThanOrEqual(44);
    // 16 px text: phones do not zoom the page when the field takes focus.
    expect(await page.locator('[part=email]').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    await context.close();
  });

  it('through the drop-in under a strict CSP: moment.contact arrives with the address; comment and context stay redacted', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/delivery/contact.html`);
    await page.waitForFunction(() => typeof (window as any).Moments?.show == 'function');
    await page.evaluate(() => (window as any).Moments.show('payment-failed', { code: 'card_declined', customer: 'ana@example.com' }));
    const prompt = '[data-moments-touchpoint="payment-failed"]';
    await page.locator(`${prompt} >> [part=option][data-value="2"]`).click();
    await page.locator(`${prompt} >> [part=comment]`).fill('Refused twice, write to ana@example.com');
    await page.locator(`${prompt} >> [part=submit]`).click();
    await page.locator(`${prompt} >> [part=email]`).fill('  ana@example.com ');
    await page.locator(`${prompt} >> [part=submit]`).click();
    await page.locator(`${prompt} >> [part=thanks]`).waitFor();
    await until(() => server.received.events.some((e) => e.type == 'moment.contact'), 'the moment.contact event', 15_000);
    const mine = server.received.events.filter((e) => e.touchpoint == 'payment-failed');
    const contact = mine.find((e) => e.type == 'moment.contact')!;
    const commented = mine.find((e) => e.type == 'moment.commented')!;
    expect(contact).toMatchObject({ schema: 2, contact: { email: 'ana@example.com' }, context: { code: 'card_declined', customer: '[email]' } });
    expect(contact).not.toHaveProperty('comment');
    expect(contact.moment).toBe(commented.moment);
    expect(commented.comment).toBe('Refused twice, write to [email]');
    expect(mine.filter((e) => e.type == 'moment.contact')).toHaveLength(1);
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
    expect([...log.errors, ...log.pageErrors]).toEqual([]);
    expect(page.url()).toBe(`${server.url}/test/browser/fixtures/delivery/contact.html`); // the form never navigated
    await context.close();
  });
});
