import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { applySqlitePragmas } from '../../src/collector/store/sqlite/applySqlitePragmas';

const dir = mkdtempSync(join(tmpdir(), 'moments-pragmas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('applySqlitePragmas', () => {
  it('keeps commits durable (WAL, synchronous=FULL) and checkpoints every 10,000 pages', () => {
    const db = new Database(join(dir, 'p.db'));
    try {
      applySqlitePragmas(db);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    } finally {
      db.close();
    }
  });
});
