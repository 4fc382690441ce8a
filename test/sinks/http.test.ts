import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpSink } from '../../src/sinks/http';
import { buildEvent } from '../../src/core/events';
import type { MomentEvent, Sink } from '../../src/core/types';

const URL_ = '/moments';
const KEY = 'moments:q:' + URL_;

interface Call {
  url: string;
  init: RequestInit;
  events: MomentEvent[];
}
let calls: Call[];
let answer: (n: number) => Promise<Response> | Response;
let beacons: Array<{ url: string; events: MomentEvent[] }>;
let beaconOk: boolean;
let sinks: Sink[];

const ev = (i: number, fields: Partial<MomentEvent> = {}) =>
  buildEvent('moment.answered', { touchpoint: 'checkout', moment: 'm' + i, rating: { scale: 'emoji5', value: (i % 5) + 1 }, ...fields });
const make = (o: Partial<Parameters<typeof httpSink>[0]> = {}) => {
  const s = httpSink({ url: URL_, ...o });
  sinks.push(s);
  return s;
};
const sentIds = () => calls.flatMap((c) => c.events.map((e) => e.id));
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? '{"q":[]}') as { q: Array<{ e: MomentEvent; o?: string }>; d?: number };
const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const online = (on: boolean) => Object.defineProperty(navigator, 'onLine', { value: on, configurable: true });

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(1); // no jitter: the full backoff delay
  calls = [];
  beacons = [];
  beaconOk = true;
  sinks = [];
  answer = () => new Response('{}', { status: 200 });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string);
      calls.push({ url, init, events: body.events ?? body });
      return answer(calls.length - 1);
    }),
  );
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, data: string) => {
      if (beaconOk) beacons.push({ url, events: JSON.parse(data).events });
      return beaconOk;
    },
  });
  online(true);
});

afterEach(() => {
  sinks.forEach((s) => s.destroy?.());
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  online(true);
});

