import type { Config, MomentEvent, Sink, SinkConfig } from '../core/types';
import { dispatch } from '../core/dispatch';
import { lazySink } from './lazy';
import { httpSink } from './http';

/** Delivery for one config: `dispatch` over its sinks, and `ready` once every sink's code is here. */
export type Delivery = ReturnType<typeof dispatch> & { ready: Promise<unknown> };

/**
 * The sinks a config names, fanned out by `dispatch`. Functions and `{ send }` objects are used as they are;
 * `endpoint` and `{ type: 'http' }` are the HTTP sink, which rides in this chunk with its persisted queue; the
 * adapters (GTM, gtag, Segment, PostHog, CloudEvents, console) load from their own chunk only when named.
 * @example const out = deliver(config); await out.ready; out.send([event]);
 */
export function deliver({ endpoint, sinks = [] }: Pick<Config, 'endpoint' | 'sinks'>): Delivery {
  const all = (endpoint ? [{ type: 'http', url: endpoint } as SinkConfig, ...sinks] : sinks).map((s) =>
    typeof s == 'function'
      ? { name: 'callback', send: s as (e: MomentEvent[]) => void }
      : 'send' in s
        ? s
        : s.type == 'http'
          ? httpSink(s)
          : lazySink(s, () => import('./adapters')),
  ) as Array<Sink & { load?: () => Promise<void> }>;
  return { ...dispatch(all), ready: Promise.all(all.map((s) => s.load?.())) };
}
