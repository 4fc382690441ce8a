// Issue #9, phones (390×844, touch): the bottom sheet stays above the on-screen keyboard (it follows
// visualViewport), respects the safe-area insets, has 44×44 px touch targets and leaves the checkout's Pay button clear.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { useBrowser, watch, type Browser, type Page, type TestServer } from './harness';
import { goTo, open, type Step } from './fixtures/ui/ui';

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => void ([browser, server] = [b, s]));

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).boundingBox())!;
const bottom = (b: Box) => Math.round(b.y + b.height);

/**
 * Simulates the on-screen keyboard: the visual viewport shrinks to `height` (panned down by `top`) while the
 * layout viewport stays, as on iOS Safari and Chrome for Android, then fires the resize/scroll the browser would.
 */
const keyboard = (page: Page, height: number, top = 0) =>
  page.evaluate(
    ([height, top]) => {
      const vv = window.visualViewport!;
      Object.defineProperty(vv, 'height', { configurable: true, get: () => height });
      Object.defineProperty(vv, 'offsetTop', { configurable: true, get: () => top });
      vv.dispatchEvent(new Event('resize'));
      vv.dispatchEvent(new Event('scroll'));
      return new Promise((r) => requestAnimationFrame(r));
    },
    [height, top],
  );

describe('bottom sheet', () => {
  it('keeps the focused comment field and the submit button above the keyboard, and drops back when it closes', async () => {
    const { page, context, log } = await open(browser, server.url, 'mobile', 'scale=emoji5', PHONE);
    const sheet = await box(page, '[part=prompt]');
    expect([sheet.x, sheet.width, bottom(sheet)]).toEqual([0, 390, 844]);
    await goTo(page, 'followup');
    await page.locator('[part=comment]').tap();
    expect(await page.evaluate(() => (window as any).host.shadowRoot.activeElement?.getAttribute('part'))).toBe('comment');
    // Control: a 336 px keyboard over the layout viewport's bottom would hide the submit button.
    expect(bottom(await box(page, '[part=submit]'))).toBeGreaterThan(844 - 336);
    for (const [height, top] of [[508, 0], [508, 120]]) {
      await keyboard(page, height, top);
      for (const part of ['comment', 'submit']) {
        const b = await box(page, `[part=${part}]`);
        expect(b.y, `${part} top with the keyboard up (visible ${top}–${top + height})`).toBeGreaterThanOrEqual(top);
        expect(b.y + b.height, `${part} bottom`).toBeLessThanOrEqual(top + height);
      }
      expect(bottom(await box(page, '[part=prompt]'))).toBe(top + height); // sits right on the keyboard
    }
    await keyboard(page, 844);
    expect(bottom(await box(page, '[part=prompt]'))).toBe(844);
    // Typing and sending still work with the keyboard up.
    await keyboard(page, 508);
    await page.keyboard.type('Card declined');
    await page.locator('[part=submit]').tap();
    await page.locator('[part=thanks]').waitFor();
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('follows a real visual viewport change (pinch zoom through CDP), with no stubs', async () => {
    const { page, context } = await open(browser, server.url, 'mobile', 'scale=thumbs', PHONE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await page.waitForFunction(() => window.visualViewport!.height == 422, null, { timeout: 5000 });
    await page.waitForFunction(
      () => {
        const r = (window as any).host.shadowRoot.querySelector('[part=prompt]').getBoundingClientRect();
        return Math.round(r.bottom) == 422 + Math.round(window.visualViewport!.offsetTop);
      },
      null,
      { timeout: 5000 },
    );
    await context.close();
  });

  it('pads its content by the safe-area insets (viewport-fit=cover)', async () => {
    const context = await browser.newContext({ ...PHONE, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets: { top: 47, bottom: 34, left: 20, right: 24 } });
    await page.goto(`${server.url}/test/browser/fixtures/ui/mobile.html?scale=thumbs`);
    await page.waitForFunction(() => (window as any).calls?.some((c: unknown[]) => c[0] == 'shown'));
    const padding = await page.locator('[part=prompt]').evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.paddingBottom, s.paddingLeft, s.paddingRight];
    });
    expect(padding).toEqual(['34px', '20px', '24px']);
    await context.close();
  });
});

describe('touch targets', () => {
  const states: Array<[string, Step]> = [
    ['thumbs', 'question'],
    ['emoji5', 'question'],
    ['stars5', 'question'],
    ['csat', 'question'],
    ['nps', 'question'],
    ['emoji5', 'followup'],
    ['nps', 'comment'],
    ['emoji5', 'thanks'],
  ];
  it.each(states)('%s at the %s step: every control is at least 44×44 px', async (scale, step) => {
    const { page, context } = await open(browser, server.url, 'mobile', `scale=${scale}`, PHONE);
    await goTo(page, step, scale);
    const small = await page.evaluate(() =>
      [...(window as any).host.shadowRoot.querySelectorAll('button, a, textarea')]
        .map((el: Element) => [el.getAttribute('part') + ':' + el.textContent, el.getBoundingClientRect()] as const)
        .filter(([, r]) => r.width < 44 || r.height < 44)
        .map(([name, r]) => `${name} ${r.width}×${r.height}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });
});

describe('checkout example at 390×844', () => {
  it("the prompt never covers the Pay button, at the question and at the follow-up", async () => {
    const context = await browser.newContext({ ...PHONE, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/examples/checkout.html`);
    await page.waitForFunction(() => (window as any).Moments);
    await page.evaluate(() => (window as any).Moments.show('checkout'));
    await page.locator('[part=prompt]').waitFor();
    const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    const pay = await box(page, '#pay');
    expect(apart(await box(page, '[part=prompt]'), pay)).toBe(true);
    await page.locator('[part=option][data-value="1"]').tap();
    await page.locator('[part=comment]').waitFor();
    expect(apart(await box(page, '[part=prompt]'), await box(page, '#pay'))).toBe(true);
    // Scrolled to the bottom, too.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(apart(await box(page, '[part=prompt]'), await box(page, '#pay'))).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
