import { type ConnectionLimitOptions } from './limitConnections.js';
import type { TimeWindow } from '../validation/eventTimeProblem.js';
import { type Mount } from './serveStatic.js';
import { type Store } from '../store/store.js';
/** Options of {@link createCollector}. */
export interface CollectorOptions {
    /** Where events go; the collector closes it on `close()`. */
    store: Store;
    /** Origins allowed to post (`MOMENTS_ALLOWED_ORIGINS`); empty or unset allows any. */
    allowedOrigins?: string[];
    /** Refuse posts without an Origin header (`MOMENTS_REQUIRE_ORIGIN=1`). Default false. */
    requireOrigin?: boolean;
    /** Requests per minute per client IP (`MOMENTS_RATE_LIMIT`), as a token bucket; 0 turns it off. Default 600. */
    rateLimit?: number;
    /** Largest accepted body in bytes (`MOMENTS_MAX_BODY`). Default 256 KiB. */
    maxBodyBytes?: number;
    /** Take the client IP from X-Forwarded-For (`MOMENTS_TRUST_PROXY=1`, behind a load balancer). */
    trustProxy?: boolean;
    /** Folders served as static files (the examples and dist/ with `--examples`). */
    mounts?: Mount[];
    /** Bearer token of `GET /export` and `GET /api/summary` (`MOMENTS_READ_TOKEN`); unset, they do not exist. */
    readToken?: string;
    /** Where errors are logged (one line per cause a minute at most). Default `console.error`. */
    log?: (line: string) => void;
    /** Open connections and buffered body bytes at most; beyond, 503 with Retry-After. */
    limits?: ConnectionLimitOptions;
    /** Accepted event times around the server's clock (`MOMENTS_MAX_EVENT_AGE_DAYS`). */
    timeWindow?: TimeWindow;
    /** The only touchpoint ids accepted (`MOMENTS_TOUCHPOINTS`); empty or unset accepts any. */
    touchpoints?: string[];
}
/** A running (or ready to run) collector. */
export interface Collector {
    /** Starts listening; resolves with the base URL. Port 0 picks a free one. */
    listen(port?: number, host?: string): Promise<string>;
    /** The base URL once listening, e.g. `http://127.0.0.1:8080`. */
    readonly url: string;
    /** Stops accepting, ends connections, and closes the store. */
    close(): Promise<void>;
}
/**
 * The collector's HTTP layer: `POST /moments` (validated, rate-limited, origin-checked, stored
 * all or nothing), `GET /dashboard`, and optional static folders. It only knows the {@link Store}
 * interface, not which database is behind it.
 * @example
 * const c = createCollector({ store: await openStore('data/moments.db') });
 * console.log(await c.listen(8080));
 */
export declare function createCollector(options: CollectorOptions): Collector;
