import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scrollTrigger } from '../../src/triggers/scroll';
import { trackListeners } from './track';

const root = document.documentElement;
const scrollYOwn = Object.getOwnPropertyDescriptor(window, 'scrollY');
const page = (scrollHeight: number, clientHeight = 1000) => {
  Object.defineProperty(root, 'scrollHeight', { value: scrollHeight, configurable: true });
  Object.defineProperty(root, 'clientHeight', { value: clientHeight, configurable: true });
};
const scrollTo = (y: number) => {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete (root as { scrollHeight?: number }).scrollHeight;
  delete (root as { clientHeight?: number }).clientHeight;
  if (scrollYOwn) Object.defineProperty(window, 'scrollY', scrollYOwn);
  else delete (window as { scrollY?: number }).scrollY;
});

describe('scrollTrigger', () => {
  it('fires once the visitor scrolled the share of the scrollable height', () => {
    page(5000); // 4000 px to scroll
    const fire = vi.fn();
    const stop = scrollTrigger(50, fire);
    vi.runAllTimers();
    scrollTo(1900);
    expect(fire).not.toHaveBeenCalled();
    scrollTo(2000);
    expect(fire).toHaveBeenCalled();
    stop();
  });

  it('counts a fractional position at the very bottom as 100%', () => {
    page(5000);
    const fire = vi.fn();
    const stop = scrollTrigger(100, fire);
    scrollTo(3999.5);
    expect(fire).toHaveBeenCalled();
    stop();
  });

  it('counts a page too short to scroll as 100%, checked on a later task once loaded', () => {
    page(800);
    const fire = vi.fn();
    const stop = scrollTrigger(100, fire);
    expect(fire).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('waits for load before judging a page that is still loading', () => {
    vi.spyOn(Document.prototype, 'readyState', 'get').mockReturnValue('interactive');
    page(800);
    const fire = vi.fn();
    const stop = scrollTrigger(100, fire);
    vi.runAllTimers();
    expect(fire).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(fire).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stop removes its listeners and timer', () => {
    page(5000);
    const tracked = trackListeners();
    const fire = vi.fn();
    const stop = scrollTrigger(10, fire);
    expect(tracked.added().sort()).toEqual(['load', 'resize', 'scroll']);
    stop();
    expect(tracked.live()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    scrollTo(4000);
    expect(fire).not.toHaveBeenCalled();
  });
});
