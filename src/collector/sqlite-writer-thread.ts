import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { EventRow } from './event-row';
import { loadDriver } from './load-driver';
import { applySqlitePragmas } from './sqlite-pragmas';
import { createSqliteWriter } from './sqlite-writer';
import type { InsertResult } from './store';

/** The writer thread's side of the channel: `write` calls a transaction there, `close` ends it. */
export interface WriterThread {
  write(batches: EventRow[][]): Promise<InsertResult[]>;
  close(): Promise<void>;
}

type Reply = { id: number; results?: InsertResult[]; error?: { message: string; code?: string } };

/**
 * Starts the SQLite writer on its own thread, from `script` (the built dist/collector.js, which
 * runs {@link runWriterThreadIfAsked} at load). Inserts and fsyncs then run beside the HTTP thread,
 * which keeps parsing and validating the next requests meanwhile, so group commit gathers them.
 */
export function startWriterThread(script: URL, path: string): WriterThread {
  const worker = new Worker(script, { workerData: { momentsSqliteWriter: path } });
  const pending = new Map<number, { resolve: (r: InsertResult[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const failAll = (error: Error) => {
    failed = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (m: Reply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.results) p.resolve(m.results);
    else p.reject(Object.assign(new Error(m.error?.message ?? 'write failed'), { code: m.error?.code }));
  });
  worker.on('error', (e) => failAll(e));
  worker.on('exit', (code) => failAll(new Error(`SQLite writer thread exited (${code})`)));
  return {
    write(batches) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, batches });
      });
    },
    async close() {
      if (failed) return;
      const exited = new Promise<void>((r) => worker.once('exit', () => r()));
      worker.postMessage('close');
      await exited;
    },
  };
}

/**
 * In a writer thread started by {@link startWriterThread}: opens the database and serves writes.
 * Does nothing on the main thread, so importing the bundle stays side-effect free.
 */
export async function runWriterThreadIfAsked(): Promise<void> {
  const path = !isMainThread ? (workerData as { momentsSqliteWriter?: string } | null)?.momentsSqliteWriter : undefined;
  if (!path || !parentPort) return;
  const port = parentPort;
  const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'));
  const db = new Database(path);
  applySqlitePragmas(db);
  const write = createSqliteWriter(db);
  port.on('message', (m: { id: number; batches: EventRow[][] } | 'close') => {
    if (m === 'close') {
      db.close();
      port.close();
      return;
    }
    try {
      port.postMessage({ id: m.id, results: write(m.batches) } satisfies Reply);
    } catch (error) {
      const e = error as { message?: string; code?: string };
      port.postMessage({ id: m.id, error: { message: String(e.message ?? error), code: e.code } } satisfies Reply);
    }
  });
}
