import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MomentEvent } from '../../src/core/types';
import { idText } from '../../src/collector/store/sqlite/idKey';
import { body, event } from './events';
import { post } from './http';
import { spawnCollector, type Child } from './spawn-collector';

const dir = mkdtempSync(join(tmpdir(), 'moments-durable-'));
const children: Child[] = [];
afterAll(async () => {
  await Promise.all(children.map((c) => c.stop('SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
});

describe('durability (SQLite, real process)', () => {
  it('keeps every acknowledged event, once, when the process is SIGKILLed right after a 2xx', async () => {
    const db = join(dir, 'moments.db');
    const acknowledged: MomentEvent[][] = [];
    for (let round = 0; round < 4; round++) {
      const child = await spawnCollector({ MOMENTS_DB: db });
      children.push(child);
      // Several batches in flight; the kill lands right after the first 2xx, others may be cut off.
      const batches = Array.from({ length: 8 }, () => Array.from({ length: 20 }, () => event('moment.shown')));
      let killed = false;
      await Promise.allSettled(
        batches.map(async (b) => {
          const r = await post(child.url, body(b));
          if (r.status === 200) {
            acknowledged.push(b);
            if (!killed) {
              killed = true;
              child.proc.kill('SIGKILL');
            }
          }
        }),
      );
      await child.stop('SIGKILL');
      expect(child.proc.signalCode).toBe('SIGKILL');
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);

    const sqlite = new Database(db, { readonly: true });
    const rows = sqlite.prepare('SELECT id, count(*) AS n FROM events GROUP BY id').all() as Array<{ id: string | Buffer; n: number }>;
    const counts = new Map(rows.map((r) => [idText(r.id), r.n]));
    sqlite.close();
    for (const b of acknowledged) for (const e of b) expect(counts.get(e.id)).toBe(1);

    // After a restart the collector knows them all: a retry of every acknowledged batch is a duplicate.
    const child = await spawnCollector({ MOMENTS_DB: db });
    children.push(child);
    for (const b of acknowledged) expect((await post(child.url, body(b))).json()).toEqual({ stored: 0, duplicates: 20 });
    await child.stop();
  });
});
