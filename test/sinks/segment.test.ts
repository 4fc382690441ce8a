import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { segmentSink } from '../../src/sinks/segment';
import { answered, clearGlobals, shown } from './events.fixture';

type Stub = unknown[][] & Record<string, (...a: unknown[]) => unknown>;
const w = window as unknown as { analytics?: Stub };

// The analytics.js snippet's stub: each method pushes [method, ...args] onto the array until the library loads.
const installSnippet = () => {
  const analytics = (w.analytics = w.analytics || ([] as unknown as Stub));
  for (const m of ['track', 'identify', 'page', 'group', 'alias', 'ready', 'reset']) {
    analytics[m] = (...args: unknown[]) => (analytics.push([m, ...args]), analytics);
  }
  return analytics;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  clearGlobals();
});

describe('segmentSink', () => {
  it('buffers until the snippet defines analytics, then tracks in order into its stub queue', async () => {
    const s = segmentSink();
    const a = answered(3);
    const b = shown();
    s.send([a]);
    s.send([b]);
    await vi.advanceTimersByTimeAsync(50);
    const analytics = installSnippet();
    await vi.advanceTimersByTimeAsync(1000);
    expect(analytics.map((c) => c[0])).toEqual(['track', 'track']);
    const [, name, props, options] = analytics[0] as [string, string, Record<string, unknown>, { timestamp: Date }];
    expect(name).toBe('moment.answered');
    expect(props).toMatchObject({ event_id: a.id, rating: 3, rating_scale: 'emoji5', reasons: ['slow', 'confusing'], context: { plan: 'pro' } });
    expect(options.timestamp.toISOString()).toBe(a.time);
    expect(analytics[1][1]).toBe('moment.shown');
  });

  it('tracks under a configured event name', () => {
    const analytics = installSnippet();
    segmentSink({ event: 'Feedback' }).send([shown()]);
    expect(analytics[0].slice(0, 2)).toEqual(['track', 'Feedback']);
  });
});
