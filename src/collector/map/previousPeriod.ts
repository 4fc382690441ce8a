const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayText = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The period of the same length just before an inclusive day range: the map's "change" compares
 * against it.
 * @example
 * previousPeriod({ from: '2026-11-08', to: '2026-11-14' }) // { from: '2026-11-01', to: '2026-11-07' }
 */
export function previousPeriod(range: { from: string; to: string }): { from: string; to: string } {
  const from = dayNumber(range.from);
  const length = dayNumber(range.to) - from + 1;
  return { from: dayText(from - length), to: dayText(from - 1) };
}

/**
 * Every day of an inclusive range, in order (at most `limit`).
 * @example
 * daysBetween('2026-11-29', '2026-12-01') // ['2026-11-29', '2026-11-30', '2026-12-01']
 */
export function daysBetween(from: string, to: string, limit = 3660): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end && out.length < limit; n++) out.push(dayText(n));
  return out;
}
