import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredSink } from '../../src/sinks/deferred';
import { deliver } from '../../src/sinks/deliver';
import { answered, clearGlobals, shown } from './events.fixture';

const page = window as unknown as { dataLayer?: Array<Record<string, unknown>> };
afterEach(clearGlobals);

describe('deferredSink (the ESM entry’s sink factories)', () => {
  it('loads its code on the first send and delivers what was sent before, in order', async () => {
    const sink = deferredSink({ type: 'dataLayer' });
    expect(sink.name).toBe('dataLayer');
    expect(page.dataLayer).toBeUndefined(); // nothing loaded or created yet
    const a = shown();
    const b = answered(5);
    sink.send([a]);
    sink.send([b]);
    await vi.waitFor(() => expect(page.dataLayer?.map((e) => e.event)).toEqual(['moment_shown', 'moment_answered']));
    sink.send([answered(1)]); // now straight through
    expect(page.dataLayer?.at(-1)).toMatchObject({ event: 'moment_answered', rating: 1 });
  });

  it('is loaded by deliver before any event flows, like a sink named in JSON config', async () => {
    const out = deliver({ sinks: [deferredSink({ type: 'dataLayer', event: 'feedback' })] });
    await out.ready;
    out.send([shown()]);
    expect(page.dataLayer?.map((e) => e.event)).toEqual(['feedback']);
    out.destroy();
  });

  it('destroy before first use loads nothing', () => {
    const sink = deferredSink({ type: 'dataLayer' });
    sink.destroy?.();
    sink.flush?.();
    expect(page.dataLayer).toBeUndefined();
  });
});
