import type { MomentEvent } from './types.js';
/** A persisted, bounded event queue shared by all tabs of the origin; see `outbox`. */
export interface Outbox {
    /** Appends events; when over the bounds drops the oldest and counts them. Returns the queue's length. */
    add(events: MomentEvent[]): number;
    /**
     * Leases up to `max` events (and about `budget` bytes) that nobody holds, whose lease expired, or that `owner`
     * holds and `mine(id)` allows; a pending drop count is turned into a `moments.dropped` event first.
     */
    lease(owner: string, max: number, budget: number, ms: number, mine: (id: string) => boolean): MomentEvent[];
    /** The events among `ids` that `owner` still holds (another tab may have overwritten the lease). */
    held(owner: string, ids: string[]): MomentEvent[];
    /** Removes delivered (or refused) events. */
    remove(ids: string[]): void;
    /** Gives leases back so the events are sent again. */
    release(ids: string[]): void;
    /** Number of queued events. */
    size(): number;
}
/**
 * The outbox of one endpoint in localStorage (in memory while storage is blocked or full). Every operation re-reads
 * storage, so tabs see each other's changes without a cache to invalidate.
 * @example const box = outbox('moments:q:/moments'); box.add([event]); const batch = box.lease(me, 20, 60000, 30000, () => true);
 */
export declare function outbox(key: string, maxCount?: number, maxBytes?: number): Outbox;
