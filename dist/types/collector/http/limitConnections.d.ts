import type { Server } from 'node:http';
/** Limits of {@link limitConnections}. */
export interface ConnectionLimitOptions {
    /** Open connections at most (`MOMENTS_MAX_CONNECTIONS`); beyond, new ones get a 503. Default 1000. */
    maxConnections?: number;
    /** Request body bytes buffered at once over all uploads (`MOMENTS_MAX_INFLIGHT_BYTES`). Default 32 MiB. */
    maxInflightBytes?: number;
    /** Seconds a refused client is told to wait (`Retry-After`). Default 5. */
    retryAfterSeconds?: number;
}
/** The shared budgets a server's requests draw from. */
export interface ConnectionLimits {
    /** Takes `bytes` of the in-flight body budget; false (nothing taken) when it would overflow. */
    reserve(bytes: number): boolean;
    /** Whether `bytes` more would fit in the in-flight budget now (takes nothing). */
    fits(bytes: number): boolean;
    /** Gives back bytes taken with {@link ConnectionLimits.reserve}. */
    release(bytes: number): void;
    readonly retryAfter: string;
    /** Current use, for /health and the tests. */
    stats(): {
        connections: number;
        inflightBytes: number;
    };
}
/**
 * Bounds what strangers can make the collector hold: open sockets (each an fd) and buffered body
 * bytes (memory). A connection over the limit is answered `503` with `Retry-After` and closed
 * before it is read, so it costs a moment, not an fd for minutes.
 * @example
 * const limits = limitConnections(server, { maxConnections: 1000 });
 * if (!limits.reserve(chunk.length)) answer503();
 */
export declare function limitConnections(server: Server, options?: ConnectionLimitOptions): ConnectionLimits;
