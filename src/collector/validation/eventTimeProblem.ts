/** How far back and ahead of the server's clock an event's `time` may be. */
export interface TimeWindow {
  /** Oldest accepted event, in days before now (queued offline events arrive late). Default 400. */
  maxAgeDays: number;
  /** Newest accepted event, in minutes after now (clock skew of the visitor's device). Default 10. */
  maxSkewMinutes: number;
}

export const DEFAULT_TIME_WINDOW: TimeWindow = { maxAgeDays: 400, maxSkewMinutes: 10 };

const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/i;

/**
 * Checks one schema-valid `date-time` string: a real calendar date and clock time (no February 31,
 * no hour 24, offsets within ±23:59) inside `window` around `now`. Returns the problem in words.
 * @example
 * eventTimeProblem('2026-02-31T00:00:00Z', Date.now()); // 'is not a real date or time (2026-02-31T00:00:00Z)'
 */
export function eventTimeProblem(time: string, now: number, window: TimeWindow = DEFAULT_TIME_WINDOW): string | undefined {
  const m = PARTS.exec(time);
  if (!m) return `is not an ISO 8601 time (${time})`;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[7] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || !offsetOk) {
    return `is not a real date or time (${time})`;
  }
  const at = Date.parse(time);
  if (at > now + window.maxSkewMinutes * 60_000) return `is more than ${window.maxSkewMinutes} minutes ahead of the collector's clock (${time})`;
  if (at < now - window.maxAgeDays * 86_400_000) return `is more than ${window.maxAgeDays} days old (${time})`;
  return undefined;
}
