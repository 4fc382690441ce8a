import type { Scale } from '../../core/types';

/**
 * Sorts a rating into a "moment of misery" (-1), neutral (0) or a "moment of magic" (1).
 * Lines follow the scores: thumbs down/up; 1–2 and 4–5 on the 5-point scales (CSAT counts 4–5 as
 * satisfied); NPS detractors 0–6 and promoters 9–10.
 */
export function moodOf(scale: Scale, value: number): -1 | 0 | 1 {
  switch (scale) {
    case 'thumbs':
      return value >= 1 ? 1 : -1;
    case 'nps':
      return value <= 6 ? -1 : value >= 9 ? 1 : 0;
    default:
      return value <= 2 ? -1 : value >= 4 ? 1 : 0;
  }
}
