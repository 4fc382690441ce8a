// Issue #9, top layer: a floating prompt is a manual popover, so no z-index, overflow, transform or containment
// of the page hides or clips it; a modal <dialog> of the page keeps its focus, and the prompt waits for it to close.
import { describe, expect, it } from 'vitest';
import { useBrowser, until, watch, type Browser, type Page, type TestServer } from './harness';
import { calls, open } from './fixtures/ui/ui';

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => void ([browser, server] = [b, s]));

/** What the page's own hit testing finds at the centre of the prompt: its host, or what covers it. */
const hit = (page: Page) =>
  page.evaluate(() => {
    const r = (window as any).host.shadowRoot.querySelector('[part=prompt]').getBoundingClientRect();
    const el = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return el == (window as any).host ? 'prompt' : el?.id || el?.tagName;
  });

// Where focus is: inside the prompt, or the page's element id.
const focus = (page: Page) =>
  page.evaluate(() => ((window as any).host.shadowRoot.activeElement ? 'prompt' : document.activeElement?.id || document.activeElement?.tagName));

describe('top layer', () => {
  it('shows above a later full-screen overlay at z-index 2147483647, unclipped by a transformed, contained body', async () => {
    const { page, context, log } = await open(browser, server.url, 'layer', 'scale=thumbs');
    expect(await page.evaluate(() => (window as any).host.matches('[popover=manual]:popover-open'))).toBe(true);
    // In its corner of the viewport, not of the 240 px body that clips its overflow.
    const box = (await page.locator('[part=prompt]').boundingBox())!;
    expect([Math.round(box.x + box.width), Math.round(box.y + box.height)]).toEqual([1024 - 16, 720 - 16]);
    expect(await hit(page)).toBe('prompt');
    // The UA's [popover] look (border, padding, background, inset: 0) does not reach the host.
    const host = await page.evaluate(() => {
      const s = getComputedStyle((window as any).host);
      return [s.borderTopWidth, s.paddingTop, s.backgroundColor, s.width];
    });
    expect(host).toEqual(['0px', '0px', 'rgba(0, 0, 0, 0)', '0px']);
    // Usable end to end; click() checks nothing covers the point it clicks.
    await page.locator('[part=option][data-value="0"]').click({ timeout: 3000 });
    await page.getByRole('button', { name: 'Confusing' }).click({ timeout: 3000 });
    await page.locator('[part=submit]').click({ timeout: 3000 });
    await page.locator('[part=thanks]').waitFor();
    expect(await calls(page)).toEqual([['shown'], ['answer', 0], ['answer', 0, ['Confusing']]]);
    // Control: out of the top layer, the same prompt is covered.
    await page.evaluate(() => (window as any).host.hidePopover());
    expect(await hit(page)).toBe('overlay');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('unmount takes the host out of the top layer; an inline prompt never enters it', async () => {
    const { page, context } = await open(browser, server.url, 'plain', 'scale=thumbs');
    expect(await page.evaluate(() => (window as any).host.matches(':popover-open'))).toBe(true);
    await page.evaluate(() => (window as any).unmount());
    expect(await page.evaluate(() => [(window as any).host.matches(':popover-open'), (window as any).host.hasAttribute('popover')])).toEqual([false, false]);
    await context.close();
    const inline = await open(browser, server.url, 'plain', 'scale=thumbs&placement=inline');
    expect(await inline.page.evaluate(() => (window as any).host.hasAttribute('popover'))).toBe(false);
    await inline.context.close();
  });
});

describe("the page's modal dialog", () => {
  it('an open modal dialog keeps the page: the prompt waits, then shows (clickable) once it closes', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(`${server.url}/test/browser/fixtures/ui/modal.html?open&scale=thumbs`);
    await page.waitForFunction(() => (window as any).host && document.querySelector('dialog:modal'));
    // Long enough for the prompt to have shown on a page without the dialog (it takes one frame).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    expect(await page.evaluate(() => (window as any).host.shadowRoot.querySelector('[part=prompt]'))).toBeNull();
    expect(await calls(page)).toEqual([]);
    // The dialog keeps focus and Tab cycles inside it.
    await page.locator('#dialog-input').focus();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(['dialog-input', 'dialog-close', 'BODY']).toContain(await focus(page));
    }
    await page.locator('#dialog-close').click();
    await until(async () => (await calls(page)).length > 0, 'the prompt to show after the dialog closed');
    expect(await hit(page)).toBe('prompt');
    await page.locator('[part=option][data-value="1"]').click({ timeout: 3000 });
    expect(await calls(page)).toEqual([['shown'], ['answer', 1]]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('a modal dialog opened over a shown prompt keeps focus; Escape closes the dialog, not the prompt', async () => {
    const { page, context } = await open(browser, server.url, 'modal', 'scale=thumbs');
    // The visitor was in the prompt when the page opened its dialog.
    await page.locator('[part=option][data-value="1"]').focus();
    await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal());
    expect(await focus(page)).toBe('dialog-input');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(['dialog-input', 'dialog-close', 'BODY']).toContain(await focus(page));
    }
    expect(await hit(page)).toBe('dialog'); // inert under the dialog (its backdrop is hit)
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog:modal'));
    expect(await calls(page)).toEqual([['shown']]);
    await page.locator('[part=option][data-value="0"]').click({ timeout: 3000 });
    expect(await calls(page)).toEqual([['shown'], ['answer', 0]]);
    await context.close();
  });
});
