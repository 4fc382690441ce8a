#!/usr/bin/env node
// Collector benchmark: durable ingest rate on loopback (batches of 20, many keep-alive connections)
// and dashboard response time at 100,000 and 1,000,000 stored events, for SQLite and PostgreSQL
// (one collector, and two collectors sharing the database), the map of moments' response time, and
// the export's rows per second and peak memory at the same sizes. Runs the built dist/collector.js.
// Usage: node bench/collector.mjs [--quick] [--sqlite-only]
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import net from 'node:net';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist/collector.js');
const PG_BIN = '/usr/lib/postgresql/15/bin';

// ---------- synthetic events ----------

const TOUCHPOINTS = [
  { id: 'checkout', scale: 'csat', values: [1, 2, 3, 4, 5] },
  { id: 'search', scale: 'nps', values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
  { id: 'help-article', scale: 'thumbs', values: [0, 1] },
  { id: 'onboarding', scale: 'emoji5', values: [1, 2, 3, 4, 5] },
  { id: 'delivery', scale: 'stars5', values: [1, 2, 3, 4, 5] },
];
const REASONS = ['slow', 'confusing', 'price', 'missing feature', 'bug', 'great support'];

/** A seeded PRNG, so every run stores the same mix. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

/** About `count` events of showings spread over the `days` days up to now (~2.3 events a showing). */
export function* events(count, days, seed = 1) {
  const r = rng(seed);
  const now = Date.now();
  let n = 0;
  while (n < count) {
    const tp = TOUCHPOINTS[Math.floor(r() * TOUCHPOINTS.length)];
    const moment = randomUUID();
    const t = now - Math.floor(r() * days * 86_400_000);
    const base = { schema: 1, touchpoint: tp.id, moment, page: { path: `/${tp.id}`, title: `${tp.id} page` } };
    const at = (ms) => new Date(t + ms).toISOString();
    yield { ...base, id: randomUUID(), type: 'moment.shown', time: at(0) };
    n++;
    const x = r();
    if (x < 0.15) {
      yield { ...base, id: randomUUID(), type: 'moment.dismissed', time: at(4000) };
      n++;
    } else if (x < 0.6) {
      const rating = { scale: tp.scale, value: tp.values[Math.floor(r() * tp.values.length)] };
      yield { ...base, id: randomUUID(), type: 'moment.answered', time: at(3000), rating };
      n++;
      if (r() < 0.3) {
        yield { ...base, id: randomUUID(), type: 'moment.answered', time: at(5000), rating, reasons: [REASONS[Math.floor(r() * REASONS.length)]] };
        n++;
      }
      if (r() < 0.35) {
        yield { ...base, id: randomUUID(), type: 'moment.commented', time: at(9000), comment: `Comment ${n}: the ${tp.id} step was ${rating.value}`, context: { plan: r() < 0.5 ? 'free' : 'pro' } };
        n++;
      }
    }
  }
}

/** Stores `count` events straight through the store in big transactions (not over HTTP). */
export async function fill(openStore, url, count, seed) {
  const store = await openStore(url);
  const t0 = performance.now();
  let batch = [];
  let stored = 0;
  for (const e of events(count, 90, seed)) {
    batch.push(e);
    if (batch.length === 5000) {
      stored += (await store.insert(batch)).stored;
      batch = [];
    }
  }
  if (batch.length) stored += (await store.insert(batch)).stored;
  await store.close();
  return { stored, seconds: (performance.now() - t0) / 1000 };
}

/**
 * PostgreSQL only: generates about `count` events of the same mix server-side (generate_series),
 * then rebuilds the rollups from the events table with the rules the store applies per insert
 * (answers once per moment, first answer's rating, previews left out). Streaming a million rows
 * through JSON would take most of the bench's time budget; ingest through the store is measured
 * separately.
 */
export async function fillPgSql(url, count) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = performance.now();
  try {
    const before = Number((await c.query('SELECT count(*) AS n FROM events')).rows[0].n);
    // 1 shown + 15 % dismissed + 45 % answered × (1 + 30 % follow-up + 35 % comment) ≈ 1.89 events a showing.
    const showings = Math.ceil(count / 1.8925);
    await c.query('BEGIN');
    await c.query(
      `WITH s AS (
         SELECT g, gen_random_uuid()::text AS moment, 1 + g % 5 AS k,
                date_trunc('milliseconds', now() - random() * interval '90 days') AS t, random() AS x, random() AS y, random() AS z, random() AS v
         FROM generate_series(1, $1::int) g
       ), r AS (
         SELECT s.*, (ARRAY['checkout','search','help-article','onboarding','delivery'])[k] AS touchpoint,
                (ARRAY['csat','nps','thumbs','emoji5','stars5'])[k] AS scale
         FROM s
       )
       INSERT INTO events (id, type, touchpoint, moment, time, day, page_path, page_title, context, scale, value, reasons, comment, preview)
       SELECT gen_random_uuid()::text, e.type, r.touchpoint, r.moment, r.t + e.ms * interval '1 millisecond',
              ((r.t + e.ms * interval '1 millisecond') AT TIME ZONE 'UTC')::date, '/' || r.touchpoint, r.touchpoint || ' page',
              CASE WHEN e.type = 'moment.commented' THEN json_build_object('plan', CASE WHEN r.y < 0.5 THEN 'free' ELSE 'pro' END) END,
              CASE WHEN e.type = 'moment.answered' THEN r.scale END,
              CASE WHEN e.type = 'moment.answered' THEN
                CASE r.scale WHEN 'nps' THEN floor(r.v * 11) WHEN 'thumbs' THEN floor(r.v * 2) ELSE 1 + floor(r.v * 5) END END,
              CASE WHEN e.ms = 5000 THEN json_build_array((ARRAY['slow','confusing','price','missing feature','bug','great support'])[1 + r.g % 6]) END,
              CASE WHEN e.type = 'moment.commented' THEN 'Comment ' || r.g || ': the ' || r.touchpoint || ' step' END,
              false
       FROM r CROSS JOIN LATERAL (VALUES
         ('moment.shown', 0, true),
         ('moment.dismissed', 4000, r.x < 0.15),
         ('moment.answered', 3000, r.x >= 0.15 AND r.x < 0.6),
         ('moment.answered', 5000, r.x >= 0.15 AND r.x < 0.6 AND r.y < 0.3),
         ('moment.commented', 9000, r.x >= 0.15 AND r.x < 0.6 AND r.z < 0.35)
       ) AS e(type, ms, keep)
       WHERE e.keep`,
      [showings],
    );
    await c.query('TRUNCATE moments, daily, daily_ratings, daily_dropped');
    await c.query(
      `INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons)
       SELECT DISTINCT ON (e.moment) e.moment, e.touchpoint, e.day, e.scale, e.value,
              CASE WHEN e.scale = 'thumbs' THEN CASE WHEN e.value >= 1 THEN 1 ELSE -1 END
                   WHEN e.scale = 'nps' THEN CASE WHEN e.value <= 6 THEN -1 WHEN e.value >= 9 THEN 1 ELSE 0 END
                   ELSE CASE WHEN e.value <= 2 THEN -1 WHEN e.value >= 4 THEN 1 ELSE 0 END END,
              f.reasons
       FROM events e
       LEFT JOIN (SELECT DISTINCT ON (moment) moment, reasons FROM events
                  WHERE type = 'moment.answered' AND reasons IS NOT NULL AND NOT preview ORDER BY moment, time) f ON f.moment = e.moment
       WHERE e.type = 'moment.answered' AND NOT e.preview ORDER BY e.moment, e.time`,
    );
    await c.query(
      `INSERT INTO daily (day, touchpoint, shard, shown, answered, dismissed, commented)
       SELECT day, touchpoint, 0, count(*) FILTER (WHERE type = 'moment.shown'), 0,
              count(*) FILTER (WHERE type = 'moment.dismissed'), count(*) FILTER (WHERE type = 'moment.commented')
       FROM events WHERE NOT preview AND type <> 'moments.dropped' GROUP BY day, touchpoint`,
    );
    await c.query(
      `INSERT INTO daily (day, touchpoint, shard, answered)
       SELECT day, touchpoint, 0, count(*) FROM moments GROUP BY day, touchpoint
       ON CONFLICT (day, touchpoint, shard) DO UPDATE SET answered = excluded.answered`,
    );
    await c.query(`INSERT INTO daily_ratings (day, touchpoint, scale, value, shard, n) SELECT day, touchpoint, scale, value, 0, count(*) FROM moments GROUP BY 1, 2, 3, 4`);
    await c.query('COMMIT');
    await c.query('VACUUM ANALYZE');
    const after = Number((await c.query('SELECT count(*) AS n FROM events')).rows[0].n);
    return { stored: after - before, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await c.end();
  }
}

/**
 * SQLite only: the same as {@link fillPgSql}, in SQLite's SQL: generate about `count` events in one
 * statement, then rebuild the rollups from them with the store's rules. Ids and moment ids are
 * random 16-byte BLOBs, as the store keeps the random UUIDs widgets send (src/collector/store/sqlite/idKey.ts).
 */
export async function fillSqliteSql(openStore, path, count) {
  await (await openStore(path)).close(); // create and migrate
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path);
  const t0 = performance.now();
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('cache_size = -262144');
    const before = db.prepare('SELECT count(*) AS n FROM events').get().n;
    const showings = Math.ceil(count / 1.8925);
    const rnd = '((random() & 1048575) / 1048576.0)';
    db.transaction(() => {
      db.exec('DROP TABLE IF EXISTS temp.s');
      db.prepare(
        `CREATE TEMP TABLE s AS WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ?)
         SELECT n AS g, randomblob(16) AS moment, 1 + n % 5 AS k,
                ? - CAST(${rnd} * 90 * 86400000 AS INTEGER) AS t, ${rnd} AS x, ${rnd} AS y, ${rnd} AS z, ${rnd} AS v FROM g`,
      ).run(showings, Date.now());
      db.exec(`
        INSERT INTO events (id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview, received_at)
        SELECT randomblob(16), e.type, s.tp, s.moment, iso, substr(iso, 1, 10), '/' || s.tp, s.tp || ' page', NULL,
               CASE WHEN e.type = 'moment.commented' THEN json_object('plan', CASE WHEN s.y < 0.5 THEN 'free' ELSE 'pro' END) END,
               CASE WHEN e.type = 'moment.answered' THEN s.scale END,
               CASE WHEN e.type = 'moment.answered' THEN
                 CASE s.scale WHEN 'nps' THEN CAST(s.v * 11 AS INTEGER) WHEN 'thumbs' THEN CAST(s.v * 2 AS INTEGER) ELSE 1 + CAST(s.v * 5 AS INTEGER) END END,
               CASE WHEN e.ms = 5000 THEN json_array(CASE s.g % 6 WHEN 0 THEN 'slow' WHEN 1 THEN 'confusing' WHEN 2 THEN 'price' WHEN 3 THEN 'missing feature' WHEN 4 THEN 'bug' ELSE 'great support' END) END,
               CASE WHEN e.type = 'moment.commented' THEN 'Comment ' || s.g || ': the ' || s.tp || ' step' END,
               NULL, 0, iso
        FROM (SELECT s0.*, CASE k WHEN 1 THEN 'checkout' WHEN 2 THEN 'search' WHEN 3 THEN 'help-article' WHEN 4 THEN 'onboarding' ELSE 'delivery' END AS tp,
                     CASE k WHEN 1 THEN 'csat' WHEN 2 THEN 'nps' WHEN 3 THEN 'thumbs' WHEN 4 THEN 'emoji5' ELSE 'stars5' END AS scale FROM temp.s AS s0) s
        JOIN (SELECT 'moment.shown' AS type, 0 AS ms UNION ALL SELECT 'moment.dismissed', 4000 UNION ALL SELECT 'moment.answered', 3000
              UNION ALL SELECT 'moment.answered', 5000 UNION ALL SELECT 'moment.commented', 9000) e
          ON e.ms = 0 OR (e.ms = 4000 AND s.x < 0.15) OR (e.ms = 3000 AND s.x >= 0.15 AND s.x < 0.6)
             OR (e.ms = 5000 AND s.x >= 0.15 AND s.x < 0.6 AND s.y < 0.3) OR (e.ms = 9000 AND s.x >= 0.15 AND s.x < 0.6 AND s.z < 0.35)
        ;`.replace(/iso/g, "strftime('%Y-%m-%dT%H:%M:%fZ', (s.t + e.ms) / 1000.0, 'unixepoch')"));
      db.exec(`
        DELETE FROM moments; DELETE FROM daily; DELETE FROM daily_ratings; DELETE FROM daily_dropped;
        INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons)
          SELECT moment, touchpoint, day, scale, value,
                 CASE WHEN scale = 'thumbs' THEN CASE WHEN value >= 1 THEN 1 ELSE -1 END
                      WHEN scale = 'nps' THEN CASE WHEN value <= 6 THEN -1 WHEN value >= 9 THEN 1 ELSE 0 END
                      ELSE CASE WHEN value <= 2 THEN -1 WHEN value >= 4 THEN 1 ELSE 0 END END, reasons
          FROM events WHERE type = 'moment.answered' AND preview = 0 ORDER BY time
          ON CONFLICT (moment) DO UPDATE SET reasons = coalesce(excluded.reasons, moments.reasons);
        INSERT INTO daily (day, touchpoint, shown, answered, dismissed, commented)
          SELECT day, touchpoint, sum(type = 'moment.shown'), 0, sum(type = 'moment.dismissed'), sum(type = 'moment.commented')
          FROM events WHERE preview = 0 AND type <> 'moments.dropped' GROUP BY day, touchpoint;
        INSERT INTO daily (day, touchpoint, answered) SELECT day, touchpoint, count(*) FROM moments WHERE true GROUP BY day, touchpoint
          ON CONFLICT (day, touchpoint) DO UPDATE SET answered = excluded.answered;
        INSERT INTO daily_ratings (day, touchpoint, scale, value, n) SELECT day, touchpoint, scale, value, count(*) FROM moments GROUP BY 1, 2, 3, 4;
        DROP TABLE temp.s;
      `);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const after = db.prepare('SELECT count(*) AS n FROM events').get().n;
    return { stored: after - before, seconds: (performance.now() - t0) / 1000 };
  } finally {
    db.close();
  }
}

// ---------- processes ----------

/** Starts `node dist/collector.js` on a free port; resolves once it prints its URL. */
function startCollector(db, extraEnv = {}) {
  const proc = spawn(process.execPath, [DIST], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOMENTS_DB: db, MOMENTS_RATE_LIMIT: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolveStart, reject) => {
    const onData = (d) => {
      out += d;
      const m = /Moments collector on (http:\/\/\S+)/.exec(out);
      if (m) resolveStart({ url: m[1], pid: proc.pid, stop: () => new Promise((r) => { proc.once('exit', r); proc.kill('SIGTERM'); }) });
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', (d) => (out += d));
    proc.once('exit', (code) => reject(new Error(`collector exited (${code}): ${out}`)));
  });
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks (100 Hz)
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((r) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => r(port));
    });
  });
}

