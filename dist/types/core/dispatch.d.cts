import type { MomentEvent, Sink } from './types.cjs';
/**
 * Fans events out to every sink independently: each call is isolated in its own try/catch and never awaited,
 * so a sink that throws, hangs or rejects cannot delay or drop another's events. Each sink gets its own copy,
 * so one that mutates events cannot change what the others see. A failing sink is reported once by name.
 * @example const out = dispatch([httpSink({ url: '/moments' }), consoleSink()]); out.send([event]);
 */
export declare function dispatch(sinks: Sink[]): {
    send(events: MomentEvent[]): void;
    flush(): void;
    destroy(): void;
};
