import type { Trigger } from './trigger.js';
/**
 * Fires when an element matching `selector` is in the document and visible: already there at start, added later,
 * or shown later (a `class`, `style` or `hidden` change on it or an ancestor). Shares the page's one MutationObserver.
 * @example
 * const stop = selectorTrigger('.payment-error', () => show());
 */
export declare const selectorTrigger: Trigger<string>;
