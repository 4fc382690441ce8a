import type { Trigger } from './trigger.js';
/**
 * Fires when the pointer leaves through the top of the viewport (towards tabs and address bar). Does nothing with
 * `false` or on touch devices, which have no such gesture.
 * @example
 * const stop = exitIntentTrigger(true, () => show());
 */
export declare const exitIntentTrigger: Trigger<boolean>;
