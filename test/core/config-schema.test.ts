// dist/config.schema.json (for editors) and the drop-in's own validator must agree, and every config the
// README and the examples show must pass both.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/core/config.schema.json';
import { resolveConfig, SPECS } from '../../src/core/config';

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
  it('names exactly the fields the validator knows', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(keys(SPECS.top));
    expect(Object.keys(schema.$defs.touchpoint.properties).sort()).toEqual(keys(SPECS.touchpoint));
    expect(Object.keys(schema.$defs.when.properties).sort()).toEqual(keys(SPECS.when));
  });

  it('accepts every config in the README and the examples, as the validator does', () => {
    const all = configs();
    expect(all.length).toBeGreaterThanOrEqual(5);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const [where, config] of all) {
      expect(validate(config), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      resolveConfig(config);
    }
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
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
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(validate(config)).toBe(false);
    resolveConfig(config);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
