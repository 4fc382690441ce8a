import type { Trigger } from './trigger';
import { timer } from './listen';

/**
 * Fires `ms` milliseconds after it starts (the engine starts it when the page, or the matching path, is reached).
 * @example
 * const stop = delayTrigger(5000, () => show());
 */
export const delayTrigger: Trigger<number> = (ms, fire) => timer(fire, ms);
