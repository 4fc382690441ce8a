import type { Loaders } from './engine';
/**
 * Defines `window.Moments` (unless another copy already did: then this copy hands over to it and warns once),
 * starts it from `<script type="application/json" id="moments-config">` when the page has one, and honours
 * `?moments-preview=<id>` and debug mode (`?moments-debug` or `localStorage["moments:debug"]`).
 */
export declare function install(loaders: Loaders): void;
