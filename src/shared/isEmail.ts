// The one e-mail check the contact step (before sending) and the collector's batch schema (`format: email`) share,
// so the widget never sends an address the collector refuses.

/** Longest e-mail address (RFC 5321's path limit), in characters. */
export const MAX_EMAIL = 254;

// The HTML standard's valid e-mail address (what `<input type="email">` accepts), with a dot required in the
// domain: a visitor who typed `name@gmail` meant more, and support could not write to it.
const EMAIL = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;

/**
 * True for an address one can write to, at most {@link MAX_EMAIL} characters.
 * @example isEmail('ana@example.com') // true
 * @example isEmail('ana@example') // false
 */
export const isEmail = (text: string): boolean => text.length <= MAX_EMAIL && EMAIL.test(text);
