// Entry of the lazily loaded prompt chunk (dist/moments-ui.js): what the eager part may call, nothing else.
// Everything after the decision to ask rides here: the prompt, its events, redaction, and delivery (the HTTP sink
// with its persisted queue), since no event exists before this chunk loads; the late trigger kinds load from here.
import type { PresentOptions } from '../core/present';
import { present as presentWith } from '../core/present';
import { redactDeep, redactText } from '../core/redact';
import { mount } from './mount';
import { report } from '../core/report';

// mount for the UI's own test fixture; the redaction functions are the prompt's, through `present`.
export { mount };
export { deliver } from '../sinks/deliver';
/** Makes the visitor id on its first prompt. */
export { uuid } from '../core/uuid';
/** The trigger kinds that start late, in a chunk of their own: a page whose touchpoints use none never loads them. */
export const lateTriggers = () =>
  import('../triggers/late').then(
    (m) => m.lateTriggers,
    (e) => {
      report(`could not load the triggers chunk: ${e?.message ?? e}`);
      throw e;
    },
  );
export { checkConfig } from '../core/checkConfig';
export { withPacing } from '../core/pacing';
/** Shows one moment with this chunk's prompt. */
export const present = (o: PresentOptions) => presentWith({ mount, redactText, redactDeep }, o);
