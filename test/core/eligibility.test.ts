import { describe, expect, it, vi, afterEach } from 'vitest';
import { createEligibility } from '../../src/core/eligibility';
import { withPacing } from '../../src/core/pacing';
import { createStorage } from '../../src/core/storage';
import { uuid } from '../../src/core/uuid';
import { resolveConfig } from '../../src/core/config';
import type { Touchpoint } from '../../src/core/types';

const DAY = 864e5;
const tp = (extra: Partial<Touchpoint> = {}): Touchpoint => ({ id: 't', question: 'q', scale: 'thumbs', ...extra });
// The visitor's own rules (the drop-in's part) with the session's pacing (the prompt chunk's part).
const make = (given: Record<string, unknown> = {}) => {
  const config = resolveConfig({ touchpoints: [], ...given });
  return withPacing(createEligibility(config, createStorage('localStorage'), createStorage('sessionStorage')), config);
};

afterEach(() => vi.restoreAllMocks());

describe('eligibility', () => {
  it('allows a fresh visitor and keeps one random visitor id', () => {
    const e = make();
    expect(e.check(tp())).toBeUndefined();
    expect(e.visitor(uuid)).toMatch(/^[0-9a-f-]{36}$/);
    expect(make().visitor(uuid)).toBe(e.visitor(uuid));
  });

  it('samples once per visitor: the roll is kept across reloads', () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.7);
    expect(make().check(tp({ sample: 0.5 }))).toEqual(['sample', 0.5]);
    random.mockReturnValue(0.1);
    expect(make().check(tp({ sample: 0.5 }))).toEqual(['sample', 0.5]);
    expect(make().check(tp({ sample: 0.8 }))).toBeUndefined();
    expect(random).toHaveBeenCalledTimes(1);
  });

  it('sample 0 never shows', () => {
    expect(make().check(tp({ sample: 0 }))).toEqual(['sample', 0]);
  });

  it('once: visitor rules out after an answer, even after a reload', () => {
    make().record(tp(), 'answered', Date.UTC(2026, 11, 1));
    expect(make({ maxPromptsPerSession: 9, minGapMinutes: 0 }).check(tp())).toEqual(['once', 'answered', Date.UTC(2026, 11, 1), 'visitor']);
  });

  it('once: session rules out for this session only', () => {
    const e = make({ minGapMinutes: 0 });
    e.record(tp({ once: 'session' }), 'answered');
    expect(e.check(tp({ once: 'session' }))?.[3]).toBe('session');
    sessionStorage.clear();
    expect(make({ minGapMinutes: 0 }).check(tp({ once: 'session' }))).toBeUndefined();
  });

  it('cooldownDays waits after a showing and names the date', () => {
    const e = make({ maxPromptsPerSession: 9, minGapMinutes: 0 });
    const t0 = Date.UTC(2026, 11, 1);
    e.record(tp({ once: false, cooldownDays: 3 }), 'shown', t0);
    expect(e.check(tp({ once: false, cooldownDays: 3 }), t0 + DAY)).toEqual(['cooldown', t0, t0 + 3 * DAY]);
    expect(e.check(tp({ once: false, cooldownDays: 3 }), t0 + 3 * DAY + 1)).toBeUndefined();
  });

  it('dismissing counts, with dismissCooldownDays', () => {
    const e = make({ dismissCooldownDays: 2, minGapMinutes: 0 });
    const t0 = Date.UTC(2026, 11, 1);
    e.record(tp({ once: false }), 'dismissed', t0);
    expect(e.check(tp({ once: false }), t0 + DAY)).toEqual(['quiet', t0, t0 + 2 * DAY]);
    expect(e.check(tp({ once: false }), t0 + 2 * DAY + 1)).toBeUndefined();
  });

  it('caps prompts per session and keeps a gap between any two', () => {
    const e = make({ maxPromptsPerSession: 1, minGapMinutes: 0 });
    e.record(tp({ id: 'a' }), 'shown');
    expect(e.check(tp({ id: 'b' }))).toEqual(['cap', 1]);
    const g = make({ maxPromptsPerSession: 5, minGapMinutes: 10 });
    expect(g.check(tp({ id: 'b' }), Date.now() + 60_000)).toEqual(['gap', 10]);
    expect(g.check(tp({ id: 'b' }), Date.now() + 11 * 60_000)).toBeUndefined();
  });

  it('beside a prompt on screen: one that waits is not held back by the gap, one that replaces takes its place in the cap', () => {
    const e = make({ maxPromptsPerSession: 1, minGapMinutes: 10 });
    e.record(tp({ id: 'a' }), 'shown');
    expect(e.check(tp({ id: 'b' }), undefined, false, 'wait')).toEqual(['cap', 1]);
    expect(e.check(tp({ id: 'b' }), undefined, false, 'replace')).toBeUndefined();
    const g = make({ maxPromptsPerSession: 5, minGapMinutes: 10 });
    expect(g.check(tp({ id: 'b' }))).toEqual(['gap', 10]);
    expect(g.check(tp({ id: 'b' }), undefined, false, 'wait')).toBeUndefined();
    // The visitor's own rules still hold.
    expect(g.check(tp({ id: 'b', sample: 0 }), undefined, false, 'replace')).toEqual(['sample', 0]);
  });

  it('when arming, stops before the session cap and the gap, and reads no sessionStorage', () => {
    const e = make({ maxPromptsPerSession: 1, minGapMinutes: 10 });
    e.record(tp({ id: 'a' }), 'shown');
    const read = vi.spyOn(sessionStorage, 'getItem');
    expect(e.check(tp({ id: 'b' }), undefined, true)).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
    expect(e.check(tp({ id: 'b' }))).toEqual(['cap', 1]);
    expect(read).toHaveBeenCalled();
  });

  it('makes the visitor id only when asked for it, then keeps it', () => {
    localStorage.clear();
    const e = make();
    e.check(tp());
    expect(localStorage.getItem('moments:state') ?? '').not.toContain('"v"');
    const id = e.visitor(uuid);
    expect(JSON.parse(localStorage.getItem('moments:state')!).v).toBe(id);
    expect(make().visitor(uuid)).toBe(id);
  });

  it('waits for consent when required, and remembers it', () => {
    const e = make({ requireConsent: true });
    expect(e.check(tp())).toEqual(['consent']);
    e.consent(true);
    expect(make({ requireConsent: true }).check(tp())).toBeUndefined();
    e.consent(false);
    expect(make().check(tp())).toEqual(['refused']);
  });

  it('respects Do-Not-Track and Global Privacy Control when asked to', () => {
    vi.spyOn(navigator, 'doNotTrack', 'get').mockReturnValue('1');
    expect(make({ respectDoNotTrack: true }).check(tp())).toEqual(['dnt']);
    expect(make().check(tp())).toBeUndefined();
  });

  it('keeps working when storage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const e = make({ minGapMinutes: 0 });
    e.record(tp(), 'answered');
    expect(e.check(tp())?.[0]).toBe('once');
  });
});
