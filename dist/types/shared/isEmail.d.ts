/** Longest e-mail address (RFC 5321's path limit), in characters. */
export declare const MAX_EMAIL = 254;
/**
 * True for an address one can write to, at most {@link MAX_EMAIL} characters.
 * @example isEmail('ana@example.com') // true
 * @example isEmail('ana@example') // false
 */
export declare const isEmail: (text: string) => boolean;
