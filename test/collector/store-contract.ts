// One contract for every store: the same tests run unchanged against SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import type { MomentEvent } from '../../src/core/types';
import { openStore, type Store } from '../../src/collector/store/store';
import { event, showing } from './events';

/** A store-specific way to get the URL of a new, empty database. */
export type FreshDatabase = () => Promise<string>;

const range = { from: '2026-11-01', to: '2026-11-30' };

/** The fixed events the figure tests use: three touchpoints over two days, plus noise to leave out. */
export function sampleEvents(): MomentEvent[] {
  return [
    // checkout, CSAT: 20th: 5 (comment), 4, 2 with reasons (comment); 21st: 1 (comment), one dismissed, one shown only
    ...showing({ time: '2026-11-20T09:00:00.000Z', value: 5, comment: 'Loved it', context: { plan: 'pro' } }),
    ...showing({ time: '2026-11-20T10:00:00.000Z', value: 4 }),
    ...showing({ time: '2026-11-20T11:00:00.000Z', value: 2, reasons: ['slow', 'confusing'], comment: 'Too slow' }),
    ...showing({ time: '2026-11-21T08:00:00.000Z', value: 1, comment: 'Broken' }),
    ...showing({ time: '2026-11-21T09:00:00.000Z', dismissed: true }),
    ...showing({ time: '2026-11-21T09:30:00.000Z' }),
    // search, NPS: 10, 9, 7, 3 → (2 − 1) / 4 = 25
    ...showing({ touchpoint: 'search', scale: 'nps', time: '2026-11-20T12:00:00.000Z', value: 10, comment: 'Magic search' }),
    ...showing({ touchpoint: 'search', scale: 'nps', time: '2026-11-20T12:01:00.000Z', value: 9 }),
    ...showing({ touchpoint: 'search', scale: 'nps', time: '2026-11-20T12:02:00.000Z', value: 7 }),
    ...showing({ touchpoint: 'search', scale: 'nps', time: '2026-11-20T12:03:00.000Z', value: 3 }),
    // help, thumbs: 1, 1, 0 → 66.7 %
    ...showing({ touchpoint: 'help', scale: 'thumbs', time: '2026-11-22T12:00:00.000Z', value: 1 }),
    ...showing({ touchpoint: 'help', scale: 'thumbs', time: '2026-11-22T12:01:00.000Z', value: 1 }),
    ...showing({ touchpoint: 'help', scale: 'thumbs', time: '2026-11-22T12:02:00.000Z', value: 0, comment: 'Useless' }),
    // Left out of every figure: a preview showing, and events outside the range.
    ...showing({ time: '2026-11-20T13:00:00.000Z', value: 1, comment: 'preview only', preview: true }),
    ...showing({ time: '2026-10-31T23:59:59.999Z', value: 1, comment: 'October' }),
    ...showing({ time: '2026-12-01T00:00:00.000Z', value: 5, comment: 'December' }),
    event('moments.dropped', { touchpoint: '', time: '2026-11-20T00:00:00.000Z', dropped: 7 }),
  ];
}