describe('httpSink batching', () => {
  it('waits batchWaitMs for more events, then posts them in one text/plain request without credentials', async () => {
    const s = make({ batchWaitMs: 500 });
    const a = [ev(1), ev(2)];
    s.send(a.slice(0, 1));
    await tick(200);
    s.send(a.slice(1));
    await tick(250);
    expect(calls).toHaveLength(0);
    await tick(400);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(URL_);
    expect(calls[0].events.map((e) => e.id)).toEqual(a.map((e) => e.id));
    expect(calls[0].init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(calls[0].init.headers).toBeUndefined(); // a string body is sent as text/plain;charset=UTF-8: no preflight
    await tick(2000);
    expect(calls).toHaveLength(1);
    expect(stored().q).toHaveLength(0);
  });

  it('sends a full batch at once and splits a long queue into batchSize requests', async () => {
    const s = make({ batchSize: 2, batchWaitMs: 10_000 });
    s.send([ev(1), ev(2), ev(3), ev(4), ev(5)]);
    await tick(1000);
    expect(calls.map((c) => c.events.length)).toEqual([2, 2, 1]);
  });

  it('sends credentials only when asked, custom headers, and transformed or bare bodies', async () => {
    make({ withCredentials: true, headers: { authorization: 'Bearer x' }, batchWaitMs: 10 }).send([ev(1)]);
    await tick(100);
    expect(calls[0].init).toMatchObject({ credentials: 'include', headers: { authorization: 'Bearer x' } });
    sinks.pop()!.destroy!();
    const t = make({ url: '/other', bare: true, contentType: 'application/x', transform: (es) => es.map((e) => ({ key: e.id })), batchWaitMs: 10 });
    const e = ev(2);
    t.send([e]);
    await tick(100);
    expect(JSON.parse(calls[1].init.body as string)).toEqual([{ key: e.id }]);
    expect(calls[1].init.headers).toEqual({ 'content-type': 'application/x' });
  });

  it('turns keepalive off for a batch too big for its 64 KB budget', async () => {
    make({ batchSize: 1, batchWaitMs: 10 }).send([ev(1, { comment: 'x'.repeat(70_000) })]);
    await tick(100);
    expect(calls[0].init.keepalive).toBe(false);
  });
});

describe('httpSink retries', () => {
  it('backs off exponentially on network errors and 5xx, then delivers once', async () => {
    answer = (n) => (n == 0 ? Promise.reject(new TypeError('Failed to fetch')) : new Response('', { status: n < 3 ? 503 : 200 }));
    const s = make({ batchWaitMs: 0, retryMs: 1000 });
    const e = ev(1);
    s.send([e]);
    await tick(100); // t=100: sent at 60 (after the lease settles), failed
    expect(calls).toHaveLength(1);
    await tick(900); // first retry 1 s after the failure
    expect(calls).toHaveLength(1);
    await tick(200);
    expect(calls).toHaveLength(2);
    await tick(1800); // t=3000; then 2 s
    expect(calls).toHaveLength(2);
    await tick(300);
    expect(calls).toHaveLength(3);
    await tick(3700); // t=7000; then 4 s
    expect(calls).toHaveLength(3);
    await tick(400);
    expect(calls).toHaveLength(4);
    await tick(60_000);
    expect(calls).toHaveLength(4);
    expect(new Set(sentIds())).toEqual(new Set([e.id]));
    expect(stored().q).toHaveLength(0);
  });

  it('keeps new events waiting for the retry instead of hammering the endpoint', async () => {
    answer = (n) => new Response('', { status: n == 0 ? 500 : 200 });
    const s = make({ batchSize: 1, batchWaitMs: 0, retryMs: 5000 });
    s.send([ev(1)]);
    await tick(100);
    s.send([ev(2)]);
    s.send([ev(3)]);
    await tick(4000);
    expect(calls).toHaveLength(1);
    await tick(1500);
    expect(calls.map((c) => c.events.length)).toEqual([1, 1, 1, 1]);
    expect(new Set(sentIds()).size).toBe(3);
  });

  it('honours Retry-After in seconds on 429 and as an HTTP date on 503; retries 408', async () => {
    answer = (n) =>
      n == 0
        ? new Response('', { status: 429, headers: { 'retry-after': '7' } })
        : n == 1
          ? new Response('', { status: 503, headers: { 'retry-after': new Date(Date.now() + 20_000).toUTCString() } })
          : new Response('', { status: n == 2 ? 408 : 200 });
    make({ batchWaitMs: 0, retryMs: 100 }).send([ev(1)]);
    await tick(6900); // sent at 60; 7 s later again
    expect(calls).toHaveLength(1);
    await tick(300);
    expect(calls).toHaveLength(2);
    await tick(18_000); // the date is about 20 s after the second answer (whole seconds)
    expect(calls).toHaveLength(2);
    await tick(3000); // then 408 is retried after the 100 ms backoff and succeeds
    expect(calls.map((c) => c.events.length)).toEqual([1, 1, 1, 1]);
    expect(stored().q).toHaveLength(0);
  });

  it('drops a batch the endpoint refuses with another 4xx and reports it once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    answer = () => new Response('', { status: 400 });
    const s = make({ batchSize: 1, batchWaitMs: 0, url: '/refuses' });
    s.send([ev(1)]);
    s.send([ev(2)]);
    await tick(60_000);
    expect(calls).toHaveLength(2);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toBe('Moments: /refuses refused 1 event(s) (HTTP 400); dropped');
    expect(localStorage.getItem('moments:q:/refuses')).toBeNull();
  });
});

