import { dayAfter } from '../store/dayAfter';

/** What `GET /export` streams: events whose `time` falls in the inclusive UTC day range. */
export interface ExportQuery {
  /** First day, `YYYY-MM-DD` (UTC), inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD` (UTC), inclusive. */
  to: string;
  /** Only this touchpoint's events. */
  touchpoint?: string;
}

/** A range query of the read API, or the problem with it (a 400). */
export type ParsedRange<T> = { ok: true; query: T } | { ok: false; error: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) => DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/**
 * Reads `from` and `to` (required, `YYYY-MM-DD`, inclusive UTC days). Unlike the dashboard's form,
 * the API refuses what it cannot read instead of guessing: a script should learn of its typo.
 * @example
 * parseDayRange(new URLSearchParams('from=2026-11-01&to=2026-11-30')) // { ok: true, query: { from, to } }
 */
export function parseDayRange(params: URLSearchParams): ParsedRange<{ from: string; to: string }> {
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to) return { ok: false, error: 'from and to are required (YYYY-MM-DD, inclusive UTC days)' };
  if (!isDay(from)) return { ok: false, error: `from must be a day as YYYY-MM-DD, not ${from}` };
  if (!isDay(to)) return { ok: false, error: `to must be a day as YYYY-MM-DD, not ${to}` };
  if (from > to) return { ok: false, error: `from (${from}) is after to (${to})` };
  return { ok: true, query: { from, to } };
}

/** The export's format: CSV (RFC 4180) or one JSON event per line. */
export type ExportFormat = 'csv' | 'ndjson';

/** Reads `GET /export`'s query: the day range, `format` (default csv) and an optional `touchpoint`. */
export function parseExportQuery(params: URLSearchParams): ParsedRange<ExportQuery & { format: ExportFormat }> {
  const range = parseDayRange(params);
  if (!range.ok) return range;
  const format = params.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'ndjson') return { ok: false, error: `format must be csv or ndjson, not ${format}` };
  const touchpoint = params.get('touchpoint');
  return { ok: true, query: { ...range.query, format, ...(touchpoint !== null ? { touchpoint } : {}) } };
}

/** The query's time bounds as ISO strings: `[start, end)`. */
export function timeBounds(q: { from: string; to: string }): [string, string] {
  return [`${q.from}T00:00:00.000Z`, dayAfter(q.to)];
}
