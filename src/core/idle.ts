import { timer } from '../triggers/listen';

/**
 * Runs `fn` once the browser is idle (on the next task where `requestIdleCallback` is missing), so work that can
 * wait stays off the page's start-up; returns the cancel.
 * @example const cancel = idle(() => console.log('idle'));
 */
export function idle(fn: () => void): () => void {
  if ('requestIdleCallback' in self) {
    const t = requestIdleCallback(fn);
    return () => cancelIdleCallback(t);
  }
  return timer(fn);
}
