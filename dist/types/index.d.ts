import type { HttpSinkOptions, Sink } from './core/types.js';
/**
 * Starts Moments with a config.
 * @example init({ endpoint: '/moments', touchpoints: [{ id: 'checkout', question: 'How was checkout?', scale: 'emoji5', when: { path: '/checkout*' } }] })
 */
export declare const init: (config: import("./index.js").Config) => void;
/** Shows a touchpoint's prompt now, subject to eligibility. @example show('payment-failed', { code: 'card_declined' }) */
export declare const show: (id: string, context?: Record<string, unknown>) => void;
/** Shows a prompt ignoring eligibility; events carry `preview: true`. @example preview('checkout') */
export declare const preview: (id: string) => void;
/** Listens to events; returns the unsubscribe function. @example const off = on('moment.answered', (e) => console.log(e.rating)) */
export declare const on: (type: import("./index.js").EventType | '*', listener: (event: import("./index.js").MomentEvent) => void) => () => void;
/** Gives or withdraws consent. @example consent(true) */
export declare const consent: (granted: boolean) => void;
/** Where each touchpoint stands and why. @example console.table(await explain()) */
export declare const explain: () => Promise<import("./index.js").TouchpointStatus[]>;
/** Removes everything Moments added. @example destroy() */
export declare const destroy: () => void;
/**
 * Sends events to an endpoint reliably: batched, persisted until acknowledged, retried, flushed on page hide.
 * @example init({ sinks: [httpSink({ url: 'https://collect.example.com/moments', batchSize: 10 })], touchpoints });
 */
export declare const httpSink: (options: HttpSinkOptions) => Sink;
/** Logs every event on the console, for debugging a setup. @example init({ sinks: [consoleSink()], touchpoints }); */
export declare const consoleSink: () => Sink;
/** Pushes each event into GTM's `window.dataLayer`. @example init({ sinks: [dataLayerSink()], touchpoints }); */
export declare const dataLayerSink: (options?: {
    event?: string;
}) => Sink;
/** Sends each event as a GA4 event through `gtag`. @example init({ sinks: [gtagSink()], touchpoints }); */
export declare const gtagSink: (options?: {
    event?: string;
}) => Sink;
/** Tracks each event with Segment's `analytics.track`. @example init({ sinks: [segmentSink()], touchpoints }); */
export declare const segmentSink: (options?: {
    event?: string;
}) => Sink;
/** Captures each event with PostHog's `posthog.capture`. @example init({ sinks: [posthogSink()], touchpoints }); */
export declare const posthogSink: (options?: {
    event?: string;
}) => Sink;
/**
 * The HTTP sink posting CloudEvents 1.0 in batched JSON mode.
 * @example init({ sinks: [cloudeventsSink({ url: 'https://broker.example.com/', source: 'https://shop.example.com' })], touchpoints });
 */
export declare const cloudeventsSink: (options: HttpSinkOptions & {
    source?: string;
}) => Sink;
export { callbackSink } from './sinks/callback.js';
export type { Config, Touchpoint, When, Scale, FollowUp, Thanks, Placement, Theme, Text, Redact, MomentEvent, EventType, Sink, SinkConfig, HttpSinkOptions, RequestMatch } from './core/types.js';
export type { MomentsAPI, TouchpointStatus } from './core/engine.js';
