import { scaleRange, type Scale } from '../shared/scales';

/**
 * The values a scale offers, lowest first: thumbs 0/1, nps 0–10, the others 1–5 (the range the collector accepts).
 * @example values('thumbs') // [0, 1]
 */
export function values(scale: Scale): number[] {
  const [from, to] = scaleRange(scale);
  return Array.from({ length: to - from + 1 }, (_, i) => i + from);
}
