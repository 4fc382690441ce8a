import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorage } from '../../src/core/storage';

afterEach(() => vi.restoreAllMocks());

describe('createStorage', () => {
  it('reads what another tab wrote or removed, not a stale copy of its own', () => {
    const s = createStorage('localStorage');
    s.set('k', { a: 1 });
    expect(s.get('k')).toEqual({ a: 1 });
    localStorage.setItem('k', '{"a":2}'); // another tab
    expect(s.get('k')).toEqual({ a: 2 });
    localStorage.removeItem('k');
    expect(s.get('k')).toBeUndefined();
  });

  it('keeps the newest value in memory when a write fails (quota), and goes back to storage once writes work', () => {
    const s = createStorage('localStorage');
    s.set('k', 1);
    const quota = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    s.set('k', 2);
    expect(s.get('k')).toBe(2);
    quota.mockRestore();
    s.set('k', 3);
    localStorage.setItem('k', '4');
    expect(s.get('k')).toBe(4);
  });

  it('works from memory alone when storage is disabled, and never throws', () => {
    vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const s = createStorage('localStorage');
    expect(s.get('k')).toBeUndefined();
    s.set('k', { v: 1 });
    expect(s.get('k')).toEqual({ v: 1 });
    s.set('k', null);
    expect(s.get('k')).toBeUndefined();
  });

  it('ignores values that are not JSON', () => {
    localStorage.setItem('bad', '{');
    expect(createStorage('localStorage').get('bad')).toBeUndefined();
  });
});
