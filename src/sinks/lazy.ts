import type { MomentEvent, Sink, SinkConfig } from '../core/types';
import { report } from '../core/report';

/** Most events kept while the delivery chunk is not loaded yet (the oldest go first). */
const MAX = 500;

/** A sink whose code lives in the lazily loaded delivery chunk. */
export interface LazySink extends Sink {
  /** Loads the chunk and creates the sink; rejects when the chunk cannot be loaded (a later call tries again). */
  load(): Promise<void>;
}

/**
 * A placeholder for a sink that lives in the lazily loaded chunk: buffers events until `load` resolves,
 * then forwards them. When loading fails it reports once, keeps the events and tries again on the next send.
 * `deliver` waits on `load()` in its `ready`, and the engine mounts no prompt before that.
 * @example lazySink({ type: 'segment' }, () => import('./adapters'))
 */
export function lazySink(config: SinkConfig, load: () => Promise<{ createAdapter(c: SinkConfig): Sink }>): LazySink {
  let buffer: MomentEvent[] = [];
  let sink: Sink | undefined;
  let loading: Promise<void> | undefined;
  let dead: unknown;
  const start = () =>
    (loading ??= load().then(
      (m) => {
        if (!dead && !sink) (sink = m.createAdapter(config)), buffer[0] && sink.send(buffer.splice(0));
      },
      (e) => {
        loading = undefined;
        report(`could not load the ${config.type} sink: ${(e as Error)?.message ?? e}`);
        throw e;
      },
    ));
  const later = () => void start().catch(() => {});
  return {
    name: config.type,
    load: start,
    send: (events) => (sink ? sink.send(events) : ((buffer = buffer.concat(events).slice(-MAX)), later())),
    flush: () => (sink ? sink.flush?.() : buffer[0] && later()),
    destroy: () => ((dead = 1), sink?.destroy?.()),
  };
}