describe('httpSink and a refused event in a batch', () => {
  /** The endpoint refuses (like the collector: 400 naming the field) every batch holding one of `bad`. */
  const refusing = (bad: Set<string>, status = 400) => (n: number) => {
    const i = calls[n].events.findIndex((e) => bad.has(e.id));
    if (i >= 0) return Response.json({ error: `events[${i}].page.title must NOT have more than 512 characters` }, { status });
    accepted.push(...calls[n].events.map((e) => e.id));
    return new Response('{"stored":1}', { status: 200 });
  };
  const delivered = () => accepted;
  let badIds: Set<string>;
  let accepted: string[];
  beforeEach(() => void (accepted = []));

  it('sends the batch again in halves until the refused event is alone; only it is dropped, the rest delivered once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events = Array.from({ length: 20 }, (_, i) => ev(i));
    badIds = new Set([events[13].id]);
    answer = refusing(badIds);
    const s = make({ batchSize: 20, batchWaitMs: 0 });
    s.send(events);
    await tick(60_000);
    // 20 refused → 0–9 delivered, 10–19 refused → 10–14 refused → 10–12 delivered, 13–15 refused → 13–14 refused
    // → 13 alone, refused and dropped → 14–19 delivered in one batch again.
    expect(calls.map((c) => c.events.length)).toEqual([20, 10, 10, 5, 3, 3, 2, 1, 6]);
    expect(delivered().sort()).toEqual(events.filter((_, i) => i != 13).map((e) => e.id).sort()); // each once
    expect(error.mock.calls).toEqual([[`Moments: ${URL_} refused 1 event(s) (HTTP 400: {"error":"events[0].page.title must NOT have more than 512 characters"}); dropped`]]);
    expect(stored().q).toHaveLength(0);
    // Later batches are whole again.
    s.send(Array.from({ length: 20 }, (_, i) => ev(100 + i)));
    await tick(60_000);
    expect(calls.at(-1)!.events).toHaveLength(20);
  });

  it('finds two refused events of one batch (413 and 422 too) and keeps the order of the others', async () => {
    for (const status of [413, 422]) {
      calls = [];
      accepted = [];
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const events = Array.from({ length: 7 }, (_, i) => ev(i, { touchpoint: 'tp' + status }));
      badIds = new Set([events[0].id, events[6].id]);
      answer = refusing(badIds, status);
      const s = make({ batchSize: 10, batchWaitMs: 0, url: URL_ });
      s.send(events);
      await tick(60_000);
      expect(delivered()).toEqual(events.slice(1, 6).map((e) => e.id));
      expect(error).toHaveBeenCalledTimes(1); // the same reason twice is said once
      expect(error.mock.calls[0][0]).toMatch(new RegExp(`refused 1 event\\(s\\) \\(HTTP ${status}: \\{"error":"events\\[0\\]`));
      expect(stored().q).toHaveLength(0);
      s.destroy?.();
      error.mockRestore();
    }
  });

  it('drops a batch refused for another reason (403) whole, without splitting, naming the reason given as text', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    answer = () => new Response('origin https://shop.example is not allowed', { status: 403 });
    const s = make({ batchSize: 5, batchWaitMs: 0, url: '/forbidden' });
    s.send(Array.from({ length: 5 }, (_, i) => ev(i)));
    await tick(60_000);
    expect(calls).toHaveLength(1);
    expect(error.mock.calls).toEqual([['Moments: /forbidden refused 5 event(s) (HTTP 403: origin https://shop.example is not allowed); dropped']]);
    expect(localStorage.getItem('moments:q:/forbidden')).toBeNull();
  });

  it('leaving the page while a refused batch is split beacons the queue but keeps it: nothing good is lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const events = Array.from({ length: 8 }, (_, i) => ev(i));
    badIds = new Set([events[2].id]);
    answer = refusing(badIds);
    const s = make({ batchSize: 8, batchWaitMs: 0 });
    s.send(events);
    await tick(61); // the lease settles, the 8 go out and are refused; the first half waits for its lease to settle
    expect(calls.map((c) => c.events.length)).toEqual([8]);
    dispatchEvent(new Event('pagehide'));
    expect(beacons.flatMap((b) => b.events.map((e) => e.id)).sort()).toEqual(events.map((e) => e.id).sort());
    // The beacon's batch holds the refused event, so the endpoint may have refused it all: the queue keeps it.
    expect(stored().q.map((x) => x.e.id).sort()).toEqual(events.map((e) => e.id).sort());
    s.destroy?.(); // the page is gone; the next one resumes the queue
    make({ batchSize: 8, batchWaitMs: 0 });
    await tick(60_000);
    expect([...accepted].sort()).toEqual(events.filter((_, i) => i != 2).map((e) => e.id).sort());
    expect(stored().q).toHaveLength(0);
  });

  it('keeps bisecting across a 503 in between, still losing only the refused event', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const events = Array.from({ length: 8 }, (_, i) => ev(i));
    badIds = new Set([events[5].id]);
    const refuse = refusing(badIds);
    answer = (n) => (n == 1 ? new Response('', { status: 503 }) : refuse(n));
    const s = make({ batchSize: 8, batchWaitMs: 0, retryMs: 100 });
    s.send(events);
    await tick(60_000);
    expect(calls[1].events).toHaveLength(4); // the half that met the 503 is sent again
    expect(delivered().sort()).toEqual(events.filter((_, i) => i != 5).map((e) => e.id).sort());
    expect(stored().q).toHaveLength(0);
  });
});

