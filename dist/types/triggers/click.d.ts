import type { Trigger } from './trigger.js';
/**
 * Fires after a click on an element matching `selector` (or inside one). Delegated on the document in the capture
 * phase, so elements added later count and a page's `stopPropagation` does not hide the click.
 * @example
 * const stop = clickTrigger('#cancel-subscription', () => show());
 */
export declare const clickTrigger: Trigger<string>;
