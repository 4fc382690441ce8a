import type { MomentEvent } from '../../core/types';

/**
 * With an allow-list of touchpoint ids (`MOMENTS_TOUCHPOINTS`), names the first event whose id is
 * not on it, so strangers cannot fill the dashboard with made-up touchpoints. `moments.dropped`
 * carries no touchpoint (`''`) and always passes.
 * @example
 * touchpointProblem(events, new Set(['checkout'])); // "events[2].touchpoint 'x' is not one of the collector's touchpoints (MOMENTS_TOUCHPOINTS)"
 */
export function touchpointProblem(events: MomentEvent[], allowed: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < events.length; i++) {
    const { touchpoint, type } = events[i];
    if (type === 'moments.dropped' && touchpoint === '') continue;
    if (!allowed.has(touchpoint)) return `events[${i}].touchpoint ${JSON.stringify(touchpoint)} is not one of the collector's touchpoints (MOMENTS_TOUCHPOINTS)`;
  }
  return undefined;
}
