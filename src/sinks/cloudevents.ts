import type { HttpSinkOptions, MomentEvent, Sink } from '../core/types';
import { httpSink } from './http';

/** One Moments event as a CloudEvents 1.0 event in structured JSON form; `dataschema` describes one event (`data`). */
export function toCloudEvent(e: MomentEvent, source: string) {
  return {
    specversion: '1.0',
    id: e.id,
    source,
    type: 'dev.moments.' + e.type,
    time: e.time,
    subject: e.touchpoint || undefined,
    datacontenttype: 'application/json',
    dataschema: 'https://moments.dev/moment.schema.json',
    data: e,
  };
}

/**
 * The HTTP sink (same batching, outbox, retries and page-hide flush) posting CloudEvents 1.0 in batched JSON mode:
 * a JSON array of structured events with `Content-Type: application/cloudevents-batch+json`. That type is not
 * CORS-safelisted, so a cross-origin endpoint must answer the preflight, and page-hide flushes use a keepalive
 * fetch instead of a beacon.
 * @example Moments.init({ sinks: [{ type: 'cloudevents', url: 'https://broker.example.com/', source: 'https://shop.example.com' }], touchpoints });
 */
export function cloudeventsSink(config: HttpSinkOptions & { source?: string }): Sink {
  const source = config.source ?? location.origin;
  const sink = httpSink({
    ...config,
    contentType: 'application/cloudevents-batch+json',
    bare: true,
    transform: (events) => events.map((e) => toCloudEvent(e, source)),
  });
  sink.name = 'cloudevents';
  return sink;
}
