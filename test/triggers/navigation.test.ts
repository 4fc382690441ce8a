import { afterEach, describe, expect, it, vi } from 'vitest';
import { onNavigate } from '../../src/triggers/navigation';
import { flush, trackListeners } from './track';

const { pushState, replaceState } = history;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('onNavigate', () => {
  it('calls listeners after pushState and replaceState changed the URL', async () => {
    const seen: string[] = [];
    const off = onNavigate(() => seen.push(location.pathname));
    history.pushState({}, '', '/checkout');
    history.replaceState({}, '', '/checkout/pay');
    await flush();
    expect(seen).toEqual(['/checkout/pay', '/checkout/pay']);
    off();
  });

  it('calls listeners on popstate and hashchange', async () => {
    const listener = vi.fn();
    const off = onNavigate(listener);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await flush();
    expect(listener).toHaveBeenCalledTimes(2);
    off();
  });

  it('wraps history once for many listeners and restores the originals after the last one leaves', async () => {
    const tracked = trackListeners([window]);
    const a = vi.fn();
    const b = vi.fn();
    const offA = onNavigate(a);
    const wrapped = history.pushState;
    const offB = onNavigate(b);
    expect(history.pushState).toBe(wrapped);
    expect(wrapped).not.toBe(pushState);
    offA();
    history.pushState(null, '', '/one');
    await flush();
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
    offB();
    expect(history.pushState).toBe(pushState);
    expect(history.replaceState).toBe(replaceState);
    expect(tracked.live()).toEqual([]);
    expect(tracked.added().sort()).toEqual(['hashchange', 'popstate']);
    history.pushState(null, '', '/two');
    await flush();
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('keeps the page’s pushState behaviour: its return value and its own exceptions', () => {
    const off = onNavigate(() => {});
    try {
      expect(history.pushState(null, '', '/fine')).toBeUndefined();
      // The browser's own SecurityError for a cross-origin URL still reaches the caller, as without us.
      expect(() => history.pushState(null, '', 'https://elsewhere.test/')).toThrow();
      expect(location.pathname).toBe('/fine');
    } finally {
      off();
    }
  });

  it('runs each listener in its own microtask, so one that throws stops neither pushState nor the others', () => {
    const tasks: Array<() => void> = [];
    vi.stubGlobal('queueMicrotask', (fn: () => void) => tasks.push(fn));
    const good = vi.fn();
    const offBad = onNavigate(() => {
      throw new Error('listener bug');
    });
    const offGood = onNavigate(good);
    expect(() => history.pushState(null, '', '/x')).not.toThrow();
    expect(tasks).toHaveLength(2);
    expect(() => tasks[0]()).toThrow('listener bug');
    tasks[1]();
    expect(good).toHaveBeenCalledTimes(1);
    offBad();
    offGood();
  });
  // Last: our wrapper stays inside the page's one, which later tests could not undo.
  it('leaves a pass-through when the page wrapped pushState after us, and does not wrap twice', async () => {
    const off = onNavigate(() => {});
    const ours = history.pushState;
    const pageCalls: string[] = [];
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pageCalls.push(String(args[2]));
      return ours.apply(this, args);
    };
    const theirs = history.pushState;
    off();
    expect(history.pushState).toBe(theirs);
    history.pushState(null, '', '/still-works');
    expect(location.pathname).toBe('/still-works');
    expect(pageCalls).toEqual(['/still-works']);

    const listener = vi.fn();
    const off2 = onNavigate(listener);
    expect(history.pushState).toBe(theirs);
    history.pushState(null, '', '/again');
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);
    off2();
  });

});
