import { describe, expect, it } from 'vitest';
import { score } from '../../src/collector/dashboard/score';
import { summarize } from '../../src/collector/dashboard/summarize';
import { moodOf } from '../../src/collector/store/moodOf';

const counts = (pairs: Record<number, number>) => Array.from({ length: 11 }, (_, v) => pairs[v] ?? 0);

describe('score', () => {
  it('computes CSAT %, NPS and thumbs-up share', () => {
    expect(score('csat', counts({ 1: 1, 2: 1, 4: 1, 5: 1 }))).toEqual({ label: 'CSAT', value: 50, unit: '%' });
    expect(score('emoji5', counts({ 3: 2, 5: 1 }))).toEqual({ label: 'CSAT (4–5)', value: 33.3, unit: '%' });
    expect(score('nps', counts({ 10: 1, 9: 1, 7: 1, 3: 1 }))).toEqual({ label: 'NPS', value: 25, unit: '' });
    expect(score('nps', counts({ 0: 3, 9: 1 }))).toMatchObject({ value: -50 });
    expect(score('thumbs', counts({ 0: 1, 1: 2 }))).toEqual({ label: 'Thumbs up', value: 66.7, unit: '%' });
    expect(score('thumbs', counts({}))).toMatchObject({ value: null });
  });

  it('sorts ratings into misery and magic on the same lines', () => {
    expect([0, 6, 7, 8, 9, 10].map((v) => moodOf('nps', v))).toEqual([-1, -1, 0, 0, 1, 1]);
    expect([1, 2, 3, 4, 5].map((v) => moodOf('stars5', v))).toEqual([-1, -1, 0, 1, 1]);
    expect([0, 1].map((v) => moodOf('thumbs', v))).toEqual([-1, 1]);
  });
});

describe('summarize', () => {
  it('builds distributions and a score per day for each touchpoint and scale', () => {
    const f = summarize({
      totals: [{ touchpoint: 'b', shown: 9, answered: 4, dismissed: 2, commented: 1 }, { touchpoint: 'a', shown: 2, answered: 2, dismissed: 0, commented: 0 }],
      ratings: [
        { day: '2026-11-20', touchpoint: 'b', scale: 'csat', value: 5, count: 1 },
        { day: '2026-11-20', touchpoint: 'b', scale: 'csat', value: 1, count: 1 },
        { day: '2026-11-21', touchpoint: 'b', scale: 'csat', value: 4, count: 2 },
        { day: '2026-11-21', touchpoint: 'a', scale: 'thumbs', value: 1, count: 2 },
      ],
      comments: [],
      dropped: 3,
    });
    expect(f.touchpoints.map((t) => t.touchpoint)).toEqual(['a', 'b']);
    const b = f.touchpoints[1];
    expect(b).toMatchObject({ shown: 9, answered: 4, dismissed: 2, commented: 1 });
    expect(b.scales).toHaveLength(1);
    expect(b.scales[0].distribution).toEqual([1, 2, 3, 4, 5].map((value) => ({ value, count: { 1: 1, 4: 2, 5: 1 }[value] ?? 0 })));
    expect(b.scales[0].score.value).toBe(75);
    expect(b.scales[0].days.map((d) => [d.day, d.answers, d.score.value])).toEqual([['2026-11-20', 2, 50], ['2026-11-21', 2, 100]]);
    expect(f.touchpoints[0].scales[0]).toMatchObject({ scale: 'thumbs', answers: 2, score: { value: 100 } });
    expect(f.dropped).toBe(3);
  });
});
