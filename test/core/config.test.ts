import { describe, expect, it, vi, afterEach } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { problem } from '../../src/explain/problem';

const ok = { id: 'checkout', question: 'How was it?', scale: 'emoji5', when: { path: '/checkout*' } };

afterEach(() => vi.restoreAllMocks());

// The validator records compact problems and prints nothing itself; the explain chunk words them as the engine prints them.
function errors(input: unknown) {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  const config = resolveConfig(input);
  expect(spy).not.toHaveBeenCalled();
  return { config, messages: config.problems.map((p) => 'Moments: ' + problem(p)) };
}

describe('resolveConfig', () => {
  it('keeps a valid config as it is, with defaults', () => {
    const { config, messages } = errors({ endpoint: '/moments', touchpoints: [ok] });
    expect(messages).toEqual([]);
    expect(config.touchpoints).toEqual([ok]);
    expect(config.endpoint).toBe('/moments');
    expect(config.maxPromptsPerSession).toBe(2);
  });

  it.each([
    [{ ...ok, scale: 'hearts' }, 'touchpoint "checkout": scale must be one of thumbs, emoji5, stars5, nps, csat'],
    [{ ...ok, question: undefined }, 'touchpoint "checkout": question is missing'],
    [{ ...ok, question: '' }, 'touchpoint "checkout": question must be a non-empty string'],
    [{ ...ok, when: {} }, 'touchpoint "checkout": when names nothing'],
    [{ ...ok, when: { path: 5 } }, 'touchpoint "checkout": when.path must be a non-empty string'],
    [{ ...ok, when: { selectr: '.x' } }, 'touchpoint "checkout": unknown field "when.selectr"'],
    [{ ...ok, when: { selector: '..bad[' } }, 'touchpoint "checkout": when.selector must be a valid CSS selector'],
    [{ ...ok, when: { url: '(' } }, 'touchpoint "checkout": when.url must be a valid regular expression'],
    [{ ...ok, when: { request: { url: '/api/*', status: 'bad' } } }, 'touchpoint "checkout": when.request must be'],
    [{ ...ok, sample: 2 }, 'touchpoint "checkout": sample must be a number from 0 to 1'],
    [{ ...ok, once: 'always' }, 'touchpoint "checkout": once must be one of session, visitor, false'],
    [{ ...ok, followUp: [{ min: 1, max: 2 }] }, 'touchpoint "checkout": followUp must be'],
    [{ ...ok, contact: true }, 'touchpoint "checkout": contact must be { min, max, question? }'],
    [{ ...ok, contact: { min: 1 } }, 'touchpoint "checkout": contact must be { min, max, question? }'],
    [{ ...ok, contact: { min: 1, max: '2' } }, 'touchpoint "checkout": contact must be { min, max, question? }'],
    [{ ...ok, contact: { min: 1, max: 2, question: '' } }, 'touchpoint "checkout": contact must be { min, max, question? }'],
    [{ ...ok, placement: 'inline' }, 'touchpoint "checkout": container is missing'],
    [{ ...ok, colour: 'red' }, 'touchpoint "checkout": unknown field "colour"'],
    [{ question: 'q', scale: 'nps' }, 'touchpoints[0]: id is missing'],
  ])('reports %j once, naming touchpoint and field, and leaves it out', (tp, message) => {
    const { config, messages } = errors({ touchpoints: [tp, { ...ok, id: 'contact' }] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Moments: ' + message);
    expect(config.touchpoints.map((t) => t.id)).toEqual(['contact']);
  });

  it('keeps a valid contact step', () => {
    const withContact = { ...ok, contact: { min: 1, max: 2, question: 'May we e-mail you?' } };
    const { config, messages } = errors({ touchpoints: [withContact, { ...ok, id: 'other', contact: { min: 1, max: 1 } }] });
    expect(messages).toEqual([]);
    expect(config.touchpoints.map((t) => t.contact)).toEqual([{ min: 1, max: 2, question: 'May we e-mail you?' }, { min: 1, max: 1 }]);
  });

  it('reports a duplicate id and keeps the first', () => {
    const { config, messages } = errors({ touchpoints: [ok, { ...ok, question: 'Second?' }] });
    expect(messages[0]).toContain('id "checkout" is used twice');
    expect(config.touchpoints).toEqual([ok]);
    expect(config.invalid).toEqual({});
  });

  it('records why an invalid touchpoint is ruled out', () => {
    const { config } = errors({ touchpoints: [{ ...ok, scale: 'x' }] });
    expect(config.invalid.checkout).toEqual(['scale', 'ethumbs|emoji5|stars5|nps|csat']);
  });

  it('falls back to defaults for bad top-level fields and keeps the rest', () => {
    const { config, messages } = errors({ theme: 'pink', maxPromptsPerSession: -1, touchpoints: [ok] });
    expect(messages).toEqual([
      'Moments: config: theme must be one of light, dark, auto',
      'Moments: config: maxPromptsPerSession must be a number from 0 to 1000',
    ]);
    expect(config.theme).toBeUndefined();
    expect(config.maxPromptsPerSession).toBe(2);
    expect(config.touchpoints).toHaveLength(1);
  });

  it('keeps valid sinks and reports the others by index', () => {
    const fn = () => {};
    const sink = { name: 'x', send() {} };
    const { config, messages } = errors({ touchpoints: [], sinks: [fn, sink, { type: 'segment' }, { type: 'nope' }, { type: 'http' }] });
    expect(config.sinks).toEqual([fn, sink, { type: 'segment' }]);
    expect(messages[0]).toContain('sinks[3] must be');
    expect(messages[1]).toContain('sinks[4] url must be');
  });

  it('survives input that is not an object', () => {
    const { config, messages } = errors('nope');
    expect(config.touchpoints).toEqual([]);
    expect(messages[0]).toContain('config must be an object');
  });
});

describe('a polluted Object.prototype (#19)', () => {
  const proto = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    for (const key of ['foo', 'when', 'question', 'constructor2']) delete proto[key];
  });

  it('reads own keys only: inherited keys are neither unknown fields nor values, and nothing throws', () => {
    proto.foo = 1;
    proto.when = { selector: '.x' };
    const config = resolveConfig({ endpoint: '/moments', touchpoints: [ok, { id: 'manual', question: 'Q?', scale: 'thumbs' }] });
    expect(config.problems).toEqual([]);
    expect(config.touchpoints.map((t) => t.id)).toEqual(['checkout', 'manual']);
    expect(Object.keys(config.invalid)).toEqual([]);
  });

  it('an own key named like an Object.prototype member is an unknown field, not a crash', () => {
    const config = resolveConfig({ touchpoints: [{ ...ok, constructor: 'x', toString: 'y' }] });
    expect(config.problems).toEqual([
      ['checkout', 'constructor', '?'],
      ['checkout', 'toString', '?'],
    ]);
  });
});

describe('prototype-less values (the engine copies configs into them, #19)', () => {
  it('a field holding an object without a prototype where text, an enum or a pattern is expected is a problem, not a crash', () => {
    const bare = () => Object.create(null);
    const config = resolveConfig({ theme: bare(), touchpoints: [{ ...ok, id: 'a', scale: bare() }, { ...ok, id: 'b', when: { request: { url: '/api', status: bare() } } }, ok] });
    expect(config.problems.map((p) => p.slice(0, 2))).toEqual([[undefined, 'theme'], ['a', 'scale'], ['b', 'when.request']]);
    expect(config.touchpoints.map((t) => t.id)).toEqual(['checkout']);
  });
});
