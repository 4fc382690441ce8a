/** Decides which `Origin` headers may post; see {@link createOriginPolicy}. */
export interface OriginPolicy {
  /** True when a request with this Origin header (or none) may post. */
  allows(origin: string | undefined): boolean;
}

/**
 * The origin allow-list from `MOMENTS_ALLOWED_ORIGINS` (comma list of `https://host[:port]`).
 * Empty means any origin. Requests without an Origin header (curl, server-to-server, some
 * same-origin beacons) pass unless `requireOrigin` is set (`MOMENTS_REQUIRE_ORIGIN=1`).
 */
export function createOriginPolicy(allowed: string[] | undefined, requireOrigin = false): OriginPolicy {
  const list = new Set((allowed ?? []).map((o) => o.trim().replace(/\/+$/, '').toLowerCase()).filter(Boolean));
  const any = list.size === 0;
  return {
    allows(origin) {
      if (origin === undefined) return !requireOrigin;
      return any || list.has(origin.toLowerCase());
    },
  };
}
