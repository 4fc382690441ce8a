import type { DashboardQuery } from './store';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string | null): s is string => !!s && DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/**
 * Reads `from`, `to` (UTC days, inclusive) and `mood` from the dashboard's GET form. Defaults to
 * the 30 days up to today; swaps a reversed range; names anything it had to ignore in `note`.
 */
export function parseDashboardQuery(params: URLSearchParams, now = new Date()): { query: DashboardQuery; note?: string } {
  const today = now.toISOString().slice(0, 10);
  const monthAgo = new Date(now.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
  const notes: string[] = [];
  let from = params.get('from');
  let to = params.get('to');
  if (from && !isDay(from)) notes.push(`ignored from=${from} (use YYYY-MM-DD)`);
  if (to && !isDay(to)) notes.push(`ignored to=${to} (use YYYY-MM-DD)`);
  from = isDay(from) ? from : monthAgo;
  to = isDay(to) ? to : today;
  if (from > to) [from, to] = [to, from];
  const m = params.get('mood');
  const mood = m === 'misery' || m === 'magic' ? m : undefined;
  return { query: { from, to, mood }, note: notes.length ? notes.join('; ') : undefined };
}
