import { describe, expect, it } from 'vitest';
import { eventTimeProblem } from '../../src/collector/validation/eventTimeProblem';

const now = Date.parse('2026-12-04T12:00:00Z');

describe('eventTimeProblem', () => {
  it('accepts real times within the window, in any offset', () => {
    expect(eventTimeProblem('2026-12-04T11:59:00.123Z', now)).toBeUndefined();
    expect(eventTimeProblem('2026-12-04T14:05:00+02:00', now)).toBeUndefined();
    expect(eventTimeProblem('2024-02-29T00:00:00Z', Date.parse('2024-03-01T00:00:00Z'))).toBeUndefined();
  });

  it('refuses impossible dates and clock times', () => {
    for (const t of ['2026-02-31T00:00:00Z', '2026-11-31T00:00:00Z', '2025-02-29T00:00:00Z', '2026-12-04T24:00:00Z', '2026-12-04T10:60:00Z', '2026-12-04T10:00:60Z', '2026-12-04T10:00:00+24:00', '2026-00-10T00:00:00Z']) {
      expect([t, eventTimeProblem(t, now)]).toEqual([t, `is not a real date or time (${t})`]);
    }
  });

  it('refuses times too far ahead of or behind the clock', () => {
    expect(eventTimeProblem('2026-12-04T12:11:00Z', now)).toBe("is more than 10 minutes ahead of the collector's clock (2026-12-04T12:11:00Z)");
    expect(eventTimeProblem('9999-12-31T23:59:59-23:59', now)).toMatch(/ahead of the collector's clock/);
    expect(eventTimeProblem('2025-10-30T11:59:00Z', now)).toBe('is more than 400 days old (2025-10-30T11:59:00Z)');
    expect(eventTimeProblem('2025-10-30T11:59:00Z', now, { maxAgeDays: 500, maxSkewMinutes: 10 })).toBeUndefined();
  });
});
