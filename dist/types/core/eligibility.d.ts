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
export interface History {
    shown?: number;
    answered?: number;
    dismissed?: number;
}
/** Persisted per visitor (localStorage). */
export interface VisitorState {
    /** Random visitor id: never derived from the device; made when the first event needs it. */
    v?: string;
    /** Per touchpoint, the visitor's sampling roll in [0, 1): kept, so a reload does not re-roll. */
    r: Record<string, number>;
    h: Record<string, History>;
    /** Time of the last prompt shown to this visitor (any touchpoint). */
    last?: number;
    /** Consent given (true) or refused (false) through Moments.consent. */
    c?: boolean;
}
/** Per tab session (sessionStorage): prompts shown, touchpoints answered or dismissed. */
export interface SessionState {
    n: number;
    done: Record<string, 1>;
}
/** The visitor's own rules, which the drop-in checks before the prompt chunk loads (see `withPacing` for the rest). */
export interface Rules {
    /** Why `tp` may not be shown to this visitor, or undefined when it may (the session cap and the gap aside). */
    check(tp: Touchpoint, now?: number): Reason | undefined;
    /** Stores the visitor's consent decision. */
    consent(granted: boolean): void;
    /** The visitor's state as stored (read each time: another tab may have changed it), with its defaults. */
    state(): VisitorState;
    /** The tab session's state as stored, with its defaults. */
    session(): SessionState;
    /** Stores the visitor's state, and the session's when given. */
    save(state: VisitorState, session?: SessionState): void;
}
/**
 * Decides whether this visitor may be asked: Do-Not-Track, consent, sample, once and cooldowns. The session cap
 * and the gap between prompts, which only matter once a touchpoint fires, come with the prompt chunk (`withPacing`).
 * @example const rules = createEligibility(config, createStorage('localStorage'), createStorage('sessionStorage'));
 */
export declare function createEligibility(config: ResolvedConfig, local: Storage, session: Storage): Rules;
