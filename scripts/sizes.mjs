// Measures the brotli size of each built file and, with --write, puts the figures into README.md's
// <!-- size:NAME -->…<!-- /size --> markers. test/size.test.ts fails when README and dist disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const br = (files) => files.reduce((n, f) => n + brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
export const kb = (bytes) => (bytes / 1000).toFixed(1) + ' kB'; // size-limit's unit: 1 kB = 1,000 B

/** The figures the README quotes, by marker name. */
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
    const readme = readFileSync('README.md', 'utf8').replace(/<!-- size:(\w+) -->[^<]*<!-- \/size -->/g, (m, k) => (k in s ? `<!-- size:${k} -->${kb(s[k])}<!-- /size -->` : m));
    writeFileSync('README.md', readme);
  }
}
