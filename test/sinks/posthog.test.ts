import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { posthog } from 'posthog-js';
import { posthogSink } from '../../src/sinks/posthog';
import { answered, clearGlobals } from './events.fixture';

interface Captured {
  event: string;
  uuid: string;
  properties: Record<string, unknown>;
  timestamp?: Date;
}

beforeEach(() => vi.stubGlobal('fetch', vi.fn(async () => new Response('{}'))));
afterEach(() => {
  vi.unstubAllGlobals();
  clearGlobals();
});

describe('posthogSink', () => {
  it('waits for window.posthog, then captures through the real posthog-js with the event id as uuid', async () => {
    const seen: Captured[] = [];
    const s = posthogSink();
    const a = answered(1);
    s.send([a]);
    posthog.init('phc_test', {
      api_host: 'http://127.0.0.1:9',
      autocapture: false,
      capture_pageview: false,
      capture_pageleave: false,
      disable_session_recording: true,
      advanced_disable_flags: true,
      persistence: 'memory',
      opt_out_useragent_filter: true, // happy-dom's user agent looks like a bot
      before_send: (e) => (e && seen.push(e as unknown as Captured), null),
    });
    (window as unknown as { posthog: typeof posthog }).posthog = posthog;
    s.flush!();
    await vi.waitFor(() => expect(seen.length).toBe(1));
    expect(seen[0].event).toBe('moment.answered');
    expect(seen[0].uuid).toBe(a.id);
    expect(seen[0].properties).toMatchObject({ event_id: a.id, rating: 1, rating_scale: 'emoji5', touchpoint: 'checkout', context: { plan: 'pro' } });
    expect(new Date(seen[0].timestamp!).toISOString()).toBe(a.time);
  });
});
