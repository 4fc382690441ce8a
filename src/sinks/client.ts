import type { MomentEvent, Sink } from '../core/types';
import { report } from '../core/report';

/** Most events kept while the client is missing (the oldest go first). */
const MAX = 500;
/** Backoff checks for a late-loaded client after a send; then events wait for the next send or flush. */
const CHECKS = [100, 500, 2000, 8000, 30000];

/**
 * A sink that forwards each event to a client object on the page (GTM, gtag, Segment, PostHog), buffering while
 * the client has not loaded yet: it looks on every send and flush and on a few backoff timers after each, and
 * never polls forever.
 * @example clientSink('segment', () => window.analytics, (a, e) => a.track(e.type, fields(e)))
 */
export function clientSink<C>(name: string, find: () => C | undefined, deliver: (client: C, e: MomentEvent) => void): Sink {
  let buffer: MomentEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tries = 0;
  const drain = () => {
    clearTimeout(timer);
    timer = undefined;
    let client: C | undefined;
    try {
      client = find();
    } catch {
      /* a throwing getter counts as missing */
    }
    // A page element named like the client (`<img name="dataLayer">`, DOM clobbering) is not the client either.
    if (!client || client instanceof Node) {
      if (tries < CHECKS.length) timer = setTimeout(drain, CHECKS[tries++]);
      return;
    }
    const batch = buffer;
    buffer = [];
    for (const e of batch) {
      try {
        deliver(client, e);
      } catch (err) {
        report(`${name} failed: ${(err as Error)?.message ?? err}`);
      }
    }
  };
  const kick = () => {
    tries = 0;
    drain();
  };
  return {
    name,
    send(events) {
      buffer.push(...events);
      if (buffer.length > MAX) {
        buffer = buffer.slice(-MAX);
        report(`${name} is not on the page; dropping the oldest buffered events`);
      }
      kick();
    },
    flush: kick,
    destroy() {
      clearTimeout(timer);
      tries = CHECKS.length;
    },
  };
}

/** The page's global object, for looking up analytics clients by name. */
export const page = globalThis as unknown as Record<string, any>;
