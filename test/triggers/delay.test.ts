import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { delayTrigger } from '../../src/triggers/delay';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('delayTrigger', () => {
  it('fires once after the delay, not before', () => {
    const fire = vi.fn();
    delayTrigger(5000, fire);
    vi.advanceTimersByTime(4999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('stop clears its timer', () => {
    const fire = vi.fn();
    const stop = delayTrigger(5000, fire);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(fire).not.toHaveBeenCalled();
  });
});
