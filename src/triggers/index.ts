import { clickTrigger } from './click';
import { delayTrigger } from './delay';
import { eventTrigger } from './event';
import { exitIntentTrigger } from './exitIntent';
import { idleTrigger } from './idle';
import { requestTrigger } from './request';
import { scrollTrigger } from './scroll';
import { selectorTrigger } from './selector';
import { submitTrigger } from './submit';

/**
 * The trigger kinds by their `when` key (`path` and `url` are gates the engine re-checks on navigation instead).
 * @example
 * const stop = triggers.selector('.payment-error', () => show());
 */
export const triggers = {
  selector: selectorTrigger,
  click: clickTrigger,
  submit: submitTrigger,
  event: eventTrigger,
  request: requestTrigger,
  delayMs: delayTrigger,
  scrollPercent: scrollTrigger,
  exitIntent: exitIntentTrigger,
  idleMs: idleTrigger,
};

export { pathMatches } from './path';
export { urlMatches } from './url';
export { onNavigate } from './navigation';
export { observeMutations } from './observe';
export { requestSupported } from './request';
