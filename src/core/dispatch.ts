import type { MomentEvent, Sink } from './types';
import { report } from './report';
import { toJson } from './toJson';

/**
 * Fans events out to every sink independently: each call is isolated in its own try/catch and never awaited,
 * so a sink that throws, hangs or rejects cannot delay or drop another's events. Each sink gets its own copy,
 * so one that mutates events cannot change what the others see. A failing sink is reported once by name.
 * @example const out = dispatch([httpSink({ url: '/moments' }), consoleSink()]); out.send([event]);
 */
export function dispatch(sinks: Sink[]): { send(events: MomentEvent[]): void; flush(): void; destroy(): void } {
  const failed = new Set<Sink>();
  const call = (method: 'send' | 'flush' | 'destroy', events?: MomentEvent[]) => {
    // Our own writer: a page's Array.prototype.toJSON (Prototype.js) would turn the events into one string.
    const json = events && toJson(events)!;
    for (const sink of sinks) {
      const fail = (e: unknown) => {
        failed.has(sink) || report(`sink "${sink.name}" failed: ${(e as Error)?.message ?? e}`);
        failed.add(sink);
      };
      try {
        // Never awaited: a thenable's rejection is only reported.
        Promise.resolve(sink[method]?.(json && JSON.parse(json))).catch(fail);
      } catch (e) {
        fail(e);
      }
    }
  };
  return {
    send: (events) => call('send', events),
    flush: () => call('flush'),
    destroy: () => call('destroy'),
  };
}
