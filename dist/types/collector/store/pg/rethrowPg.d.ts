/**
 * True when a `pg` error means the database cannot be reached right now (down, restarting,
 * connection lost), rather than that this batch is wrong. Those become 503 + Retry-After.
 */
export declare function isUnavailable(error: unknown): boolean;
/** Deadlock or serialization failure: the transaction can simply run again. */
export declare const isRetryable: (error: unknown) => boolean;
/** Rethrows `error`, as {@link StoreUnavailableError} when the database is unreachable. */
export declare function rethrowPg(error: unknown): never;
