/**
 * Starts Moments with a config.
 * @example init({ endpoint: '/moments', touchpoints: [{ id: 'checkout', question: 'How was checkout?', scale: 'emoji5', when: { path: '/checkout*' } }] })
 */
export declare const init: (config: import(".").Config) => void;
/** Shows a touchpoint's prompt now, subject to eligibility. @example show('payment-failed', { code: 'card_declined' }) */
export declare const show: (id: string, context?: Record<string, unknown>) => void;
/** Shows a prompt ignoring eligibility; events carry `preview: true`. @example preview('checkout') */
export declare const preview: (id: string) => void;
/** Listens to events; returns the unsubscribe function. @example const off = on('moment.answered', (e) => console.log(e.rating)) */
export declare const on: (type: import(".").EventType | '*', listener: (event: import(".").MomentEvent) => void) => () => void;
/** Gives or withdraws consent. @example consent(true) */
export declare const consent: (granted: boolean) => void;
/** Where each touchpoint stands and why. @example console.table(await explain()) */
export declare const explain: () => Promise<import(".").TouchpointStatus[]>;
/** Removes everything Moments added. @example destroy() */
export declare const destroy: () => void;
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
