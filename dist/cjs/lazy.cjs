'use strict';

Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });

const index = require('./index2.cjs');

function lazySink(config, load) {
  let buffer = [];
  let sink;
  let loading;
  let dead;
  const start = () => loading ?? (loading = load().then(
    (m) => {
      if (!dead && !sink) sink = m.createAdapter(config), buffer[0] && sink.send(buffer.splice(0));
    },
    (e) => {
      loading = void 0;
      index.report(`could not load the ${config.type} sink: ${e?.message ?? e}`);
      throw e;
    }
  ));
  const later = () => void start().catch(() => {
  });
  return {
    name: config.type,
    load: start,
    send: (events) => sink ? sink.send(events) : (buffer = buffer.concat(events).slice(-500), later()),
    flush: () => sink ? sink.flush?.() : buffer[0] && later(),
    destroy: () => (dead = 1, sink?.destroy?.())
  };
}

exports.lazySink = lazySink;
