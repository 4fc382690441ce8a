import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleTrigger } from '../../src/triggers/idle';
import { trackListeners } from './track';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const input = (type = 'pointermove') => document.body.dispatchEvent(new Event(type, { bubbles: true }));

describe('idleTrigger', () => {
  it('fires after the time without input', () => {
    const fire = vi.fn();
    const stop = idleTrigger(30_000, fire);
    vi.advanceTimersByTime(29_999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it.each(['pointerdown', 'pointermove', 'keydown', 'scroll', 'touchstart'])('%s starts the wait again', (type) => {
    const fire = vi.fn();
    const stop = idleTrigger(1000, fire);
    vi.advanceTimersByTime(900);
    input(type);
    vi.advanceTimersByTime(900);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('keeps one timer however much input arrives', () => {
    const stop = idleTrigger(1000, () => {});
    for (let i = 0; i < 100; i++) input();
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });

  it('after firing, waits for input and a new idle spell before firing again', () => {
    const fire = vi.fn();
    const stop = idleTrigger(1000, fire);
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(5000);
    expect(fire).toHaveBeenCalledTimes(1);
    input('keydown');
    vi.advanceTimersByTime(1000);
    expect(fire).toHaveBeenCalledTimes(2);
    stop();
  });

  it('listens passively and stop removes listeners and its timer', () => {
    const tracked = trackListeners();
    const add = vi.mocked(window.addEventListener);
    const fire = vi.fn();
    const stop = idleTrigger(1000, fire);
    expect(add.mock.calls.every(([, , o]) => (o as AddEventListenerOptions).passive)).toBe(true);
    stop();
    expect(tracked.live()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(fire).not.toHaveBeenCalled();
  });
});
