import { clickTrigger } from './click';
import { delayTrigger } from './delay';
import { eventTrigger } from './event';
import { exitIntentTrigger } from './exitIntent';
import { submitTrigger } from './submit';

/**
 * The trigger kinds the eager drop-in starts as soon as a touchpoint is armed: they wait for something that
 * happens once and cannot be looked up later (a click, a submit, a dispatched event, the pointer leaving) or
 * count from the arming (a delay).
 * @example
 * const stop = earlyTriggers.click('#cancel', () => show());
 */
export const earlyTriggers = {
  click: clickTrigger,
  submit: submitTrigger,
  event: eventTrigger,
  delayMs: delayTrigger,
  exitIntent: exitIntentTrigger,
};
