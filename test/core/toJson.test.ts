import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '../../src/core/toJson';
import { buildEvent } from '../../src/core/events';

const polluted: Array<[object, string]> = [];
// Defines a property on a built-in prototype for one test, as Prototype.js and friends do; removed after it.
const pollute = (proto: object, key: string, value: unknown) => {
  Object.defineProperty(proto, key, { value, configurable: true, writable: true });
  polluted.push([proto, key]);
};
afterEach(() => {
  for (const [proto, key] of polluted.splice(0)) delete (proto as Record<string, unknown>)[key];
});

const event = () =>
  buildEvent('moment.answered', { touchpoint: 't', moment: 'm', rating: { scale: 'emoji5', value: 4 }, reasons: ['slow', 'confusing'], context: { cart: [1, 2], nested: { a: [{ b: null }] } } });

describe('toJson', () => {
  it('writes what JSON.stringify writes for plain data: strings escaped, non-finite numbers null, undefined and functions left out', () => {
    const values = [
      event(),
      [event(), event()],
      { s: 'quote " backslash \\ newline \n tab \t \u2028 \u0001 é 😀', n: [0, -1.5, 1e21, NaN, Infinity], b: [true, false], z: null },
      { u: undefined, f: () => 1, list: [undefined, () => 1, Symbol('x')], sym: Symbol('y') },
      [],
      {},
      'text',
      42,
      null,
    ];
    for (const v of values) expect(toJson(v)).toBe(JSON.stringify(v));
    expect(toJson(undefined)).toBeUndefined();
  });

  it('ignores a toJSON a page hung on Array.prototype (Prototype.js) or Object.prototype', () => {
    const events = [event(), event()];
    const expected = JSON.stringify(events);
    // Like Prototype.js 1.6: the array becomes a string.
    pollute(Array.prototype, 'toJSON', function (this: unknown[]) {
      return `[${this.length} items]`;
    });
    // The control: the native writer now turns the array into one string.
    expect(typeof JSON.parse(JSON.stringify(events))).toBe('string');
    expect(toJson(events)).toBe(expected);
    pollute(Object.prototype, 'toJSON', () => 'hijacked');
    expect(toJson({ events })).toBe(`{"events":${expected}}`);
    expect(JSON.parse(toJson({ events })!).events).toHaveLength(2);
  });

  it('reads own enumerable keys only: inherited and non-enumerable ones are not written', () => {
    pollute(Object.prototype, 'foo', 1);
    Object.defineProperty(Object.prototype, 'bar', { value: 2, enumerable: true, configurable: true, writable: true });
    polluted.push([Object.prototype, 'bar']);
    const value = Object.defineProperty({ a: 1 }, 'hidden', { value: 3, enumerable: false });
    expect(toJson(value)).toBe('{"a":1}');
  });

  it('honours the toJSON of other objects (a Date), and a cycle throws like JSON.stringify', () => {
    const when = new Date(Date.UTC(2026, 11, 4, 12));
    expect(toJson({ when })).toBe('{"when":"2026-12-04T12:00:00.000Z"}');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(() => toJson(cyclic)).toThrow(TypeError);
    const list: unknown[] = [];
    list.push(list);
    expect(() => toJson(list)).toThrow(TypeError);
    // The same object twice, not in a cycle, is fine.
    const shared = { x: 1 };
    expect(toJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });
});

describe('toJson and toJSON results', () => {
  it('calls an own-kind toJSON once, like JSON.stringify (one returning its object does not loop)', () => {
    class Self {
      a = 1;
      toJSON() {
        return this;
      }
    }
    expect(toJson({ x: new Self() })).toBe(JSON.stringify({ x: new Self() }));
  });
});
