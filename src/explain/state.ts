import type { Reason } from '../core/eligibility';
import type { TouchpointStatus } from '../core/engine';
import { describe } from './describe';

/**
 * The state a status reason puts its touchpoint in (the eager part keeps only the reason).
 * @example state(['consent']) // → 'waiting'
 */
export const state = ([code]: Reason): TouchpointStatus['state'] =>
  code == 'shown' ? 'shown' : /^(manual|path|when|consent|waiting)$/.test(code) ? 'waiting' : 'ruled out';

/**
 * Every touchpoint's status for `Moments.explain()`, from the reasons the engine keeps by id.
 * @example statuses({ checkout: ['manual'] }) // → [{ id: 'checkout', state: 'waiting', why: 'waiting for Moments.show()', reason: ['manual'] }]
 */
export const statuses = (reasons: Record<string, Reason>): TouchpointStatus[] =>
  Object.entries(reasons).map(([id, reason]) => ({ id, state: state(reason), why: describe(reason), reason }));
