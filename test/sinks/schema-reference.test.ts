// The event reference table (docs/delivery.md, which the README links) must list
// exactly the event schema's properties, with the schema's required ones marked required; the batch schema
// (event.schema.json) describes its events by the single-event schema (moment.schema.json), and rollup and
// package.json publish both.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import batchSchema from '../../src/core/event.schema.json';
import schema from '../../src/core/moment.schema.json';

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
const docs = ['docs/delivery.md'];

describe('event reference', () => {
  const expected = paths(schema as Prop);

  it('the schema is versioned and the docs carry the table', () => {
    expect(schema.properties.schema).toMatchObject({ enum: [1, 2] });
    expect(table(resolve(ROOT, 'docs/delivery.md'))).toBeDefined();
    // The README no longer carries the table: it points at it, and at the versioning rule.
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/delivery.md#event-reference)');
    expect(readme).toContain('(docs/design.md#schema-versions)');
    expect(readFileSync(resolve(ROOT, 'docs/delivery.md'), 'utf8')).toMatch(/^## Event reference$/m);
  });

  it('the batch schema takes its events from the published single-event schema', () => {
    expect(batchSchema.properties.events.items).toEqual({ $ref: 'moment.schema.json' });
    expect(new URL(batchSchema.properties.events.items.$ref, batchSchema.$id).href).toBe(schema.$id);
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./moment.schema.json']).toBe('./dist/moment.schema.json');
    expect(pkg.exports['./event.schema.json']).toBe('./dist/event.schema.json');
    expect(readFileSync(resolve(ROOT, 'rollup.config.mjs'), 'utf8')).toContain("copyFileSync('src/core/moment.schema.json', 'dist/moment.schema.json')");
  });

  for (const file of docs) {
    it(`${file} lists exactly the schema's event properties`, () => {
      const rows = table(resolve(ROOT, file));
      expect(rows, file).toBeDefined();
      if (!rows) return;
      expect(rows.map((r) => r[0]).sort()).toEqual(expected.map((r) => r[0]).sort());
      expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(expected));
    });
  }
});
