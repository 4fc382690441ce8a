import type { Trigger } from './trigger.js';
/**
 * Fires once the visitor has scrolled `percent` (0–100) of the page's scrollable height; a page too short to scroll
 * counts as 100% (checked once it has loaded, and on resize). Passive listeners.
 * @example
 * const stop = scrollTrigger(75, () => show());
 */
export declare const scrollTrigger: Trigger<number>;
