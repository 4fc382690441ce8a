import type { Reason } from '../core/eligibility.js';
import type { TouchpointStatus } from '../core/engine.js';
/**
 * The state a status reason puts its touchpoint in (the eager part keeps only the reason).
 * @example state(['consent']) // → 'waiting'
 */
export declare const state: ([code]: Reason) => TouchpointStatus['state'];
/**
 * Every touchpoint's status for `Moments.explain()`, from the reasons the engine keeps by id.
 * @example statuses({ checkout: ['manual'] }) // → [{ id: 'checkout', state: 'waiting', why: 'waiting for Moments.show()', reason: ['manual'] }]
 */
export declare const statuses: (reasons: Record<string, Reason>) => TouchpointStatus[];
