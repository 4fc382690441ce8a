import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idKey, idText } from '../../src/collector/store/sqlite/idKey';
import { sqliteMigrations } from '../../src/collector/store/sqlite/sqliteMigrations';
import { applySqlitePragmas } from '../../src/collector/store/sqlite/applySqlitePragmas';
import { openSqliteStore } from '../../src/collector/store/sqlite/openSqliteStore';
import { eventRow } from '../../src/collector/store/eventRow';
import { event, showing } from './events';

const dir = mkdtempSync(join(tmpdir(), 'moments-sqlite-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const range = { from: '2026-11-01', to: '2026-11-30' };

describe('SQLite ids', () => {
  it('keeps canonical UUIDs as 16 bytes and any other id as text, one to one', () => {
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(idKey(uuid)).toEqual(Buffer.from('0f8fad5bd9cb469fa16570867728950e', 'hex'));
    expect(idText(idKey(uuid))).toBe(uuid);
    for (const other of ['0F8FAD5B-D9CB-469F-A165-70867728950E', 'evt-00000001', '0f8fad5bd9cb469fa16570867728950e', `${uuid}x`]) {
      expect(idKey(other)).toBe(other);
      expect(idText(idKey(other))).toBe(other);
    }
  });

  it('de-duplicates and shows non-UUID ids as they were sent', async () => {
    const store = await openSqliteStore(join(dir, 'text-ids.db'));
    try {
      const moment = 'moment-not-a-uuid';
      const batch = [
        event('moment.shown', { id: 'evt-00000001', moment }),
        event('moment.answered', { id: 'EVT-UPPER-0F8FAD5B-D9CB-469F', moment, rating: { scale: 'csat', value: 1 } }),
        event('moment.commented', { id: '0F8FAD5B-D9CB-469F-A165-70867728950E', moment, comment: 'upper-case id' }),
      ];
      expect(await store.insert(batch)).toEqual({ stored: 3, duplicates: 0 });
      expect(await store.insert(batch)).toEqual({ stored: 0, duplicates: 3 });
      // The lower-case spelling of an upper-case UUID is another id, as in PostgreSQL.
      expect(await store.insert([{ ...batch[2], id: batch[2].id.toLowerCase() }])).toEqual({ stored: 1, duplicates: 0 });
      const d = await store.dashboard(range);
      expect(d.comments.map((c) => [c.id, c.moment, c.rating?.value])).toEqual([
        ['0f8fad5b-d9cb-469f-a165-70867728950e', moment, 1],
        ['0F8FAD5B-D9CB-469F-A165-70867728950E', moment, 1],
      ]);
      expect(d.totals[0]).toMatchObject({ shown: 1, answered: 1, commented: 2 });
    } finally {
      await store.close();
    }
  });

  it('upgrades a database of the first schema (text ids) in place', async () => {
    const path = join(dir, 'v1.db');
    // A database as the first version of the store left it: ids as text.
    const old = new Database(path);
    applySqlitePragmas(old);
    old.exec(sqliteMigrations[0]);
    old.pragma('user_version = 1');
    const events = [...showing({ value: 2, reasons: ['slow'], comment: 'old comment' }), event('moment.shown', { id: 'legacy-id-1' })];
    const insert = old.prepare(
      `INSERT INTO events (id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview, received_at)
       VALUES (@id, @type, @touchpoint, @moment, @time, @day, @page_path, @page_title, @visitor, @context, @scale, @value, @reasons, @comment, @dropped, 0, @time)`,
    );
    for (const e of events) {
      const { preview: _p, mood: _m, ...row } = eventRow(e);
      insert.run(row);
    }
    const answer = eventRow(events[1]);
    old.prepare('INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons) VALUES (?, ?, ?, ?, ?, ?, ?)').run(answer.moment, answer.touchpoint, answer.day, answer.scale, answer.value, answer.mood, '["slow"]');
    old.prepare('INSERT INTO daily (day, touchpoint, shown, answered, commented) VALUES (?, ?, 2, 1, 1)').run(answer.day, answer.touchpoint);
    old.close();

    const store = await openSqliteStore(path);
    try {
      expect(await store.count()).toBe(events.length);
      const d = await store.dashboard(range);
      expect(d.comments).toHaveLength(1);
      expect(d.comments[0]).toMatchObject({ id: events[3].id, moment: events[0].moment, comment: 'old comment', rating: { scale: 'csat', value: 2 }, reasons: ['slow'] });
      // Old events are still known: a retry is all duplicates, and a later answer of the moment does not count again.
      expect(await store.insert(events)).toEqual({ stored: 0, duplicates: events.length });
      expect(await store.insert([event('moment.answered', { moment: events[0].moment, rating: { scale: 'csat', value: 5 } })])).toEqual({ stored: 1, duplicates: 0 });
      expect((await store.dashboard(range)).totals[0]).toMatchObject({ shown: 2, answered: 1 });
    } finally {
      await store.close();
    }
    // The upgraded database has the same tables and indexes as a new one.
    const fresh = await openSqliteStore(join(dir, 'fresh.db'));
    await fresh.close();
    const schema = (file: string) => {
      const d = new Database(file, { readonly: true });
      try {
        return d.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
      } finally {
        d.close();
      }
    };
    expect(schema(path)).toEqual(schema(join(dir, 'fresh.db')));
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(sqliteMigrations.length);
      const types = db.prepare('SELECT typeof(id) AS t, count(*) AS n FROM events GROUP BY 1 ORDER BY 1').all();
      expect(types).toEqual([{ t: 'blob', n: events.length }, { t: 'text', n: 1 }]);
      expect(db.prepare("SELECT count(*) AS n FROM moments WHERE typeof(moment) = 'blob'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
