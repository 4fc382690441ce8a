import type { PresentOptions } from '../core/present';
import { redactDeep, redactText } from '../core/redact';
import { mount } from './mount';
export { mount, redactDeep, redactText };
export { deliver } from '../sinks/deliver';
/** The trigger kinds that start late, in a chunk of their own: a page whose touchpoints use none never loads them. */
export declare const lateTriggers: () => Promise<{
    selector: import("../triggers/trigger").Trigger<string>;
    request: import("../triggers/trigger").Trigger<import("..").RequestMatch>;
    scrollPercent: import("../triggers/trigger").Trigger<number>;
    idleMs: import("../triggers/trigger").Trigger<number>;
}>;
export { resolveConfig } from '../core/config';
/** Shows one moment with this chunk's prompt. */
export declare const present: (o: PresentOptions) => (() => void) | undefined;
