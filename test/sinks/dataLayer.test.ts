import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataLayerSink } from '../../src/sinks/dataLayer';
import { answered, clearGlobals, shown } from './events.fixture';

const w = window as unknown as { dataLayer: Array<Record<string, unknown>> & { push(x: unknown): number } };
afterEach(clearGlobals);

describe('dataLayerSink', () => {
  it('pushes into the dataLayer array before GTM loads, creating it like the GTM snippet, and keeps pushing after', () => {
    const s = dataLayerSink();
    const a = answered(2);
    s.send([a]);
    expect(w.dataLayer).toHaveLength(1);
    expect(w.dataLayer[0]).toMatchObject({ event: 'moment_answered', moment_type: 'moment.answered', event_id: a.id, touchpoint: 'checkout', moment_id: 'm-1', rating: 2, rating_scale: 'emoji5', reasons: ['slow', 'confusing'], page_path: a.page.path, context: { plan: 'pro' }, visitor: 'v-1' });

    // GTM loads: it processes what is queued and replaces push with its own handler.
    const processed: unknown[] = [...w.dataLayer];
    const original = w.dataLayer.push;
    w.dataLayer.push = function (this: unknown, x: unknown) {
      processed.push(x);
      return original.call(w.dataLayer, x);
    };
    s.send([shown()]);
    expect(processed).toHaveLength(2);
    const second = processed[1] as Record<string, unknown>;
    expect(second.event).toBe('moment_shown');
    // GTM's model keeps keys between pushes: an event without a rating must clear it explicitly.
    expect('rating' in second && second.rating === undefined).toBe(true);
  });

  it('uses a configured event name for every event', () => {
    dataLayerSink({ event: 'moments' }).send([shown()]);
    expect(w.dataLayer[0]).toMatchObject({ event: 'moments', moment_type: 'moment.shown' });
  });
});

describe('dataLayerSink and a clobbered global (#19)', () => {
  it('an element standing in for window.dataLayer (<img name="dataLayer">) is not GTM: events wait, nothing is reported', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const img = document.createElement('img');
    (window as unknown as { dataLayer: unknown }).dataLayer = img;
    const s = dataLayerSink();
    s.send([shown()]);
    expect(error).not.toHaveBeenCalled();
    (window as unknown as { dataLayer: unknown }).dataLayer = [];
    s.flush!();
    expect(w.dataLayer).toHaveLength(1);
    expect(w.dataLayer[0]).toMatchObject({ event: 'moment_shown' });
    error.mockRestore();
  });
});
