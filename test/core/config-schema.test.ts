// dist/config.schema.json (for editors) and the drop-in's own validator must agree, and every config the
// README, the docs pages and the examples show must pass both.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/core/config.schema.json';
import { resolveConfig, SPECS } from '../../src/core/config';
import { FREQUENCY } from '../../src/core/defaults';
import type { Config, Touchpoint, When } from '../../src/core/types';

// Every key of the TypeScript types, checked by tsc (a key missing here or unknown to the type fails the type check);
// the test below then checks the schema names the same keys.
const typeKeys = {
  config: { $schema: 1, assetsUrl: 1, endpoint: 1, sinks: 1, touchpoints: 1, theme: 1, locale: 1, text: 1, placement: 1, maxPromptsPerSession: 1, minGapMinutes: 1, dismissCooldownDays: 1, overlap: 1, requireConsent: 1, respectDoNotTrack: 1, context: 1, nonce: 1, redact: 1, keepQuery: 1 } satisfies Record<keyof Config, 1>,
  touchpoint: { id: 1, stage: 1, question: 1, scale: 1, when: 1, sample: 1, once: 1, cooldownDays: 1, priority: 1, followUp: 1, contact: 1, thanks: 1, maxLength: 1, placement: 1, container: 1, text: 1, redact: 1 } satisfies Record<keyof Touchpoint, 1>,
  when: { path: 1, url: 1, selector: 1, click: 1, submit: 1, event: 1, request: 1, delayMs: 1, scrollPercent: 1, exitIntent: 1, idleMs: 1 } satisfies Record<keyof When, 1>,
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const keys = (spec: string) => spec.split(' ').filter((_, i) => i % 2 == 0).sort();

/** `key → "default"` as each top-level field's JSDoc in types.ts states it: `(default 2)`, `(default \`light\`)`. */
function documentedDefaults(): Record<string, string> {
  const source = readFileSync('src/core/types.ts', 'utf8');
  const body = /export interface Config \{([\s\S]*?)\n\}/.exec(source)![1];
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/\/\*\*([^*]*(?:\*(?!\/)[^*]*)*)\*\/\s*(\w+)\??:/g)) {
    const stated = /\(default `?([^`)\s]+)`?\)/.exec(m[1]);
    if (stated) out[m[2]] = stated[1];
  }
  return out;
}

/** `key → "default"` as the README's configuration table states it. */
function readmeDefaults(): Record<string, string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Configuration'));
  const out: Record<string, string> = {};
  for (const m of section.matchAll(/^\| `(\w+)` \| `([^`]+)` \|/gm)) out[m[1]] ??= m[2];
  return out;
}

function configs(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const f of readdirSync('examples').filter((f) => f.endsWith('.html'))) {
    const m = readFileSync(`examples/${f}`, 'utf8').match(/id="moments-config">([\s\S]*?)<\/script>/);
    if (m) out.push([`examples/${f}`, JSON.parse(m[1])]);
  }
  // The README and the docs pages it links (which it used to carry inline): every config and touchpoint they show.
  const pages = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  for (const page of pages) {
    const text = readFileSync(page, 'utf8');
    for (const m of text.matchAll(/id="moments-config">([\s\S]*?)<\/script>/g)) out.push([page, JSON.parse(m[1])]);
    for (const m of text.matchAll(/```json\n([\s\S]*?)```/g)) {
      const v = JSON.parse(m[1]);
      if (v.touchpoints) out.push([`${page} json block`, v]);
      else if (v.id && v.scale) out.push([`${page} touchpoint`, { touchpoints: [v] }]);
    }
  }
  return out;
}

describe('config.schema.json', () => {
  it('names exactly the fields of the TypeScript types', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(typeKeys.config).sort());
    expect(Object.keys(schema.$defs.touchpoint.properties).sort()).toEqual(Object.keys(typeKeys.touchpoint).sort());
    expect(Object.keys(schema.$defs.when.properties).sort()).toEqual(Object.keys(typeKeys.when).sort());
  });

  it('names exactly the fields the validator knows', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(keys(SPECS.top));
    expect(Object.keys(schema.$defs.touchpoint.properties).sort()).toEqual(keys(SPECS.touchpoint));
    expect(Object.keys(schema.$defs.when.properties).sort()).toEqual(keys(SPECS.when));
  });

  it('states the same defaults as the code, the JSDoc of types.ts and the README', () => {
    const schemaDefaults = Object.fromEntries(
      Object.entries(schema.properties as Record<string, { default?: unknown }>)
        .filter(([, p]) => p.default !== undefined)
        .map(([k, p]) => [k, String(p.default)]),
    );
    // Every default the JSDoc states is the schema's, and the other way round.
    expect(documentedDefaults()).toEqual(schemaDefaults);
    // The frequency defaults are the ones the code applies (before and after validation).
    const resolved = resolveConfig({ touchpoints: [] }) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(FREQUENCY)) {
      expect(schemaDefaults[key], key).toBe(String(value));
      expect(resolved[key], key).toBe(value);
      expect((schema.properties as Record<string, { description?: string }>)[key].description, key).toContain(`(default ${value})`);
    }
    const readme = readmeDefaults();
    for (const [key, value] of Object.entries(schemaDefaults)) expect(readme[key], `README default of ${key}`).toBe(value);
  });

  it('accepts every config in the README, the docs pages and the examples, as the validator does', () => {
    const all = configs();
    expect(all.length).toBeGreaterThanOrEqual(5);
    // The trigger reference alone shows a touchpoint for each of its eleven keys.
    expect(all.filter(([where]) => where.startsWith('docs/triggers.md')).length).toBeGreaterThanOrEqual(11);
    for (const [where, config] of all) {
      expect(validate(config), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(resolveConfig(config).problems, where).toEqual([]);
    }
  });

  it.each([
    { touchpoints: [{ id: 'a', question: 'q', scale: 'hearts' }] },
    { touchpoints: [{ id: 'a', question: 'q', scale: 'nps', when: {} }] },
    { touchpoints: [{ id: 'a', question: 'q', scale: 'nps', sample: 3 }] },
    { touchpoints: [{ id: 'a', question: 'q', scale: 'nps', when: { selectr: '.x' } }] },
    { touchpoints: [{ id: 'a', scale: 'nps' }] },
    { touchpoints: [{ id: 'a', question: 'q', scale: 'nps', once: 'always' }] },
    { touchpoints: [{ id: 'a', question: 'q', scale: 'nps', followUp: [{ min: 1, max: 2 }] }] },
    { theme: 'pink', touchpoints: [] },
  ])('rejects what the validator rejects: %j', (config) => {
    expect(validate(config)).toBe(false);
    expect(resolveConfig(config).problems).not.toEqual([]);
  });
});
