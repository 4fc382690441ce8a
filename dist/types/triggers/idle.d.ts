import type { Trigger } from './trigger.js';
/**
 * Fires after `ms` milliseconds without input (pointer, keys, scroll, touch); each input starts the wait again
 * (one timer, re-armed). After firing it waits for input and a new idle spell.
 * @example
 * const stop = idleTrigger(30000, () => show());
 */
export declare const idleTrigger: Trigger<number>;
