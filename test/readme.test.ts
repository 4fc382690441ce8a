// The README is the front page: its table of contents, its links into docs/ and CONTRIBUTING.md, and the recipes
// it shows must match what is there. `npm run readme` fixes what it can and reports the rest; this test fails on
// the same things.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain .mjs script without types
import { anchors, links, problems, slug, toc, updated } from '../scripts/readme.mjs';

const readme = readFileSync('README.md', 'utf8');
const docs = readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);

describe('README', () => {
  it('is current: npm run readme would change nothing (table of contents, recipe files)', () => {
    expect(updated(readme)).toBe(readme);
  });

  it('has a table of contents whose every entry is a heading of the README', () => {
    const block = /<!-- toc -->\n([\s\S]*?)\n<!-- \/toc -->/.exec(readme)![1];
    expect(block).toBe(toc(readme));
    const entries = [...block.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(entries.length).toBeGreaterThanOrEqual(8);
    const defined = anchors(readme) as Set<string>;
    for (const anchor of entries) expect(defined.has(anchor), anchor).toBe(true);
    // The order the page promises: the snippet first, then npm, recipes, triggers, sinks, the reference, support.
    const order = ['drop-it-in', 'npm', 'recipes', 'triggers', 'sinks', 'api', 'configuration', 'browser-support-and-limits'];
    expect(order.map((a) => entries.indexOf(a))).toEqual([...order.map((a) => entries.indexOf(a))].sort((a, b) => a - b));
    expect(order.every((a) => entries.includes(a))).toBe(true);
  });

  it('links every docs page, and every link in README, CONTRIBUTING.md and docs/ reaches an existing file and heading', () => {
    const linked = new Set((links(readme) as Array<{ target: string }>).map((l) => l.target));
    for (const page of docs) expect(linked.has(page), `README links ${page}`).toBe(true);
    expect(linked.has('CONTRIBUTING.md')).toBe(true);
    expect(linked.has('docs/design.md')).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('keeps the two set-up commands near the top and stays short', () => {
    const top = readme.slice(0, readme.indexOf('## Contents'));
    expect(top).toMatch(/^npm install$/m);
    expect(top).toMatch(/^npm test$/m);
    expect(top).toContain('[CONTRIBUTING.md](CONTRIBUTING.md)');
    expect(readme).not.toContain('<!-- include:');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(35_000);
  });

  it('shows the recipes as the type-checked files in examples/recipes are', () => {
    for (const file of ['examples/recipes/react.tsx', 'examples/recipes/vue.ts']) {
      const block = new RegExp(`<!-- file:${file} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\`\\n<!-- /file -->`).exec(readme);
      expect(block, file).not.toBeNull();
      expect(block![1]).toBe(readFileSync(file, 'utf8').trimEnd());
    }
    // The GTM tag differs only in its strings (the file points at the test server): same code otherwise.
    const shape = (code: string) => code.replace(/'[^']*'/g, "''").replace(/\/\/.*$/gm, '').replace(/\s+/g, '');
    const section = readme.slice(readme.indexOf('Google Tag Manager (`examples/recipes/gtm.html`'));
    const shown = /```html\n<script>([\s\S]*?)<\/script>\n```/.exec(section)![1];
    const file = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('examples/recipes/gtm.html', 'utf8'))![1];
    expect(shape(shown)).toBe(shape(file));
  });
});

describe('the link check itself', () => {
  it('words anchors as GitHub does', () => {
    expect(slug("Why didn't my prompt show?")).toBe('why-didnt-my-prompt-show');
    expect(slug('Endpoint contract: `POST /moments`')).toBe('endpoint-contract-post-moments');
    expect(slug('`path` — on which pages')).toBe('path--on-which-pages');
    expect([...anchors('# A\n## B\n```\n# not a heading\n```\n## B\n')]).toEqual(['a', 'b', 'b-1']);
  });

  it('finds a missing page, a missing heading and an unlinked docs page', () => {
    const root = mkdtempSync(join(tmpdir(), 'moments-readme-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'README.md'), '# X\n\n[a](docs/a.md#there) [b](docs/a.md#gone) [c](docs/missing.md) [d](#nowhere) `[e](docs/code.md)`\n');
    writeFileSync(join(root, 'docs/a.md'), '# A\n\n## There\n\n[back](../README.md#x)\n');
    writeFileSync(join(root, 'docs/orphan.md'), '# Orphan\n');
    expect(problems(root)).toEqual([
      'README.md: link to docs/a.md#gone: no such heading in docs/a.md',
      'README.md: link to docs/missing.md: no such file',
      'README.md: link to #nowhere: no such heading in README.md',
      'README.md does not link docs/orphan.md',
    ]);
  });
});
