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
export type ParsedRange<T> = {
    ok: true;
    query: T;
} | {
    ok: false;
    error: string;
};
/**
 * Reads `from` and `to` (required, `YYYY-MM-DD`, inclusive UTC days). Unlike the dashboard's form,
 * the API refuses what it cannot read instead of guessing: a script should learn of its typo.
 * @example
 * parseDayRange(new URLSearchParams('from=2026-11-01&to=2026-11-30')) // { ok: true, query: { from, to } }
 */
export declare function parseDayRange(params: URLSearchParams): ParsedRange<{
    from: string;
    to: string;
}>;
/** The export's format: CSV (RFC 4180) or one JSON event per line. */
export type ExportFormat = 'csv' | 'ndjson';
/** Reads `GET /export`'s query: the day range, `format` (default csv) and an optional `touchpoint`. */
export declare function parseExportQuery(params: URLSearchParams): ParsedRange<ExportQuery & {
    format: ExportFormat;
}>;
/** The query's time bounds as ISO strings: `[start, end)`. */
export declare function timeBounds(q: {
    from: string;
    to: string;
}): [string, string];
