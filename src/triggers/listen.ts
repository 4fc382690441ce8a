/** Options every trigger listens with: capture (sees events the page stops), passive (never blocks scrolling). */
const opts: AddEventListenerOptions = { capture: true, passive: true };

/**
 * Adds a capturing, passive listener for each space-separated event type and returns the function removing them.
 * @example
 * const off = listen(window, 'scroll resize', check); // … later: off();
 */
export function listen(target: EventTarget, types: string, fn: (e: any) => void): () => void {
  const each = (how: 'addEventListener' | 'removeEventListener') => types.split(' ').map((type) => target[how](type, fn, opts));
  each('addEventListener');
  return () => void each('removeEventListener');
}

/** Runs `fn` after `ms` (default: on the next task, so nothing fires before its caller holds `stop`); returns the cancel. */
export function timer(fn: () => void, ms?: number): () => void {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
}

/** A stop that has nothing to stop. */
export const noop = () => {};

/** Combines stop functions into one. */
export const all =
  (...stops: Array<() => void>) =>
  () =>
    stops.map((stop) => stop());

/**
 * A trigger firing when an event of `type` reaches the page from an element matching the selector (or inside one).
 * Heard on the window's capture phase: `document.addEventListener` can be an element (`<form name="addEventListener">`).
 */
export const delegate =
  (type: string) =>
  (selector: string, fire: () => void): (() => void) =>
    listen(window, type, (e: Event) => {
      try {
        (e.target as Element).closest?.(selector) && fire();
      } catch {
        /* an invalid selector never matches; config validation reports it */
      }
    });