describe('httpSink persistence', () => {
  it('keeps queued events across a reload and sends them from the next page', async () => {
    answer = () => Promise.reject(new TypeError('offline'));
    const first = make({ batchWaitMs: 0 });
    const a = [ev(1), ev(2)];
    first.send(a);
    await tick(100);
    first.destroy!(); // the page goes away
    expect(stored().q.map((x) => x.e.id)).toEqual(a.map((e) => e.id));
    answer = () => new Response('', { status: 200 });
    make({ batchWaitMs: 1000 });
    await tick(1200);
    expect(calls.slice(1).flatMap((c) => c.events.map((e) => e.id))).toEqual(a.map((e) => e.id));
    expect(stored().q).toHaveLength(0);
  });

  it('waits while offline and sends on `online`', async () => {
    online(false);
    make({ batchWaitMs: 0 }).send([ev(1)]);
    await tick(5000);
    dispatchEvent(new Event('pagehide'));
    expect(calls).toHaveLength(0);
    expect(beacons).toHaveLength(0); // a beacon offline would be lost
    online(true);
    dispatchEvent(new Event('online'));
    await tick(100);
    expect(calls).toHaveLength(1);
  });

  it('bounds the queue by count, dropping the oldest and sending a moments.dropped with the count', async () => {
    online(false);
    const s = make({ maxQueue: 3, batchWaitMs: 0 });
    const a = [1, 2, 3, 4, 5].map((i) => ev(i));
    s.send(a);
    expect(stored()).toMatchObject({ d: 2 });
    online(true);
    s.flush!();
    await tick(100);
    const [dropped, ...rest] = calls[0].events;
    expect(dropped).toMatchObject({ schema: 1, type: 'moments.dropped', dropped: 2, touchpoint: '' });
    expect(rest.map((e) => e.id)).toEqual(a.slice(2).map((e) => e.id));
  });

  it('bounds the queue by bytes', async () => {
    online(false);
    const s = make({ maxQueueBytes: 1500, batchWaitMs: 0 });
    const a = [1, 2, 3, 4, 5].map((i) => ev(i, { comment: 'c'.repeat(300) }));
    s.send(a);
    expect(JSON.stringify(stored().q).length).toBeLessThan(1700);
    expect(stored().d).toBeGreaterThan(0);
    expect(stored().q.at(-1)!.e.id).toBe(a[4].id);
  });

  it('still delivers when storage is disabled', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const s = make({ batchWaitMs: 0 });
    const a = [ev(1), ev(2)];
    s.send(a);
    await tick(100);
    expect(sentIds()).toEqual(a.map((e) => e.id));
  });

  it('still delivers when storage is full, without resending what an older stored copy held', async () => {
    localStorage.setItem(KEY, JSON.stringify({ q: [] }));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const s = make({ batchWaitMs: 0 });
    const a = [ev(1), ev(2)];
    s.send(a);
    await tick(100);
    s.send([ev(3)]);
    await tick(100);
    expect(sentIds()).toHaveLength(3);
    expect(new Set(sentIds()).size).toBe(3);
  });
});

