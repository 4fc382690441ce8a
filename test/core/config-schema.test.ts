// dist/config.schema.json (for editors) and the drop-in's own validator must agree, and every config the
// README and the examples show must pass both.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/core/config.schema.json';
import { resolveConfig, SPECS } from '../../src/core/config';
import type { Config, Touchpoint, When } from '../../src/core/types';

// Every key of the TypeScript types, checked by tsc (a key missing here or unknown to the type fails the type check);
// the test below then checks the schema names the same keys.
const typeKeys = {
  config: { $schema: 1, assetsUrl: 1, endpoint: 1, sinks: 1, touchpoints: 1, theme: 1, locale: 1, text: 1, placement: 1, maxPromptsPerSession: 1, minGapMinutes: 1, dismissCooldownDays: 1, overlap: 1, requireConsent: 1, respectDoNotTrack: 1, context: 1, nonce: 1, redact: 1, keepQuery: 1 } satisfies Record<keyof Config, 1>,
  touchpoint: { id: 1, question: 1, scale: 1, when: 1, sample: 1, once: 1, cooldownDays: 1, priority: 1, followUp: 1, thanks: 1, maxLength: 1, placement: 1, container: 1, text: 1, redact: 1 } satisfies Record<keyof Touchpoint, 1>,
  when: { path: 1, url: 1, selector: 1, click: 1, submit: 1, event: 1, request: 1, delayMs: 1, scrollPercent: 1, exitIntent: 1, idleMs: 1 } satisfies Record<keyof When, 1>,
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const keys = (spec: string) => spec.split(' ').filter((_, i) => i % 2 == 0).sort();

function configs(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const f of readdirSync('examples').filter((f) => f.endsWith('.html'))) {
    const m = readFileSync(`examples/${f}`, 'utf8').match(/id="moments-config">([\s\S]*?)<\/script>/);
    if (m) out.push([`examples/${f}`, JSON.parse(m[1])]);
  }
  const readme = readFileSync('README.md', 'utf8');
  for (const m of readme.matchAll(/id="moments-config">([\s\S]*?)<\/script>/g)) out.push(['README.md', JSON.parse(m[1])]);
  for (const m of readme.matchAll(/```json\n([\s\S]*?)```/g)) {
    const v = JSON.parse(m[1]);
    if (v.touchpoints) out.push(['README.md json block', v]);
    else if (v.id && v.scale) out.push(['README.md touchpoint', { touchpoints: [v] }]);
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

  it('accepts every config in the README and the examples, as the validator does', () => {
    const all = configs();
    expect(all.length).toBeGreaterThanOrEqual(5);
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
