/**
 * Calls `listener` once per batch of DOM changes: nodes added anywhere, or a `class`, `style` or `hidden` change
 * (something may have become visible). One MutationObserver serves the whole page: created on the first subscriber,
 * disconnected on the last. It does no work per mutation; subscribers run one query per batch instead, which
 * in Chromium is far cheaper than a scoped query per added element. Returns the unsubscribe.
 * (A function subscribed twice is one subscription.)
 * @example
 * const off = observeMutations(() => document.querySelector('.payment-error') && off());
 */
export declare function observeMutations(listener: () => void): () => void;
