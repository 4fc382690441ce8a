import type { Touchpoint } from './types';
import type { Reason } from './eligibility';
import { resolveConfig, type ResolvedConfig } from './config';

/**
 * Validates the config given to `init` once the prompt chunk is here (the drop-in checks nothing itself) and settles
 * the touchpoints the drop-in armed unchecked: one left out is stopped by `drop` and forgotten by `explain()` unless
 * a valid touchpoint has its id; an invalid one is marked `invalid` there, with its first problem.
 * @example config = checkConfig(raw, config.touchpoints, status, drop);
 */
export function checkConfig(raw: unknown, armed: Touchpoint[], status: Record<string, Reason>, drop: (tp: Touchpoint) => void): ResolvedConfig {
  const config = resolveConfig(raw);
  for (const tp of armed)
    if (!config.touchpoints.includes(tp)) {
      drop(tp);
      if (!config.touchpoints.some((t) => t.id == tp.id)) delete status[tp.id];
    }
  for (const id in config.invalid) status[id] = ['invalid', ...config.invalid[id]];
  return config;
}