/** Runs the store contract against the store a fresh database URL selects (through `openWith`, by default the sources' openStore). */
export function storeContract(name: string, fresh: FreshDatabase, openWith: (url: string) => Promise<Store> = openStore): void {
  describe(`store contract: ${name}`, () => {
    const opened: Store[] = [];
    const open = async (url: string) => {
      const s = await openWith(url);
      opened.push(s);
      return s;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('stores a batch and ignores events it already has', async () => {
      const store = await open(await fresh());
      const batch = showing({ value: 4, comment: 'ok' });
      expect(await store.insert(batch)).toEqual({ stored: 3, duplicates: 0 });
      expect(await store.insert(batch)).toEqual({ stored: 0, duplicates: 3 });
      const dup = event('moment.shown');
      expect(await store.insert([dup, dup])).toEqual({ stored: 1, duplicates: 1 });
      expect(await store.count()).toBe(4);
      const d = await store.dashboard(range);
      expect(d.totals).toEqual([{ touchpoint: 'checkout', shown: 2, answered: 1, dismissed: 0, commented: 1 }]);
    });

    it('stores a batch all or nothing, and a failing batch does not fail its neighbours', async () => {
      const store = await open(await fresh());
      const good = showing({ value: 5 });
      // The last event breaks a NOT NULL column (validation would refuse it; the store must still roll back).
      const bad = [...showing({ value: 3 }), { ...event('moment.shown'), page: { path: null, title: 'x' } } as unknown as MomentEvent];
      const [a, b] = await Promise.allSettled([store.insert(bad), store.insert(good)]);
      expect(a.status).toBe('rejected');
      expect(b).toEqual({ status: 'fulfilled', value: { stored: 2, duplicates: 0 } });
      expect(await store.count()).toBe(2);
      // The bad batch's valid events were not kept: sending them again stores them.
      expect(await store.insert(bad.slice(0, 2))).toEqual({ stored: 2, duplicates: 0 });
      const d = await store.dashboard(range);
      expect(d.totals[0]).toMatchObject({ shown: 2, answered: 2 });
    });

    it('resolves only after the batch is readable (committed)', async () => {
      const store = await open(await fresh());
      const batches = Array.from({ length: 20 }, () => showing({ value: 4 }));
      await Promise.all(
        batches.map(async (b) => {
          await store.insert(b);
          const d = await store.dashboard(range);
          expect(d.totals[0].answered).toBeGreaterThanOrEqual(1);
        }),
      );
      expect(await store.count()).toBe(40);
    });

    it('counts an event once when two replicas receive the same batch at the same instant', async () => {
      const url = await fresh();
      const [one, two] = [await open(url), await open(url)];
      const batches = Array.from({ length: 10 }, (_, i) => showing({ value: (i % 5) + 1, reasons: ['r'], comment: `c${i}` }));
      const results = await Promise.all(batches.flatMap((b) => [one.insert(b), two.insert(b)]));
      expect(results.reduce((n, r) => n + r.stored, 0)).toBe(40);
      expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(40);
      expect(await one.count()).toBe(40);
      const d = await two.dashboard(range);
      expect(d.totals).toEqual([{ touchpoint: 'checkout', shown: 10, answered: 10, dismissed: 0, commented: 10 }]);
      expect(d.ratings.reduce((n, r) => n + r.count, 0)).toBe(10);
    });

    it('counts answers once per moment and carries rating and reasons to the comment', async () => {
      const store = await open(await fresh());
      const events = showing({ value: 2, reasons: ['slow', 'price'], comment: 'meh' });
      // The follow-up arrives in a later batch than the first answer, and again as a retry.
      await store.insert(events.slice(0, 2));
      await store.insert(events.slice(2));
      await store.insert(events.slice(2, 3));
      const d = await store.dashboard(range);
      expect(d.totals[0]).toMatchObject({ shown: 1, answered: 1 });
      expect(d.ratings).toEqual([{ day: '2026-11-20', touchpoint: 'checkout', scale: 'csat', value: 2, count: 1 }]);
      expect(d.comments).toHaveLength(1);
      expect(d.comments[0]).toMatchObject({ comment: 'meh', rating: { scale: 'csat', value: 2 }, reasons: ['slow', 'price'] });
    });

    it('gives the dashboard figures from rollups: totals, histogram by day, comments, range, preview left out', async () => {
      const store = await open(await fresh());
      const events = sampleEvents();
      for (let i = 0; i < events.length; i += 7) await store.insert(events.slice(i, i + 7));
      const d = await store.dashboard(range);
      expect(d.totals).toEqual([
        { touchpoint: 'checkout', shown: 6, answered: 4, dismissed: 1, commented: 3 },
        { touchpoint: 'help', shown: 3, answered: 3, dismissed: 0, commented: 1 },
        { touchpoint: 'search', shown: 4, answered: 4, dismissed: 0, commented: 1 },
      ]);
      expect(d.ratings).toEqual([
        { day: '2026-11-20', touchpoint: 'checkout', scale: 'csat', value: 2, count: 1 },
        { day: '2026-11-20', touchpoint: 'checkout', scale: 'csat', value: 4, count: 1 },
        { day: '2026-11-20', touchpoint: 'checkout', scale: 'csat', value: 5, count: 1 },
        { day: '2026-11-20', touchpoint: 'search', scale: 'nps', value: 3, count: 1 },
        { day: '2026-11-20', touchpoint: 'search', scale: 'nps', value: 7, count: 1 },
        { day: '2026-11-20', touchpoint: 'search', scale: 'nps', value: 9, count: 1 },
        { day: '2026-11-20', touchpoint: 'search', scale: 'nps', value: 10, count: 1 },
        { day: '2026-11-21', touchpoint: 'checkout', scale: 'csat', value: 1, count: 1 },
        { day: '2026-11-22', touchpoint: 'help', scale: 'thumbs', value: 0, count: 1 },
        { day: '2026-11-22', touchpoint: 'help', scale: 'thumbs', value: 1, count: 2 },
      ]);
      expect(d.dropped).toBe(7);
      expect(d.comments.map((c) => c.comment)).toEqual(['Useless', 'Broken', 'Magic search', 'Too slow', 'Loved it']);
      expect(d.comments[3]).toMatchObject({ touchpoint: 'checkout', rating: { scale: 'csat', value: 2 }, reasons: ['slow', 'confusing'], page: { path: '/checkout', title: 'Checkout' } });
      expect(d.comments[4]).toMatchObject({ time: '2026-11-20T09:00:00.000Z', context: { plan: 'pro' } });
      expect(d.comments[4].reasons).toBeUndefined();

      const misery = await store.dashboard({ ...range, mood: 'misery' });
      expect(misery.comments.map((c) => c.comment)).toEqual(['Useless', 'Broken', 'Too slow']);
      const magic = await store.dashboard({ ...range, mood: 'magic' });
      expect(magic.comments.map((c) => c.comment)).toEqual(['Magic search', 'Loved it']);
      const limited = await store.dashboard({ ...range, limit: 2 });
      expect(limited.comments.map((c) => c.comment)).toEqual(['Useless', 'Broken']);

      // The range is inclusive UTC days, for rollups and comments alike.
      const oneDay = await store.dashboard({ from: '2026-11-21', to: '2026-11-21' });
      expect(oneDay.totals).toEqual([{ touchpoint: 'checkout', shown: 3, answered: 1, dismissed: 1, commented: 1 }]);
      expect(oneDay.comments.map((c) => c.comment)).toEqual(['Broken']);
      expect(oneDay.dropped).toBe(0);
      const edges = await store.dashboard({ from: '2026-10-31', to: '2026-12-01', mood: 'misery' });
      expect(edges.comments.map((c) => c.comment)).toEqual(['Useless', 'Broken', 'Too slow', 'October']);
      // The preview showing is stored, only kept out of the figures.
      expect(await store.count()).toBe(events.length);
    });

    it('keeps its data and schema version across a restart', async () => {
      const url = await fresh();
      const first = await open(url);
      await first.insert(showing({ value: 3, comment: 'kept' }));
      await first.close();
      const second = await open(url);
      expect(await second.count()).toBe(3);
      expect((await second.dashboard(range)).comments.map((c) => c.comment)).toEqual(['kept']);
    });
  });
}
