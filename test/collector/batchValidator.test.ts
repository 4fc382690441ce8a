// The collector's validator is code generated from the schemas at build time; it must be the code the current
// schemas give, and need nothing at run time (ajv is a devDependency only).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { generate, OUTPUT } from '../../scripts/validators.mjs';
import { batchValidator } from '../../src/collector/validation/batchValidator';
import { isDateTime } from '../../src/collector/validation/isDateTime';
import { isEmail } from '../../src/shared/isEmail';
import { body, event } from './events';

describe('the generated batch validator', () => {
  it('is what src/core/*.schema.json compile to now (npm run build regenerates it)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generate());
  });

  it('imports nothing but the date-time and e-mail checks: no ajv at run time', () => {
    const imports = [...readFileSync(OUTPUT, 'utf8').matchAll(/\b(?:import|require)\b[^;\n]*/g)].map((m) => m[0]);
    expect(imports).toEqual(["import { isDateTime } from './isDateTime'", "import { isEmail } from '../../shared/isEmail'"]);
  });

  it('checks a contact e-mail with the contact step\'s own isEmail (the widget never sends one it refuses)', () => {
    const contact = (email: string) => batchValidator(JSON.parse(body([event('moment.contact', { contact: { email } })])));
    for (const email of ['ana@example.com', "o'brien+refund@mail.example.co.uk", 'a@b.de']) {
      expect(isEmail(email), email).toBe(true);
      expect(contact(email), email).toBe(true);
    }
    for (const email of ['ana', 'ana@example', 'ana@@example.com', 'ana@exa mple.com', 'ana@-example.com', '<a>@example.com', `${'a'.repeat(250)}@example.com`]) {
      expect(isEmail(email), email).toBe(false);
      expect(contact(email), email).toBe(false);
    }
  });

  it('accepts a valid batch and names the first problem of a bad one', () => {
    expect(batchValidator(JSON.parse(body([event('moment.shown')])))).toBe(true);
    expect(batchValidator(JSON.parse(body([event('moment.shown', { time: '2026-13-01T00:00:00Z' })])))).toBe(false);
    expect(batchValidator.errors?.[0]).toMatchObject({ instancePath: '/events/0/time', keyword: 'format' });
    // maxLength counts characters, not UTF-16 units (ajv's ucs2length, inlined).
    const emoji = '😀'.repeat(100);
    expect(batchValidator(JSON.parse(body([event('moment.shown', { touchpoint: emoji })])))).toBe(true);
    expect(batchValidator(JSON.parse(body([event('moment.shown', { touchpoint: emoji + 'x' })])))).toBe(false);
  });

  it('date-time: RFC 3339 shape and a real date', () => {
    expect(isDateTime('2026-12-04T17:00:00.123Z')).toBe(true);
    expect(isDateTime('2026-12-04T17:00:00+01:00')).toBe(true);
    expect(isDateTime('2026-12-04 17:00:00Z')).toBe(false);
    expect(isDateTime('2026-12-04T25:00:00Z')).toBe(false);
  });
});
