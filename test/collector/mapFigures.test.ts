import { describe, expect, it } from 'vitest';
import { mapFigures } from '../../src/collector/map/mapFigures';
import { previousPeriod } from '../../src/collector/map/previousPeriod';
import type { RatingCount, TouchpointTotals } from '../../src/collector/store/store';

const totals = (touchpoint: string, shown = 1): TouchpointTotals => ({ touchpoint, shown, answered: 1, dismissed: 0, commented: 0 });
const rating = (touchpoint: string, value: number, count = 1, day = '2026-11-21'): RatingCount => ({ day, touchpoint, scale: 'csat', value, count });
const range = { from: '2026-11-21', to: '2026-11-30' };

describe('mapFigures', () => {
  it('takes the previous period of the same length', () => {
    expect(previousPeriod(range)).toEqual({ from: '2026-11-11', to: '2026-11-20' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('orders stage by stage in journey order, each stage where its first touchpoint was first seen', () => {
    const names = ['home', 'search', 'cart', 'payment', 'faq', 'returns'];
    const current = { totals: names.map((n) => totals(n)), ratings: names.map((n) => rating(n, 5)) };
    const firstSeen = [
      { touchpoint: 'home', firstDay: '2026-10-01', stage: 'browse' },
      { touchpoint: 'payment', firstDay: '2026-10-02', stage: 'checkout' },
      { touchpoint: 'search', firstDay: '2026-10-05', stage: 'browse' },
      { touchpoint: 'faq', firstDay: '2026-10-03', stage: null },
      { touchpoint: 'cart', firstDay: '2026-10-01', stage: 'checkout' },
      { touchpoint: 'returns', firstDay: '2026-10-04', stage: 'after-sales' },
    ];
    const f = mapFigures(range, previousPeriod(range), current, { totals: [], ratings: [] }, firstSeen);
    // browse and checkout both start on 10-01 (by name), then faq alone (10-03), then after-sales.
    expect(f.touchpoints.map((t) => `${t.stage ?? '-'}/${t.touchpoint}`)).toEqual(['browse/home', 'browse/search', 'checkout/cart', 'checkout/payment', '-/faq', 'after-sales/returns']);
  });

  it('puts the worst first by misery share, then by misery count', () => {
    const current = {
      totals: ['a', 'b', 'c'].map((n) => totals(n)),
      ratings: [rating('a', 1, 1), rating('a', 5, 3), rating('b', 1, 2), rating('b', 5, 2), rating('c', 1, 4), rating('c', 5, 4)],
    };
    const f = mapFigures(range, previousPeriod(range), current, { totals: [], ratings: [] }, [], 'worst');
    expect(f.touchpoints.map((t) => [t.touchpoint, t.miseryShare, t.misery])).toEqual([['c', 50, 4], ['b', 50, 2], ['a', 25, 1]]);
  });
});
