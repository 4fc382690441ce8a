import { earlyTriggers } from './early';
import { lateTriggers } from './late';
/**
 * Every trigger kind by its `when` key (`path` and `url` are gates the engine re-checks on navigation instead):
 * the early ones start with the drop-in, the late ones once the prompt chunk is here.
 * @example
 * const stop = triggers.selector('.payment-error', () => show());
 */
export declare const triggers: {
    selector: import("./trigger").Trigger<string>;
    request: import("./trigger").Trigger<import("..").RequestMatch>;
    scrollPercent: import("./trigger").Trigger<number>;
    idleMs: import("./trigger").Trigger<number>;
    click: import("./trigger").Trigger<string>;
    submit: import("./trigger").Trigger<string>;
    event: import("./trigger").Trigger<string>;
    delayMs: import("./trigger").Trigger<number>;
    exitIntent: import("./trigger").Trigger<boolean>;
};
export { earlyTriggers, lateTriggers };
export { pathMatches } from './path';
export { urlMatches } from './url';
export { onNavigate } from './navigation';
export { observeMutations } from './observe';
export { requestSupported } from './request';
