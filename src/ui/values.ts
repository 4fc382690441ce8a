import type { Scale } from '../core/types';

/**
 * The values a scale offers, lowest first: thumbs 0/1, nps 0–10, the others 1–5.
 * @example values('thumbs') // [0, 1]
 */
export function values(scale: Scale): number[] {
  const n = scale == 'thumbs' ? 2 : scale == 'nps' ? 11 : 5;
  const from = scale == 'thumbs' || scale == 'nps' ? 0 : 1;
  return Array.from({ length: n }, (_, i) => i + from);
}
