// The prompt looks the same on a plain page, under Bootstrap, Bulma, Tailwind's preflight and hostile CSS.
// Reference PNGs live in test/browser/screenshots/; regenerate them with
//   UPDATE_SCREENSHOTS=1 npx vitest run test/browser/ui-look
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, ROOT, type Browser, type TestServer } from './harness';
import { goTo, open, pixelDiff, type Fixture, type Step } from './fixtures/ui/ui';

const DIR = join(ROOT, 'test/browser/screenshots');
const UPDATE = !!process.env.UPDATE_SCREENSHOTS;
const PAGES: Fixture[] = ['plain', 'bootstrap', 'bulma', 'tailwind', 'hostile'];
const STATES: Array<[string, string, Step]> = [
  ['emoji5', 'scale=emoji5', 'question'],
  ['thumbs', 'scale=thumbs', 'question'],
  ['stars5', 'scale=stars5', 'question'],
  ['csat', 'scale=csat', 'question'],
  ['nps', 'scale=nps', 'question'],
  ['followup', 'scale=emoji5', 'followup'],
  ['thanks', 'scale=emoji5', 'thanks'],
  ['dark', 'scale=emoji5&theme=dark', 'question'],
  ['arabic', 'scale=emoji5&locale=ar', 'question'],
];

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
  mkdirSync(DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(STATES)('prompt look: %s', (name, query, step) => {
  it.each(PAGES)('on the %s page matches the reference', async (fixture) => {
    const { page, context, log } = await open(browser, server.url, fixture, query);
    await goTo(page, step, new URLSearchParams(query).get('scale')!);
    const shot = await page.locator('[part=prompt]').screenshot({ animations: 'disabled', caret: 'hide' });
    const file = join(DIR, `${name}.png`);
    if (UPDATE && fixture == 'plain') writeFileSync(file, shot);
    expect(existsSync(file), `missing ${file}: run UPDATE_SCREENSHOTS=1 npx vitest run test/browser/ui-look`).toBe(true);
    const { ratio, size } = await pixelDiff(page, readFileSync(file), shot);
    expect(size).toMatch(/^(\d+×\d+) vs \1$/);
    expect(ratio).toBeLessThan(0.01);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('hostile page', () => {
  it('the prompt stays usable above huge z-index overlays and display:none rules', async () => {
    const { page, context } = await open(browser, server.url, 'hostile', 'scale=thumbs');
    const font = await page.locator('[part=question]').evaluate((el) => getComputedStyle(el).fontSize);
    expect(font).toBe('14px'); // html { font-size: 40px } does not reach in
    // click() checks the point is not covered by the overlay; it would time out if it were.
    await page.locator('[part=option][data-value="0"]').click({ timeout: 3000 });
    await page.getByRole('button', { name: 'Too expensive' }).click({ timeout: 3000 });
    await page.locator('[part=submit]').click({ timeout: 3000 });
    await page.locator('[part=thanks]').waitFor();
    expect(await page.evaluate(() => (window as any).calls)).toEqual([['shown'], ['answer', 0], ['answer', 0, ['Too expensive']]]);
    await context.close();
  });
});
