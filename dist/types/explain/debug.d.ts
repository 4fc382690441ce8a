import type { MomentsAPI } from '../core/engine.js';
import { describe } from './describe.js';
export { describe };
export { problem } from './problem.js';
export { state, statuses } from './state.js';
/**
 * Debug mode (`?moments-debug` or `localStorage["moments:debug"]`): prints where every touchpoint stands as a
 * `console.table`, and again whenever that changes. Checks once a second, only in debug mode.
 */
export declare function debug(api: MomentsAPI): () => void;
