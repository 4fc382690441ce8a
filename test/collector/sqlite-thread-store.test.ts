// The same contract against the built dist/collector.js, where SQLite writes run on a worker thread.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import type { Store } from '../../src/collector/store';
import { buildCollector } from './build-collector';
import { storeContract } from './store-contract';

const dir = mkdtempSync(join(tmpdir(), 'moments-sqlite-thread-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const built = (async () => (await import(/* @vite-ignore */ pathToFileURL(await buildCollector()).href)) as { openStore: (url: string) => Promise<Store> })();

storeContract('sqlite, built (writer thread)', async () => join(dir, `db${n++}`, 'moments.db'), async (url) => (await built).openStore(url));
