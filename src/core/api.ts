import { createMoments, type Loaders, type MomentsAPI } from './engine';
import { guard } from './report';

type Name = keyof MomentsAPI;
const NAMES: Name[] = ['init', 'show', 'preview', 'on', 'consent', 'explain', 'destroy'];

/**
 * The API for a page (the drop-in): each method is guarded (nothing throws into the page) and the engine is
 * created on first use.
 * @example window.Moments = browserApi(loaders);
 */
export function browserApi(loaders: Loaders): MomentsAPI {
  let inner: MomentsAPI | undefined;
  const api = {} as Record<Name, unknown>;
  for (const name of NAMES) api[name] = guard(name, (...args: unknown[]) => ((inner ??= createMoments(loaders))[name] as (...a: unknown[]) => unknown)(...args));
  return api as MomentsAPI;
}

/**
 * The API every bundler entry point exposes: `browserApi`, except that each method does nothing outside a
 * browser, so importing or calling it during server rendering is safe.
 * @example const Moments = publicApi(loaders); Moments.init(config);
 */
export function publicApi(loaders: Loaders): MomentsAPI {
  const api = browserApi(loaders) as unknown as Record<Name, (...a: unknown[]) => unknown>;
  for (const name of NAMES) {
    const inBrowser = api[name];
    api[name] = (...args) =>
      typeof document == 'undefined' ? (name == 'on' ? () => {} : name == 'explain' ? Promise.resolve([]) : undefined) : inBrowser(...args);
  }
  return api as unknown as MomentsAPI;
}
