import { describe, expect, it, vi } from 'vitest';
import { callbackSink } from '../../src/sinks/callback';
import { consoleSink } from '../../src/sinks/console';
import { buildEvent } from '../../src/core/events';

describe('callbackSink', () => {
  it('hands each batch to the function and passes its promise back', async () => {
    const fn = vi.fn(async () => {});
    const s = callbackSink(fn);
    const a = [buildEvent('moment.shown', { touchpoint: 't', moment: 'm' })];
    await s.send(a);
    expect(fn).toHaveBeenCalledWith(a);
    expect(callbackSink(function myPipeline() {}).name).toBe('myPipeline');
  });
});

describe('consoleSink', () => {
  it('logs each event with its type', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const e = buildEvent('moment.dismissed', { touchpoint: 't', moment: 'm' });
    consoleSink().send([e, e]);
    expect(info).toHaveBeenCalledTimes(2);
    expect(info).toHaveBeenCalledWith('Moments event', 'moment.dismissed', e);
    info.mockRestore();
  });
});
