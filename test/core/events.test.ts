import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/core/events';
import { cleanContext } from '../../src/core/context';
import { uuid } from '../../src/core/uuid';
import { validateBatch } from '../../src/collector/validation/validateBatch';
import { MAX_PATH, MAX_TITLE } from '../../src/shared/limits';

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

  it('cuts a long title and path to the limits the collector accepts, never inside a surrogate pair', () => {
    history.replaceState({}, '', '/' + 'p'.repeat(1000) + '?q=' + 'お'.repeat(3000));
    document.title = 'x' + '🙂'.repeat(1000); // 2,001 UTF-16 units, 1,001 code points
    const e = buildEvent('moment.shown', { touchpoint: 'checkout', moment: 'm1' }, true);
    expect(e.page.title).toBe('x' + '🙂'.repeat(MAX_TITLE - 1));
    expect([...e.page.path]).toHaveLength(MAX_PATH);
    expect(e.page.path.startsWith('/' + 'p'.repeat(1000) + '?q=%E3%81%8A')).toBe(true); // location encodes it
    // What the widget builds, the collector's validation accepts (before the cut: 400 for page.title).
    expect(validateBatch(JSON.stringify({ events: [e] }))).toEqual({ ok: true, events: [e] });
    const uncut = { ...e, page: { ...e.page, title: document.title } };
    expect(validateBatch(JSON.stringify({ events: [uncut] }))).toMatchObject({ ok: false, error: `events[0].page.title must NOT have more than ${MAX_TITLE} characters` });
  });

  it('marks an event with reason (added in schema 2) as schema 2, and every other event schema 1', () => {
    const preempted = buildEvent('moment.dismissed', { touchpoint: 'checkout', moment: 'm1', reason: 'preempted' });
    expect(preempted).toMatchObject({ schema: 2, reason: 'preempted' });
    expect(buildEvent('moment.dismissed', { touchpoint: 'checkout', moment: 'm1' })).toMatchObject({ schema: 1 });
    expect(buildEvent('moment.dismissed', { touchpoint: 'checkout', moment: 'm1' })).not.toHaveProperty('reason');
    expect(validateBatch(JSON.stringify({ events: [preempted] })).ok).toBe(true);
  });

  it('marks moment.contact (a type added in schema 2) as schema 2; the collector accepts it only so', () => {
    const contact = buildEvent('moment.contact', { touchpoint: 'checkout', moment: 'm1', contact: { email: 'ana@example.com' } });
    expect(contact).toMatchObject({ schema: 2, type: 'moment.contact', contact: { email: 'ana@example.com' } });
    expect(validateBatch(JSON.stringify({ events: [contact] })).ok).toBe(true);
    for (const bad of [
      { ...contact, schema: 1 },
      { ...contact, contact: undefined },
      { ...contact, contact: { email: 'not an address' } },
      { ...contact, contact: { email: `${'a'.repeat(250)}@example.com` } },
      { ...contact, contact: { email: 'ana@example.com', name: 'Ana' } },
      { ...buildEvent('moment.commented', { touchpoint: 'checkout', moment: 'm1', comment: 'hi' }), schema: 2, contact: { email: 'ana@example.com' } },
    ])
      expect(validateBatch(JSON.stringify({ events: [bad] })).ok, JSON.stringify(bad)).toBe(false);
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
      // 1,011 UTF-16 units but 3,011 UTF-8 bytes: over, as the collector counts it.
      expect(cleanContext({ note: 'お'.repeat(1000) }, 'multibyte')).toBeUndefined();
      const fits = { note: 'お'.repeat(679) }; // 11 + 2,037 = 2,048 bytes
      expect(cleanContext(fits, 'fits')).toEqual(fits);
      expect(cleanContext({ note: 'お'.repeat(679) + 'x' }, 'one byte over')).toBeUndefined();
      expect(warn).toEqual([
        'Moments: cyclic: context must be a JSON object; dropped',
        'Moments: string: context must be a JSON object; dropped',
        'Moments: big: context is over 2048 bytes; dropped',
        'Moments: multibyte: context is over 2048 bytes; dropped',
        'Moments: one byte over: context is over 2048 bytes; dropped',
      ]);
    } finally {
      console.warn = orig;
    }
  });
});
