/** Logs one line per cause; see {@link createLogLimiter}. */
export type LimitedLog = (cause: string, line: string) => void;

/**
 * Wraps a logger so each cause (e.g. `client-aborted`) logs at most one line per `intervalMs`;
 * the next line it logs says how many were left out meanwhile. A flood of aborted uploads then
 * costs a few lines, not a stack trace each.
 * @example
 * const warn = createLogLimiter(console.error);
 * warn('client-aborted', 'moments-collector: a client closed the connection mid-upload');
 */
export function createLogLimiter(log: (line: string) => void, intervalMs = 60_000, now: () => number = Date.now): LimitedLog {
  const causes = new Map<string, { until: number; skipped: number }>();
  return (cause, line) => {
    const t = now();
    const seen = causes.get(cause);
    if (seen && t < seen.until) {
      seen.skipped++;
      return;
    }
    const more = seen?.skipped ? ` (${seen.skipped} more like it since the last line)` : '';
    // Forget causes that went quiet, so the map stays as small as the set of live causes.
    if (causes.size > 1000) for (const [k, v] of causes) if (v.until <= t) causes.delete(k);
    causes.set(cause, { until: t + intervalMs, skipped: 0 });
    log(line + more);
  };
}
