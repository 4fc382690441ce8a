// The eager drop-in (dist/moments.js): every page view pays for this file, so no preact here.
import { install } from './core/install';
import { assetsBase } from './core/assetsBase';
import { doc } from './core/doc';

// currentScript is only set while this file first runs, so resolve the chunks' base URL now. Only a real script
// element counts: `<img name="currentScript" src="https://attacker.example/">` must never choose where code loads from.
const script = doc('currentScript');
const own = script instanceof HTMLScriptElement && script;
// Injected as inline text (a tag manager), the script has no src: its `data-assets` or the config's `assetsUrl` says
// where the chunks live.
const fallback = (own && (assetsBase(own.dataset.assets, 'data-assets') || own.src)) || location.href;
let base: string | undefined;
const load = (name: string) => import(/* @vite-ignore */ new URL(`moments-${name}.js`, base || fallback).href);

install({ ui: () => load('ui'), explain: () => load('explain'), assets: (url) => (base = assetsBase(url, 'assetsUrl')) });
