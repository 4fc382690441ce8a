// Accessibility of the prompt in a real browser: axe-core clean in every state and theme, keyboard only,
// no focus stealing, RTL mirroring.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useBrowser, ROOT, type Browser, type Page, type TestServer } from './harness';
import { calls, goTo, open, type Step } from './fixtures/ui/ui';

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

// The focused element inside the prompt's shadow root, described for assertions.
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = (window as any).host.shadowRoot.activeElement as HTMLElement | null;
    return el ? `${el.getAttribute('part')}${el.dataset.value ? '=' + el.dataset.value : ''}${el.textContent ? ':' + el.textContent : ''}` : `page:${document.activeElement?.id || document.activeElement?.tagName}`;
  });

describe('axe-core', () => {
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
  for (const theme of ['light', 'dark']) {
    it.each(states)(`${theme}: %s at the %s step has no violations`, async (scale, step) => {
      const { page, context } = await open(browser, server.url, 'plain', `scale=${scale}&theme=${theme}`);
      await goTo(page, step, scale);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  it('auto theme under a dark colour scheme and Arabic have no violations', async () => {
    for (const [query, colorScheme] of [['theme=auto', 'dark'], ['locale=ar', 'light']] as const) {
      const { page, context } = await open(browser, server.url, 'plain', query, { colorScheme });
      expect(await axe(page)).toEqual([]);
      await goTo(page, 'followup');
      expect(await axe(page)).toEqual([]);
      await context.close();
    }
  });

  it('auto follows prefers-color-scheme', async () => {
    const bg = async (colorScheme: 'light' | 'dark') => {
      const { page, context } = await open(browser, server.url, 'plain', 'theme=auto', { colorScheme });
      const c = await page.locator('[part=prompt]').evaluate((el) => getComputedStyle(el).backgroundColor);
      await context.close();
      return c;
    };
    expect(await bg('light')).toBe('rgb(255, 255, 255)');
    expect(await bg('dark')).toBe('rgb(31, 33, 38)');
  });
});

describe('keyboard', () => {
  it('walks through rating, reasons, comment and submit without a mouse', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'scale=emoji5');
    expect(await focused(page)).toBe('page:BODY'); // appearing took no focus
    await page.focus('#primary');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('option=1');
    // A visible focus ring on keyboard focus.
    expect(await page.locator('[part=option][data-value="1"]').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('option=3');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('reason:Payment failed'); // focus moved into the follow-up
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('comment');
    await page.keyboard.type('  The total changed at the last step.  ');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('submit:Send');
    await page.keyboard.press('Enter');
    await page.locator('[part=thanks]').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window as any).calls.some((c: unknown[]) => c[0] == 'close'));
    expect(await calls(page)).toEqual([
      ['shown'],
      ['answer', 1],
      ['answer', 1, ['Too expensive']],
      ['comment', 'The total changed at the last step.'],
      ['close'],
    ]);
    await context.close();
  });

  it('Tab reaches dismiss after the option group; Escape dismisses', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'scale=nps');
    await page.focus('#primary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('dismiss');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window as any).calls.some((c: unknown[]) => c[0] == 'close'));
    expect(await calls(page)).toEqual([['shown'], ['dismiss'], ['close']]);
    await context.close();
  });
});

describe('layout', () => {
  it('Arabic mirrors: dir=rtl, value 1 sits right of value 5, dismiss on the left', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'scale=emoji5&locale=ar');
    const x = (sel: string) => page.locator(sel).evaluate((el) => el.getBoundingClientRect().x);
    expect(await page.locator('[part=prompt]').getAttribute('dir')).toBe('rtl');
    expect(await x('[data-value="1"]')).toBeGreaterThan(await x('[data-value="5"]'));
    expect(await x('[part=dismiss]')).toBeLessThan(await x('[part=question]'));
    await context.close();
  });

  it('a narrow touch screen gets a bottom sheet with 44×44 px targets', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'scale=nps', {
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    const card = await page.locator('[part=prompt]').boundingBox();
    expect(card).toMatchObject({ x: 0, width: 375 });
    expect(card!.y + card!.height).toBe(667);
    const sizes = await page.locator('[part=option], [part=dismiss]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    for (const r of sizes) {
      expect(r.width).toBeGreaterThanOrEqual(44);
      expect(r.height).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });

  it('floating placements sit in their corner, fixed; inline sits in its container', async () => {
    for (const placement of ['bottom-right', 'bottom-left', 'top-right', 'top-left']) {
      const { page, context } = await open(browser, server.url, 'plain', `placement=${placement}`);
      const r = (await page.locator('[part=prompt]').boundingBox())!;
      expect(placement.startsWith('top') ? r.y : 720 - r.y - r.height).toBe(16);
      expect(placement.endsWith('left') ? r.x : 1024 - r.x - r.width).toBe(16);
      expect(await page.locator('.r').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
      await context.close();
    }
    const { page, context } = await open(browser, server.url, 'plain', 'placement=inline');
    const slot = (await page.locator('#slot').boundingBox())!;
    const card = (await page.locator('[part=prompt]').boundingBox())!;
    expect(card.x).toBe(slot.x);
    expect(card.width).toBe(slot.width);
    expect(slot.height).toBeGreaterThanOrEqual(card.height);
    await context.close();
  });
});
