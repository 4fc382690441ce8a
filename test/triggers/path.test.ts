import { describe, expect, it } from 'vitest';
import { pathMatches } from '../../src/triggers/path';

describe('pathMatches', () => {
  it('matches a trailing * on any rest, including slashes and nothing', () => {
    expect(pathMatches('/checkout*', '/checkout')).toBe(true);
    expect(pathMatches('/checkout*', '/checkout/pay')).toBe(true);
    expect(pathMatches('/checkout*', '/checkouts/x/y')).toBe(true);
    expect(pathMatches('/checkout*', '/cart/checkout')).toBe(false);
  });

  it('matches the whole path, not a part of it', () => {
    expect(pathMatches('/contact', '/contact')).toBe(true);
    expect(pathMatches('/contact', '/contact/us')).toBe(false);
    expect(pathMatches('/contact', '/en/contact')).toBe(false);
  });

  it('supports * in the middle and several of them', () => {
    expect(pathMatches('/shop/*/checkout', '/shop/de/checkout')).toBe(true);
    expect(pathMatches('/shop/*/checkout', '/shop/de/at/checkout')).toBe(true);
    expect(pathMatches('/shop/*/checkout', '/shop/de/cart')).toBe(false);
    expect(pathMatches('*/pay*', '/a/b/pay/now')).toBe(true);
    expect(pathMatches('*', '/anything/at/all')).toBe(true);
  });

  it('treats regular-expression characters literally', () => {
    expect(pathMatches('/a.b', '/a.b')).toBe(true);
    expect(pathMatches('/a.b', '/axb')).toBe(false);
    expect(pathMatches('/(x)+[y]?', '/(x)+[y]?')).toBe(true);
    expect(pathMatches('/(x)+[y]?', '/xx')).toBe(false);
    expect(pathMatches('/^$|{1}\\', '/^$|{1}\\')).toBe(true);
    expect(pathMatches('/café-ü', '/café-ü')).toBe(true);
  });
});
