import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type DashboardQuery } from '../../src/collector/store/store';
import { createCollector, type Collector } from '../../src/collector/http/collector';
import { body, event, showing } from './events';
import { post, send } from './http';
import { startPgCluster, type PgCluster } from './pg-cluster';
import { sampleEvents, storeContract } from './store-contract';

let cluster: PgCluster;
const dir = mkdtempSync(join(tmpdir(), 'moments-pgtest-'));
beforeAll(async () => {
  cluster = await startPgCluster();
});
afterAll(() => {
  cluster?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

// A postgres:// URL selects PostgreSQL; each test gets a new database on the throwaway cluster.
storeContract('postgres', () => cluster.createDatabase());

describe('postgres store', () => {
  it('gives the same dashboard figures as SQLite for the same events', async () => {
    const events = [...sampleEvents(), ...Array.from({ length: 60 }, (_, i) => showing({
      touchpoint: ['a', 'b', 'c'][i % 3],
      scale: (['nps', 'thumbs', 'stars5'] as const)[i % 3],
      value: [i % 11, i % 2, 1 + (i % 5)][i % 3],
      reasons: i % 4 ? undefined : ['x', `r${i}`],
      comment: i % 3 ? `comment ${i}` : undefined,
      time: new Date(Date.UTC(2026, 10, 1 + (i % 28), i % 24)).toISOString(),
      context: { i },
    })).flat()];
    const sqlite = await openStore(join(dir, 'same.db'));
    const postgres = await openStore(await cluster.createDatabase());
    try {
      for (let i = 0; i < events.length; i += 20) {
        await Promise.all([sqlite.insert(events.slice(i, i + 20)), postgres.insert(events.slice(i, i + 20))]);
      }
      const queries: DashboardQuery[] = [
        { from: '2026-11-01', to: '2026-11-30' },
        { from: '2026-11-01', to: '2026-11-30', mood: 'misery' },
        { from: '2026-11-10', to: '2026-11-12', mood: 'magic' },
        { from: '2026-10-01', to: '2026-12-31', limit: 500 },
        // One page of touchpoints, and the ratings of that page only.
        { from: '2026-11-01', to: '2026-11-30', touchpointLimit: 2, touchpointOffset: 1 },
        { from: '2026-11-01', to: '2026-11-30', touchpointLimit: 1 },
        { from: '2026-11-01', to: '2026-11-30', touchpointLimit: 50, touchpointOffset: 50 },
      ];
      for (const q of queries) {
        const [a, b] = [await sqlite.dashboard(q), await postgres.dashboard(q)];
        expect(b).toEqual(a);
        if (!q.touchpointOffset || q.touchpointOffset < 50) expect(a.totals.length).toBeGreaterThan(0);
        if (q.touchpointLimit) expect(new Set(a.ratings.map((r) => r.touchpoint))).toEqual(new Set(a.totals.filter((t) => t.answered).map((t) => t.touchpoint)));
      }
    } finally {
      await Promise.all([sqlite.close(), postgres.close()]);
    }
  });

  it('applies migrations once when replicas start together (advisory lock)', async () => {
    const url = await cluster.createDatabase();
    const stores = await Promise.all(Array.from({ length: 6 }, () => openStore(url)));
    await Promise.all(stores.map((s) => s.close()));
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query('SELECT version FROM moments_schema ORDER BY version');
    await c.end();
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
  });
});

describe('collector on postgres', () => {
  const running: Collector[] = [];
  afterAll(async () => {
    await Promise.all(running.map((c) => c.close()));
  });
  async function start(url: string, options: Parameters<typeof createCollector>[0] extends infer O ? Partial<O> : never = {}) {
    const c = createCollector({ store: await openStore(url), rateLimit: 0, log: () => {}, ...options });
    running.push(c);
    return { c, url: await c.listen(0, '127.0.0.1') };
  }

  it('keeps the input rules: 403, 413, 400 naming the problem, nothing half-stored', async () => {
    const db = await cluster.createDatabase();
    const { url } = await start(db, { allowedOrigins: ['https://shop.example'], maxBodyBytes: 3000 });
    expect((await post(url, body([event('moment.shown')]), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(url, body(Array.from({ length: 20 }, () => event('moment.shown'))))).status).toBe(413);
    const bad = await post(url, body([event('moment.shown'), event('moment.answered', { rating: { scale: 'csat', value: 9 } })]));
    expect([bad.status, bad.json().error]).toEqual([400, 'events[1].rating.value must be <= 5']);
    const store = await openStore(db);
    expect(await store.count()).toBe(0);
    await store.close();
    expect((await post(url, body([event('moment.shown')]), { origin: 'https://shop.example' })).json()).toEqual({ stored: 1, duplicates: 0 });
  });

  it('limits the rate per replica: a client over the limit on one replica still gets through another', async () => {
    const db = await cluster.createDatabase();
    const a = await start(db, { rateLimit: 2 });
    const b = await start(db, { rateLimit: 2 });
    const statuses = async (url: string, n: number) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push((await post(url, body([event('moment.shown')]))).status);
      return out;
    };
    expect(await statuses(a.url, 3)).toEqual([200, 200, 429]);
    expect(await statuses(b.url, 3)).toEqual([200, 200, 429]);
  });

  it('answers 503 with Retry-After while the database is down, and recovers by itself', async () => {
    const db = await cluster.createDatabase();
    const { url } = await start(db);
    const before = showing({ value: 4 });
    expect((await post(url, body(before))).status).toBe(200);
    cluster.stop();
    try {
      const during = showing({ value: 2 });
      const r = await post(url, body(during));
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBe('5');
      expect((await send(`${url}/dashboard`)).status).toBe(503);
    } finally {
      cluster.start();
    }
    // The widget retries; the collector reconnects on its own.
    const after = showing({ value: 5, comment: 'back' });
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await post(url, body(after))).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    const html = (await send(`${url}/dashboard?from=2026-11-01&to=2026-11-30`)).text;
    expect(html).toContain('<b data-count="answered">2</b>');
    expect(html).toContain('back');
  });

  it('sums the largest dropped counts and pages touchpoints on PostgreSQL too (issue #19)', async () => {
    const { url } = await start(await cluster.createDatabase());
    const time = new Date(Date.now() - 60_000).toISOString();
    const two = () => body([event('moments.dropped', { touchpoint: '', dropped: 1_000_000, time }), event('moments.dropped', { touchpoint: '', dropped: 1_000_000, time })]);
    for (let i = 0; i < 5; i++) expect((await post(url, two())).status).toBe(200);
    expect((await post(url, two().replace(/1000000/g, '4611686018427387904'))).status).toBe(400);
    const events = Array.from({ length: 60 }, (_, i) => showing({ touchpoint: `tp${String(i).padStart(2, '0')}`, value: 5, comment: i === 59 ? 'last one' : undefined, time })).flat();
    expect((await post(url, body(events))).status).toBe(200);
    const first = (await send(`${url}/dashboard?from=2026-01-01&to=9999-12-31`)).text;
    expect(first).toContain('10,000,000 events were dropped');
    expect(first.match(/<section class="touchpoint"/g)).toHaveLength(50);
    expect(first).toContain('last one');
    const second = (await send(`${url}/dashboard?from=2026-01-01&to=9999-12-31&page=2`)).text;
    expect(second.match(/<section class="touchpoint"/g)).toHaveLength(10);
    expect(second.match(/data-score="CSAT">100%/g)).toHaveLength(10);
  });
});
