import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJson } from '../../src/collector/validation/parseJson';

describe('parseJson', () => {
  it('parses ordinary JSON, brackets inside strings not counted as nesting', () => {
    expect(parseJson('{"a":[1,{"b":"[[[[{{{{"}]}')).toEqual({ ok: true, value: { a: [1, { b: '[[[[{{{{' }] } });
    expect(parseJson(`{"s":"${'['.repeat(1000)}\\"${'{'.repeat(1000)}"}`).ok).toBe(true);
  });

  it('refuses nesting beyond the limit before parsing (no stack overflow later)', () => {
    const at = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJson(at(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseJson(at(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, error: `body must not nest arrays and objects more than ${MAX_JSON_DEPTH} levels deep` });
    expect(parseJson('{"a":'.repeat(200_000)).ok).toBe(false);
  });

  it('refuses numbers that overflow and lone surrogates, naming where', () => {
    expect(parseJson('{"a":{"b":[1,-1e400]}}')).toEqual({ ok: false, error: 'a.b[1] is a number too large for JSON (it would be stored as null)' });
    expect(parseJson('["x\\ud800"]')).toEqual({ ok: false, error: 'body[0] contains a lone UTF-16 surrogate (not valid Unicode text)' });
    expect(parseJson('{"k\\udfff":1}')).toEqual({ ok: false, error: 'body has a key with a lone UTF-16 surrogate (not valid Unicode text)' });
    expect(parseJson('{"a":"\\ud83d\\ude00","b":1e300}')).toEqual({ ok: true, value: { a: '😀', b: 1e300 } });
  });

  it('names a parse error as before', () => {
    expect(parseJson('{"events": [')).toMatchObject({ ok: false, error: expect.stringMatching(/^body is not JSON: /) });
  });
});
