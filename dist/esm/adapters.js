import { r as report } from './index2.js';
import { h as httpSink } from './http.js';

function consoleSink() {
  return { name: "console", send: (events) => events.forEach((e) => console.info("Moments event", e.type, e)) };
}

const MAX = 500;
const CHECKS = [100, 500, 2e3, 8e3, 3e4];
function clientSink(name, find, deliver) {
  let buffer = [];
  let timer;
  let tries = 0;
  const drain = () => {
    clearTimeout(timer);
    timer = void 0;
    let client;
    try {
      client = find();
    } catch {
    }
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
        report(`${name} failed: ${err?.message ?? err}`);
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
    }
  };
}
const page = globalThis;

function fields(e) {
  return {
    moment_type: e.type,
    moment_id: e.moment,
    event_id: e.id,
    touchpoint: e.touchpoint,
    rating: e.rating?.value,
    rating_scale: e.rating?.scale,
    reasons: e.reasons,
    comment: e.comment,
    page_path: e.page.path,
    page_title: e.page.title,
    visitor: e.visitor,
    context: e.context,
    dropped: e.dropped,
    preview: e.preview,
    time: e.time
  };
}
const eventName = (e, configured) => configured ?? e.type.replace(".", "_");

function dataLayerSink(config = {}) {
  return clientSink(
    "dataLayer",
    () => {
      var _a;
      return (_a = page).dataLayer || (_a.dataLayer = []);
    },
    (dl, e) => dl.push({ event: eventName(e, config.event), ...fields(e) })
  );
}

function gtagSink(config = {}) {
  return clientSink(
    "gtag",
    () => typeof page.gtag == "function" ? page.gtag : void 0,
    (gtag, e) => {
      const params = { ...fields(e), reasons: e.reasons?.join(","), context: void 0 };
      for (const k of Object.keys(params)) if (params[k] === void 0) delete params[k];
      gtag("event", eventName(e, config.event), params);
    }
  );
}

function segmentSink(config = {}) {
  return clientSink(
    "segment",
    () => typeof page.analytics?.track == "function" ? page.analytics : void 0,
    (a, e) => a.track(config.event ?? e.type, fields(e), { timestamp: new Date(e.time) })
  );
}

function posthogSink(config = {}) {
  return clientSink(
    "posthog",
    () => typeof page.posthog?.capture == "function" ? page.posthog : void 0,
    (ph, e) => ph.capture(config.event ?? e.type, fields(e), { uuid: e.id, timestamp: new Date(e.time) })
  );
}

function toCloudEvent(e, source) {
  return {
    specversion: "1.0",
    id: e.id,
    source,
    type: "dev.moments." + e.type,
    time: e.time,
    subject: e.touchpoint || void 0,
    datacontenttype: "application/json",
    dataschema: "https://moments.dev/moment.schema.json",
    data: e
  };
}
function cloudeventsSink(config) {
  const source = config.source ?? location.origin;
  const sink = httpSink({
    ...config,
    contentType: "application/cloudevents-batch+json",
    bare: true,
    transform: (events) => events.map((e) => toCloudEvent(e, source))
  });
  sink.name = "cloudevents";
  return sink;
}

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
