import type { MomentEvent } from '../../core/types.js';
/**
 * With an allow-list of touchpoint ids (`MOMENTS_TOUCHPOINTS`), names the first event whose id is
 * not on it, so strangers cannot fill the dashboard with made-up touchpoints. `moments.dropped`
 * carries no touchpoint (`''`) and always passes.
 * @example
 * touchpointProblem(events, new Set(['checkout'])); // "events[2].touchpoint 'x' is not one of the collector's touchpoints (MOMENTS_TOUCHPOINTS)"
 */
export declare function touchpointProblem(events: MomentEvent[], allowed: ReadonlySet<string>): string | undefined;
