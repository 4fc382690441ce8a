/**
 * Whether a locale tag is written right to left (Arabic, Hebrew, Persian, Urdu), so the prompt mirrors.
 * @example isRtl('ar-EG') // true
 */
export const isRtl = (tag: string): boolean => /^(ar|he|iw|fa|ur)\b/i.test(tag);
