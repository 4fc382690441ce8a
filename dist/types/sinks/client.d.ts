import type { MomentEvent, Sink } from '../core/types.js';
/**
 * A sink that forwards each event to a client object on the page (GTM, gtag, Segment, PostHog), buffering while
 * the client has not loaded yet: it looks on every send and flush and on a few backoff timers after each, and
 * never polls forever.
 * @example clientSink('segment', () => window.analytics, (a, e) => a.track(e.type, fields(e)))
 */
export declare function clientSink<C>(name: string, find: () => C | undefined, deliver: (client: C, e: MomentEvent) => void): Sink;
/** The page's global object, for looking up analytics clients by name. */
export declare const page: Record<string, any>;
