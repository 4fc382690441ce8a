import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../store';

/** One statement for {@link ReadWorker.read}: SQL with positional `?` parameters. */
export interface ReadQuery {
  sql: string;
  params: unknown[];
}

/** A thread with its own read-only SQLite connection; see {@link createReadWorker}. */
export interface ReadWorker {
  /** Runs the statements in one read transaction (one snapshot) and resolves with each one's rows. */
  read(queries: ReadQuery[]): Promise<unknown[][]>;
  close(): Promise<void>;
}

// Plain CommonJS text run with `eval: true`, so the same code works from the TypeScript sources
// (tests) and from the bundle (dist/collector.js) without a second build output.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map();
const read = db.transaction((queries) => queries.map(({ sql, params }) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement.all(...params);
}));
parentPort.on('message', ({ id, queries }) => {
  try {
    parentPort.postMessage({ id, rows: read(queries) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

/** Reads waiting at most; more are answered 503 (a flood of dashboard views must not queue for ever). */
const MAX_WAITING = 64;

/**
 * Starts a worker thread that answers dashboard reads from its own read-only connection to the
 * SQLite file at `path`. better-sqlite3 is synchronous, so a long read on the main thread would
 * hold every `POST /moments` until it ends; in WAL mode this reader sees committed data and never
 * blocks the writer. A read running longer than `timeoutMs` ends the thread (a new one starts on
 * the next read) and rejects with {@link StoreUnavailableError}.
 * @example
 * const reader = createReadWorker('data/moments.db');
 * const [rows] = await reader.read([{ sql: 'SELECT count(*) AS n FROM events', params: [] }]);
 */
export function createReadWorker(path: string, timeoutMs = 20_000): ReadWorker {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (rows: unknown[][]) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const start = () => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver } });
    w.on('message', (m: { id: number; rows?: unknown[][]; error?: string }) => {
      const entry = waiting.get(m.id);
      if (!entry) return;
      waiting.delete(m.id);
      if (m.error !== undefined) entry.reject(new Error(m.error));
      else entry.resolve(m.rows!);
    });
    w.on('error', (error) => {
      if (worker === w) worker = undefined;
      failAll(new StoreUnavailableError(`dashboard reader failed: ${error.message}`, { cause: error }));
    });
    w.on('exit', () => {
      if (worker === w) worker = undefined;
      failAll(new StoreUnavailableError('dashboard reader stopped'));
    });
    // Idle, it must not keep the process alive.
    w.unref();
    return w;
  };

  return {
    read(queries) {
      if (waiting.size >= MAX_WAITING) return Promise.reject(new StoreUnavailableError('too many dashboard reads in progress'));
      const w = (worker ??= start());
      const id = nextId++;
      return new Promise<unknown[][]>((resolve, reject) => {
        const timer = setTimeout(() => {
          // better-sqlite3 cannot interrupt a statement: end the thread; the next read starts one.
          if (worker === w) worker = undefined;
          void w.terminate();
        }, timeoutMs);
        waiting.set(id, {
          resolve: (rows) => (clearTimeout(timer), resolve(rows)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        w.postMessage({ id, queries });
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
