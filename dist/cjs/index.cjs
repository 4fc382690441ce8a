'use strict';

Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });

const index = require('./index2.cjs');



exports.callbackSink = index.callbackSink;
exports.cloudeventsSink = index.cloudeventsSink;
exports.consent = index.consent;
exports.consoleSink = index.consoleSink;
exports.dataLayerSink = index.dataLayerSink;
exports.destroy = index.destroy;
exports.explain = index.explain;
exports.gtagSink = index.gtagSink;
exports.httpSink = index.httpSink;
exports.init = index.init;
exports.on = index.on;
exports.posthogSink = index.posthogSink;
exports.preview = index.preview;
exports.segmentSink = index.segmentSink;
exports.show = index.show;
