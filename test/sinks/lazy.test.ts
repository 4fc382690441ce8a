import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazySink } from '../../src/sinks/lazy';
import { buildEvent } from '../../src/core/events';
import type { MomentEvent, Sink, SinkConfig } from '../../src/core/types';

const ev = () => buildEvent('moment.shown', { touchpoint: 't', moment: 'm' });
afterEach(() => vi.restoreAllMocks());

describe('lazySink', () => {
  it('loads the chunk once, buffers until it is there, then forwards in order', async () => {
    const got: MomentEvent[] = [];
    let resolve!: (m: { createAdapter(c: SinkConfig): Sink }) => void;
    const load = vi.fn(() => new Promise<{ createAdapter(c: SinkConfig): Sink }>((r) => (resolve = r)));
    const created: SinkConfig[] = [];
    const s = lazySink({ type: 'segment', event: 'x' }, load);
    expect(load).not.toHaveBeenCalled(); // nothing loads before there is something to send
    const a = [ev(), ev(), ev()];
    s.send([a[0]]);
    s.send([a[1]]);
    resolve({ createAdapter: (c) => (created.push(c), { name: 'segment', send: (e) => void got.push(...e) }) });
    await Promise.resolve();
    await Promise.resolve();
    s.send([a[2]]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(created).toEqual([{ type: 'segment', event: 'x' }]);
    expect(got.map((e) => e.id)).toEqual(a.map((e) => e.id));
    expect(s.name).toBe('segment');
  });

  it('reports a failed load once, keeps the events and loads again on the next send', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const got: MomentEvent[] = [];
    let n = 0;
    const load = () => (n++ < 2 ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve({ createAdapter: () => ({ name: 'p', send: (e: MomentEvent[]) => void got.push(...e) }) }));
    const s = lazySink({ type: 'posthog' }, load);
    const a = [ev(), ev(), ev()];
    s.send([a[0]]);
    await new Promise((r) => setTimeout(r));
    s.send([a[1]]);
    await new Promise((r) => setTimeout(r));
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toMatch(/^Moments: could not load the posthog sink/);
    s.send([a[2]]);
    await new Promise((r) => setTimeout(r));
    expect(got.map((e) => e.id)).toEqual(a.map((e) => e.id));
  });

  it('passes flush and destroy through once loaded', async () => {
    const inner = { name: 'x', send: vi.fn(), flush: vi.fn(), destroy: vi.fn() };
    const s = lazySink({ type: 'gtag' }, async () => ({ createAdapter: () => inner }));
    s.send([ev()]);
    await new Promise((r) => setTimeout(r));
    s.flush!();
    s.destroy!();
    expect(inner.flush).toHaveBeenCalled();
    expect(inner.destroy).toHaveBeenCalled();
  });

  it('load() resolves once the sink exists and rejects when the chunk cannot load (then tries again)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return { createAdapter: () => ({ name: 'h', send() {} }) };
    });
    const s = lazySink({ type: 'http', url: '/m' }, load);
    await expect(s.load()).rejects.toThrow('offline');
    fail = false;
    await expect(s.load()).resolves.toBeUndefined();
    await s.load();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
