import { afterEach, describe, expect, it, vi } from 'vitest';
import { outbox } from '../../src/core/outbox';
import { buildEvent } from '../../src/core/events';
import { MAX_DROPPED } from '../../src/shared/limits';

const ev = (i: number) => buildEvent('moment.shown', { touchpoint: 't', moment: 'm' + i });
const all = () => true;
afterEach(() => vi.useRealTimers());

describe('outbox', () => {
  it('leases each event to one owner until released or expired', () => {
    vi.useFakeTimers();
    const a = outbox('k');
    const b = outbox('k'); // another tab: same storage
    const es = [ev(1), ev(2), ev(3)];
    expect(a.add(es)).toBe(3);
    expect(a.lease('A', 2, 1e6, 30_000, all).map((e) => e.id)).toEqual([es[0].id, es[1].id]);
    expect(b.lease('B', 10, 1e6, 30_000, all).map((e) => e.id)).toEqual([es[2].id]);
    expect(b.lease('B', 10, 1e6, 30_000, () => false)).toEqual([]); // B's own, but not free for it
    expect(a.held('A', es.map((e) => e.id)).map((e) => e.id)).toEqual([es[0].id, es[1].id]);
    a.release([es[0].id]);
    expect(b.lease('B', 10, 1e6, 30_000, () => false).map((e) => e.id)).toEqual([es[0].id]);
    vi.advanceTimersByTime(20_000);
    expect(a.lease('A', 10, 1e6, 30_000, all)).toHaveLength(1); // A may take back its own free one (es[1])
    vi.advanceTimersByTime(30_001); // every lease expired (say both tabs crashed): anyone may send again
    expect(b.lease('C', 10, 1e6, 30_000, () => false).map((e) => e.id)).toEqual(es.map((e) => e.id));
    b.remove(es.map((e) => e.id));
    expect(a.size()).toBe(0);
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('cuts a lease at the byte budget but always takes at least one event', () => {
    const box = outbox('k');
    box.add([ev(1), ev(2), ev(3)]);
    const one = JSON.stringify(ev(1)).length;
    expect(box.lease('A', 10, one * 2 + 10, 1000, all)).toHaveLength(2);
    expect(box.lease('A', 10, 1, 1000, () => false)).toHaveLength(1);
  });

  it('counts UTF-8 bytes, so a multibyte batch stays inside the 64 KB beacon budget it is cut to', () => {
    const box = outbox('k');
    const comment = (i: number) => buildEvent('moment.commented', { touchpoint: 't', moment: 'm' + i, comment: 'お'.repeat(1000) });
    box.add([comment(1), comment(2), comment(3)]);
    const bytes = new Blob([JSON.stringify(comment(1))]).size; // about 3,200 bytes, 1,200 UTF-16 units
    const budget = bytes * 2 + 10;
    const got = box.lease('A', 10, budget, 1000, all);
    expect(got).toHaveLength(2);
    expect(new Blob([JSON.stringify(got)]).size).toBeLessThan(budget);
  });

  it('reports at most the collector\'s maximum in one moments.dropped, so the endpoint never refuses it', () => {
    localStorage.setItem('k', JSON.stringify({ q: [], d: 5_000_000 })); // a page that dropped millions (or a tampered queue)
    const got = outbox('k').lease('A', 10, 1e6, 1000, all);
    expect(got[0]).toMatchObject({ type: 'moments.dropped', dropped: MAX_DROPPED });
  });

  it('drops the oldest over the count bound and reports them in a moments.dropped first in line', () => {
    const box = outbox('k', 2);
    const es = [ev(1), ev(2), ev(3), ev(4)];
    box.add(es.slice(0, 3));
    box.add(es.slice(3));
    const got = box.lease('A', 10, 1e6, 1000, all);
    expect(got[0]).toMatchObject({ type: 'moments.dropped', dropped: 2, schema: 1 });
    expect(got.slice(1).map((e) => e.id)).toEqual([es[2].id, es[3].id]);
    expect(box.lease('A', 10, 1e6, 1000, () => false)).toEqual([]); // the count was consumed
  });

  it('ignores a corrupt stored value', () => {
    localStorage.setItem('k', '{"q": 5}');
    const box = outbox('k');
    expect(box.size()).toBe(0);
    box.add([ev(1)]);
    expect(box.size()).toBe(1);
  });
});

describe('outbox on a page with Array.prototype.toJSON (Prototype.js, #19)', () => {
  afterEach(() => void delete (Array.prototype as { toJSON?: unknown }).toJSON);

  it('persists a readable queue: another tab (or the next page) leases the same intact events', () => {
    Object.defineProperty(Array.prototype, 'toJSON', { value: () => 'an array', configurable: true, writable: true });
    const es = [buildEvent('moment.answered', { touchpoint: 't', moment: 'm', reasons: ['slow'] }), ev(2)];
    expect(outbox('p').add(es)).toBe(2);
    // The control: what the native writer makes of the queue.
    expect(typeof JSON.parse(JSON.stringify({ q: [1] })).q).toBe('string');
    expect(Array.isArray(JSON.parse(localStorage.getItem('p')!).q)).toBe(true);
    expect(outbox('p').lease('B', 10, 1e6, 30_000, all)).toEqual(es);
    localStorage.removeItem('p');
  });
});
