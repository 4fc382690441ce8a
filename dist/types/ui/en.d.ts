import type { Text } from '../core/types.js';
/**
 * The built-in English strings; bundled inside moments-ui.js (other locales load on demand).
 * @example const text: Text = { ...en, submit: 'Go' };
 */
export declare const en: Text;
