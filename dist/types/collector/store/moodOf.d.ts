import type { Scale } from '../../core/types.js';
/**
 * Sorts a rating into a "moment of misery" (-1), neutral (0) or a "moment of magic" (1).
 * Lines follow the scores: thumbs down/up; 1–2 and 4–5 on the 5-point scales (CSAT counts 4–5 as
 * satisfied); NPS detractors 0–6 and promoters 9–10.
 */
export declare function moodOf(scale: Scale, value: number): -1 | 0 | 1;