describe('httpSink on page hide', () => {
  it('beacons the queue on pagehide and on visibilitychange to hidden', async () => {
    const s = make({ batchWaitMs: 5000 });
    const a = [ev(1)];
    s.send(a);
    dispatchEvent(new Event('pagehide'));
    expect(beacons).toEqual([{ url: URL_, events: a }]);
    s.send([ev(2)]);
    // Read through Document.prototype (an element named visibilityState can shadow the document's own); the
    // event bubbles to the window, as browsers fire it.
    const state = vi.spyOn(Document.prototype, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    state.mockRestore();
    expect(beacons).toHaveLength(2);
    await tick(10_000);
    expect(calls).toHaveLength(0); // nothing sent twice
    expect(stored().q).toHaveLength(0);
  });

  it('while the endpoint is failing, beacons and also keeps the events for the next page', async () => {
    answer = (n) => new Response('', { status: n == 0 ? 503 : 200 });
    const s = make({ batchWaitMs: 0, retryMs: 10_000 });
    const a = ev(1);
    s.send([a]);
    await tick(100); // failed once: in backoff
    dispatchEvent(new Event('pagehide'));
    expect(beacons.map((b) => b.events[0].id)).toEqual([a.id]);
    expect(stored().q.map((x) => [x.e.id, x.o])).toEqual([[a.id, undefined]]);
    s.destroy!();
    make({ batchWaitMs: 10 }); // the next page resends; the endpoint de-duplicates by id
    await tick(200);
    expect(calls.map((c) => c.events[0].id)).toEqual([a.id, a.id]);
  });

  it('keeps what a refused beacon held for a later fetch', async () => {
    beaconOk = false;
    make({ batchWaitMs: 5000 }).send([ev(1)]);
    dispatchEvent(new Event('pagehide'));
    await tick(6000);
    expect(calls).toHaveLength(1);
  });

  it('does not beacon what is already in flight or what another tab holds', async () => {
    let resolve!: (r: Response) => void;
    answer = () => new Promise((r) => (resolve = r));
    const s = make({ batchSize: 1, batchWaitMs: 0 });
    const a = ev(1);
    s.send([a]);
    await tick(100);
    expect(calls).toHaveLength(1); // in flight
    const q = stored();
    q.q.push({ e: ev(2), o: 'other-tab', x: Date.now() + 30_000 } as never);
    localStorage.setItem(KEY, JSON.stringify(q));
    dispatchEvent(new Event('pagehide'));
    expect(beacons).toHaveLength(0);
    resolve(new Response('', { status: 200 }));
    await tick(10);
    expect(stored().q.map((x) => x.o)).toEqual(['other-tab']);
  });

  it('with custom headers sends a keepalive fetch instead of a header-less beacon', async () => {
    make({ batchWaitMs: 5000, headers: { 'x-key': 'k' } }).send([ev(1)]);
    dispatchEvent(new Event('pagehide'));
    expect(beacons).toHaveLength(0);
    expect(calls[0].init).toMatchObject({ keepalive: true, headers: { 'x-key': 'k' } });
  });
});

describe('httpSink across tabs', () => {
  it('never sends an event another tab has leased, and resends it once that lease expires', async () => {
    let resolve!: (r: Response) => void;
    answer = (n) => (n == 0 ? new Promise((r) => (resolve = r)) : new Response('', { status: 200 }));
    const tabA = make({ batchWaitMs: 0 });
    const tabB = make({ batchWaitMs: 0 }); // same origin storage, another owner id
    const a = ev(1);
    tabA.send([a]);
    await tick(100);
    tabB.flush!();
    await tick(100);
    expect(calls).toHaveLength(1);
    resolve(new Response('', { status: 200 }));
    await tick(100);
    tabB.flush!();
    await tick(100);
    expect(sentIds()).toEqual([a.id]);
  });

  it('drops its claim when another tab overwrote the lease meanwhile', async () => {
    const s = make({ batchWaitMs: 0 });
    s.send([ev(1)]);
    await tick(1); // lease written, not yet trusted
    const q = stored();
    q.q[0].o = 'other-tab';
    localStorage.setItem(KEY, JSON.stringify(q));
    await tick(100);
    expect(calls).toHaveLength(0);
  });

  it('picks up a lease that expired (its tab crashed)', async () => {
    const e = ev(1);
    localStorage.setItem(KEY, JSON.stringify({ q: [{ e, o: 'crashed-tab', x: Date.now() - 1 }] }));
    make({ batchWaitMs: 10 });
    await tick(100);
    expect(sentIds()).toEqual([e.id]);
  });
});

describe('httpSink destroy', () => {
  it('removes its listeners and timers', async () => {
    const s = make({ batchWaitMs: 1000 });
    s.send([ev(1)]);
    s.destroy!();
    dispatchEvent(new Event('pagehide'));
    dispatchEvent(new Event('online'));
    await tick(5000);
    expect(beacons).toHaveLength(0);
    expect(calls).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(stored().q).toHaveLength(1); // still there for the next page
  });
});
