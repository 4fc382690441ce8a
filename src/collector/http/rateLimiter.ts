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
export function createRateLimiter(perMinute: number, maxClients = 100_000): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  return {
    take(key, now = Date.now()) {
      if (perMinute <= 0) return 0;
      let b = buckets.get(key);
      if (!b) {
        // Bound memory under a flood of distinct addresses: forget the oldest clients first.
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
        buckets.set(key, (b = { tokens: perMinute, at: now }));
      } else {
        b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perMs);
        b.at = now;
      }
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
    },
  };
}
