import { describe, expect, it } from 'vitest';
import { validateBatch } from '../../src/collector/validate-batch';
import { body, event } from './events';

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
