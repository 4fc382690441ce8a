// The eager drop-in (dist/moments.js): every page view pays for this file, so no preact here.
import { install } from './core/install';

// currentScript is only set while this file first runs, so resolve the chunks' base URL now.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
const url = (name: string) => new URL(`moments-${name}.js`, base).href;
const load = (name: string) => import(/* @vite-ignore */ url(name));

install({ ui: () => load('ui'), explain: () => load('explain') });
