/**
 * The first instant of the day after `day` (`YYYY-MM-DD`), as an ISO string: the range's open end.
 * After 9999-12-31 it is the last four-digit-year instant, since `+010000-01-01…` would sort before
 * every stored time.
 */
export declare function dayAfter(day: string): string;
