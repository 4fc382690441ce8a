import type { HttpSinkOptions, MomentEvent, Sink } from '../core/types';
import { outbox } from '../core/outbox';
import { uuid } from '../core/uuid';
import { report } from '../core/report';
import { doc } from '../core/doc';
import { toJson } from '../core/toJson';

/** keepalive requests and beacons share a 64 KB budget per page; stay below it (the outbox counts UTF-8 bytes). */
const BUDGET = 60000;
/** How long a tab's claim on in-flight events holds before another tab (or the next page) may resend them. */
const LEASE = 30000;
/** Time for a lease written by this tab to reach other tabs' view of localStorage before it is trusted. */
const SETTLE = 60;
const MAX_DELAY = 300000;

/**
 * Sends events to an endpoint reliably: batched, persisted in localStorage until acknowledged, retried with
 * backoff, flushed with `sendBeacon` when the page is hidden, and never sent twice by two tabs.
 * @example Moments.init({ sinks: [httpSink({ url: 'https://collect.example.com/moments', batchSize: 10 })], touchpoints });
 */
export function httpSink(options: HttpSinkOptions): Sink {
  const { url, batchSize = 20, batchWaitMs = 1000, retryMs = 1000, transform, contentType, bare } = options;
  const headers = contentType ? { 'content-type': contentType, ...options.headers } : options.headers;
  const box = outbox('moments:q:' + url, options.maxQueue, options.maxQueueBytes);
  const me = uuid();
  const inflight = new Set<string>();
  const beaconed = new Set<string>(); // kept after a beacon: not beaconed again by this page (pagehide follows hidden)
  const free = (id: string) => !inflight.has(id);
  const ids = (events: MomentEvent[]) => events.map((e) => e.id);
  const body = (events: MomentEvent[]) => {
    let items: unknown[] = events;
    try {
      if (transform) items = transform(events);
    } catch (e) {
      report('transform failed: ' + (e as Error).message);
      throw e;
    }
    return toJson(bare ? items : { events: items })!;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false; // in backoff: new events wait for the retry timer
  let busy = false;
  let again = false; // flush asked for while one was running
  let down = false; // the last attempt failed or the browser is offline
  let attempt = 0;
  let size = batchSize; // smaller while a refused batch is re-sent in halves to find the event the endpoint refuses

  const later = (ms: number) => {
    timer ??= setTimeout(() => {
      timer = undefined;
      waiting = false;
      flush();
    }, ms);
  };

  // Lease a batch under a cross-tab lock where there is one, then keep only what is still ours once the
  // write has had time to reach other tabs (localStorage itself has no transactions).
  const claim = (): Promise<MomentEvent[]> => {
    const go = async () => {
      const got = ids(box.lease(me, size, BUDGET, LEASE, free));
      if (!got.length) return [];
      await new Promise((r) => setTimeout(r, SETTLE));
      return box.held(me, got);
    };
    return navigator.locks ? navigator.locks.request('moments:' + url, go) : go();
  };

  const post = (data: string, signal?: AbortSignal) =>
    fetch(url, {
      method: 'POST',
      body: data,
      headers,
      keepalive: new Blob([data]).size < BUDGET,
      credentials: options.withCredentials ? 'include' : 'omit',
      signal,
    });

  async function flush(): Promise<void> {
    if (navigator.onLine === false) return void (down = true);
    if (busy) return void (again = true);
    busy = true;
    clearTimeout(timer);
    timer = undefined;
    let retry: number | undefined;
    try {
      for (;;) {
        const batch = await claim();
        if (!batch.length) {
          size = batchSize; // nothing left to split (another tab may have taken the refused event)
          break;
        }
        const got = ids(batch);
        got.forEach((id) => inflight.add(id));
        let status = 0;
        let after: string | null = null;
        let why = '';
        try {
          const res = await post(body(batch), AbortSignal.timeout?.(LEASE - 10000));
          status = res.status;
          after = res.headers.get('retry-after');
          // The reason the endpoint gives, as it gives it (the collector's is {"error":"…"}).
          if (status > 399) why = (await res.text()).slice(0, 200);
        } catch {
          /* network error, blocked, or timed out: retry */
        }
        got.forEach((id) => inflight.delete(id));
        const n = got.length;
        if (n > 1 && (status == 400 || status == 413 || status == 422)) {
          // One bad event must not cost the others: send the batch again in halves until the refused one is alone.
          // The queue keeps its order, so the refused event stays among the next `size` events.
          size = Math.ceil(n / 2);
          box.release(got);
        } else if (status && status < 500 && status != 408 && status != 429) {
          // 2xx/3xx delivered; any other 4xx means the payload is wrong and retrying will not help.
          if (status > 399) {
            report(`${url} refused ${n} event(s) (HTTP ${status}${why && ': ' + why}); dropped`);
            size = batchSize;
          }
          box.remove(got);
          attempt = 0;
          down = false;
        } else {
          box.release(got);
          down = true;
          const wait = after ? (isNaN(+after) ? Date.parse(after) - Date.now() : +after * 1000) : NaN;
          retry = Math.min(wait >= 0 ? wait : retryMs * 2 ** attempt++ * (0.5 + Math.random() / 2), MAX_DELAY);
          break;
        }
      }
    } catch (e) {
      report('sending failed: ' + (e as Error).message);
    }
    busy = false;
    if (retry != null) {
      waiting = true;
      later(retry);
    } else if (again) {
      again = false;
      flush();
    }
  }

  // The page may be going away: beacon what nobody else is sending. Beacons carry no headers, so with custom
  // headers a keepalive fetch goes instead. A beacon's fate is unknown, so what was beaconed while the endpoint
  // was failing, refusing part of a batch, or the browser offline stays queued for the next page too: a possible
  // duplicate, never a loss.
  const hide = () => {
    if (navigator.onLine === false) return;
    const kept: string[] = [];
    try {
      for (let batch; (batch = box.lease(me, 500, BUDGET, LEASE, (id) => free(id) && !beaconed.has(id))).length; ) {
        const got = ids(batch);
        const data = body(batch);
        const sent = headers ? (post(data).catch(() => {}), true) : navigator.sendBeacon(url, data);
        // While a refused batch is being split, a beacon may carry the refused event and lose its whole batch.
        if (sent && !down && size == batchSize) box.remove(got);
        else kept.push(...got);
        if (!sent) break;
        got.forEach((id) => beaconed.add(id));
      }
    } catch (e) {
      report('sending on page hide failed: ' + (e as Error).message);
    }
    box.release(kept);
  };
  const hidden = () => doc('visibilityState') == 'hidden' && hide();
  const online = () => {
    attempt = 0;
    clearTimeout(timer);
    timer = undefined;
    flush();
  };

  addEventListener('pagehide', hide);
  addEventListener('visibilitychange', hidden) // bubbles from the document;
  addEventListener('online', online);
  // Resume what an earlier page (or a crash) left behind.
  if (box.size()) later(batchWaitMs);

  return {
    name: 'http',
    send(events) {
      const n = box.add(events);
      if (waiting) return;
      if (n >= batchSize) flush();
      else later(batchWaitMs);
    },
    flush: online,
    destroy() {
      removeEventListener('pagehide', hide);
      removeEventListener('visibilitychange', hidden);
      removeEventListener('online', online);
      clearTimeout(timer);
      timer = undefined;
      waiting = true; // a flush still running stops at its next retry
    },
  };
}
