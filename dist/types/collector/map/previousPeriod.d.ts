/**
 * The period of the same length just before an inclusive day range: the map's "change" compares
 * against it.
 * @example
 * previousPeriod({ from: '2026-11-08', to: '2026-11-14' }) // { from: '2026-11-01', to: '2026-11-07' }
 */
export declare function previousPeriod(range: {
    from: string;
    to: string;
}): {
    from: string;
    to: string;
};
/**
 * Every day of an inclusive range, in order (at most `limit`).
 * @example
 * daysBetween('2026-11-29', '2026-12-01') // ['2026-11-29', '2026-11-30', '2026-12-01']
 */
export declare function daysBetween(from: string, to: string, limit?: number): string[];
