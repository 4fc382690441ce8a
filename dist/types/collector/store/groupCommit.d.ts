/** Writes several queued batches in one transaction; returns one result per batch, in order. */
export type WriteMany<T, R> = (batches: T[]) => Promise<R[]>;
/** Options of {@link createGroupCommit}. */
export interface GroupCommitOptions<T, R> {
    /** Writes one batch alone, after its group's transaction failed. */
    writeOne: (batch: T) => Promise<R>;
    /** False for errors every batch would hit again (database down): fail the group without retries. */
    retryAlone?: (error: unknown) => boolean;
    /** Most batches in one transaction (default 256). */
    maxGroup?: number;
}
/** Queues batches and writes them together; see {@link createGroupCommit}. */
export interface GroupCommit<T, R> {
    /** Resolves with this batch's result once the transaction holding it committed. */
    push(batch: T): Promise<R>;
    /** Resolves when nothing is queued or in flight. */
    drain(): Promise<void>;
    /** Transactions committed and batches they held, so far (batches / commits = the grouping achieved). */
    stats(): {
        commits: number;
        batches: number;
    };
}
/**
 * Group commit: batches that arrive while a commit is in flight wait and go into the next
 * transaction together, so one fsync acknowledges many requests. When a group's transaction
 * fails, each of its batches is retried alone, so one bad batch fails only itself and every batch
 * stays all or nothing.
 */
export declare function createGroupCommit<T, R>(writeMany: WriteMany<T, R>, options: GroupCommitOptions<T, R>): GroupCommit<T, R>;
