import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventTrigger } from '../../src/triggers/event';
import { trackListeners } from './track';

afterEach(() => vi.restoreAllMocks());

describe('eventTrigger', () => {
  it('fires for the named CustomEvent on window and on document, with a plain-object detail as context', () => {
    const fire = vi.fn();
    const stop = eventTrigger('checkout:failed', fire);
    window.dispatchEvent(new CustomEvent('checkout:failed', { detail: { code: 'card_declined' } }));
    document.dispatchEvent(new CustomEvent('checkout:failed', { detail: { code: 'expired' } }));
    expect(fire.mock.calls).toEqual([[{ code: 'card_declined' }], [{ code: 'expired' }]]);
    stop();
  });

  it('fires once for a bubbling event on document (not once per target)', () => {
    const fire = vi.fn();
    const stop = eventTrigger('checkout:failed', fire);
    document.dispatchEvent(new CustomEvent('checkout:failed', { bubbles: true }));
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('wraps any other detail as { detail } and gives no context without one', () => {
    const fire = vi.fn();
    const stop = eventTrigger('x', fire);
    window.dispatchEvent(new CustomEvent('x', { detail: 'declined' }));
    window.dispatchEvent(new CustomEvent('x', { detail: [1, 2] }));
    window.dispatchEvent(new CustomEvent('x', { detail: 0 }));
    window.dispatchEvent(new CustomEvent('x'));
    window.dispatchEvent(new Event('x'));
    expect(fire.mock.calls).toEqual([[{ detail: 'declined' }], [{ detail: [1, 2] }], [{ detail: 0 }], [undefined], [undefined]]);
    stop();
  });

  it('ignores other event names', () => {
    const fire = vi.fn();
    const stop = eventTrigger('checkout:failed', fire);
    window.dispatchEvent(new CustomEvent('checkout:done'));
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('stop removes its listener', () => {
    const tracked = trackListeners();
    const fire = vi.fn();
    const stop = eventTrigger('checkout:failed', fire);
    expect(tracked.added()).toEqual(['checkout:failed']);
    stop();
    expect(tracked.live()).toEqual([]);
    document.dispatchEvent(new CustomEvent('checkout:failed'));
    expect(fire).not.toHaveBeenCalled();
  });
});
