import type { Config } from '../core/types.js';
import { dispatch } from '../core/dispatch.js';
/** Delivery for one config: `dispatch` over its sinks, and `ready` once every sink's code is here. */
export type Delivery = ReturnType<typeof dispatch> & {
    ready: Promise<unknown>;
};
/**
 * The sinks a config names, fanned out by `dispatch`. Functions and `{ send }` objects are used as they are;
 * `endpoint` and `{ type: 'http' }` are the HTTP sink, which rides in this chunk with its persisted queue; the
 * adapters (GTM, gtag, Segment, PostHog, CloudEvents, console) load from their own chunk only when named.
 * @example const out = deliver(config); await out.ready; out.send([event]);
 */
export declare function deliver({ endpoint, sinks }: Pick<Config, 'endpoint' | 'sinks'>): Delivery;
