import type { Touchpoint } from './types.js';
import type { ResolvedConfig } from './config.js';
import type { History, Reason, Rules } from './eligibility.js';
/** Whether a touchpoint may show now, and the record of what the visitor did, for the frequency rules. */
export interface Eligibility extends Rules {
    /**
     * The visitor id, made by `make` and stored on first use (the first `crypto.randomUUID` of a page costs
     * milliseconds; the prompt chunk brings the maker, so the drop-in carries none).
     */
    visitor(make: () => string): string;
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
}
/**
 * Adds to the visitor's own rules (checked by the drop-in) what only matters once a touchpoint fires, so it comes
 * with the prompt chunk: the session cap, the gap between prompts, recording what happened, and the visitor id.
 * @example const elig = withPacing(createEligibility(config, local, session), config);
 */
export declare function withPacing(rules: Rules, config: ResolvedConfig): Eligibility;
