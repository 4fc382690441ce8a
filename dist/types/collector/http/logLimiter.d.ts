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
export declare function createLogLimiter(log: (line: string) => void, intervalMs?: number, now?: () => number): LimitedLog;
