import type { MapOrder } from './mapFigures.js';
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
export declare function parseMapQuery(params: URLSearchParams, now?: Date): {
    query: MapQuery;
    note?: string;
};
