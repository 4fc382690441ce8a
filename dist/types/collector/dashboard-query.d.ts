import type { DashboardQuery } from './store';
/**
 * Reads `from`, `to` (UTC days, inclusive) and `mood` from the dashboard's GET form. Defaults to
 * the 30 days up to today; swaps a reversed range; names anything it had to ignore in `note`.
 */
export declare function parseDashboardQuery(params: URLSearchParams, now?: Date): {
    query: DashboardQuery;
    note?: string;
};
