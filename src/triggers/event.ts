import type { Trigger } from './trigger';
import { listen } from './listen';

/**
 * Fires when a DOM event named `name` is dispatched on `window` or `document` (or any element: the window's capture
 * phase sees them all). A plain-object `detail` becomes the context; any other detail is passed as `{ detail }`.
 * @example
 * const stop = eventTrigger('checkout:failed', (context) => show(context));
 * document.dispatchEvent(new CustomEvent('checkout:failed', { detail: { code: 'card_declined' } }));
 */
export const eventTrigger: Trigger<string> = (name, fire) =>
  listen(window, name, (e: CustomEvent) => {
    const detail = e.detail;
    fire(detail?.constructor == Object ? detail : detail == null ? undefined : { detail });
  });
