// The collector is grouped in folders by concern (http, validation, store per engine, dashboard, map, export, alerts,
// api); no module may import, directly or round about, a module that imports it back.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const COLLECTOR = join(ROOT, 'src/collector');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** The collector modules `file` imports with `import … from` or `export … from`, types included (a lazy
 * `await import()` is left out: the store opens its engine that way, and the engine imports the store's types). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s[^'";]*?\bfrom\s+'(\.[^']+)'/gm)) {
    const target = resolve(dirname(file), m[1]!);
    const path = [`${target}.ts`, join(target, 'index.ts'), target].find((p) => p.endsWith('.ts') && existsSync(p));
    if (path?.startsWith(COLLECTOR)) found.push(relative(COLLECTOR, path));
  }
  return found;
}

/** Every loop found by a depth-first walk of `graph` (module → the modules it imports). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const walk = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') {
      found.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    state.set(file, 'visiting');
    for (const next of graph.get(file) ?? []) walk(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

describe('the collector import graph', () => {
  it('has no cycle, not even through type imports', () => {
    const files = sources(COLLECTOR);
    expect(files.length).toBeGreaterThan(40);
    const graph = new Map(files.map((f) => [relative(COLLECTOR, f), importsOf(f)]));
    expect(graph.get('cli.ts')).toContain('store/store.ts'); // the parser sees imports
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['http/a.ts', ['store/b.ts']],
      ['store/b.ts', ['store/c.ts']],
      ['store/c.ts', ['http/a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['http/a.ts', 'store/b.ts', 'store/c.ts', 'http/a.ts']]);
  });
});
