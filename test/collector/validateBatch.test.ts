import { describe, expect, it } from 'vitest';
import { validateBatch } from '../../src/collector/validation/validateBatch';
import { body, event } from './events';
import { MAX_CONTEXT_BYTES, MAX_PATH, MAX_TITLE } from '../../src/shared/limits';
import { SCALES, scaleRange } from '../../src/shared/scales';
import { utf8Length } from '../../src/shared/utf8Length';

const errorOf = (events: unknown[]) => {
  const r = validateBatch(body(events));
  return r.ok ? undefined : r.error;
};

describe('validateBatch', () => {
  it('accepts a batch of every event type', () => {
    const events = [
      event('moment.shown'),
      event('moment.answered', { rating: { scale: 'nps', value: 10 } }),
      event('moment.answered', { rating: { scale: 'thumbs', value: 0 }, reasons: ['slow'] }),
      event('moment.commented', { comment: 'hi', context: { plan: 'pro' } }),
      event('moment.dismissed', { preview: true, visitor: 'v1' }),
      event('moments.dropped', { touchpoint: '', dropped: 3 }),
    ];
    const r = validateBatch(body(events));
    expect(r).toEqual({ ok: true, events });
  });

  it('names the first problem with its path', () => {
    const ok = event('moment.shown');
    expect(errorOf([ok, ok, ok, event('moment.answered', { rating: { scale: 'nps', value: 11 } })])).toBe('events[3].rating.value must be <= 10');
    expect(errorOf([event('moment.answered', { rating: { scale: 'csat', value: 0 } })])).toBe('events[0].rating.value must be >= 1');
    expect(errorOf([event('moment.answered', { rating: { scale: 'thumbs', value: 2 } })])).toBe('events[0].rating.value must be <= 1');
    const noRating = { ...event('moment.shown'), type: 'moment.answered' };
    expect(errorOf([noRating])).toBe("events[0] must have required property 'rating'");
    expect(errorOf([{ ...ok, extra: 1 }])).toBe("events[0] must NOT have additional properties ('extra')");
    expect(errorOf([{ ...ok, type: 'moment.clicked' }])).toMatch(/^events\[0\]\.type must be equal to one of the allowed values \("moment.shown"/);
    expect(errorOf([{ ...ok, time: 'yesterday' }])).toBe('events[0].time must match format "date-time"');
    expect(errorOf([{ ...ok, time: '2026-13-45T99:00:00Z' }])).toBe('events[0].time must match format "date-time"');
    expect(errorOf([])).toBe('events must NOT have fewer than 1 items');
    expect(errorOf([{ ...ok, context: { big: 'x'.repeat(3000) } }])).toBe('events[0].context must be at most 2048 bytes as JSON');
  });

  it('refuses a body that is not JSON or not a batch', () => {
    expect(validateBatch('nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^body is not JSON/) });
    expect(validateBatch('[]')).toEqual({ ok: false, error: 'body must be object' });
    expect(validateBatch('{}')).toEqual({ ok: false, error: "body must have required property 'events'" });
  });
});

describe('validateBatch and U+0000', () => {
  it('refuses \\u0000 escapes (PostgreSQL text cannot store them) but not an escaped backslash before u0000', () => {
    const e = event('moment.commented', { comment: 'a\u0000b' });
    expect(validateBatch(body([e]))).toEqual({ ok: false, error: 'body must not contain U+0000 (\\u0000) in strings' });
    expect(validateBatch(body([event('moment.commented', { comment: 'C:\\u0000' })])).ok).toBe(true);
  });
});

describe('validateBatch and the limits the widget shares (src/shared/)', () => {
  it('counts the context in UTF-8 bytes, as the widget does: 1,000 "お" is 3,011 bytes and refused', () => {
    const multibyte = { note: 'お'.repeat(1000) }; // 1,011 UTF-16 units, under the old widget's unit count
    expect(errorOf([event('moment.shown', { context: multibyte })])).toBe('events[0].context must be at most 2048 bytes as JSON');
    const fits = { note: 'お'.repeat(Math.floor((MAX_CONTEXT_BYTES - 11) / 3)) }; // {"note":""} is 11 bytes
    expect(utf8Length(JSON.stringify(fits))).toBeLessThanOrEqual(MAX_CONTEXT_BYTES);
    expect(errorOf([event('moment.shown', { context: fits })])).toBeUndefined();
  });

  it('accepts a title and path exactly at the shared limits in code points, and refuses one more', () => {
    const title = '🙂'.repeat(MAX_TITLE); // 1,024 UTF-16 units: JSON Schema counts code points
    expect(errorOf([event('moment.shown', { page: { path: '/', title } })])).toBeUndefined();
    expect(errorOf([event('moment.shown', { page: { path: '/', title: title + 'x' } })])).toBe(`events[0].page.title must NOT have more than ${MAX_TITLE} characters`);
    const path = '/' + 'お'.repeat(MAX_PATH - 1);
    expect(errorOf([event('moment.shown', { page: { path, title: '' } })])).toBeUndefined();
    expect(errorOf([event('moment.shown', { page: { path: path + 'x', title: '' } })])).toBe(`events[0].page.path must NOT have more than ${MAX_PATH} characters`);
  });

  it('accepts exactly the values of each scale that the prompt offers (src/shared/scales.ts)', () => {
    for (const scale of SCALES) {
      const [from, to] = scaleRange(scale);
      for (let value = -1; value <= 11; value++) {
        const accepted = errorOf([event('moment.answered', { rating: { scale, value } })]) === undefined;
        expect(accepted, `${scale} ${value}`).toBe(value >= from && value <= to);
      }
    }
  });
});

describe('validateBatch and schema versions', () => {
  it('accepts schema 1 and 2, and reason "preempted" only on a moment.dismissed of schema 2', () => {
    const preempted = event('moment.dismissed', { schema: 2, reason: 'preempted' });
    expect(errorOf([event('moment.shown'), { ...event('moment.shown'), schema: 2 }, preempted])).toBeUndefined();
    expect(errorOf([{ ...preempted, schema: 1 }])).toBe('events[0].schema must be equal to constant (2)');
    expect(errorOf([{ ...event('moment.shown', { schema: 2 }), reason: 'preempted' }])).toBe('events[0].type must be equal to constant ("moment.dismissed")');
    expect(errorOf([{ ...preempted, reason: 'closed' }])).toBe('events[0].reason must be equal to constant ("preempted")');
    expect(errorOf([{ ...event('moment.shown'), schema: 3 }])).toBe('events[0].schema must be equal to one of the allowed values (1, 2)');
  });
});
