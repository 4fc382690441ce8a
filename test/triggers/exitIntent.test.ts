import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitIntentTrigger } from '../../src/triggers/exitIntent';
import { trackListeners } from './track';

afterEach(() => vi.restoreAllMocks());

const leave = (init: MouseEventInit) => document.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, ...init }));
const touchDevice = (hoverNone: boolean) =>
  vi.spyOn(window, 'matchMedia').mockImplementation((q) => ({ matches: hoverNone && q.includes('hover:none'), media: q }) as MediaQueryList);

describe('exitIntentTrigger', () => {
  it('fires when the pointer leaves through the top of the viewport', () => {
    touchDevice(false);
    const fire = vi.fn();
    const stop = exitIntentTrigger(true, fire);
    leave({ clientY: 0, relatedTarget: null });
    leave({ clientY: -5, relatedTarget: null });
    expect(fire).toHaveBeenCalledTimes(2);
    stop();
  });

  it('ignores leaving through the sides or bottom, and moving onto another element', () => {
    touchDevice(false);
    const fire = vi.fn();
    const stop = exitIntentTrigger(true, fire);
    leave({ clientY: 300, relatedTarget: null });
    leave({ clientY: 0, relatedTarget: document.body });
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('does nothing on touch devices or when false', () => {
    const tracked = trackListeners();
    touchDevice(true);
    const fire = vi.fn();
    const stops = [exitIntentTrigger(true, fire)];
    touchDevice(false);
    stops.push(exitIntentTrigger(false, fire));
    leave({ clientY: 0, relatedTarget: null });
    expect(fire).not.toHaveBeenCalled();
    expect(tracked.added()).toEqual([]);
    stops.forEach((s) => s());
  });

  it('stop removes its listener', () => {
    touchDevice(false);
    const tracked = trackListeners();
    const fire = vi.fn();
    const stop = exitIntentTrigger(true, fire);
    expect(tracked.added()).toEqual(['mouseout']);
    stop();
    expect(tracked.live()).toEqual([]);
    leave({ clientY: 0, relatedTarget: null });
    expect(fire).not.toHaveBeenCalled();
  });
});
