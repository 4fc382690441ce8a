import { parseDashboardQuery } from '../dashboard/parseDashboardQuery';
import type { MapOrder } from './mapFigures';

/** What the map page shows: a day range, an order, and the misery comments' filters. */
export interface MapQuery {
  from: string;
  to: string;
  order: MapOrder;
  /** Misery comments of this touchpoint only. */
  touchpoint?: string;
  /** Misery comments whose context has `key` = `value` (both set, or neither applies). */
  key?: string;
  value?: string;
}

/**
 * Reads the map page's GET form like the dashboard's (lenient: defaults to the last 30 days, names
 * what it ignored in `note`), plus `order`, `touchpoint`, `key` and `value`. Empty fields mean "all".
 * @example
 * parseMapQuery(new URLSearchParams('order=worst&key=code&value=card_declined')).query.order // 'worst'
 */
export function parseMapQuery(params: URLSearchParams, now = new Date()): { query: MapQuery; note?: string } {
  const { query, note } = parseDashboardQuery(params, now);
  const notes = note ? [note] : [];
  const order = params.get('order');
  if (order && order !== 'journey' && order !== 'worst') notes.push(`ignored order=${order} (use journey or worst)`);
  const text = (name: string) => {
    const v = params.get(name);
    return v === null || v === '' ? undefined : v.slice(0, 200);
  };
  const key = text('key');
  const value = params.get('value') ?? undefined;
  if (key !== undefined && value === undefined) notes.push(`ignored key=${key} without a value`);
  return {
    query: {
      from: query.from,
      to: query.to,
      order: order === 'worst' ? 'worst' : 'journey',
      ...(text('touchpoint') !== undefined ? { touchpoint: text('touchpoint') } : {}),
      ...(key !== undefined && value !== undefined ? { key, value: value.slice(0, 200) } : {}),
    },
    note: notes.length ? notes.join('; ') : undefined,
  };
}
