import type { DashboardQuery } from '../store/store';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string | null): s is string => !!s && DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/** Most days one dashboard view covers: a longer range is cut to the year before its end. */
export const MAX_VIEW_DAYS = 366;
/** Touchpoints per dashboard page; more are reached with `page=2`, `page=3`, … */
export const TOUCHPOINTS_PER_PAGE = 50;
/** Highest page number accepted (the offset stays small for the database). */
const MAX_PAGE = 1000;

/**
 * Reads `from`, `to` (UTC days, inclusive), `mood` and `page` from the dashboard's GET form.
 * Defaults to the 30 days up to today; swaps a reversed range; ends it tomorrow at the latest (no
 * event is accepted from further ahead) and starts it at most {@link MAX_VIEW_DAYS} days before its
 * end, so one view's cost is bounded. Names anything it had to ignore or clamp in `note`.
 */
export function parseDashboardQuery(params: URLSearchParams, now = new Date()): { query: DashboardQuery; note?: string } {
  const today = dayOf(now.getTime());
  const tomorrow = dayOf(now.getTime() + DAY_MS);
  const monthAgo = dayOf(now.getTime() - 29 * DAY_MS);
  const notes: string[] = [];
  let from = params.get('from');
  let to = params.get('to');
  if (from && !isDay(from)) notes.push(`ignored from=${from} (use YYYY-MM-DD)`);
  if (to && !isDay(to)) notes.push(`ignored to=${to} (use YYYY-MM-DD)`);
  from = isDay(from) ? from : monthAgo;
  to = isDay(to) ? to : today;
  if (from > to) [from, to] = [to, from];
  if (to > tomorrow) {
    notes.push(`the range ends ${tomorrow} at the latest (no later events are accepted)`);
    to = tomorrow;
    if (from > to) from = to;
  }
  const earliest = dayOf(Date.parse(`${to}T00:00:00Z`) - (MAX_VIEW_DAYS - 1) * DAY_MS);
  if (from < earliest) {
    notes.push(`one view covers at most ${MAX_VIEW_DAYS} days; showing ${earliest} to ${to}`);
    from = earliest;
  }
  const m = params.get('mood');
  const mood = m === 'misery' || m === 'magic' ? m : undefined;
  const pageText = params.get('page');
  const page = pageText && /^[1-9]\d{0,3}$/.test(pageText) ? Math.min(Number(pageText), MAX_PAGE) : 1;
  if (pageText && pageText !== String(page)) notes.push(`ignored page=${pageText} (use 1 to ${MAX_PAGE})`);
  const query: DashboardQuery = { from, to, mood, touchpointLimit: TOUCHPOINTS_PER_PAGE, touchpointOffset: (page - 1) * TOUCHPOINTS_PER_PAGE };
  return { query, note: notes.length ? notes.join('; ') : undefined };
}
