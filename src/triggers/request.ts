import type { RequestMatch } from '../core/types';
import type { Trigger } from './trigger';
import { pathMatches } from './path';

/**
 * Whether this browser reports response status codes in resource timing (Chromium 109+; not Safari or Firefox),
 * which the `request` trigger needs. Elsewhere use the `event` trigger or `Moments.show`.
 * @example
 * if (!requestSupported()) console.info('request trigger inactive here');
 */
export function requestSupported(): boolean {
  return typeof PerformanceResourceTiming != 'undefined' && 'responseStatus' in PerformanceResourceTiming.prototype;
}

/**
 * Fires on a finished request whose URL matches the glob `url` (on the path, or on the full URL when the glob has a
 * scheme) and whose status meets `status` (default `>=400`). Reads resource timing — no fetch/XHR patching — including
 * requests from before it started (`buffered`). Context: `{ url, status }` (the URL without query or fragment).
 * Never fires where the browser gives no `responseStatus`.
 * @example
 * const stop = requestTrigger({ url: '/api/checkout*', status: '>=400' }, (context) => show(context));
 */
export const requestTrigger: Trigger<RequestMatch> = ({ url, status = '>=400' }, fire) => {
  // `>=400`, `>500`, `<=299`, `<300`, `=404`, `404`; other forms never match (config validation reports them).
  const [, op, n] = /^([<>=]*)(\d+)$/.exec(status) || [];
  let observer: PerformanceObserver | undefined;
  try {
    (observer = new PerformanceObserver((list) => {
      for (const { name, responseStatus: s } of list.getEntries() as PerformanceResourceTiming[]) {
        const u = new URL(name);
        s != null &&
          n &&
          pathMatches(url, /^\w+:/.test(url) ? u.href : u.pathname) &&
          (op || '=').includes(s < +n ? '<' : s > +n ? '>' : '=') &&
          fire({ url: u.origin + u.pathname, status: s });
      }
    })).observe({ type: 'resource', buffered: true });
  } catch {
    /* no resource timing in this browser: nothing to watch */
  }
  return () => observer?.disconnect();
};
