/**
 * The trigger kinds the eager drop-in starts as soon as a touchpoint is armed: they wait for something that
 * happens once and cannot be looked up later (a click, a submit, a dispatched event, the pointer leaving) or
 * count from the arming (a delay).
 * @example
 * const stop = earlyTriggers.click('#cancel', () => show());
 */
export declare const earlyTriggers: {
    click: import("./trigger.js").Trigger<string>;
    submit: import("./trigger.js").Trigger<string>;
    event: import("./trigger.js").Trigger<string>;
    delayMs: import("./trigger.js").Trigger<number>;
    exitIntent: import("./trigger.js").Trigger<boolean>;
};
