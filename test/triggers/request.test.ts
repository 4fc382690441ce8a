import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestSupported, requestTrigger } from '../../src/triggers/request';

/** A stand-in PerformanceObserver that the test feeds with resource-timing-shaped entries. */
class FakeObserver {
  static all: FakeObserver[] = [];
  options?: PerformanceObserverInit;
  disconnected = false;
  constructor(private callback: PerformanceObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(options: PerformanceObserverInit) {
    this.options = options;
  }
  disconnect() {
    this.disconnected = true;
  }
  feed(...entries: Array<{ name: string; initiatorType?: string; responseStatus?: number }>) {
    if (this.disconnected) return;
    const list = { getEntries: () => entries.map((e) => ({ entryType: 'resource', initiatorType: 'fetch', ...e })) };
    this.callback(list as unknown as PerformanceObserverEntryList, this as unknown as PerformanceObserver);
  }
}
const latest = () => FakeObserver.all[FakeObserver.all.length - 1];
const ORIGIN = 'https://shop.test';

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('requestTrigger', () => {
  it('watches resource timing including entries from before it started', () => {
    const stop = requestTrigger({ url: '/api/checkout*' }, () => {});
    expect(latest().options).toEqual({ type: 'resource', buffered: true });
    stop();
  });

  it('fires for a failed request whose path matches, with { url, status } (no query) as context', () => {
    const fire = vi.fn();
    const stop = requestTrigger({ url: '/api/checkout*', status: '>=400' }, fire);
    latest().feed(
      { name: `${ORIGIN}/api/checkout/pay?token=secret`, responseStatus: 402 },
      { name: `${ORIGIN}/api/checkout`, responseStatus: 200 },
      { name: `${ORIGIN}/api/cart`, responseStatus: 500 },
      { name: `${ORIGIN}/static/api/checkout`, responseStatus: 500 },
    );
    expect(fire.mock.calls).toEqual([[{ url: `${ORIGIN}/api/checkout/pay`, status: 402 }]]);
    stop();
  });

  it('defaults to status >=400', () => {
    const fire = vi.fn();
    const stop = requestTrigger({ url: '/api/*' }, fire);
    latest().feed({ name: `${ORIGIN}/api/a`, responseStatus: 399 }, { name: `${ORIGIN}/api/b`, responseStatus: 400 });
    expect(fire.mock.calls.map(([c]) => c.status)).toEqual([400]);
    stop();
  });

  it.each([
    ['>=400', [404, 500], [200, 399]],
    ['>=500', [500, 503], [499, 404]],
    ['>500', [501], [500]],
    ['500', [500], [501, 499]],
    ['=404', [404], [403, 405]],
    ['<300', [200, 204], [300, 404]],
    ['<=299', [299], [300]],
    ['5xx', [], [500]],
    ['', [], [500]],
  ])('status %s', (status, hits, misses) => {
    const fire = vi.fn();
    const stop = requestTrigger({ url: '*', status }, fire);
    latest().feed(...[...hits, ...misses].map((s) => ({ name: `${ORIGIN}/x`, responseStatus: s })));
    expect(fire.mock.calls.map(([c]) => c.status)).toEqual(hits);
    stop();
  });

  it('matches the full URL when the glob has a scheme', () => {
    const fire = vi.fn();
    const stop = requestTrigger({ url: 'https://pay.example/*' }, fire);
    latest().feed(
      { name: 'https://pay.example/v1/charge?x=1', responseStatus: 402 },
      { name: 'https://shop.test/v1/charge', responseStatus: 402 },
    );
    expect(fire.mock.calls).toEqual([[{ url: 'https://pay.example/v1/charge', status: 402 }]]);
    stop();
  });

  it('never fires where the browser gives no responseStatus', () => {
    const fire = vi.fn();
    const stop = requestTrigger({ url: '/api/checkout*' }, fire);
    latest().feed({ name: `${ORIGIN}/api/checkout` });
    expect(fire).not.toHaveBeenCalled();
    stop();
  });

  it('does nothing (and does not throw) without PerformanceObserver or resource timing', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(() => requestTrigger({ url: '*' }, () => {})()).not.toThrow();
    vi.stubGlobal(
      'PerformanceObserver',
      class extends FakeObserver {
        observe(): never {
          throw new TypeError('resource not supported');
        }
      },
    );
    expect(() => requestTrigger({ url: '*' }, () => {})()).not.toThrow();
  });

  it('stop disconnects its observer', () => {
    const fire = vi.fn();
    const stop = requestTrigger({ url: '*' }, fire);
    const observer = latest();
    stop();
    expect(observer.disconnected).toBe(true);
    observer.feed({ name: `${ORIGIN}/x`, responseStatus: 500 });
    expect(fire).not.toHaveBeenCalled();
  });
});

describe('requestSupported', () => {
  it('tells whether resource timing has responseStatus', () => {
    vi.stubGlobal('PerformanceResourceTiming', class {});
    expect(requestSupported()).toBe(false);
    vi.stubGlobal('PerformanceResourceTiming', class { get responseStatus() { return 0; } });
    expect(requestSupported()).toBe(true);
    vi.stubGlobal('PerformanceResourceTiming', undefined);
    expect(requestSupported()).toBe(false);
  });
});
