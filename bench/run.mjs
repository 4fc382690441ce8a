// `npm run bench`: the widget benchmark (Moments vs PostHog Surveys vs Sentry feedback), then every other
// benchmark in this folder that exists. Prints each one's table and writes bench/results/<name>.json.
// `--quick` runs fewer repetitions (for a smoke check, not for figures to quote).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table } from './lib/stats.mjs';

const BENCH = import.meta.dirname;
const quick = process.argv.includes('--quick');

/** The benchmarks, in order: file, exported function, result name. */
const BENCHES = [
  { file: 'widgets.mjs', fn: 'benchWidgets', name: 'widgets', options: quick ? { runs: 2, cycles: 20, leakRuns: 1 } : { runs: 5, cycles: 100, leakRuns: 2 } },
  { file: 'collector.mjs', fn: 'benchCollector', name: 'collector', options: { quick } },
  { file: 'delivery.mjs', fn: 'benchDelivery', name: 'delivery', options: { quick } },
  { file: 'triggers.mjs', fn: 'benchTriggers', name: 'triggers', options: { quick } },
  { file: 'tasks.mjs', fn: 'benchTasks', name: 'tasks', options: { quick } },
  { file: 'load.mjs', fn: 'benchLoad', name: 'load', options: { quick } },
  { file: 'bundle.mjs', fn: 'benchBundle', name: 'bundle', options: {} },
];

/** Turns whatever a benchmark returned into text: its own `table`, a table of `rows`, or JSON. */
export function render(result) {
  if (result && typeof result.table === 'string') return result.table;
  const rows = Array.isArray(result) ? result : Array.isArray(result?.rows) ? result.rows : undefined;
  if (rows?.length && rows.every((r) => r && typeof r === 'object')) {
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => rows.some((r) => typeof r[k] !== 'object' || r[k] === null));
    const cell = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v ?? ''));
    return table(keys, rows.map((r) => keys.map((k) => cell(r[k]))));
  }
  return JSON.stringify(result, null, 2);
}

async function main() {
  const started = Date.now();
  let failed = 0;
  await mkdir(join(BENCH, 'results'), { recursive: true });
  for (const b of BENCHES) {
    const path = join(BENCH, b.file);
    if (!existsSync(path)) {
      console.log(`\n## ${b.name}: ${b.file} not present, skipped`);
      continue;
    }
    const t0 = Date.now();
    try {
      const mod = await import(pathToFileURL(path).href);
      if (typeof mod[b.fn] !== 'function') throw new Error(`${b.file} does not export ${b.fn}()`);
      const result = await mod[b.fn](b.options);
      console.log(`\n## ${b.name} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
      console.log(render(result));
      if (b.name === 'widgets' && result?.notAhead?.length) {
        console.log(`\nMoments is not ahead of every peer on: ${result.notAhead.join('; ')}`);
      }
      if (b.name === 'widgets') {
        for (const [w, list] of Object.entries(result?.problems ?? {})) for (const p of list) console.log(`note (${w}): ${p}`);
      }
      // widgets.mjs writes its own, fuller file; the others get theirs written here.
      if (b.name !== 'widgets') await writeFile(join(BENCH, 'results', `${b.name}.json`), JSON.stringify(result, null, 2) + '\n');
    } catch (e) {
      failed++;
      console.log(`\n## ${b.name}: FAILED\n${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  console.log(`\nbench: done in ${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/results/`);
  return failed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const failed = await main();
  // A benchmark that left a handle open must not keep `npm run bench` from ending.
  process.exit(failed ? 1 : 0);
}
