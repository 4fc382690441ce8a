import { describe, expect, it } from 'vitest';
import { redactDeep, redactText } from '../../src/core/redact';

describe('redactText', () => {
  it.each([
    ['My card 4242 4242 4242 4242 was declined', 'My card [card] was declined'],
    ['card 4000-0566-5566-5556 fails', 'card [card] fails'],
    ['amex 378282246310005!', 'amex [card]!'],
    ['write to ada.lovelace+shop@example.co.uk please', 'write to [email] please'],
  ])('removes personal data by default: %s', (input, output) => {
    expect(redactText(input, {})).toBe(output);
  });

  it.each([
    'Order A-1042 on 2026-12-02 for €42.00',
    'Tracking 1234 5678 9012 3456', // 16 digits failing Luhn
    'Invoice 20261202001',
    'Call +44 20 7946 0958 tomorrow',
  ])('leaves other numbers alone: %s', (input) => {
    expect(redactText(input, {})).toBe(input);
  });

  it('removes phone numbers only when asked, leaving dates and order ids', () => {
    expect(redactText('Call +44 20 7946 0958 or 030 1234567, order A-1042 on 2026-12-02', { phone: true })).toBe(
      'Call [phone] or [phone], order A-1042 on 2026-12-02',
    );
  });

  it('can switch kinds off and run a custom hook last', () => {
    expect(redactText('4242424242424242 ada@example.com', { card: false, email: false })).toBe('4242424242424242 ada@example.com');
    expect(redactText('secret ada@example.com', { custom: (t) => t.replace('secret', '[redacted]') })).toBe('[redacted] [email]');
  });

  it('redacts every string inside a context object', () => {
    expect(redactDeep({ note: 'ada@example.com', list: ['4242424242424242'], n: 4242 }, {})).toEqual({ note: '[email]', list: ['[card]'], n: 4242 });
  });
});

describe('redactDeep own keys (#19)', () => {
  it('walks own keys only: a polluted Object.prototype adds nothing to the context', () => {
    (Object.prototype as Record<string, unknown>).foo = 'mail me at a@b.example';
    try {
      expect(Object.keys(redactDeep({ note: 'a@b.example', list: [{ x: 1 }] }, {}))).toEqual(['note', 'list']);
      expect(redactDeep({ note: 'a@b.example' }, {})).toEqual({ note: '[email]' });
    } finally {
      delete (Object.prototype as Record<string, unknown>).foo;
    }
  });
});
