import type { PresentOptions } from '../core/present.cjs';
import { redactDeep, redactText } from '../core/redact.cjs';
import { mount } from './mount.cjs';
export { mount, redactDeep, redactText };
export { deliver } from '../sinks/deliver.cjs';
/** The trigger kinds that start late, in a chunk of their own: a page whose touchpoints use none never loads them. */
export declare const lateTriggers: () => Promise<{
    selector: import("../triggers/trigger.cjs").Trigger<string>;
    request: import("../triggers/trigger.cjs").Trigger<import("../index.cjs").RequestMatch>;
    scrollPercent: import("../triggers/trigger.cjs").Trigger<number>;
    idleMs: import("../triggers/trigger.cjs").Trigger<number>;
}>;
export { resolveConfig } from '../core/config.cjs';
/** Shows one moment with this chunk's prompt. */
export declare const present: (o: PresentOptions) => ((reason?: 'preempted') => void) | undefined;
