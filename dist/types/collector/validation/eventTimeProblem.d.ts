/** How far back and ahead of the server's clock an event's `time` may be. */
export interface TimeWindow {
    /** Oldest accepted event, in days before now (queued offline events arrive late). Default 400. */
    maxAgeDays: number;
    /** Newest accepted event, in minutes after now (clock skew of the visitor's device). Default 10. */
    maxSkewMinutes: number;
}
export declare const DEFAULT_TIME_WINDOW: TimeWindow;
/**
 * Checks one schema-valid `date-time` string: a real calendar date and clock time (no February 31,
 * no hour 24, offsets within ±23:59) inside `window` around `now`. Returns the problem in words.
 * @example
 * eventTimeProblem('2026-02-31T00:00:00Z', Date.now()); // 'is not a real date or time (2026-02-31T00:00:00Z)'
 */
export declare function eventTimeProblem(time: string, now: number, window?: TimeWindow): string | undefined;
