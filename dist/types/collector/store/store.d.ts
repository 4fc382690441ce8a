import type { ContactRequest } from '../map/contactRequest.js';
import type { MomentEvent, Scale } from '../../core/types.js';
import type { AlertReads } from '../alerts/alertReads.js';
import type { ExportQuery } from '../export/parseExportQuery.js';
import type { CommentQuery } from '../map/commentQuery.js';
/** What one stored batch did: new events, and events whose `id` was already stored (ignored). */
export interface InsertResult {
    stored: number;
    duplicates: number;
}
/** A dashboard request: an inclusive UTC day range and an optional comment filter. */
export interface DashboardQuery {
    /** First day, `YYYY-MM-DD` (UTC), inclusive. */
    from: string;
    /** Last day, `YYYY-MM-DD` (UTC), inclusive. */
    to: string;
    /** Comments of low ratings (`misery`), high ratings (`magic`), or all. */
    mood?: 'misery' | 'magic';
    /** Most comments returned (default 50). */
    limit?: number;
    /** Most touchpoints returned, in id order (default all); the dashboard pages 50 at a time. */
    touchpointLimit?: number;
    /** Touchpoints skipped before the first returned (default 0). */
    touchpointOffset?: number;
}
/** Counts of one touchpoint over the range; answers count once per moment. */
export interface TouchpointTotals {
    touchpoint: string;
    shown: number;
    answered: number;
    dismissed: number;
    commented: number;
}
/** One cell of the rating histogram: answers with this value on this day. */
export interface RatingCount {
    day: string;
    touchpoint: string;
    scale: Scale;
    value: number;
    count: number;
}
/** One comment with the rating and reasons of its moment. */
export interface CommentRow {
    id: string;
    time: string;
    touchpoint: string;
    moment: string;
    comment: string;
    page: {
        path: string;
        title: string;
    };
    context?: Record<string, unknown>;
    rating?: {
        scale: Scale;
        value: number;
    };
    reasons?: string[];
}
/**
 * What a store answers for a dashboard page, read from rollups and indexes only (never a scan of
 * the events table). Sorted deterministically so two stores give equal results for equal events.
 */
export interface DashboardData {
    totals: TouchpointTotals[];
    ratings: RatingCount[];
    comments: CommentRow[];
    /** Events the widgets' full queues reported dropped (`moments.dropped`). */
    dropped: number;
    /** More touchpoints follow the returned ones (with `touchpointLimit`). */
    more?: boolean;
}
/**
 * The storage boundary. The HTTP layer and the dashboard only talk to this, so a database can
 * replace another without touching them. Events are validated before they get here.
 */
export interface Store extends AlertReads {
    /** `sqlite` or `postgres`, for the start-up log. */
    readonly kind: string;
    /**
     * Stores one batch all or nothing; resolves only after its transaction committed durably.
     * Events whose `id` is already stored are ignored and counted as duplicates.
     * Rejects with {@link StoreUnavailableError} while the database cannot be reached.
     */
    insert(events: MomentEvent[]): Promise<InsertResult>;
    /** The figures of one dashboard page. */
    dashboard(query: DashboardQuery): Promise<DashboardData>;
    /** The first day each touchpoint's events were stored, and its journey stage if it names one: the map's order (rollup reads). */
    touchpointOrder(): Promise<Array<{
        touchpoint: string;
        firstDay: string;
        stage: string | null;
    }>>;
    /** Comments of misery, newest first, optionally of one touchpoint and one context key = value. */
    miseryComments(query: CommentQuery): Promise<CommentRow[]>;
    /** Moments of misery whose customer asked to be contacted (`moment.contact`), newest first, filtered like the comments. */
    contactRequests(query: CommentQuery): Promise<ContactRequest[]>;
    /** Stored events of a range, page by page in storage order, for `GET /export` (constant memory). */
    exportPages(query: ExportQuery): AsyncGenerator<MomentEvent[]>;
    /** Total stored events (tests and benchmarks). */
    count(): Promise<number>;
    /** Group-commit counters: write transactions committed and the batches they held. */
    stats?(): {
        commits: number;
        batches: number;
    };
    /** Finishes pending writes and releases the database. */
    close(): Promise<void>;
}
/** The database is down or restarting: the HTTP layer answers 503 with Retry-After. */
export declare class StoreUnavailableError extends Error {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/**
 * Opens the store a `MOMENTS_DB` value names: `postgres://…` (or `postgresql://…`) selects
 * PostgreSQL, a file path (or nothing: `data/moments.db`) selects SQLite. Creates and migrates it.
 * @example
 * const store = await openStore(process.env.MOMENTS_DB);
 */
export declare function openStore(url: string | undefined): Promise<Store>;
