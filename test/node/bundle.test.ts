// What the ESM entry costs a bundled app (bench/bundle.mjs bundles a fixture app with rollup + terser, as an
// app's production build would): calling `init` with one path touchpoint may grow the app's eager chunk by no
// more than the drop-in's own size, and the sinks' code must be in the lazy chunks. Sizes, not timings.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { benchBundle } from '../../bench/bundle.mjs';

describe('the ESM entry in a bundle', () => {
  it('init + a path touchpoint grows the eager chunk by no more than the drop-in; sinks load later', async () => {
    const result = (await benchBundle()) as { growth: number; dropIn: number; eagerCode: string; lazyCode: string };
    expect(result.growth).toBeGreaterThan(1000); // the engine really is in it
    expect(result.growth).toBeLessThanOrEqual(result.dropIn);
    // The HTTP sink's beacon and the adapters' client lookups are not eager.
    expect(result.eagerCode).not.toContain('sendBeacon');
    expect(result.lazyCode).toContain('sendBeacon');
    expect(result.eagerCode).not.toContain('dataLayer');
  });
});
