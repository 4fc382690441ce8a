import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gtagSink } from '../../src/sinks/gtag';
import { answered, clearGlobals, shown } from './events.fixture';

const w = window as unknown as { dataLayer: unknown[]; gtag?: (...args: unknown[]) => void };
// Google's snippet, verbatim in spirit: gtag pushes its `arguments` object onto the dataLayer.
const installGtag = () => {
  w.dataLayer = w.dataLayer || [];
  w.gtag = function gtag() {
    // eslint-disable-next-line prefer-rest-params
    w.dataLayer.push(arguments);
  };
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  clearGlobals();
});

describe('gtagSink', () => {
  it('waits for a late gtag, then sends GA4 events with flat params', async () => {
    const s = gtagSink();
    const a = answered(5);
    s.send([a]);
    expect(w.dataLayer).toBeUndefined();
    installGtag();
    await vi.advanceTimersByTimeAsync(200);
    s.send([shown()]);
    expect(w.dataLayer).toHaveLength(2);
    const [cmd, name, params] = Array.from(w.dataLayer[0] as ArrayLike<unknown>) as [string, string, Record<string, unknown>];
    expect([cmd, name]).toEqual(['event', 'moment_answered']);
    expect(params).toMatchObject({ event_id: a.id, rating: 5, rating_scale: 'emoji5', reasons: 'slow,confusing', touchpoint: 'checkout', moment_id: 'm-1' });
    expect(params).not.toHaveProperty('context'); // GA4 params are scalars
    expect(Object.values(params)).not.toContain(undefined);
    expect(Array.from(w.dataLayer[1] as ArrayLike<unknown>)[1]).toBe('moment_shown');
  });

  it('stops looking after its backoff checks and delivers on the next send', async () => {
    const s = gtagSink();
    s.send([answered()]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(vi.getTimerCount()).toBe(0); // no polling forever
    installGtag();
    s.send([shown()]);
    expect(w.dataLayer).toHaveLength(2);
  });
});
