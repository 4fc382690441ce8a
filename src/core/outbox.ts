import type { MomentEvent } from './types';
import { createStorage } from './storage';
import { buildEvent } from './events';

/** One queued event; `o`/`x` are the owner and expiry of the in-flight lease taken by a tab. */
interface Entry {
  e: MomentEvent;
  o?: string;
  x?: number;
}
/** What is stored: the queue and how many events it dropped since the last `moments.dropped`. */
interface State {
  q: Entry[];
  d?: number;
}

/** A persisted, bounded event queue shared by all tabs of the origin; see `outbox`. */
export interface Outbox {
  /** Appends events; when over the bounds drops the oldest and counts them. */
  add(events: MomentEvent[]): void;
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

const bytes = (e: MomentEvent) => JSON.stringify(e).length;

/**
 * The outbox of one endpoint in localStorage (in memory when storage is blocked). Every operation re-reads
 * storage, so tabs see each other's changes without a cache to invalidate.
 * @example const box = outbox('moments:q:/moments'); box.add([event]); const batch = box.lease(me, 20, 60000, 30000, () => true);
 */
export function outbox(key: string, maxCount = 500, maxBytes = 262144): Outbox {
  const store = createStorage('localStorage');
  const read = (): State => {
    const got = store.get<State>(key);
    return got && Array.isArray(got.q) ? got : { q: [] };
  };
  const update = <T>(fn: (s: State) => T): T => {
    const s = read();
    const r = fn(s);
    // Remove first: if the write then fails (quota), reads fall back to the in-memory copy, not a stale one.
    store.remove(key);
    if (s.q.length || s.d) store.set(key, s);
    return r;
  };
  const has = (ids: string[]) => (x: Entry) => ids.includes(x.e.id);
  return {
    add: (events) =>
      update((s) => {
        s.q.push(...events.map((e) => ({ e })));
        let n = s.q.reduce((n, x) => n + bytes(x.e), 0);
        while (s.q.length > maxCount || n > maxBytes) {
          n -= bytes(s.q.shift()!.e);
          s.d = (s.d || 0) + 1;
        }
      }),
    lease: (owner, max, budget, ms, mine) =>
      update((s) => {
        const now = Date.now();
        if (s.d) s.q.unshift({ e: buildEvent('moments.dropped', { dropped: s.d }) });
        s.d = 0;
        const out: MomentEvent[] = [];
        for (const x of s.q) {
          if (out.length >= max) break;
          if (x.o && x.x! > now && (x.o != owner || !mine(x.e.id))) continue;
          if ((budget -= bytes(x.e)) < 0 && out.length) break;
          x.o = owner;
          x.x = now + ms;
          out.push(x.e);
        }
        return out;
      }),
    held: (owner, ids) => read().q.filter((x) => x.o == owner && has(ids)(x)).map((x) => x.e),
    remove: (ids) => update((s) => void (s.q = s.q.filter((x) => !has(ids)(x)))),
    release: (ids) => update((s) => s.q.filter(has(ids)).forEach((x) => delete x.o)),
    size: () => read().q.length,
  };
}
