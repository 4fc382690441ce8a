import type { Trigger } from './trigger';
import { all, timer } from './listen';
import { observeMutations } from './observe';
import { doc } from '../core/doc';

// Rendered at all (not `display: none` up the tree); without checkVisibility, the layout boxes tell.
const shown = (el: Element) => el.checkVisibility?.() ?? el.getClientRects().length > 0;

/**
 * Fires when an element matching `selector` is in the document and visible: already there at start, added later,
 * or shown later (a `class`, `style` or `hidden` change on it or an ancestor). Shares the page's one MutationObserver.
 * @example
 * const stop = selectorTrigger('.payment-error', () => show());
 */
export const selectorTrigger: Trigger<string> = (selector, fire) => {
  // One document-wide query per observer callback, however many nodes it brings: in Chromium that is far
  // cheaper than a scoped query per added element (`el.querySelector('form .sent')` walks the whole document).
  const check = () => {
    try {
      [...doc('querySelectorAll').call(document, selector)].some(shown) && fire();
    } catch {
      /* an invalid selector never matches; config validation reports it */
    }
  };
  return all(observeMutations(check), timer(check));
};
