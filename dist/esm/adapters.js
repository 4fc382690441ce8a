import { d as posthogSink, s as segmentSink, e as gtagSink, f as dataLayerSink, i as consoleSink, j as cloudeventsSink, h as httpSink, r as report } from './index2.js';

function createAdapter(config) {
  switch (config.type) {
    case "http":
      return httpSink(config);
    case "cloudevents":
      return cloudeventsSink(config);
    case "console":
      return consoleSink();
    case "dataLayer":
      return dataLayerSink(config);
    case "gtag":
      return gtagSink(config);
    case "segment":
      return segmentSink(config);
    case "posthog":
      return posthogSink(config);
  }
  report(`unknown sink type "${config.type}"`);
  return { name: String(config.type), send() {
  } };
}

export { createAdapter };
