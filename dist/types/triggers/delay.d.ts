import type { Trigger } from './trigger.js';
/**
 * Fires `ms` milliseconds after it starts (the engine starts it when the page, or the matching path, is reached).
 * @example
 * const stop = delayTrigger(5000, () => show());
 */
export declare const delayTrigger: Trigger<number>;
