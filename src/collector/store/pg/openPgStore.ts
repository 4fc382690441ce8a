import { randomInt } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { MomentEvent } from '../../../core/types';
import { commentRow, type CommentColumns } from '../commentRow';
import { dayAfter } from '../dayAfter';
import { pgAlertReads } from '../../alerts/pgAlertReads';
import { eventRow, type EventRow } from '../eventRow';
import { pgExportPages } from '../../export/pgExportPages';
import { createGroupCommit } from '../groupCommit';
import { loadDriver } from '../loadDriver';
import { pgMapReads } from '../../map/pgMapReads';
import { isRetryable, isUnavailable, rethrowPg } from './rethrowPg';
import { pgMigrations } from './pgMigrations';
import { createReadGate } from './readGate';
import { RollupDelta } from '../RollupDelta';
import { StoreUnavailableError, type DashboardData, type InsertResult, type RatingCount, type Store, type TouchpointTotals } from '../store';

/** Options of {@link openPgStore}. */
export interface PgStoreOptions {
  /** Connections per collector process (default 8). */
  poolSize?: number;
  /** How long to keep retrying the first connection and migrations at start (default 30 s). */
  startTimeoutMs?: number;
}

// Rows travel as one JSON parameter (json_to_recordset): one round trip per statement, any batch size.
// context and reasons arrive as JSON text and are cast back to json in SQL.
// Any constant works; it only has to be the same for every replica.
const MIGRATION_LOCK = 4_202_611;

const EVENT_COLUMNS =
  'id text, type text, touchpoint text, stage text, moment text, time timestamptz, day date, page_path text, page_title text, visitor text, context text, scale text, value smallint, reasons text, comment text, dropped integer, preview boolean';
const INSERT_EVENTS = `INSERT INTO events (id, type, touchpoint, stage, moment, time, day, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview)
  SELECT id, type, touchpoint, stage, moment, time, day, page_path, page_title, visitor, context::json, scale, value, reasons::json, comment, dropped, preview
  FROM json_to_recordset($1::json) AS x(${EVENT_COLUMNS}) ORDER BY id COLLATE "C"
  ON CONFLICT (id) DO NOTHING RETURNING id`;
const INSERT_MOMENTS = `INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons)
  SELECT moment, touchpoint, day, scale, value, mood, reasons::json
  FROM json_to_recordset($1::json) AS x(moment text, touchpoint text, day date, scale text, value smallint, mood smallint, reasons text) ORDER BY moment COLLATE "C"
  ON CONFLICT (moment) DO NOTHING RETURNING moment`;
const SET_REASONS = `UPDATE moments SET reasons = x.reasons::json FROM json_to_recordset($1::json) AS x(moment text, reasons text) WHERE moments.moment = x.moment`;
const UP_DAILY = `INSERT INTO daily (day, touchpoint, shard, shown, answered, dismissed, commented)
  SELECT day, touchpoint, $2, shown, answered, dismissed, commented
  FROM json_to_recordset($1::json) AS x(day date, touchpoint text, shown bigint, answered bigint, dismissed bigint, commented bigint)
  ON CONFLICT (day, touchpoint, shard) DO UPDATE SET shown = daily.shown + excluded.shown, answered = daily.answered + excluded.answered,
    dismissed = daily.dismissed + excluded.dismissed, commented = daily.commented + excluded.commented`;
const UP_RATINGS = `INSERT INTO daily_ratings (day, touchpoint, scale, value, shard, n)
  SELECT day, touchpoint, scale, value, $2, n FROM json_to_recordset($1::json) AS x(day date, touchpoint text, scale text, value smallint, n bigint)
  ON CONFLICT (day, touchpoint, scale, value, shard) DO UPDATE SET n = daily_ratings.n + excluded.n`;
const UP_STAGES = `INSERT INTO touchpoint_stages (touchpoint, stage)
  SELECT touchpoint, stage FROM json_to_recordset($1::json) AS x(touchpoint text, stage text) ORDER BY touchpoint COLLATE "C"
  ON CONFLICT (touchpoint) DO UPDATE SET stage = excluded.stage WHERE touchpoint_stages.stage IS DISTINCT FROM excluded.stage`;
const UP_DROPPED = `INSERT INTO daily_dropped (day, shard, dropped)
  SELECT day, $2, n FROM json_to_recordset($1::json) AS x(day date, n bigint)
  ON CONFLICT (day, shard) DO UPDATE SET dropped = daily_dropped.dropped + excluded.dropped`;

/**
 * Opens the PostgreSQL store at a `postgres://` URL, applying pending migrations under an advisory
 * lock so replicas starting together do not race. Any number of collector processes may share the
 * database: the unique key on `id` with `ON CONFLICT DO NOTHING` stores an event once, and rollups
 * are added only for the rows an insert actually returned. `pg` is loaded here only.
 */
