import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickTrigger } from '../../src/triggers/click';
import { trackListeners } from './track';

afterEach(() => vi.restoreAllMocks());

describe('clickTrigger', () => {
  it('fires for clicks on a matching element added later, or inside one', () => {
    const fire = vi.fn();
    const stop = clickTrigger('.cancel', fire);
    const button = document.createElement('button');
    button.className = 'cancel';
    const icon = document.createElement('span');
    button.append(icon);
    document.body.append(button);
    icon.click();
    button.click();
    expect(fire).toHaveBeenCalledTimes(2);
    stop();
  });

  it('does not fire for other clicks', () => {
    const fire = vi.fn();
    const stop = clickTrigger('.cancel', fire);
    const other = document.createElement('button');
    document.body.append(other);
    other.click();
    document.body.click();
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('still sees a click the page stops from propagating', () => {
    const fire = vi.fn();
    const stop = clickTrigger('.cancel', fire);
    const button = document.createElement('button');
    button.className = 'cancel';
    button.addEventListener('click', (e) => e.stopPropagation());
    document.body.append(button);
    button.click();
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('never throws into the page for an invalid selector', () => {
    const fire = vi.fn();
    const stop = clickTrigger('button[', fire);
    const button = document.createElement('button');
    document.body.append(button);
    expect(() => button.click()).not.toThrow();
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('stop removes its listener', () => {
    const tracked = trackListeners();
    const fire = vi.fn();
    const stop = clickTrigger('button', fire);
    expect(tracked.added()).toEqual(['click']);
    stop();
    expect(tracked.live()).toEqual([]);
    const button = document.createElement('button');
    document.body.append(button);
    button.click();
    expect(fire).not.toHaveBeenCalled();
  });
});
