import type { Trigger } from './trigger.js';
/**
 * Fires after a form matching `selector` (or inside a matching element) is submitted; delegated on the document.
 * @example
 * const stop = submitTrigger('form.contact', () => show());
 */
export declare const submitTrigger: Trigger<string>;
