import { describe as suite, expect, it, vi, afterEach } from 'vitest';
import { describe } from '../../src/explain/describe';
import { debug } from '../../src/explain/debug';
import type { MomentsAPI } from '../../src/core/engine';

const DAY = 864e5;
afterEach(() => vi.useRealTimers());

suite('describe', () => {
  it.each([
    [['invalid', 'scale', 'ethumbs|nps'], 'invalid config: scale must be one of thumbs, nps'],
    [['invalid', 'when.path', 's'], 'invalid config: when.path must be a non-empty string'],
    [['manual'], 'waiting for Moments.show()'],
    [['path', '/home'], 'path/url does not match /home'],
    [['when', JSON.stringify({ path: '/checkout*', selector: '.payment-error' })], 'waiting for path "/checkout*" and selector ".payment-error"'],
    [['sample', 0.1], 'sampled out (sample 0.1)'],
    [['dnt'], 'Do-Not-Track or Global Privacy Control is on (respectDoNotTrack)'],
    [['consent'], 'waiting for consent (Moments.consent(true))'],
    [['cap', 1], 'session cap reached (maxPromptsPerSession: 1)'],
    [['gap', 5], 'another prompt was shown less than 5 min ago (minGapMinutes)'],
    [['busy', 'checkout'], 'fired while "checkout" was showing (overlap: drop)'],
    [['waiting', 'checkout'], 'waiting for "checkout" to close'],
    [['preempted', 'payment-failed'], 'replaced by "payment-failed" (higher priority) before an answer'],
  ] as const)('%j → %s', (reason, text) => {
    expect(describe([...reason])).toBe(text);
  });

  it('words dates relative to now', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 5, 12) });
    const shown = Date.UTC(2026, 11, 2, 9);
    expect(describe(['once', 'answered', shown, 'visitor'])).toBe('answered 3 days ago, on 2026-12-02 (once: "visitor")');
    expect(describe(['cooldown', shown, shown + 7 * DAY])).toBe('shown 3 days ago, in cooldown until 2026-12-09 (cooldownDays)');
    expect(describe(['quiet', Date.UTC(2026, 11, 4, 9), Date.UTC(2027, 0, 3)])).toBe('dismissed yesterday, quiet until 2027-01-03 (dismissCooldownDays)');
  });
});

suite('debug', () => {
  it('prints a console.table now and again only when a status changes', async () => {
    vi.useFakeTimers();
    let rows = [{ id: 'a', state: 'waiting', why: 'waiting for Moments.show()', reason: ['manual'] }];
    const api = { explain: async () => rows } as unknown as MomentsAPI;
    const table = vi.spyOn(console, 'table').mockImplementation(() => {});
    const stop = debug(api);
    await vi.advanceTimersByTimeAsync(3000);
    expect(table).toHaveBeenCalledTimes(1);
    rows = [{ id: 'a', state: 'shown', why: 'shown on this page', reason: ['shown'] }];
    await vi.advanceTimersByTimeAsync(1000);
    expect(table).toHaveBeenCalledTimes(2);
    expect(table.mock.calls[1][0]).toEqual([{ touchpoint: 'a', state: 'shown', why: 'shown on this page' }]);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
