import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { storeContract } from './store-contract';

const dir = mkdtempSync(join(tmpdir(), 'moments-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A file path selects SQLite; each test gets its own file (in a folder created on open).
storeContract('sqlite', async () => join(dir, `db${n++}`, 'moments.db'));
