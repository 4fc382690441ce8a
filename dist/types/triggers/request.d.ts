import type { RequestMatch } from '../core/types.js';
import type { Trigger } from './trigger.js';
/**
 * Whether this browser reports response status codes in resource timing (Chromium 109+; not Safari or Firefox),
 * which the `request` trigger needs. Elsewhere use the `event` trigger or `Moments.show`.
 * @example
 * if (!requestSupported()) console.info('request trigger inactive here');
 */
export declare function requestSupported(): boolean;
/**
 * Fires on a finished request whose URL matches the glob `url` (on the path, or on the full URL when the glob has a
 * scheme) and whose status meets `status` (default `>=400`). Reads resource timing — no fetch/XHR patching — including
 * requests from before it started (`buffered`). Context: `{ url, status }` (the URL without query or fragment).
 * Never fires where the browser gives no `responseStatus`.
 * @example
 * const stop = requestTrigger({ url: '/api/checkout*', status: '>=400' }, (context) => show(context));
 */
export declare const requestTrigger: Trigger<RequestMatch>;
