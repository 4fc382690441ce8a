/** Runs reads a few at a time; see {@link createReadGate}. */
export type ReadGate = <T>(read: () => Promise<T>) => Promise<T>;
/**
 * Lets `concurrency` reads run at once and `maxWaiting` wait; more are refused with
 * {@link StoreUnavailableError} (503 with Retry-After). Keeps dashboard views from taking every
 * database connection ingestion needs.
 * @example
 * const gate = createReadGate(2, 64);
 * const rows = await gate(() => pool.query(sql));
 */
export declare function createReadGate(concurrency: number, maxWaiting: number): ReadGate;
