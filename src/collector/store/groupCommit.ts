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
  stats(): { commits: number; batches: number };
}

interface Pending<T, R> {
  batch: T;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit: batches that arrive while a commit is in flight wait and go into the next
 * transaction together, so one fsync acknowledges many requests. When a group's transaction
 * fails, each of its batches is retried alone, so one bad batch fails only itself and every batch
 * stays all or nothing.
 */
export function createGroupCommit<T, R>(writeMany: WriteMany<T, R>, options: GroupCommitOptions<T, R>): GroupCommit<T, R> {
  const { writeOne, retryAlone = () => true, maxGroup = 256 } = options;
  let queue: Pending<T, R>[] = [];
  let running: Promise<void> | undefined;
  let scheduled = false;
  let commits = 0;
  let batches = 0;

  async function run(): Promise<void> {
    while (queue.length) {
      const group = queue.slice(0, maxGroup);
      queue = queue.slice(group.length);
      try {
        const results = await writeMany(group.map((p) => p.batch));
        commits++;
        batches += group.length;
        group.forEach((p, i) => p.resolve(results[i]));
      } catch (error) {
        if (group.length === 1 || !retryAlone(error)) {
          for (const p of group) p.reject(error);
          continue;
        }
        for (const p of group) await writeOne(p.batch).then(p.resolve, p.reject);
      }
    }
  }

  function start(): void {
    scheduled = false;
    running = run().finally(() => {
      running = undefined;
      if (queue.length) start();
    });
  }

  return {
    push(batch) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ batch, resolve, reject });
        // Let the current poll phase finish reading requests first, so they share the commit.
        if (!running && !scheduled) {
          scheduled = true;
          setImmediate(start);
        }
      });
    },
    stats: () => ({ commits, batches }),
    async drain() {
      while (running || scheduled || queue.length) await (running ?? new Promise((r) => setImmediate(r)));
    },
  };
}
