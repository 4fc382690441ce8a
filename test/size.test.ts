// The size figures people read must be the ones the build produces and the budgets size-limit enforces.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error plain .mjs script without types
import { sizes, kb, pages } from '../scripts/sizes.mjs';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('size figures', () => {
  it('README quotes the brotli sizes of the built files (npm run sizes -- --write updates them)', () => {
    const s = sizes() as Record<string, number>;
    const quoted = [...readme.matchAll(/<!-- size:(\w+) -->([^<]*)<!-- \/size -->/g)];
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    for (const [, name, text] of quoted) expect(text, name).toBe(kb(s[name]));
  });

  it('the docs pages quote the same figures (the ones they carried before they left the README)', () => {
    const s = sizes() as Record<string, number>;
    const docs = (pages() as string[]).filter((p) => p != 'README.md');
    const quoted = docs.flatMap((page) => [...readFileSync(page, 'utf8').matchAll(/<!-- size:(\w+) -->([^<]*)<!-- \/size -->/g)].map((m) => [page, m[1], m[2]]));
    expect(quoted.map(([page, name]) => `${page} ${name}`)).toEqual(expect.arrayContaining(['docs/ui.md ui', 'docs/triggers.md triggers']));
    for (const [page, name, text] of quoted) expect(text, `${page} ${name}`).toBe(kb(s[name]));
  });

  it('README and the package description state the budgets size-limit enforces', () => {
    const limits = pkg['size-limit'] as Array<{ name: string; limit: string }>;
    for (const { name, limit } of limits) expect(readme, name).toContain(`| ${name} | ${limit} |`);
    expect(pkg.description).toContain(limits[0].limit);
  });
});
