import type { MomentEvent, Touchpoint } from './types.cjs';
import type { ResolvedConfig } from './config.cjs';
import type { Mount, RedactOptions } from '../ui/contract.cjs';
/** What the eager engine hands the prompt chunk to show one touchpoint (plain data and callbacks). */
export interface PresentOptions {
    touchpoint: Touchpoint;
    config: ResolvedConfig;
    /** Context given to `Moments.show`, merged over the config's. */
    context?: Record<string, unknown>;
    /** Events carry `preview: true`. */
    preview?: boolean;
    visitor: string;
    /** Every event of this moment: the engine tells the page's listeners and the sinks. */
    emit(event: MomentEvent): void;
    /** shown, answered and dismissed: the engine counts them for the frequency rules (not in preview). */
    record(what: 'shown' | 'answered' | 'dismissed'): void;
    /** The prompt is done and may be removed. */
    onClose(): void;
}
/** The parts of the prompt chunk that `present` drives (the engine tests pass their own). */
export interface Presenter {
    mount: Mount;
    redactText(text: string, options: RedactOptions): string;
    redactDeep<T>(value: T, options: RedactOptions): T;
}
/**
 * Shows one moment: puts the prompt's host element in the page, builds its events (one moment id, the context
 * cleaned and redacted, comments redacted; the contact step's e-mail is not, since the visitor typed it into that
 * field to be contacted) and hands them to `emit`. Returns the function that removes it all
 * (given `preempted`, a prompt already shown first records a `moment.dismissed` with that reason, for the sinks
 * only: the frequency rules do not count it), or undefined when an inline touchpoint's container is not on the page.
 * @example const close = present(ui, { touchpoint, config, visitor, emit, record, onClose });
 */
export declare function present(ui: Presenter, o: PresentOptions): ((reason?: 'preempted') => void) | undefined;
