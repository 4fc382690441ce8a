import type { Store } from '../store/store.js';
import { type MapFigures, type MapOrder } from './mapFigures.js';
/**
 * Reads what the map needs — the rollups of the period and of the one before, and each
 * touchpoint's first day — and computes its figures. Never reads the events table.
 * @example
 * const figures = await loadMap(store, { from: '2026-11-01', to: '2026-11-30' }, 'worst');
 */
export declare function loadMap(store: Store, range: {
    from: string;
    to: string;
}, order?: MapOrder): Promise<MapFigures>;
