import type { EventRow } from './event-row';
import type { InsertResult } from './store';
/** The writer thread's side of the channel: `write` calls a transaction there, `close` ends it. */
export interface WriterThread {
    write(batches: EventRow[][]): Promise<InsertResult[]>;
    close(): Promise<void>;
}
/**
 * Starts the SQLite writer on its own thread, from `script` (the built dist/collector.js, which
 * runs {@link runWriterThreadIfAsked} at load). Inserts and fsyncs then run beside the HTTP thread,
 * which keeps parsing and validating the next requests meanwhile, so group commit gathers them.
 */
export declare function startWriterThread(script: URL, path: string): WriterThread;
/**
 * In a writer thread started by {@link startWriterThread}: opens the database and serves writes.
 * Does nothing on the main thread, so importing the bundle stays side-effect free.
 */
export declare function runWriterThreadIfAsked(): Promise<void>;
