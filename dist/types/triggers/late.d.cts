/**
 * The trigger kinds that start late, from a chunk of their own (`moments-triggers.js`) that the prompt chunk loads
 * when a touchpoint using one is armed: each reads state that is still there a moment later, so starting late
 * loses nothing.
 * `selector` looks at the document as it is, `request` reads buffered resource timing, `scrollPercent` the
 * scroll position, and `idleMs` waits for a pause from when it starts.
 * @example
 * const stop = lateTriggers.selector('.payment-error', () => show());
 */
export declare const lateTriggers: {
    selector: import("./trigger.cjs").Trigger<string>;
    request: import("./trigger.cjs").Trigger<import("../index.cjs").RequestMatch>;
    scrollPercent: import("./trigger.cjs").Trigger<number>;
    idleMs: import("./trigger.cjs").Trigger<number>;
};
