// Entry of the lazily loaded prompt chunk (dist/moments-ui.js): what the eager part may call, nothing else.
// Everything after the decision to ask rides here: the prompt, its events, redaction, and delivery (the HTTP sink
// with its persisted queue), since no event exists before this chunk loads.
import type { PresentOptions } from '../core/present';
import { present as presentWith } from '../core/present';
import { redactDeep, redactText } from '../core/redact';
import { mount } from './mount';

export { mount, redactDeep, redactText };
export { deliver } from '../sinks/deliver';
export { lateTriggers } from '../triggers/late';
export { resolveConfig } from '../core/config';
/** Shows one moment with this chunk's prompt. */
export const present = (o: PresentOptions) => presentWith({ mount, redactText, redactDeep }, o);
