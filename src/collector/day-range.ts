/** The first instant of the day after `day` (`YYYY-MM-DD`), as an ISO string: the range's open end. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}
