import type { Trigger } from './trigger';
import { listen, noop } from './listen';

/**
 * Fires when the pointer leaves through the top of the viewport (towards tabs and address bar). Does nothing with
 * `false` or on touch devices, which have no such gesture.
 * @example
 * const stop = exitIntentTrigger(true, () => show());
 */
export const exitIntentTrigger: Trigger<boolean> = (on, fire) =>
  on && !matchMedia('(hover:none)').matches
    ? listen(window, 'mouseout', (e: MouseEvent) => !e.relatedTarget && e.clientY <= 0 && fire())
    : noop;
