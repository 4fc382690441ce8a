import type { Redact } from './types';

/** Passes the Luhn check (card numbers do; most order ids and dates don't). */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[digits.length - 1 - i];
    if (i % 2 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 == 0;
}

/**
 * Removes what looks like personal data from a text: card numbers (13–19 digits passing Luhn, spaces or
 * dashes allowed) → `[card]`, e-mail addresses → `[email]`, phone numbers → `[phone]` (off by default).
 * @example redactText('card 4242 4242 4242 4242', {}) // → 'card [card]'
 */
export function redactText(text: string, options: Redact & { custom?: (t: string) => string }): string {
  if (options.card !== false)
    text = text.replace(/\b\d(?:[ -]?\d){12,18}\b/g, (m) => (luhn(m.replace(/\D/g, '')) ? '[card]' : m));
  if (options.email !== false) text = text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]');
  if (options.phone) text = text.replace(/(?:\+|\b00)?\d[\d ().-]{7,}\d\b/g, (m) =>
      m.replace(/\D/g, '').length < 8 || /^\d{4}-\d\d-\d\d$|^\d\d?[./-]\d\d?[./-]\d{2,4}$/.test(m) ? m : '[phone]', // dates stay
    );
  return options.custom ? options.custom(text) : text;
}

/** Applies `redactText` to every string inside a JSON value. */
export function redactDeep<T>(value: T, options: Redact & { custom?: (t: string) => string }): T {
  if (typeof value == 'string') return redactText(value, options) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, options)) as T;
  if (value && typeof value == 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) out[k] = redactDeep((value as Record<string, unknown>)[k], options);
    return out as T;
  }
  return value;
}
