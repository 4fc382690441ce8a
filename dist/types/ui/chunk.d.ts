import type { PresentOptions } from '../core/present.js';
import { mount } from './mount.js';
export { mount };
export { deliver } from '../sinks/deliver.js';
/** Makes the visitor id on its first prompt. */
export { uuid } from '../core/uuid.js';
/** The trigger kinds that start late, in a chunk of their own: a page whose touchpoints use none never loads them. */
export declare const lateTriggers: () => Promise<{
    selector: import("../triggers/trigger.js").Trigger<string>;
    request: import("../triggers/trigger.js").Trigger<import("../index.js").RequestMatch>;
    scrollPercent: import("../triggers/trigger.js").Trigger<number>;
    idleMs: import("../triggers/trigger.js").Trigger<number>;
}>;
export { checkConfig } from '../core/checkConfig.js';
export { withPacing } from '../core/pacing.js';
/** Shows one moment with this chunk's prompt. */
export declare const present: (o: PresentOptions) => ((reason?: 'preempted') => void) | undefined;
