// Benchmark (not a test): what Moments costs the checkout page from navigation to idle, split in two. The same
// page loads alone, with the drop-in whose one touchpoint cannot act here (its path gate is closed: the drop-in
// alone), and with that touchpoint armed (the drop-in, plus the prompt chunk it preloads on idle and the config
// check). CDP `Performance.getMetrics` thread time; median of several runs; prints a table and returns the figures.
import { chromium } from 'playwright-core';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORIGIN, serveRepo } from './lib/route.mjs';
import { median } from './lib/stats.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * Runs the benchmark and returns one row per page (milliseconds, medians over runs).
 * @example const { rows } = await benchLoad({ runs: 9 });
 */
export async function benchLoad({ runs = 9, quick = false } = {}) {
  if (quick) runs = 2;
  const checkout = await readFile(join(ROOT, 'bench/pages/checkout.html'), 'utf8');
  const head = await readFile(join(ROOT, 'bench/pages/heads/moments.html'), 'utf8');
  const unarmed = head.replace('"when":{"event":"checkout:failed"}', '"when":{"path":"/elsewhere"}');
  if (unarmed == head) throw new Error('bench/pages/heads/moments.html no longer has the touchpoint this bench rewrites');
  const pages = {
    'page alone': checkout,
    'drop-in, no touchpoint can act': checkout.replace('</head>', unarmed + '</head>'),
    'drop-in, touchpoint armed (chunk preloaded on idle)': checkout.replace('</head>', head + '</head>'),
  };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const seen = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  try {
    // Run 0 warms up; the pages interleave so a busy moment of the machine hits each alike.
    for (let r = 0; r <= runs; r++)
      for (const [name, html] of Object.entries(pages)) {
        const context = await browser.newContext();
        await serveRepo(context, ROOT, { '/': html, '/moments': (route) => route.fulfill({ status: 204 }) });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
        const before = await metrics();
        await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
        await page.waitForTimeout(1500); // idle: the armed touchpoint's chunk loads and the config is checked
        const after = await metrics();
        if (r > 0) seen[name].push({ task: (after.TaskDuration - before.TaskDuration) * 1000, script: (after.ScriptDuration - before.ScriptDuration) * 1000 });
        await context.close();
      }
  } finally {
    await browser.close();
  }
  const alone = median(seen['page alone'].map((x) => x.task));
  const rows = Object.entries(seen).map(([page, xs]) => {
    const task = median(xs.map((x) => x.task));
    return { page, 'main-thread ms': +task.toFixed(1), 'over page alone': +(task - alone).toFixed(1), 'script ms': +median(xs.map((x) => x.script)).toFixed(1) };
  });
  return { runs, rows };
}

if (process.argv[1] && resolve(process.argv[1]) == fileURLToPath(import.meta.url)) {
  const r = await benchLoad({ quick: process.argv.includes('--quick') });
  console.log(`Main-thread time from navigation to idle, the checkout page; median of ${r.runs} runs:`);
  console.table(Object.fromEntries(r.rows.map(({ page, ...x }) => [page, x])));
  await mkdir(join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(join(ROOT, 'bench/results/load.json'), JSON.stringify(r, null, 2) + '\n');
  console.log('wrote bench/results/load.json');
}
