/**
 * The trigger kinds the eager drop-in starts as soon as a touchpoint is armed: they wait for something that
 * happens once and cannot be looked up later (a click, a submit, a dispatched event, the pointer leaving) or
 * count from the arming (a delay).
 * @example
 * const stop = earlyTriggers.click('#cancel', () => show());
 */
export declare const earlyTriggers: {
    click: import("./trigger").Trigger<string>;
    submit: import("./trigger").Trigger<string>;
    event: import("./trigger").Trigger<string>;
    delayMs: import("./trigger").Trigger<number>;
    exitIntent: import("./trigger").Trigger<boolean>;
};
