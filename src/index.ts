// The ESM entry for bundlers. Safe to import during server rendering: nothing runs until called in a browser.
import { publicApi } from './core/api';
import { deferredSink } from './sinks/deferred';
import type { HttpSinkOptions, Sink } from './core/types';

const api = publicApi({
  ui: () => import('./ui/chunk'),
  explain: () => import('./explain/debug'),
});

/**
 * Starts Moments with a config.
 * @example init({ endpoint: '/moments', touchpoints: [{ id: 'checkout', question: 'How was checkout?', scale: 'emoji5', when: { path: '/checkout*' } }] })
 */
export const init = api.init;
/** Shows a touchpoint's prompt now, subject to eligibility. @example show('payment-failed', { code: 'card_declined' }) */
export const show = api.show;
/** Shows a prompt ignoring eligibility; events carry `preview: true`. @example preview('checkout') */
export const preview = api.preview;
/** Listens to events; returns the unsubscribe function. @example const off = on('moment.answered', (e) => console.log(e.rating)) */
export const on = api.on;
/** Gives or withdraws consent. @example consent(true) */
export const consent = api.consent;
/** Where each touchpoint stands and why. @example console.table(await explain()) */
export const explain = api.explain;
/** Removes everything Moments added. @example destroy() */
export const destroy = api.destroy;

// The sink factories return at once; each sink's code (the HTTP sink with its queue, the adapters) loads from its
// own chunk when the sink is first used, so a bundle that only calls `init` carries none of it eagerly, and
// `init` mounts no prompt before its sinks' code is there (see sinks/deferred.ts and sinks/deliver.ts).

/**
 * Sends events to an endpoint reliably: batched, persisted until acknowledged, retried, flushed on page hide.
 * @example init({ sinks: [httpSink({ url: 'https://collect.example.com/moments', batchSize: 10 })], touchpoints });
 */
export const httpSink = (options: HttpSinkOptions): Sink => deferredSink({ ...options, type: 'http' });
/** Logs every event on the console, for debugging a setup. @example init({ sinks: [consoleSink()], touchpoints }); */
export const consoleSink = (): Sink => deferredSink({ type: 'console' });
/** Pushes each event into GTM's `window.dataLayer`. @example init({ sinks: [dataLayerSink()], touchpoints }); */
export const dataLayerSink = (options: { event?: string } = {}): Sink => deferredSink({ ...options, type: 'dataLayer' });
/** Sends each event as a GA4 event through `gtag`. @example init({ sinks: [gtagSink()], touchpoints }); */
export const gtagSink = (options: { event?: string } = {}): Sink => deferredSink({ ...options, type: 'gtag' });
/** Tracks each event with Segment's `analytics.track`. @example init({ sinks: [segmentSink()], touchpoints }); */
export const segmentSink = (options: { event?: string } = {}): Sink => deferredSink({ ...options, type: 'segment' });
/** Captures each event with PostHog's `posthog.capture`. @example init({ sinks: [posthogSink()], touchpoints }); */
export const posthogSink = (options: { event?: string } = {}): Sink => deferredSink({ ...options, type: 'posthog' });
/**
 * The HTTP sink posting CloudEvents 1.0 in batched JSON mode.
 * @example init({ sinks: [cloudeventsSink({ url: 'https://broker.example.com/', source: 'https://shop.example.com' })], touchpoints });
 */
export const cloudeventsSink = (options: HttpSinkOptions & { source?: string }): Sink => deferredSink({ ...options, type: 'cloudevents' });
export { callbackSink } from './sinks/callback';
export type { Config, Touchpoint, When, Scale, FollowUp, Thanks, Placement, Theme, Text, Redact, MomentEvent, EventType, Sink, SinkConfig, HttpSinkOptions, RequestMatch } from './core/types';
export type { MomentsAPI, TouchpointStatus } from './core/engine';