/** A throwaway PostgreSQL 15 cluster as user nobody (PostgreSQL refuses root). */
export async function startPg() {
  const dir = mkdtempSync(join(tmpdir(), 'moments-bench-pg-'));
  chownSync(dir, 65534, 65534);
  const port = await freePort();
  const asNobody = (cmd, args) => execFileSync('runuser', ['-u', 'nobody', '--', join(PG_BIN, cmd), ...args], { stdio: 'pipe' });
  asNobody('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 'moments', '--no-sync']);
  // Durable like production (fsync, synchronous_commit on); sized for a 2-core test machine.
  writeFileSync(`${dir}/data/postgresql.auto.conf`, 'shared_buffers = 256MB\nmax_connections = 100\nwal_buffers = 16MB\nmax_wal_size = 2GB\n');
  asNobody('pg_ctl', ['-D', `${dir}/data`, '-o', `-k ${dir} -h 127.0.0.1 -p ${port}`, '-l', `${dir}/log`, '-w', 'start']);
  let n = 0;
  return {
    /** A new database on the cluster, as a MOMENTS_DB URL. */
    async database() {
      const { default: pg } = await import('pg');
      const name = `bench${n++}`;
      const c = new pg.Client({ connectionString: `postgres://moments@127.0.0.1:${port}/postgres` });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return `postgres://moments@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        asNobody('pg_ctl', ['-D', `${dir}/data`, '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// ---------- measurements ----------

function request(agent, url, method, body) {
  return new Promise((resolveReq, reject) => {
    const req = http.request(url, { method, agent, headers: body ? { 'content-type': 'text/plain;charset=UTF-8', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolveReq(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Posts batches of 20 over `connections` keep-alive connections, spread over the collectors, until
 * `total` events or `seconds`. Also reports the collectors' CPU time per event: on a shared machine
 * events/s moves with the load, CPU per event much less.
 */
export async function ingest(collectors, { total, seconds, connections }) {
  const urls = collectors.map((c) => c.url);
  const agents = urls.map(() => new http.Agent({ keepAlive: true, maxSockets: connections }));
  // Bodies are built before the clock starts, so the figure is the collector's, not the generator's.
  const bodies = [];
  let batch = [];
  for (const e of events(total, 1, 7)) {
    batch.push(e);
    if (batch.length === 20) {
      bodies.push(JSON.stringify({ events: batch }));
      batch = [];
    }
  }
  let next = 0;
  let acked = 0;
  let failed = 0;
  const cpu0 = collectors.map((c) => cpuMs(c.pid));
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, i) => {
      const url = `${urls[i % urls.length]}/moments`;
      const agent = agents[i % urls.length];
      while (next < bodies.length && performance.now() < deadline) {
        const status = await request(agent, url, 'POST', bodies[next++]);
        if (status === 200) acked += 20;
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = collectors.reduce((n, c, i) => (n === null || cpu0[i] === null ? null : n + cpuMs(c.pid) - cpu0[i]), 0);
  agents.forEach((a) => a.destroy());
  // How well group commit grouped: batches per write transaction (one fsync each), over all collectors.
  let commits = 0;
  let batches = 0;
  for (const u of urls) {
    const w = (await (await fetch(`${u}/health`)).json()).writes ?? { commits: 0, batches: 0 };
    commits += w.commits;
    batches += w.batches;
  }
  return {
    eventsPerSecond: Math.round(acked / elapsed),
    events: acked,
    failedRequests: failed,
    seconds: +elapsed.toFixed(2),
    connections,
    collectors: urls.length,
    batchesPerCommit: commits ? +(batches / commits).toFixed(1) : null,
    collectorCpuMicrosPerEvent: cpu === null || !acked ? null : +((cpu * 1000) / acked).toFixed(1),
  };
}

/** GET /dashboard: one warm-up, then the median of `runs`, for the default view (last 30 days) and 90 days of misery. */
async function dashboardTimes(url, runs = 7) {
  const agent = new http.Agent({ keepAlive: true });
  const time = async (path) => {
    await request(agent, url + path, 'GET');
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const status = await request(agent, url + path, 'GET');
      ms.push(performance.now() - t0);
      if (status !== 200) throw new Error(`GET ${path}: ${status}`);
    }
    ms.sort((a, b) => a - b);
    return +ms[Math.floor(ms.length / 2)].toFixed(1);
  };
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
  const result = {
    last30DaysMs: await time('/dashboard'),
    misery90DaysMs: await time(`/dashboard?from=${from}&to=${today}&mood=misery`),
    // The map of moments: two periods of rollups, first-seen days, 50 misery comments.
    map30DaysMs: await time('/map'),
    // Worst first over 90 days, comments filtered by one touchpoint and a context value.
    mapFiltered90DaysMs: await time(`/map?from=${from}&to=${today}&order=worst&touchpoint=checkout&key=plan&value=pro`),
  };
  agent.destroy();
  return result;
}

/** Resident memory of a process in MB (Linux /proc); null elsewhere. */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? +(Number(m[1]) / 1024).toFixed(1) : null;
  } catch {
    return null;
  }
}

/**
 * GET /export of the last 90 days as CSV, read as fast as the client can: rows per second, and the
 * collector's resident memory before and at its highest while streaming (sampled every 20 ms).
 */
async function exportFigures(c, token) {
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
  const before = rssMb(c.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak ?? 0, rssMb(c.pid) ?? 0)), 20);
  const t0 = performance.now();
  let lines = 0;
  let bytes = 0;
  try {
    await new Promise((resolveExport, reject) => {
      http.get(`${c.url}/export?from=${from}&to=${today}&format=csv`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`GET /export: ${res.statusCode}`));
        res.on('data', (d) => {
          bytes += d.length;
          for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
        });
        res.on('end', resolveExport);
        res.on('error', reject);
      }).on('error', reject);
    });
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - t0) / 1000;
  // Synthetic comments hold no line breaks, so records are lines (minus the header).
  const rows = lines - 1;
  return { exportRows: rows, exportRowsPerSecond: Math.round(rows / seconds), exportMB: +(bytes / 1048576).toFixed(1), exportRssBeforeMB: before, exportRssPeakMB: peak };
}

/** Bytes on disk of the database: the SQLite file (+ WAL), or pg_database_size. */
async function databaseBytes(url) {
  if (!/^postgres/.test(url)) return [url, `${url}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query('SELECT pg_database_size(current_database()) AS n');
  await c.end();
  return Number(rows[0].n);
}

/** Dashboard times at the given sizes, growing one database (`url`) step by step. */
async function dashboardAtSizes(openStore, url, sizes, extraEnv) {
  const out = {};
  let have = 0;
  for (const size of sizes) {
    if (/^postgres/.test(url)) await (await openStore(url)).close(); // create and migrate
    const filled = /^postgres/.test(url) ? await fillPgSql(url, size - have) : await fillSqliteSql(openStore, url, size - have);
    have += filled.stored;
    const token = randomUUID();
    const c = await startCollector(url, { ...extraEnv, MOMENTS_READ_TOKEN: token });
    try {
      const bytes = await databaseBytes(url);
      out[label(size)] = { events: have, fillSeconds: +filled.seconds.toFixed(1), bytesPerEvent: Math.round(bytes / have), ...(await dashboardTimes(c.url)), ...(await exportFigures(c, token)) };
    } finally {
      await c.stop();
    }
  }
  return out;
}

const label = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

// ---------- the run ----------

/**
 * Runs the collector benchmark and returns its figures (also written to bench/results/collector.json),
 * with the printed table as `table` (bench/run.mjs shows it).
 * @param {{ quick?: boolean, postgres?: boolean, log?: (line: string) => void }} [options]
 */
export async function benchCollector({ quick = false, postgres = true, log = console.log } = {}) {
  if (!existsSync(DIST)) throw new Error('dist/collector.js is missing: run `npx rollup -c` (or npm run build) first');
  const { openStore } = await import(pathToFileURL(DIST).href);
  const sizes = quick ? [10_000, 100_000] : [100_000, 1_000_000];
  const load = quick ? { total: 40_000, seconds: 10, connections: 32 } : { total: 300_000, seconds: 20, connections: 48 };
  const tmp = mkdtempSync(join(tmpdir(), 'moments-bench-'));
  const results = { machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg().map((l) => +l.toFixed(1)) }, quick, batch: 20, stores: {} };
  const t0 = performance.now();
  try {
    // SQLite: WAL, synchronous=FULL, group commit.
    {
      const c = await startCollector(join(tmp, 'ingest.db'));
      const ingestSqlite = await ingest([c], load);
      await c.stop();
      log(`sqlite ingest: ${ingestSqlite.eventsPerSecond} events/s`);
      const dash = await dashboardAtSizes(openStore, join(tmp, 'dash.db'), sizes);
      log(`sqlite dashboard: ${JSON.stringify(dash)}`);
      results.stores.sqlite = { ingest: ingestSqlite, dashboard: dash };
    }
    if (postgres) {
      const pg = await startPg();
      // Interrupted standalone runs still stop the throwaway cluster.
      const cleanUp = () => {
        pg.stop();
        process.exit(130);
      };
      process.once('SIGINT', cleanUp);
      process.once('SIGTERM', cleanUp);
      try {
        const one = await startCollector(await pg.database());
        const ingestOne = await ingest([one], load);
        await one.stop();
        log(`postgres ingest (1 collector): ${ingestOne.eventsPerSecond} events/s`);
        const shared = await pg.database();
        const a = await startCollector(shared);
        const b = await startCollector(shared);
        const ingestTwo = await ingest([a, b], load);
        await Promise.all([a.stop(), b.stop()]);
        log(`postgres ingest (2 collectors): ${ingestTwo.eventsPerSecond} events/s`);
        const dash = await dashboardAtSizes(openStore, await pg.database(), sizes);
        log(`postgres dashboard: ${JSON.stringify(dash)}`);
        results.stores.postgres = { ingest: ingestOne, ingestTwoCollectors: ingestTwo, dashboard: dash };
      } finally {
        process.off('SIGINT', cleanUp);
        process.off('SIGTERM', cleanUp);
        pg.stop();
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  results.seconds = +((performance.now() - t0) / 1000).toFixed(1);
  results.machine.loadAverageAtEnd = loadavg().map((l) => +l.toFixed(1));
  results.table = printTable(results, log);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/collector.json'), JSON.stringify(results, null, 2) + '\n');
  return results;
}

function printTable(results, log) {
  const sizes = Object.keys(Object.values(results.stores)[0]?.dashboard ?? {});
  const rows = [['store', 'ingest events/s (batches of 20, durable)', 'collector CPU µs/event', ...sizes.map((k) => `dashboard @${k} (ms, median)`), ...sizes.map((k) => `map @${k} (ms, median)`), ...sizes.map((k) => `export @${k} (rows/s, peak RSS)`)]];
  for (const [name, s] of Object.entries(results.stores)) {
    const all = Object.values(s.dashboard);
    const dash = [
      ...all.map((d) => `${d.last30DaysMs} (misery 90d: ${d.misery90DaysMs})`),
      ...all.map((d) => `${d.map30DaysMs} (filtered 90d: ${d.mapFiltered90DaysMs})`),
      ...all.map((d) => `${d.exportRowsPerSecond} (${d.exportRssBeforeMB} → ${d.exportRssPeakMB} MB)`),
    ];
    rows.push([name === 'postgres' ? 'postgres, 1 collector' : name, String(s.ingest.eventsPerSecond), String(s.ingest.collectorCpuMicrosPerEvent), ...dash]);
    if (s.ingestTwoCollectors) rows.push(['postgres, 2 collectors', String(s.ingestTwoCollectors.eventsPerSecond), String(s.ingestTwoCollectors.collectorCpuMicrosPerEvent), ...dash.map(() => '')]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = [`Collector benchmark (${results.machine.cpus} cores, Node ${results.machine.node}${results.quick ? ', --quick' : ''}, ${results.seconds} s, load average ${results.machine.loadAverageAtStart[0]} → ${results.machine.loadAverageAtEnd[0]})`];
  for (const r of rows) lines.push(r.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | '));
  const text = lines.join('\n');
  log(`\n${text}`);
  return text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  benchCollector({ quick: args.includes('--quick'), postgres: !args.includes('--sqlite-only') }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
