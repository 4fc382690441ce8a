import type { MomentsAPI } from '../core/engine';
import { describe } from './describe';

export { describe };
export { problem } from './problem';
export { state, statuses } from './state';

/**
 * Debug mode (`?moments-debug` or `localStorage["moments:debug"]`): prints where every touchpoint stands as a
 * `console.table`, and again whenever that changes. Checks once a second, only in debug mode.
 */
export function debug(api: MomentsAPI): () => void {
  let last = '';
  const print = async () => {
    const rows = (await api.explain()).map(({ id, state, why }) => ({ touchpoint: id, state, why }));
    const now = JSON.stringify(rows);
    if (now != last) (last = now), console.table(rows);
  };
  print();
  const timer = setInterval(print, 1000);
  return () => clearInterval(timer);
}
