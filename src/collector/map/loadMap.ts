import type { Store } from '../store/store';
import { mapFigures, type MapFigures, type MapOrder } from './mapFigures';
import { previousPeriod } from './previousPeriod';

/**
 * Reads what the map needs — the rollups of the period and of the one before, and each
 * touchpoint's first day — and computes its figures. Never reads the events table.
 * @example
 * const figures = await loadMap(store, { from: '2026-11-01', to: '2026-11-30' }, 'worst');
 */
export async function loadMap(store: Store, range: { from: string; to: string }, order: MapOrder = 'journey'): Promise<MapFigures> {
  const before = previousPeriod(range);
  const [current, previous, firstSeen] = await Promise.all([
    store.dashboard({ ...range, limit: 0 }),
    store.dashboard({ ...before, limit: 0 }),
    store.touchpointOrder(),
  ]);
  return mapFigures(range, before, current, previous, firstSeen, order);
}
