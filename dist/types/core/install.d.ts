import type { Loaders } from './engine.js';
/**
 * Defines `window.MomentsWidget` and, when the name is free, `window.Moments` (unless another copy of the drop-in
 * already did: then this copy hands over to it and warns once), starts it from
 * `<script type="application/json" id="moments-config">` when the page has one, and honours
 * `?moments-preview=<id>` and debug mode (`?moments-debug` or `localStorage["moments:debug"]`).
 */
export declare function install(loaders: Loaders): void;
