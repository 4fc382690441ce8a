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
export declare function createReadWorker(path: string, timeoutMs?: number): ReadWorker;
