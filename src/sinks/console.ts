import type { Sink } from '../core/types';

/**
 * Logs every event on the console, for debugging a setup.
 * @example Moments.init({ sinks: [{ type: 'console' }], touchpoints });
 */
export function consoleSink(): Sink {
  return { name: 'console', send: (events) => events.forEach((e) => console.info('Moments event', e.type, e)) };
}
