import type { Redact } from './types.js';
/**
 * Removes what looks like personal data from a text: card numbers (13–19 digits passing Luhn, spaces or
 * dashes allowed) → `[card]`, e-mail addresses → `[email]`, phone numbers → `[phone]` (off by default).
 * @example redactText('card 4242 4242 4242 4242', {}) // → 'card [card]'
 */
export declare function redactText(text: string, options: Redact & {
    custom?: (t: string) => string;
}): string;
/** Applies `redactText` to every string inside a JSON value. */
export declare function redactDeep<T>(value: T, options: Redact & {
    custom?: (t: string) => string;
}): T;
