export { a as callbackSink, b as consent, c as consoleSink, d as destroy, e as explain, h as httpSink, i as init, o as on, p as preview, s as show } from './index2.js';
