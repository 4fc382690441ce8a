// Measures the brotli size of each built file and, with --write, puts the figures into the
// <!-- size:NAME -->…<!-- /size --> markers of README.md and the docs pages. test/size.test.ts fails when a page
// and dist disagree.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const br = (files) => files.reduce((n, f) => n + brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
export const kb = (bytes) => (bytes / 1000).toFixed(1) + ' kB'; // size-limit's unit: 1 kB = 1,000 B

/** The pages that quote figures: the README and every docs page. */
export const pages = () => ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The figures the pages quote, by marker name. */
export function sizes() {
  return {
    eager: br(['dist/moments.js']),
    pair: br(['dist/moments.js', 'dist/moments-ui.js']),
    ui: br(['dist/moments-ui.js']),
    adapters: br(['dist/moments-adapters.js']),
    triggers: br(['dist/moments-triggers.js']),
    all: br(['dist/moments.all.js']),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const s = sizes();
  for (const [k, v] of Object.entries(s)) console.log(k.padEnd(6), String(v).padStart(6), 'B', kb(v));
  if (process.argv.includes('--write')) {
    for (const page of pages()) {
      const text = readFileSync(page, 'utf8');
      const next = text.replace(/<!-- size:(\w+) -->[^<]*<!-- \/size -->/g, (m, k) => (k in s ? `<!-- size:${k} -->${kb(s[k])}<!-- /size -->` : m));
      if (next != text) writeFileSync(page, next);
    }
  }
}
