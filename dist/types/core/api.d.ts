import { type Loaders, type MomentsAPI } from './engine';
/**
 * The API every entry point exposes: each method is guarded (nothing throws into the page) and does
 * nothing outside a browser, so importing or calling it during server rendering is safe.
 * @example const Moments = publicApi(loaders); Moments.init(config);
 */
export declare function publicApi(loaders: Loaders): MomentsAPI;
