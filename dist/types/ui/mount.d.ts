import type { Mount } from './contract.js';
/**
 * Renders the prompt into an open shadow root on `host`; resolves once the locale's strings are loaded.
 * Returns an unmount function that removes everything it added (the caller removes `host`).
 * @example
 * const unmount = mount(host, { touchpoint, locale: 'en', theme: 'light', placement: 'bottom-right',
 *   onShown() {}, onAnswer(v) {}, onComment(c) {}, onContact(e) {}, onDismiss() {}, onClose: () => unmount() });
 */
export declare const mount: Mount;
