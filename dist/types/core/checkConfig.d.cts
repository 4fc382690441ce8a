import type { Touchpoint } from './types.cjs';
import type { Reason } from './eligibility.cjs';
import { type ResolvedConfig } from './config.cjs';
/**
 * Validates the config given to `init` once the prompt chunk is here (the drop-in checks nothing itself) and settles
 * the touchpoints the drop-in armed unchecked: one left out is stopped by `drop` and forgotten by `explain()` unless
 * a valid touchpoint has its id; an invalid one is marked `invalid` there, with its first problem.
 * @example config = checkConfig(raw, config.touchpoints, status, drop);
 */
export declare function checkConfig(raw: unknown, armed: Touchpoint[], status: Record<string, Reason>, drop: (tp: Touchpoint) => void): ResolvedConfig;
