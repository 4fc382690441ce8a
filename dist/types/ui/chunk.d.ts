import type { PresentOptions } from '../core/present';
import { redactDeep, redactText } from '../core/redact';
import { mount } from './mount';
export { mount, redactDeep, redactText };
export { deliver } from '../sinks/deliver';
export { lateTriggers } from '../triggers/late';
export { resolveConfig } from '../core/config';
/** Shows one moment with this chunk's prompt. */
export declare const present: (o: PresentOptions) => (() => void) | undefined;
