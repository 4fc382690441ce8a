/** The last instant an ISO string can name with a four-digit year. */
const LAST_INSTANT = '9999-12-31T23:59:59.999Z';

/**
 * The first instant of the day after `day` (`YYYY-MM-DD`), as an ISO string: the range's open end.
 * After 9999-12-31 it is the last four-digit-year instant, since `+010000-01-01…` would sort before
 * every stored time.
 */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCFullYear() > 9999 ? LAST_INSTANT : d.toISOString();
}
