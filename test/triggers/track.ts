// Test helper: records listeners added to window/document and tells which were never removed.
import { vi } from 'vitest';

type Entry = { target: EventTarget; type: string; fn: unknown; capture: boolean };
const capture = (o: unknown) => (typeof o == 'boolean' ? o : !!(o as AddEventListenerOptions | undefined)?.capture);

export function trackListeners(targets: EventTarget[] = [window, document]) {
  const live: Entry[] = [];
  const added: Entry[] = [];
  for (const target of targets) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, o) => {
      const e = { target, type, fn, capture: capture(o) };
      live.push(e);
      added.push(e);
      add(type, fn, o);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, fn, o) => {
      const i = live.findIndex((e) => e.target == target && e.type == type && e.fn == fn && e.capture == capture(o));
      if (i >= 0) live.splice(i, 1);
      remove(type, fn, o);
    });
  }
  return {
    /** Every listener added since tracking began. */
    added: () => added.map((e) => e.type),
    /** Listeners still attached. */
    live: () => live.map((e) => e.type),
    /** Stops tracking. */
    restore: () => vi.restoreAllMocks(),
  };
}

/** Lets MutationObserver callbacks and microtasks run. */
export const flush = () => new Promise<void>((r) => setTimeout(r, 0));
