import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdapter } from '../../src/sinks/adapters';
import { clearGlobals, shown } from './events.fixture';

afterEach(clearGlobals);

describe('createAdapter', () => {
  it('creates the sink each config type names', () => {
    const names = (['dataLayer', 'gtag', 'segment', 'posthog', 'console'] as const).map((type) => createAdapter({ type }).name);
    expect(names).toEqual(['dataLayer', 'gtag', 'segment', 'posthog', 'console']);
    const ce = createAdapter({ type: 'cloudevents', url: '/ce' });
    const http = createAdapter({ type: 'http', url: '/h' });
    expect([ce.name, http.name]).toEqual(['cloudevents', 'http']);
    ce.destroy?.();
    http.destroy?.();
  });

  it('reports an unknown type and returns a sink that ignores events', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = createAdapter({ type: 'kafka' } as never);
    expect(() => s.send([shown()])).not.toThrow();
    expect(error).toHaveBeenCalledWith('Moments: unknown sink type "kafka"');
    error.mockRestore();
  });
});
