/** Per-client token buckets; see {@link createRateLimiter}. */
export interface RateLimiter {
    /** Takes one token for `key`; returns 0 when allowed, else the seconds until a token is back. */
    take(key: string, now?: number): number;
}
/**
 * A token bucket per client key holding up to `perMinute` tokens and refilling `perMinute` a
 * minute, so a client may burst a minute's worth then goes at the steady rate. In memory, so the
 * limit holds per collector process (per replica). `perMinute <= 0` turns it off.
 */
export declare function createRateLimiter(perMinute: number, maxClients?: number): RateLimiter;
