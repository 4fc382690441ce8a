// The eager drop-in (dist/moments.js): every page view pays for this file, so no preact here.
import { install } from './core/install';

// currentScript is only set while this file first runs, so resolve the chunks' base URL now.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
const url = (name: string) => new URL(`moments-${name}.js`, base).href;
const load = (name: string) => import(/* @vite-ignore */ url(name));
let preloaded = 0;

install({
  ui: () => load('ui'),
  explain: () => load('explain'),
  // The hint leaves the page once fetched: the module map keeps the module, and the page keeps no element of ours.
  preload: () =>
    preloaded++ ||
    (self.requestIdleCallback || setTimeout)(() => {
      const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: url('ui') });
      link.onload = link.onerror = () => link.remove();
      document.head.append(link);
    }),
});
