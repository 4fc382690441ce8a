import { listen } from './listen';

const listeners = new Set<() => void>();
/** [method, original, our wrapper]: kept while our wrappers are in the page's chain. */
let hooks: Array<[m: 'pushState' | 'replaceState', original: History['pushState'], ours: History['pushState']]> | undefined;
let off: () => void;

// One microtask per listener: after the URL changed, and one that throws neither reaches the page nor stops the others.
const notify = () => listeners.forEach(queueMicrotask);

/**
 * Calls `listener` after every SPA navigation (`pushState`, `replaceState`, `popstate`, `hashchange`).
 * One history hook serves the whole page; the last unsubscribe restores the originals, unless the page wrapped them
 * after us (then ours stay as pass-throughs). Returns the unsubscribe. (A function subscribed twice is one subscription.)
 * @example
 * const off = onNavigate(() => console.log(location.pathname));
 */
export function onNavigate(listener: () => void): () => void {
  if (!listeners.size) {
    hooks ||= (['pushState', 'replaceState'] as const).map((m) => {
      const original = history[m];
      return [
        m,
        original,
        (history[m] = function (this: History, ...args) {
          try {
            return original.apply(this, args);
          } finally {
            notify();
          }
        }),
      ];
    });
    off = listen(window, 'popstate hashchange', notify);
  }
  listeners.add(listener);
  return () => {
    if (!listeners.delete(listener) || listeners.size) return;
    off();
    if (hooks!.every(([m, , ours]) => history[m] == ours)) hooks = void hooks!.map(([m, original]) => (history[m] = original));
  };
}
