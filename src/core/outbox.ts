import type { MomentEvent } from './types';
import { buildEvent } from './events';
import { utf8Length } from '../shared/utf8Length';
import { MAX_DROPPED } from '../shared/limits';
import { toJson } from './toJson';

/** One queued event, its JSON size in UTF-8 bytes `b`; `o`/`x` are the owner and expiry of the in-flight lease taken by a tab. */
interface Entry {
  e: MomentEvent;
  b: number;
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
export function outbox(key: string, maxCount = 1000, maxBytes = 524288): Outbox {
  // Not createStorage: its memory copy would answer whenever the key is absent, and here an absent key usually
  // means another tab emptied the queue, so a stale copy would be sent twice. Memory is used only while writes fail.
  let mem: State | undefined;
  const read = (): State => {
    let got = mem;
    try {
      got ??= JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      /* blocked or corrupt: start empty */
    }
    return got && Array.isArray(got.q) ? got : { q: [] };
  };
  const update = <T>(fn: (s: State) => T): T => {
    const s = read();
    const r = fn(s);
    try {
      if (s.q.length || s.d) localStorage.setItem(key, toJson(s)!);
      else localStorage.removeItem(key);
      mem = undefined;
    } catch {
      mem = s; // quota exceeded or storage disabled: this page keeps the queue in memory
      try {
        localStorage.removeItem(key); // and no tab sends the stale stored copy
      } catch {
        /* disabled */
      }
    }
    return r;
  };
  const has = (ids: string[]) => (x: Entry) => ids.includes(x.e.id);
  // Bytes as sent (UTF-8), not UTF-16 units: the byte bounds and the 64 KB beacon budget hold for any text.
  const entry = (e: MomentEvent): Entry => ({ e, b: utf8Length(toJson(e)!) });
  return {
    add: (events) =>
      update((s) => {
        s.q.push(...events.map(entry));
        let n = s.q.reduce((n, x) => n + x.b, 0);
        while (s.q.length > maxCount || n > maxBytes) {
          n -= s.q.shift()!.b;
          s.d = (s.d || 0) + 1;
        }
        return s.q.length;
      }),
    lease: (owner, max, budget, ms, mine) =>
      update((s) => {
        const now = Date.now();
        if (s.d) {
          s.q.unshift(entry(buildEvent('moments.dropped', { dropped: Math.min(s.d, MAX_DROPPED) })));
        }
        s.d = 0;
        const out: MomentEvent[] = [];
        for (const x of s.q) {
          if (out.length >= max) break;
          if (x.o && x.x! > now && (x.o != owner || !mine(x.e.id))) continue;
          if ((budget -= x.b) < 0 && out.length) break;
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
