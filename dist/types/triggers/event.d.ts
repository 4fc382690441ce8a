import type { Trigger } from './trigger.js';
/**
 * Fires when a DOM event named `name` is dispatched on `window` or `document` (or any element: the window's capture
 * phase sees them all). A plain-object `detail` becomes the context; any other detail is passed as `{ detail }`.
 * @example
 * const stop = eventTrigger('checkout:failed', (context) => show(context));
 * document.dispatchEvent(new CustomEvent('checkout:failed', { detail: { code: 'card_declined' } }));
 */
export declare const eventTrigger: Trigger<string>;
