import type { PresentOptions } from '../core/present.cjs';
import { mount } from './mount.cjs';
export { mount };
export { deliver } from '../sinks/deliver.cjs';
/** Makes the visitor id on its first prompt. */
export { uuid } from '../core/uuid.cjs';
/** The trigger kinds that start late, in a chunk of their own: a page whose touchpoints use none never loads them. */
export declare const lateTriggers: () => Promise<{
    selector: import("../triggers/trigger.cjs").Trigger<string>;
    request: import("../triggers/trigger.cjs").Trigger<import("../index.cjs").RequestMatch>;
    scrollPercent: import("../triggers/trigger.cjs").Trigger<number>;
    idleMs: import("../triggers/trigger.cjs").Trigger<number>;
}>;
export { checkConfig } from '../core/checkConfig.cjs';
export { withPacing } from '../core/pacing.cjs';
/** Shows one moment with this chunk's prompt. */
export declare const present: (o: PresentOptions) => ((reason?: 'preempted') => void) | undefined;
