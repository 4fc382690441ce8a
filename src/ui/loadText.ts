import type { Text } from '../core/types';
import { report } from '../core/report';
import { en } from './en';

// One dynamic import per locale so rollup emits each as its own chunk (moments-de.js, …) loaded only when used.
const locales: Record<string, () => Promise<{ default: Text }>> = {
  de: () => import('./locales/de'),
  fr: () => import('./locales/fr'),
  es: () => import('./locales/es'),
  pt: () => import('./locales/pt'),
  ja: () => import('./locales/ja'),
  ar: () => import('./locales/ar'),
};

/**
 * The built-in strings for a locale tag (`de-AT` → German); English for unknown tags or when the chunk fails to load.
 * @example const text = await loadText('de');
 */
export function loadText(tag: string): Promise<Text> {
  const name = tag.toLowerCase().split(/[-_]/)[0];
  const load = locales[name];
  return load
    ? load().then(
        (m) => m.default,
        () => (report(`locale "${name}" failed to load; using English`), en),
      )
    : Promise.resolve(en);
}
