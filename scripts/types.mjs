// Makes the declarations tsc emitted into dist/types/ resolve under every moduleResolution a consumer may use
// (bundler, node16, nodenext; ESM and CommonJS), with skipLibCheck off:
// - relative specifiers get their file extension (`./sinks/http` → `./sinks/http.js`), which node16/nodenext
//   require and bundler accepts; tsc's own `import(".")` (the package's index) becomes `import("./index.js")`;
// - the public entry's declarations are copied as CommonJS declarations (`*.d.cts`, specifiers `*.cjs`) beside
//   them for the `require` condition (dist/cjs/index.cjs), so a CommonJS consumer gets types that match the
//   format of the file it loads.
// Idempotent: running it twice gives the same files.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = fileURLToPath(new URL('../dist/types/', import.meta.url));
/** `from '…'`, `import '…'`, `import('…')`, `export … from '…'`, `/// <reference path>` is not emitted by tsc here. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** The declaration file a relative specifier means, as a path relative to `from`'s folder without extension. */
function target(from, specifier) {
  const base = resolve(dirname(from), specifier.replace(/\.(c|m)?js$/, ''));
  if (existsSync(base + '.d.ts')) return base;
  if (existsSync(join(base, 'index.d.ts'))) return join(base, 'index');
  // Not a declaration file: text in a comment (an @example), left as it is. A real import that does not
  // resolve fails the consumer projects of test/node/package.test.ts.
  return undefined;
}

/** The file's text with every relative specifier pointing at `<file>.<extension>`; also lists the targets. */
function rewrite(file, text, extension) {
  const targets = [];
  const out = text.replace(SPECIFIER, (whole, lead, quote, specifier) => {
    const path = target(file, specifier);
    if (!path) return whole;
    targets.push(path + '.d.ts');
    let spec = relative(dirname(file), path).split('\\').join('/') + '.' + extension;
    if (!spec.startsWith('.')) spec = './' + spec;
    return lead + quote + spec + quote;
  });
  return { out, targets };
}

const files = walk(TYPES).filter((f) => f.endsWith('.d.ts'));
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const { out } = rewrite(file, text, 'js');
  if (out !== text) writeFileSync(file, out);
}

// CommonJS copies of what the public entry reaches.
const seen = new Set();
const queue = [join(TYPES, 'index.d.ts')];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const { out, targets } = rewrite(file, readFileSync(file, 'utf8'), 'cjs');
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), out);
  queue.push(...targets);
}
