import { earlyTriggers } from './early.js';
import { lateTriggers } from './late.js';
/**
 * Every trigger kind by its `when` key (`path` and `url` are gates the engine re-checks on navigation instead):
 * the early ones start with the drop-in, the late ones once the prompt chunk is here.
 * @example
 * const stop = triggers.selector('.payment-error', () => show());
 */
export declare const triggers: {
    selector: import("./trigger.js").Trigger<string>;
    request: import("./trigger.js").Trigger<import("../index.js").RequestMatch>;
    scrollPercent: import("./trigger.js").Trigger<number>;
    idleMs: import("./trigger.js").Trigger<number>;
    click: import("./trigger.js").Trigger<string>;
    submit: import("./trigger.js").Trigger<string>;
    event: import("./trigger.js").Trigger<string>;
    delayMs: import("./trigger.js").Trigger<number>;
    exitIntent: import("./trigger.js").Trigger<boolean>;
};
export { earlyTriggers, lateTriggers };
export { pathMatches } from './path.js';
export { urlMatches } from './url.js';
export { onNavigate } from './navigation.js';
export { observeMutations } from './observe.js';
export { requestSupported } from './request.js';
