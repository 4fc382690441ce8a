import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cloudeventsSink } from '../../src/sinks/cloudevents';
import { answered } from './events.fixture';
import type { Sink } from '../../src/core/types';
import Ajv2020 from 'ajv/dist/2020.js';
import momentSchema from '../../src/core/moment.schema.json';
import batchSchema from '../../src/core/event.schema.json';

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

  it('names as dataschema the published schema of one event, which its data matches (the batch schema does not)', async () => {
    const calls: RequestInit[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_: string, init: RequestInit) => (calls.push(init), new Response('', { status: 202 }))));
    sink = cloudeventsSink({ url: '/ce', batchWaitMs: 10 });
    sink.send([answered()]);
    await vi.advanceTimersByTimeAsync(200);
    const [cloudEvent] = JSON.parse(calls[0].body as string);
    expect(cloudEvent.dataschema).toBe(momentSchema.$id);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(momentSchema);
    const one = ajv.getSchema(momentSchema.$id)!;
    expect(one(cloudEvent.data), ajv.errorsText(one.errors)).toBe(true);
    const batch = ajv.compile(batchSchema);
    expect(batch(cloudEvent.data)).toBe(false); // a single event is not a {"events": […]} body
    expect(batch({ events: [cloudEvent.data] })).toBe(true);
  });
});
