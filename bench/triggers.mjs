// Benchmark (not a test): the main-thread time Moments adds while a page inserts 10,000 elements in batches,
// with several `selector` touchpoints still waiting. Real Chromium; median of several runs; prints a table and
// writes bench/results/triggers.json. Needs a built dist/moments.js (`npx rollup -c`).
import { chromium } from 'playwright-core';
import { writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
import { ORIGIN, serveRepo } from './lib/route.mjs';
import { median } from './lib/stats.mjs';

/** Pending touchpoints: selectors the inserted elements never match (the worst case: every one stays armed). */
const config = (selectors) => ({
  touchpoints: selectors.map((selector, i) => ({ id: `t${i}`, question: 'How was it?', scale: 'thumbs', when: { selector } })),
});

const page = (withMoments, selectors) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${withMoments ? `<script type="application/json" id="moments-config">${JSON.stringify(config(selectors))}</script><script src="/dist/moments.js"></script>` : ''}
</head><body><main id="list"></main><script>
// The page's own work: batches of rows (each a small subtree) appended on separate tasks, a class toggled on some.
window.insert = (total, batch) => new Promise((done) => {
  const list = document.getElementById('list');
  let n = 0;
  let ms = 0;
  const step = () => {
    const t0 = performance.now();
    for (let i = 0; i < batch && n < total; i++, n++) {
      const row = document.createElement('div');
      row.className = 'row';
      const cell = document.createElement('span');
      cell.textContent = 'item ' + n;
      row.appendChild(cell);
      list.appendChild(row);
      if (n % 10 == 0) row.classList.add('odd');
    }
    // Mutation observer callbacks were queued with the first mutation, so this microtask runs after them.
    queueMicrotask(() => (ms += performance.now() - t0));
    if (n < total) setTimeout(step, 0); else setTimeout(() => done(ms), 0);
  };
  step();
});
</script></body></html>`;

/**
 * Runs the benchmark and returns its figures (milliseconds of main-thread task time, medians).
 * @example
 * const { scriptMs } = await benchTriggers({ runs: 3 }); // scriptMs.added: what Moments adds
 */
export async function benchTriggers({ runs = 7, total = 10_000, batch = 100, selectors = ['.payment-error', '#order-failed', '[data-checkout-error]', '.toast.is-error', 'form.contact .sent'] } = {}) {
  if (!existsSync(join(ROOT, 'dist/moments.js'))) throw new Error('dist/moments.js is missing: run `npx rollup -c` first');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const samples = { without: [], with: [] };
  const scripts = { without: [], with: [] };
  try {
    for (let r = 0; r < runs; r++) {
      // Alternate the order so warm-up and drift fall on both sides.
      for (const withMoments of r % 2 ? [true, false] : [false, true]) {
        const context = await browser.newContext();
        await serveRepo(context, ROOT, { '/': page(withMoments, selectors), '/moments': (route) => route.fulfill({ status: 204 }) });
        const p = await context.newPage();
        const errors = [];
        p.on('pageerror', (e) => errors.push(String(e)));
        await p.goto(`${ORIGIN}/`);
        if (withMoments && !(await p.evaluate(() => typeof window.Moments == 'object' || typeof window.Moments == 'function')))
          throw new Error('window.Moments is missing on the bench page');
        await p.waitForTimeout(300); // let start-up (config, idle preloads) settle outside the measured window
        const cdp = await context.newCDPSession(p);
        await cdp.send('Performance.enable');
        const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name == 'TaskDuration').value * 1000;
        const before = await task();
        const script = await p.evaluate(([t, b]) => window.insert(t, b), [total, batch]);
        const side = withMoments ? 'with' : 'without';
        samples[side].push((await task()) - before);
        scripts[side].push(script);
        if (errors.length) throw new Error('page errors: ' + errors.join('; '));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const fig = (xs) => +median(xs).toFixed(2);
  const round = (xs) => xs.map((x) => +x.toFixed(2));
  return {
    elements: total,
    batch,
    pendingSelectors: selectors.length,
    runs,
    // The page's insert code plus the mutation observer callbacks it causes (the part Moments adds to).
    scriptMs: { without: fig(scripts.without), with: fig(scripts.with), added: +(median(scripts.with) - median(scripts.without)).toFixed(2) },
    // All main-thread task time meanwhile (CDP TaskDuration; includes style, layout and paint, so much noisier).
    taskMs: { without: fig(samples.without), with: fig(samples.with), added: +(median(samples.with) - median(samples.without)).toFixed(2) },
    samples: { script: { without: round(scripts.without), with: round(scripts.with) }, task: { without: round(samples.without), with: round(samples.with) } },
  };
}

if (process.argv[1] && resolve(process.argv[1]) == fileURLToPath(import.meta.url)) {
  const r = await benchTriggers();
  console.log(`Inserting ${r.elements} elements (batches of ${r.batch}), ${r.pendingSelectors} pending selector touchpoints, median of ${r.runs} runs:`);
  console.table({
    'without Moments': { 'insert + observers ms': r.scriptMs.without, 'all main-thread ms': r.taskMs.without },
    'with Moments': { 'insert + observers ms': r.scriptMs.with, 'all main-thread ms': r.taskMs.with },
    'added by Moments': { 'insert + observers ms': r.scriptMs.added, 'all main-thread ms': r.taskMs.added },
  });
  await mkdir(join(ROOT, 'bench/results'), { recursive: true });
  await writeFile(join(ROOT, 'bench/results/triggers.json'), JSON.stringify(r, null, 2) + '\n');
  console.log('wrote bench/results/triggers.json');
}
