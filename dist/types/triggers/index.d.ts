/**
 * The trigger kinds by their `when` key (`path` and `url` are gates the engine re-checks on navigation instead).
 * @example
 * const stop = triggers.selector('.payment-error', () => show());
 */
export declare const triggers: {
    selector: import("./trigger").Trigger<string>;
    click: import("./trigger").Trigger<string>;
    submit: import("./trigger").Trigger<string>;
    event: import("./trigger").Trigger<string>;
    request: import("./trigger").Trigger<import("..").RequestMatch>;
    delayMs: import("./trigger").Trigger<number>;
    scrollPercent: import("./trigger").Trigger<number>;
    exitIntent: import("./trigger").Trigger<boolean>;
    idleMs: import("./trigger").Trigger<number>;
};
export { pathMatches } from './path';
export { urlMatches } from './url';
export { onNavigate } from './navigation';
export { observeMutations } from './observe';
export { requestSupported } from './request';