export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<Store> {
  const { default: pg } = await loadDriver('pg', () => import('pg'));
  const pool: Pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 8,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 10_000,
    query_timeout: 15_000,
    application_name: 'moments-collector',
  });
  // A connection dropped while idle (database restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  await startUp(pool, options.startTimeoutMs ?? 30_000);

  // This process's rollup shard: replicas add to different rows, the dashboard sums them.
  const shard = randomInt(0, 32_768);

  async function transaction<T>(work: (c: PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        return rethrowPg(error);
      }
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = isUnavailable(error);
        if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
        if (isRetryable(error) && attempt < 4) continue;
        return rethrowPg(error);
      } finally {
        client.release(broken);
      }
    }
  }

  // Stages this process has written: an upsert locks its row even when nothing changes, so replicas
  // would queue on it every commit; they write a touchpoint's stage only when it is new to them.
  const knownStages = new Map<string, string>();

  /** One transaction for a group of batches: insert, then count only what was inserted. */
  async function writeGroup(batches: EventRow[][]): Promise<InsertResult[]> {
    let stages: Array<{ touchpoint: string; stage: string }> = [];
    const results = await transaction(async (c) => {
      const all = batches.flat();
      const { rows } = await c.query<{ id: string }>(INSERT_EVENTS, [JSON.stringify(all)]);
      const inserted = new Set(rows.map((r) => r.id));
      const delta = new RollupDelta();
      const firstAnswers = new Map<string, EventRow>();
      const withReasons: Array<{ moment: string; reasons: string }> = [];
      // The first occurrence of an id in the group is the one stored; later ones are duplicates.
      const results = batches.map((batch) => {
        let stored = 0;
        for (const row of batch) {
          if (!inserted.delete(row.id)) continue;
          stored++;
          if (row.type === 'moment.answered' && !row.preview) {
            if (!firstAnswers.has(row.moment)) firstAnswers.set(row.moment, row);
            else if (row.reasons !== null) withReasons.push({ moment: row.moment, reasons: row.reasons });
          } else delta.add(row);
        }
        return { stored, duplicates: batch.length - stored };
      });
      if (firstAnswers.size) {
        const candidates = [...firstAnswers.values()];
        const { rows: fresh } = await c.query<{ moment: string }>(INSERT_MOMENTS, [JSON.stringify(candidates)]);
        const isNew = new Set(fresh.map((r) => r.moment));
        for (const r of candidates) {
          if (isNew.has(r.moment)) delta.answer(r);
          else if (r.reasons !== null) withReasons.push({ moment: r.moment, reasons: r.reasons });
        }
      }
      if (withReasons.length) await c.query(SET_REASONS, [JSON.stringify(withReasons)]);
      const { daily, ratings, dropped } = delta.sorted();
      if (daily.length) await c.query(UP_DAILY, [JSON.stringify(daily), shard]);
      if (ratings.length) await c.query(UP_RATINGS, [JSON.stringify(ratings), shard]);
      if (dropped.length) await c.query(UP_DROPPED, [JSON.stringify(dropped), shard]);
      stages = [...delta.stages].filter(([touchpoint, stage]) => knownStages.get(touchpoint) !== stage).map(([touchpoint, stage]) => ({ touchpoint, stage }));
      if (stages.length) await c.query(UP_STAGES, [JSON.stringify(stages)]);
      return results;
    });
    for (const s of stages) knownStages.set(s.touchpoint, s.stage);
    return results;
  }

  const group = createGroupCommit<EventRow[], InsertResult>(writeGroup, {
    writeOne: async (batch) => (await writeGroup([batch]))[0],
    // With the database down every batch would fail again: answer them all 503 at once.
    retryAlone: (error) => !(error instanceof StoreUnavailableError),
  });

  async function read<T>(sql: string, params: unknown[]): Promise<T[]> {
    try {
      return (await pool.query(sql, params)).rows as T[];
    } catch (error) {
      return rethrowPg(error);
    }
  }

  // At most 2 dashboard views read at once, each on one connection in one read-only snapshot, so
  // views never take the connections ingestion needs (the pool has 8); 64 more may wait, then 503.
  const gate = createReadGate(2, 64);
  function readView(queries: Array<[string, unknown[]]>): Promise<unknown[][]> {
    return gate(async () => {
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        return rethrowPg(error);
      }
      let broken = false;
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        await client.query("SET LOCAL statement_timeout = '20s'");
        const out: unknown[][] = [];
        for (const [sql, params] of queries) out.push((await client.query(sql, params)).rows);
        await client.query('COMMIT');
        return out;
      } catch (error) {
        broken = isUnavailable(error);
        if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
        return rethrowPg(error);
      } finally {
        client.release(broken);
      }
    });
  }

  let closed = false;
  return {
    kind: 'postgres',
    ...pgMapReads(pool),
    ...pgAlertReads(pool),
    exportPages: pgExportPages(pool),
    async insert(events: MomentEvent[]) {
      if (closed) throw new Error('store is closed');
      return group.push(events.map(eventRow));
    },
    async dashboard(q) {
      const limit = q.touchpointLimit === undefined ? null : Math.max(0, Math.floor(Number(q.touchpointLimit)));
      const offset = Math.max(0, Math.floor(Number(q.touchpointOffset ?? 0)));
      // The touchpoints of this page (one extra row says whether more follow), and ratings only for them.
      const page = `SELECT touchpoint FROM daily WHERE day BETWEEN $1::date AND $2::date GROUP BY touchpoint ORDER BY touchpoint COLLATE "C" LIMIT $3 OFFSET $4`;
      const [totals, ratings, dropped, comments] = await readView([
        [
          `SELECT touchpoint, sum(shown) AS shown, sum(answered) AS answered, sum(dismissed) AS dismissed, sum(commented) AS commented
           FROM daily WHERE day BETWEEN $1::date AND $2::date GROUP BY touchpoint ORDER BY touchpoint COLLATE "C" LIMIT $3 OFFSET $4`,
          [q.from, q.to, limit === null ? null : limit + 1, offset],
        ],
        [
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, touchpoint, scale, value, sum(n) AS count FROM daily_ratings
           WHERE day BETWEEN $1::date AND $2::date AND touchpoint IN (SELECT touchpoint FROM (${page}) p LIMIT $5)
           GROUP BY day, touchpoint, scale, value
           ORDER BY day, touchpoint COLLATE "C", scale COLLATE "C", value`,
          [q.from, q.to, limit === null ? null : limit + 1, offset, limit],
        ],
        ['SELECT coalesce(sum(dropped), 0) AS n FROM daily_dropped WHERE day BETWEEN $1::date AND $2::date', [q.from, q.to]],
        [
          `SELECT e.id, e.time, e.touchpoint, e.moment, e.comment, e.page_path, e.page_title, e.context, m.scale, m.value, m.reasons
           FROM events e LEFT JOIN moments m ON m.moment = e.moment
           WHERE e.type = 'moment.commented' AND NOT e.preview AND e.time >= $1 AND e.time < $2
             ${q.mood === 'misery' ? 'AND m.mood = -1' : q.mood === 'magic' ? 'AND m.mood = 1' : ''}
           ORDER BY e.time DESC, e.id COLLATE "C" DESC LIMIT $3`,
          [`${q.from}T00:00:00.000Z`, dayAfter(q.to), q.limit ?? 50],
        ],
      ]) as [TouchpointTotals[], RatingCount[], Array<{ n: string }>, CommentColumns[]];
      const shown = limit === null ? totals : totals.slice(0, limit);
      const data: DashboardData = {
        totals: shown.map((t) => ({ touchpoint: t.touchpoint, shown: Number(t.shown), answered: Number(t.answered), dismissed: Number(t.dismissed), commented: Number(t.commented) })),
        ratings: ratings.map((r) => ({ ...r, value: Number(r.value), count: Number(r.count) })),
        dropped: Number(dropped[0].n),
        comments: comments.map(commentRow),
      };
      if (limit !== null) data.more = totals.length > limit;
      return data;
    },
    stats: () => group.stats(),
    async count() {
      return Number((await read<{ n: string }>('SELECT count(*) AS n FROM events', []))[0].n);
    },
    async close() {
      if (closed) return;
      closed = true;
      await group.drain();
      await pool.end();
    },
  };
}

/** Connects and migrates, retrying while the database is unreachable (it may start after us). */
async function startUp(pool: Pool, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (let wait = 250; ; wait = Math.min(wait * 2, 4000)) {
    try {
      return await migrate(pool);
    } catch (error) {
      if (!isUnavailable(error) || Date.now() + wait > end) {
        await pool.end().catch(() => {});
        throw error;
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/** Applies pending migrations in one transaction holding an advisory lock: replicas take turns. */
async function migrate(pool: Pool): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await c.query('CREATE TABLE IF NOT EXISTS moments_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM moments_schema');
    for (let v = rows[0].v ?? 0; v < pgMigrations.length; v++) {
      await c.query(pgMigrations[v]);
      await c.query('INSERT INTO moments_schema (version) VALUES ($1)', [v + 1]);
    }
    await c.query('COMMIT');
  } catch (error) {
    await c.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    c.release();
  }
}
