// The ESM entry for bundlers. Safe to import during server rendering: nothing runs until called in a browser.
import { publicApi } from './core/api';

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

export { httpSink } from './sinks/http';
export { callbackSink } from './sinks/callback';
export { consoleSink } from './sinks/console';
export { dataLayerSink } from './sinks/dataLayer';
export { gtagSink } from './sinks/gtag';
export { segmentSink } from './sinks/segment';
export { posthogSink } from './sinks/posthog';
export { cloudeventsSink } from './sinks/cloudevents';
export type { Config, Touchpoint, When, Scale, FollowUp, Thanks, Placement, Theme, Text, Redact, MomentEvent, EventType, Sink, SinkConfig, HttpSinkOptions, RequestMatch } from './core/types';
export type { MomentsAPI, TouchpointStatus } from './core/engine';
