import type { Scale } from '../core/types';
/**
 * The values a scale offers, lowest first: thumbs 0/1, nps 0–10, the others 1–5.
 * @example values('thumbs') // [0, 1]
 */
export declare function values(scale: Scale): number[];
