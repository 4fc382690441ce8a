import type { Trigger } from './trigger';
import { delegate } from './listen';

/**
 * Fires after a form matching `selector` (or inside a matching element) is submitted; delegated on the document.
 * @example
 * const stop = submitTrigger('form.contact', () => show());
 */
export const submitTrigger: Trigger<string> = delegate('submit');
