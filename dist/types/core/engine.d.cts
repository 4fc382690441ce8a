import type { Config, EventType, MomentEvent } from './types.cjs';
import type { UIModule } from '../ui/contract.cjs';
import type { Reason } from './eligibility.cjs';
import type { Problem } from './config.cjs';
/** The lazily loaded explain chunk (for the site's own team, not every visitor). */
export interface ExplainModule {
    describe(reason: Reason): string;
    /** Each touchpoint's status in words, from its reason. */
    statuses(reasons: Record<string, Reason>): TouchpointStatus[];
    /** Words a config problem as it is printed. */
    problem(p: Problem): string;
    debug(api: MomentsAPI): () => void;
}
/** How the eager part reaches the lazily loaded chunks (by URL for the drop-in, by bundler import for ESM). */
export interface Loaders {
    /** The prompt chunk, which also holds events and delivery. */
    ui: () => Promise<UIModule>;
    explain: () => Promise<ExplainModule>;
    /** Told each config's `assetsUrl` (the drop-in loads its chunks from there; bundlers resolve their own). */
    assets?: (url: unknown) => void;
}
/** Where a touchpoint stands on this page, for `Moments.explain()`. */
export interface TouchpointStatus {
    /** The touchpoint's id. */
    id: string;
    /** `waiting` (armed or waiting for consent), `shown`, or `ruled out` for this page. */
    state: 'waiting' | 'shown' | 'ruled out';
    /** Why, in words: "waiting for selector \".payment-error\"", "sampled out (sample 0.1)", … */
    why: string;
    /** The same as a code and its data, e.g. `['cooldown', shownAt, until]`. */
    reason: Reason;
}
type Listener = (event: MomentEvent) => void;
/** The public API of one Moments instance. */
export interface MomentsAPI {
    /** Starts Moments with a config (replacing any earlier one). */
    init(config: Config): void;
    /**
     * Shows a touchpoint's prompt now, whatever its `when` says (frequency rules, consent and sampling still apply;
     * when they keep it back, one `console.warn` says why); `context` is attached to its events.
     */
    show(id: string, context?: Record<string, unknown>): void;
    /** Shows a touchpoint's prompt ignoring sampling, frequency and consent; its events carry `preview: true`. */
    preview(id: string): void;
    /** Listens to events of one type, or `*` for all; returns the unsubscribe function. */
    on(type: EventType | '*', listener: Listener): () => void;
    /** Gives or withdraws the visitor's consent (kept in first-party storage). */
    consent(granted: boolean): void;
    /** Where each touchpoint stands on this page and why (loads the small explain chunk). */
    explain(): Promise<TouchpointStatus[]>;
    /** Removes every listener, observer, timer and element Moments added. */
    destroy(): void;
}
/**
 * Creates the Moments API around the given chunk loaders. Nothing touches the page until `init`.
 * @example const Moments = createMoments({ ui: () => import('../ui/chunk.cjs'), explain: () => import('../explain/debug.cjs') });
 */
export declare function createMoments(loaders: Loaders): MomentsAPI;
export {};
