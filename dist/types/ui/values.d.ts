import { type Scale } from '../shared/scales.js';
/**
 * The values a scale offers, lowest first: thumbs 0/1, nps 0–10, the others 1–5 (the range the collector accepts).
 * @example values('thumbs') // [0, 1]
 */
export declare function values(scale: Scale): number[];
