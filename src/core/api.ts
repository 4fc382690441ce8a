import { createMoments, type Loaders, type MomentsAPI } from './engine';
import { guard } from './report';

/**
 * The API every entry point exposes: each method is guarded (nothing throws into the page) and does
 * nothing outside a browser, so importing or calling it during server rendering is safe.
 * @example const Moments = publicApi(loaders); Moments.init(config);
 */
export function publicApi(loaders: Loaders): MomentsAPI {
  let inner: MomentsAPI | undefined;
  const api = {} as Record<string, unknown>;
  for (const name of ['init', 'show', 'preview', 'on', 'consent', 'explain', 'destroy'] as const) {
    api[name] = guard(name, (...args: unknown[]) => {
      if (typeof document == 'undefined') return name == 'on' ? () => {} : name == 'explain' ? Promise.resolve([]) : undefined;
      return ((inner ??= createMoments(loaders))[name] as (...a: unknown[]) => unknown)(...args);
    });
  }
  return api as unknown as MomentsAPI;
}
