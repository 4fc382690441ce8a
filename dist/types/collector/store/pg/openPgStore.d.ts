import { type Store } from '../store.js';
/** Options of {@link openPgStore}. */
export interface PgStoreOptions {
    /** Connections per collector process (default 8). */
    poolSize?: number;
    /** How long to keep retrying the first connection and migrations at start (default 30 s). */
    startTimeoutMs?: number;
}
/**
 * Opens the PostgreSQL store at a `postgres://` URL, applying pending migrations under an advisory
 * lock so replicas starting together do not race. Any number of collector processes may share the
 * database: the unique key on `id` with `ON CONFLICT DO NOTHING` stores an event once, and rollups
 * are added only for the rows an insert actually returned. `pg` is loaded here only.
 */
export declare function openPgStore(url: string, options?: PgStoreOptions): Promise<Store>;
