import { describe, expect, it } from 'vitest';
import { urlMatches } from '../../src/triggers/url';

describe('urlMatches', () => {
  it('tests the regular expression source against the href', () => {
    expect(urlMatches('[?&]plan=pro\\b', 'https://shop.test/pricing?x=1&plan=pro')).toBe(true);
    expect(urlMatches('[?&]plan=pro\\b', 'https://shop.test/pricing?plan=professional')).toBe(false);
    expect(urlMatches('^https://shop\\.test/checkout', 'https://shop.test/checkout/pay')).toBe(true);
  });

  it('is false for an invalid source instead of throwing', () => {
    expect(urlMatches('(unclosed', 'https://shop.test/(unclosed')).toBe(false);
  });
});
