import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cloudeventsSink } from '../../src/sinks/cloudevents';
import { answered } from './events.fixture';
import type { Sink } from '../../src/core/types';

let sink: Sink | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  sink?.destroy?.();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('cloudeventsSink', () => {
  it('posts a CloudEvents 1.0 JSON batch through the HTTP sink', async () => {
    const calls: RequestInit[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_: string, init: RequestInit) => (calls.push(init), new Response('', { status: 202 }))));
    sink = cloudeventsSink({ url: '/ce', source: 'https://shop.example', batchWaitMs: 10 });
    const a = answered();
    sink.send([a]);
    await vi.advanceTimersByTimeAsync(200);
    expect(sink.name).toBe('cloudevents');
    expect(calls).toHaveLength(1);
    expect(calls[0].headers).toEqual({ 'content-type': 'application/cloudevents-batch+json' });
    expect(JSON.parse(calls[0].body as string)).toEqual([
      { specversion: '1.0', id: a.id, source: 'https://shop.example', type: 'dev.moments.moment.answered', time: a.time, subject: 'checkout', datacontenttype: 'application/json', dataschema: 'https://moments.dev/moment.schema.json', data: a },
    ]);
  });
});
