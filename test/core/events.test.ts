import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/core/events';
import { cleanContext } from '../../src/core/context';
import { uuid } from '../../src/core/uuid';

describe('buildEvent', () => {
  it('builds an event with id, time, page and schema version, without query or fragment', () => {
    history.replaceState({}, '', '/checkout/pay?coupon=SECRET#step2');
    document.title = 'Pay';
    const e = buildEvent('moment.answered', { touchpoint: 'checkout', moment: 'm1', rating: { scale: 'emoji5', value: 4 } });
    expect(e).toMatchObject({ schema: 1, type: 'moment.answered', touchpoint: 'checkout', moment: 'm1', page: { path: '/checkout/pay', title: 'Pay' }, rating: { scale: 'emoji5', value: 4 } });
    expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Date(e.time).toISOString()).toBe(e.time);
    expect(buildEvent('moment.shown', {}).id).not.toBe(e.id);
  });

  it('keeps the query only when configured', () => {
    history.replaceState({}, '', '/a?b=1#c');
    expect(buildEvent('moment.shown', {}, true).page.path).toBe('/a?b=1#c');
  });
});

describe('uuid', () => {
  it('falls back to getRandomValues without randomUUID', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 100 }, uuid));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});

describe('cleanContext', () => {
  it('keeps JSON objects and drops the rest with a warning', () => {
    const warn: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warn.push(m);
    try {
      expect(cleanContext({ order: 'A-1', n: 2, d: new Date(0) }, 'x')).toEqual({ order: 'A-1', n: 2, d: '1970-01-01T00:00:00.000Z' });
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      expect(cleanContext(cyclic, 'cyclic')).toBeUndefined();
      expect(cleanContext('text', 'string')).toBeUndefined();
      expect(cleanContext({ big: 'x'.repeat(3000) }, 'big')).toBeUndefined();
      expect(warn).toEqual([
        'Moments: cyclic: context must be a JSON object; dropped',
        'Moments: string: context must be a JSON object; dropped',
        'Moments: big: context is over 2048 bytes; dropped',
      ]);
    } finally {
      console.warn = orig;
    }
  });
});
