import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../src/collector/store/groupCommit';
import { createRateLimiter } from '../../src/collector/http/rateLimiter';

describe('createGroupCommit', () => {
  it('writes the batches pushed meanwhile in one transaction, and the next ones in the next', async () => {
    const groups: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const gc = createGroupCommit<number, string>(
      async (batches) => {
        groups.push(batches);
        if (groups.length === 1) await gate; // the first commit is slow; pushes pile up behind it
        return batches.map((b) => `ok ${b}`);
      },
      { writeOne: async () => 'alone' },
    );
    const first = [gc.push(1), gc.push(2), gc.push(3)];
    await new Promise((r) => setImmediate(r));
    const second = [gc.push(4), gc.push(5)];
    release();
    expect(await Promise.all([...first, ...second])).toEqual(['ok 1', 'ok 2', 'ok 3', 'ok 4', 'ok 5']);
    expect(groups).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('retries the batches of a failed group alone, so only the bad one fails', async () => {
    const gc = createGroupCommit<number, number>(
      async (batches) => {
        if (batches.includes(13)) throw new Error('bad batch');
        return batches;
      },
      { writeOne: async (b) => (b === 13 ? Promise.reject(new Error('bad batch')) : b * 10) },
    );
    const results = await Promise.allSettled([gc.push(1), gc.push(13), gc.push(3)]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected'))).toEqual([10, 'rejected', 30]);
  });

  it('fails the whole group at once when retrying alone cannot help', async () => {
    let alone = 0;
    const gc = createGroupCommit<number, number>(async () => Promise.reject(new Error('down')), {
      writeOne: async (b) => (alone++, b),
      retryAlone: () => false,
    });
    const results = await Promise.allSettled([gc.push(1), gc.push(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(alone).toBe(0);
  });
});

describe('createRateLimiter', () => {
  it('allows a burst of a minute, then refills at the per-minute rate, per key', () => {
    const limit = createRateLimiter(60);
    const t = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limit.take('a', t)).toBe(0);
    expect(limit.take('a', t)).toBe(1);
    expect(limit.take('b', t)).toBe(0);
    expect(limit.take('a', t + 1000)).toBe(0);
    expect(limit.take('a', t + 1000)).toBe(1);
    expect(createRateLimiter(0).take('a')).toBe(0);
  });
});
