import type { Touchpoint } from './types.js';
import type { ResolvedConfig } from './config.js';
import type { Storage } from './storage.js';
/**
 * Why a touchpoint may not show, as a code and its data (the lazily loaded explain chunk words it, so the
 * eager drop-in carries no prose): `dnt`, `refused`, `consent`, `sample` [sample], `once` [what, time, scope],
 * `cooldown` [shown, until], `quiet` [dismissed, until], `cap` [max], `gap` [minutes]; and from the engine `busy`,
 * `waiting` and `preempted`, each with the other touchpoint's id.
 */
export type Reason = [code: string, ...data: Array<string | number>];
/** What the visitor did with a touchpoint, as epoch milliseconds. */
interface History {
    shown?: number;
    answered?: number;
    dismissed?: number;
}
export interface Eligibility {
    /** The visitor id (made and stored on first use: the first `crypto.randomUUID` of a page costs milliseconds). */
    readonly visitor: string;
    /**
     * Why `tp` may not show now, or undefined when it may. With `arming`, stops before the session cap and the gap,
     * which may change during the page: the first sessionStorage read of a page costs a few milliseconds.
     * `beside` says how it meets a prompt on screen: one that `wait`s for it (or waited) belongs to the same moment,
     * so the gap does not hold it back; one that `replace`s an unanswered prompt takes its place, which already
     * passed the gap and counted in the session cap.
     */
    check(tp: Touchpoint, now?: number, arming?: boolean, beside?: 'wait' | 'replace'): Reason | undefined;
    /** Records what happened, for frequency rules. */
    record(tp: Touchpoint, what: keyof History, now?: number): void;
    /** Stores the visitor's consent decision. */
    consent(granted: boolean): void;
}
/**
 * Decides whether a fired touchpoint may show now: Do-Not-Track, consent, sample, once, cooldowns,
 * session cap and the gap between prompts.
 * @example const e = createEligibility(config, createStorage('localStorage'), createStorage('sessionStorage'));
 */
export declare function createEligibility(config: ResolvedConfig, local: Storage, session: Storage): Eligibility;
export {};
