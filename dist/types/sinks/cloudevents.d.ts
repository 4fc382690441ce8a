import type { HttpSinkOptions, MomentEvent, Sink } from '../core/types.js';
/** One Moments event as a CloudEvents 1.0 event in structured JSON form; `dataschema` describes one event (`data`). */
export declare function toCloudEvent(e: MomentEvent, source: string): {
    specversion: string;
    id: string;
    source: string;
    type: string;
    time: string;
    subject: string | undefined;
    datacontenttype: string;
    dataschema: string;
    data: MomentEvent;
};
/**
 * The HTTP sink (same batching, outbox, retries and page-hide flush) posting CloudEvents 1.0 in batched JSON mode:
 * a JSON array of structured events with `Content-Type: application/cloudevents-batch+json`. That type is not
 * CORS-safelisted, so a cross-origin endpoint must answer the preflight, and page-hide flushes use a keepalive
 * fetch instead of a beacon.
 * @example Moments.init({ sinks: [{ type: 'cloudevents', url: 'https://broker.example.com/', source: 'https://shop.example.com' }], touchpoints });
 */
export declare function cloudeventsSink(config: HttpSinkOptions & {
    source?: string;
}): Sink;
