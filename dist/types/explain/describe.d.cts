import type { Reason } from '../core/eligibility.cjs';
/**
 * Words a status reason code for people (this chunk loads only for `Moments.explain()` and debug mode).
 * @example describe(['cooldown', shownAt, until]) // → 'shown 3 days ago, in cooldown until 2026-12-09'
 */
export declare function describe([code, a, b, c]: Reason): string;
