import type { HttpSinkOptions, Sink } from '../core/types.js';
/**
 * Sends events to an endpoint reliably: batched, persisted in localStorage until acknowledged, retried with
 * backoff, flushed with `sendBeacon` when the page is hidden, and never sent twice by two tabs.
 * @example Moments.init({ sinks: [httpSink({ url: 'https://collect.example.com/moments', batchSize: 10 })], touchpoints });
 */
export declare function httpSink(options: HttpSinkOptions): Sink;
