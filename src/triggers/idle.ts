import type { Trigger } from './trigger';
import { all, listen } from './listen';

/**
 * Fires after `ms` milliseconds without input (pointer, keys, scroll, touch); each input starts the wait again
 * (one timer, re-armed). After firing it waits for input and a new idle spell.
 * @example
 * const stop = idleTrigger(30000, () => show());
 */
export const idleTrigger: Trigger<number> = (ms, fire) => {
  let t: ReturnType<typeof setTimeout>;
  const wait = () => {
    clearTimeout(t);
    t = setTimeout(fire, ms);
  };
  wait();
  return all(listen(window, 'pointerdown pointermove keydown scroll touchstart', wait), () => clearTimeout(t));
};
