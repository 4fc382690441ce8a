import type { Trigger } from './trigger';
import { all, listen, noop, timer } from './listen';
import { doc } from '../core/doc';

/**
 * Fires once the visitor has scrolled `percent` (0–100) of the page's scrollable height; a page too short to scroll
 * counts as 100% (checked once it has loaded, and on resize). Passive listeners.
 * @example
 * const stop = scrollTrigger(75, () => show());
 */
export const scrollTrigger: Trigger<number> = (percent, fire) => {
  const check = () => {
    const d = doc('documentElement');
    // +1px: a fractional scroll position at the very bottom still counts as the bottom.
    if ((scrollY + 1) * 100 >= (d.scrollHeight - d.clientHeight) * percent) fire();
  };
  return all(listen(window, 'scroll resize load', check), doc('readyState') == 'complete' ? timer(check) : noop);
};
