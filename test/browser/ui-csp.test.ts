// The prompt under a strict CSP (`default-src 'self'; style-src 'self'`, plus Trusted Types for scripts): no violation in any step.
import { expect, it } from 'vitest';
import { useBrowser, type Browser, type TestServer } from './harness';
import { calls, goTo, open } from './fixtures/ui/ui';

let browser: Browser;
let server: TestServer;
useBrowser((b, s) => void ([browser, server] = [b, s]));

it('raises no CSP violation from question to thanks, in English and a lazily loaded locale', async () => {
  for (const locale of ['en', 'de']) {
    const { page, context, log } = await open(browser, server.url, 'csp', `scale=emoji5&locale=${locale}`);
    await goTo(page, 'followup');
    expect(await page.locator('[part=submit]').textContent()).toBe(locale == 'de' ? 'Senden' : 'Send');
    await page.locator('[part=reason]').first().click();
    await page.locator('[part=comment]').fill('Card declined twice');
    await page.locator('[part=submit]').click();
    await page.locator('[part=thanks]').waitFor();
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
    expect((await calls(page)).at(-1)).toEqual(['comment', 'Card declined twice']);
    expect(log.errors).toEqual([]);
    // Control: the listener does see a violation when one happens.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await page.waitForFunction(() => (window as any).violations.length > 0);
    await context.close();
  }
});
