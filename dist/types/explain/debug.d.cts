import type { MomentsAPI } from '../core/engine.cjs';
import { describe } from './describe.cjs';
export { describe };
export { problem } from './problem.cjs';
export { state, statuses } from './state.cjs';
/**
 * Debug mode (`?moments-debug` or `localStorage["moments:debug"]`): prints where every touchpoint stands as a
 * `console.table`, and again whenever that changes. Checks once a second, only in debug mode.
 */
export declare function debug(api: MomentsAPI): () => void;
