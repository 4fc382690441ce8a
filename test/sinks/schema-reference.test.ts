// The event reference table (docs/delivery.md, and README.md once it carries the same markers) must list
// exactly the event schema's properties, with the schema's required ones marked required.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import schema from '../../src/core/event.schema.json';

interface Prop {
  properties?: Record<string, Prop>;
  required?: string[];
}

/** Every property path of the event schema, with whether it is required (conditionally required counts as no). */
function paths(node: Prop, prefix = ''): Array<[string, boolean]> {
  return Object.entries(node.properties ?? {}).flatMap(([k, v]) => [
    [prefix + k, (node.required ?? []).includes(k)] as [string, boolean],
    ...paths(v, prefix + k + '.'),
  ]);
}

/** The rows of the table between the markers: field name and whether its Required cell says `yes`. */
function table(file: string): Array<[string, boolean]> | undefined {
  const text = readFileSync(file, 'utf8');
  const m = /<!-- events:start -->([\s\S]*?)<!-- events:end -->/.exec(text);
  if (!m) return undefined;
  return m[1]
    .split('\n')
    .map((l) => l.split(/(?<!\\)\|/).map((c) => c.trim())) // cells; `\|` inside a cell is escaped
    .filter((c) => /^`[^`]+`$/.test(c[1] ?? ''))
    .map((c) => [c[1].slice(1, -1), c[3] == 'yes']);
}

const ROOT = resolve(import.meta.dirname, '../..');
const docs = ['docs/delivery.md', 'README.md'].filter((f) => existsSync(resolve(ROOT, f)));

describe('event reference', () => {
  const expected = paths(schema.$defs.event as Prop);

  it('the schema is versioned and the docs carry the table', () => {
    expect(schema.$defs.event.properties.schema).toMatchObject({ const: 1 });
    expect(table(resolve(ROOT, 'docs/delivery.md'))).toBeDefined();
  });

  for (const file of docs) {
    it(`${file} lists exactly the schema's event properties`, () => {
      const rows = table(resolve(ROOT, file));
      if (!rows) return; // README.md before it carries the markers
      expect(rows.map((r) => r[0]).sort()).toEqual(expected.map((r) => r[0]).sort());
      expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(expected));
    });
  }
});
