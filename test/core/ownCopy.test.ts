import { afterEach, describe, expect, it } from 'vitest';
import { ownCopy } from '../../src/core/ownCopy';

const keys = ['when', 'assetsUrl', 'placement'];
afterEach(() => {
  for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
});

describe('ownCopy', () => {
  it('copies own keys into objects without a prototype: a polluted Object.prototype reaches no field', () => {
    (Object.prototype as Record<string, unknown>).when = { path: '/*' };
    (Object.prototype as Record<string, unknown>).assetsUrl = 'https://attacker.example/';
    const config = { endpoint: '/moments', touchpoints: [{ id: 'a', question: 'Q?', scale: 'thumbs', text: { submit: 'Go' } }] };
    const copy = ownCopy(config);
    expect(copy).not.toBe(config);
    expect(copy.touchpoints[0]).not.toBe(config.touchpoints[0]);
    const tp = copy.touchpoints[0] as Record<string, unknown>;
    // The control: the original object inherits them.
    expect((config.touchpoints[0] as Record<string, unknown>).when).toEqual({ path: '/*' });
    expect(tp.when).toBeUndefined();
    expect((copy as Record<string, unknown>).assetsUrl).toBeUndefined();
    expect((tp.text as Record<string, unknown>).submit).toBe('Go');
    expect(Object.getPrototypeOf(tp)).toBeNull();
    expect(Array.isArray(copy.touchpoints)).toBe(true);
    expect(JSON.parse(JSON.stringify(copy))).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it('leaves functions, class instances and non-enumerable keys alone, and stops at 20 levels (a cycle)', () => {
    class Sink {
      name = 'mine';
      send() {
        return this.name;
      }
    }
    const sink = new Sink();
    const callback = () => {};
    const config = Object.defineProperty({ sinks: [sink, callback], context: () => ({}) }, 'secret', { value: 1, enumerable: false });
    const copy = ownCopy(config) as typeof config & { secret?: number };
    expect(copy.sinks[0]).toBe(sink);
    expect(copy.sinks[1]).toBe(callback);
    expect(copy.context).toBe(config.context);
    expect(copy.secret).toBeUndefined();
    const cyclic: Record<string, unknown> = { name: 'c' };
    cyclic.self = cyclic;
    const deep = ownCopy(cyclic) as Record<string, unknown>;
    expect(deep.name).toBe('c');
    let level = deep;
    for (let i = 0; i < 19; i++) level = level.self as Record<string, unknown>;
    expect(level.self).toBe(cyclic); // beyond the bound the original is kept, not walked
  });
});
