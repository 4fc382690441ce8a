// Entry of the lazy chunk dist/moments-adapters.js: the prompt chunk loads it only when a config names one of these sinks.
import type { Sink, SinkConfig } from '../core/types';
import { report } from '../core/report';
import { httpSink } from './http';
import { consoleSink } from './console';
import { dataLayerSink } from './dataLayer';
import { gtagSink } from './gtag';
import { segmentSink } from './segment';
import { posthogSink } from './posthog';
import { cloudeventsSink } from './cloudevents';

/**
 * Creates the sink a JSON config names.
 * @example createAdapter({ type: 'segment' }).send(events)
 */
export function createAdapter(config: SinkConfig): Sink {
  switch (config.type) {
    case 'http':
      return httpSink(config);
    case 'cloudevents':
      return cloudeventsSink(config);
    case 'console':
      return consoleSink();
    case 'dataLayer':
      return dataLayerSink(config);
    case 'gtag':
      return gtagSink(config);
    case 'segment':
      return segmentSink(config);
    case 'posthog':
      return posthogSink(config);
  }
  report(`unknown sink type "${(config as { type: string }).type}"`);
  return { name: String((config as { type: string }).type), send() {} };
}
