/**
 * Whether a locale tag is written right to left (Arabic, Hebrew, Persian, Urdu), so the prompt mirrors.
 * @example isRtl('ar-EG') // true
 */
export declare const isRtl: (tag: string) => boolean;
