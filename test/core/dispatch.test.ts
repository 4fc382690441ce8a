import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/core/dispatch';
import { buildEvent } from '../../src/core/events';
import type { MomentEvent, Sink } from '../../src/core/types';

const ev = () => buildEvent('moment.answered', { touchpoint: 't', moment: 'm', rating: { scale: 'thumbs', value: 1 } });
const collect = (name = 'good') => {
  const got: MomentEvent[] = [];
  const sink: Sink = { name, send: (events) => void got.push(...events), flush: vi.fn(), destroy: vi.fn() };
  return { sink, got };
};

afterEach(() => vi.restoreAllMocks());

describe('dispatch', () => {
  it('gives every event to every sink, even when one throws, rejects or never settles; reports each failing sink once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = collect('before');
    const after = collect('after');
    const throws: Sink = { name: 'throws', send: () => { throw new Error('boom'); } };
    const rejects: Sink = { name: 'rejects', send: () => Promise.reject(new Error('nope')) };
    const hangs: Sink = { name: 'hangs', send: () => new Promise(() => {}) };
    const out = dispatch([before.sink, throws, hangs, rejects, after.sink]);
    const a = [ev(), ev()];
    const b = [ev()];
    out.send(a);
    out.send(b);
    // Synchronous: nothing waited for the hanging or rejecting sink.
    expect(after.got.map((e) => e.id)).toEqual([...a, ...b].map((e) => e.id));
    expect(before.got.map((e) => e.id)).toEqual([...a, ...b].map((e) => e.id));
    await new Promise((r) => setTimeout(r));
    const messages = error.mock.calls.map((c) => c[0]);
    expect(messages).toEqual(['Moments: sink "throws" failed: boom', 'Moments: sink "rejects" failed: nope']);
  });

  it('gives each sink its own copy, so one that mutates events cannot change another\'s', () => {
    const mutates: Sink = { name: 'mutates', send: (events) => void ((events[0] as { touchpoint: string }).touchpoint = 'changed') };
    const good = collect();
    const e = ev();
    dispatch([mutates, good.sink]).send([e]);
    expect(good.got[0].touchpoint).toBe('t');
    expect(e.touchpoint).toBe('t');
  });

  it('flushes and destroys every sink that can, skipping those that cannot or throw', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = collect('a');
    const b = collect('b');
    const bad: Sink = { name: 'bad', send() {}, flush: () => { throw new Error('x'); }, destroy: () => { throw new Error('y'); } };
    const out = dispatch([a.sink, { name: 'plain', send() {} }, bad, b.sink]);
    out.flush();
    out.destroy();
    for (const s of [a.sink, b.sink]) {
      expect(s.flush).toHaveBeenCalledTimes(1);
      expect(s.destroy).toHaveBeenCalledTimes(1);
    }
  });
});

describe('dispatch with a page that changed Array.prototype.toJSON (Prototype.js, #19)', () => {
  afterEach(() => void delete (Array.prototype as { toJSON?: unknown }).toJSON);

  it('gives every sink a real array of intact events', () => {
    Object.defineProperty(Array.prototype, 'toJSON', { value: () => 'an array', configurable: true, writable: true });
    const { sink, got } = collect();
    const seen: unknown[] = [];
    const events = [ev(), ev()];
    dispatch([sink, { name: 'raw', send: (e) => void seen.push(e) }]).send(events);
    expect(Array.isArray(seen[0])).toBe(true);
    expect(got).toEqual(events);
    expect(got[0]).not.toBe(events[0]); // still a copy
  });
});
