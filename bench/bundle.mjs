// Benchmark (not a test): what the ESM entry costs a bundled app. Rollup (as an app's production build would,
// resolving `moments` through package.json's `exports` to dist/esm/, minified with terser) bundles
// bench/pages/bundle/app.js, which calls `init` with one path touchpoint, and the same app without Moments.
// Prints the brotli bytes of the eager chunk (the entry and every chunk it imports statically), its growth over
// the app without Moments, and the drop-in's own size (dist/moments.js) for comparison; the lazily loaded
// chunks (prompt, sinks, adapters) are listed apart. Needs a built dist/ (`npm run build`).
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { table } from './lib/stats.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const br = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Resolves `moments` as a bundler does: package.json's `exports["."].import`. */
const moments = {
  name: 'moments-package',
  resolveId(source) {
    if (source !== 'moments') return null;
    const exp = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).exports['.'].import;
    return join(ROOT, typeof exp === 'string' ? exp : exp.default);
  },
};

/** Bundles one app; returns its eager and lazy chunks' brotli sizes. */
async function bundle(file) {
  const build = await rollup({ input: join(ROOT, 'bench/pages/bundle', file), plugins: [moments], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', plugins: [terser({ ecma: 2020, module: true })] });
  await build.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    chunks.get(name).imports.forEach(visit);
  };
  visit([...chunks.values()].find((c) => c.isEntry).fileName);
  const eagerCode = [...eager].map((n) => chunks.get(n).code).join('\n');
  const lazy = [...chunks.values()].filter((c) => !eager.has(c.fileName)).map((c) => ({ name: c.fileName, bytes: br(c.code) }));
  const lazyCode = [...chunks.values()].filter((c) => !eager.has(c.fileName)).map((c) => c.code).join('\n');
  return { eager: br(eagerCode), eagerCode, lazyCode, lazy };
}

/** The figures: eager chunk, growth over the app without Moments, the drop-in. */
export async function benchBundle() {
  const app = await bundle('app.js');
  const empty = await bundle('empty.js');
  const dropIn = br(readFileSync(join(ROOT, 'dist/moments.js')));
  const growth = app.eager - empty.eager;
  const rows = [
    ['app eager chunk (init + a path touchpoint)', app.eager],
    ['  growth over the app without Moments', growth],
    ['drop-in (dist/moments.js)', dropIn],
    ...app.lazy.map((c) => [`  lazy: ${c.name}`, c.bytes]),
  ];
  const result = {
    eager: app.eager,
    growth,
    dropIn,
    withinDropIn: growth <= dropIn,
    lazy: app.lazy,
    table: table(['rollup + terser, brotli bytes', 'B'], rows) + `\n\ngrowth ${growth} B vs drop-in ${dropIn} B: ${growth <= dropIn ? 'within' : 'OVER'} the drop-in's size`,
  };
  // The bundled code itself, for test/node/bundle.test.ts; not written to bench/results/bundle.json.
  return Object.defineProperties(result, { eagerCode: { value: app.eagerCode }, lazyCode: { value: app.lazyCode } });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) console.log((await benchBundle()).table);
