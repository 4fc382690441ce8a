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
export declare function createOriginPolicy(allowed: string[] | undefined, requireOrigin?: boolean): OriginPolicy;
