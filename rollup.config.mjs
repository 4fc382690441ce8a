// Builds every output of the package. Deterministic: no timestamps, fixed chunk names.
import esbuild from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const browser = (minify = true) => [
  resolve({ browser: true, extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
  esbuild({ target: 'es2020', tsconfig: 'tsconfig.json', minify: false, legalComments: 'none' }),
  minify && terser({ ecma: 2020, module: true, compress: { passes: 2, unsafe_arrows: true, pure_getters: true }, mangle: { properties: { regex: /^_/ } }, format: { comments: false } }),
];

// V8's compile hint: most functions of the prompt chunk run once a prompt shows, so V8 compiles them all while
// streaming the chunk (off the main thread) instead of one by one during the first render (measured on the 2-core
// machine: first render 7.4 → 4.9 ms median; the heap holds their bytecode, +75 KB after load). The comment must
// come first in the file, hence after terser.
const compileHint = {
  name: 'compile-hint',
  renderChunk: (code, chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad\n' + code : null),
};

// Empties folders whose file names depend on the code split before their build, so a chunk that is gone is not
// published (dist/types is refilled by tsc after rollup; see the build script).
const emptied = (...dirs) => ({
  name: 'empty-first',
  buildStart: () => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
});

// The collector validates batches with code compiled from the schemas at build time (no ajv at run time):
// regenerate it first, so a schema change reaches the collector.
const batchValidator = {
  name: 'batch-validator',
  async buildStart() {
    const { generate, OUTPUT } = await import('./scripts/validators.mjs');
    const code = generate();
    if (!existsSync(OUTPUT) || readFileSync(OUTPUT, 'utf8') !== code) writeFileSync(OUTPUT, code);
    for (const file of readdirSync('src/core')) if (file.endsWith('.schema.json')) this.addWatchFile(`src/core/${file}`);
  },
};

// Copy the JSON schemas beside the builds (the collector and editors read them from dist/).
const copySchemas = {
  name: 'copy-schemas',
  writeBundle() {
    mkdirSync('dist', { recursive: true });
    copyFileSync('src/core/event.schema.json', 'dist/event.schema.json');
    copyFileSync('src/core/moment.schema.json', 'dist/moment.schema.json'); // one event; the batch schema $refs it
    copyFileSync('src/core/config.schema.json', 'dist/config.schema.json');
  },
};

export default [
  // The eager drop-in: a classic script defining window.Moments; no preact.
  {
    input: 'src/drop-in.ts',
    output: { file: 'dist/moments.js', format: 'iife', generatedCode: 'es2015' },
    plugins: [...browser(), copySchemas],
  },
  // The lazily loaded parts the drop-in imports from beside itself. Built one by one, so they share no chunk
  // (a shared chunk would cost each of them one more request); the UI's own chunks are its locales, the
  // adapters (moments-adapters.js, loaded only when a config names one) and the late triggers (moments-triggers.js).
  ...Object.entries({ ui: 'src/ui/chunk.ts', explain: 'src/explain/debug.ts' }).map(([name, input]) => ({
    input: { [`moments-${name}`]: input },
    // Lazy chunks (locales, adapters) import from the entry itself: no facade, so no extra shared chunk to fetch.
    preserveEntrySignatures: 'allow-extension',
    // The late triggers' chunk (src/triggers/late.ts) is named for what it holds.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: (c) => `moments-${c.name == 'late' ? 'triggers' : '[name]'}.js`, generatedCode: 'es2015' },
    plugins: name == 'ui' ? [...browser(), compileHint] : browser(),
  })),
  // One file with everything, for those who want one file. Its chunks' namespace objects stay inside the file (the
  // page never sees them), so they need neither freezing nor a Symbol.toStringTag.
  {
    input: 'src/all.ts',
    output: { file: 'dist/moments.all.js', format: 'iife', inlineDynamicImports: true, generatedCode: { preset: 'es2015', symbols: false }, freeze: false },
    plugins: browser(),
  },
  // The ESM entry for bundlers (code-split so the UI still loads lazily).
  {
    input: 'src/index.ts',
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js', generatedCode: 'es2015' },
    plugins: [...browser(false), emptied('dist/esm', 'dist/types')],
  },
  // The same entry for `require('moments')` (CommonJS consumers, SSR in CommonJS): the chunks load with a lazy
  // `require` when first used, and nothing runs outside a browser.
  {
    input: 'src/index.ts',
    output: { dir: 'dist/cjs', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name].cjs', generatedCode: 'es2015' },
    plugins: [...browser(false), emptied('dist/cjs')],
  },
  // The collector: a Node program. SQLite and PostgreSQL bindings stay external (optional peers).
  {
    input: 'src/collector/cli.ts',
    output: { file: 'dist/collector.js', format: 'es', generatedCode: 'es2015', inlineDynamicImports: true },
    external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'better-sqlite3', 'pg'],
    plugins: [
      batchValidator,
      resolve({ preferBuiltins: true, extensions: ['.ts', '.js', '.mjs', '.json'] }),
      esbuild({ target: 'node20', tsconfig: 'tsconfig.json', minify: false, legalComments: 'none', loaders: { '.json': 'json' } }),
    ],
  },
];
