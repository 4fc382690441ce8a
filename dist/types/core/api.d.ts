import { type Loaders, type MomentsAPI } from './engine.js';
/**
 * The API for a page (the drop-in): each method is guarded (nothing throws into the page) and the engine is
 * created on first use.
 * @example window.Moments = browserApi(loaders);
 */
export declare function browserApi(loaders: Loaders): MomentsAPI;
/**
 * The API every bundler entry point exposes: `browserApi`, except that each method does nothing outside a
 * browser, so importing or calling it during server rendering is safe.
 * @example const Moments = publicApi(loaders); Moments.init(config);
 */
export declare function publicApi(loaders: Loaders): MomentsAPI;
