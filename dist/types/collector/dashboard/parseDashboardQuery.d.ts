import type { DashboardQuery } from '../store/store.js';
/** Most days one dashboard view covers: a longer range is cut to the year before its end. */
export declare const MAX_VIEW_DAYS = 366;
/** Touchpoints per dashboard page; more are reached with `page=2`, `page=3`, … */
export declare const TOUCHPOINTS_PER_PAGE = 50;
/**
 * Reads `from`, `to` (UTC days, inclusive), `mood` and `page` from the dashboard's GET form.
 * Defaults to the 30 days up to today; swaps a reversed range; ends it tomorrow at the latest (no
 * event is accepted from further ahead) and starts it at most {@link MAX_VIEW_DAYS} days before its
 * end, so one view's cost is bounded. Names anything it had to ignore or clamp in `note`.
 */
export declare function parseDashboardQuery(params: URLSearchParams, now?: Date): {
    query: DashboardQuery;
    note?: string;
};
