import type { Problem } from '../core/config.js';
/**
 * Words one problem of a touchpoint (or of the top level) without saying where.
 * @example problemText('scale', 'ethumbs|nps') // → 'scale must be one of thumbs, nps'
 */
export declare function problemText(field: string | number, code: string): string;
/**
 * Words a config problem recorded by `resolveConfig`, naming the touchpoint (or sink) and field, as the drop-in prints it.
 * @example problem(['checkout', 'scale', 'ethumbs|nps']) // → 'touchpoint "checkout": scale must be one of thumbs, nps'
 */
export declare function problem([where, field, code]: Problem): string;
