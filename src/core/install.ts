import type { Loaders, MomentsAPI } from './engine';
import { browserApi } from './api';
import { report } from './report';
import { idle } from './idle';
import { doc } from './doc';

// Marks a copy of this drop-in, with its version: another library's `window.Moments` (even one with a `version`)
// has no such key.
const MARK = Symbol.for('moments');
type Global = MomentsAPI & { [MARK]?: string };

/**
 * Defines `window.MomentsWidget` and, when the name is free, `window.Moments` (unless another copy of the drop-in
 * already did: then this copy hands over to it and warns once), starts it from
 * `<script type="application/json" id="moments-config">` when the page has one, and honours
 * `?moments-preview=<id>` and debug mode (`?moments-debug` or `localStorage["moments:debug"]`).
 */
export function install(loaders: Loaders): void {
  const w = window as unknown as { Moments?: Global; MomentsWidget?: Global };
  if (w.MomentsWidget?.[MARK]) return report('a second copy of the drop-in was loaded; the first one stays in charge', 'warn');
  const api: Global = (w.MomentsWidget = Object.assign(browserApi(loaders), { [MARK]: '0.1.0' }));
  // Free: no global of that name. An element with id="Moments" is no global (it only shadows a missing one).
  if (Object.hasOwn(w, 'Moments')) report('window.Moments is taken; use window.MomentsWidget', 'warn');
  else w.Moments = api;
  const start = () => {
    // Only a script element holds the config: an element of the page's content with that id must not.
    const el = (doc('scripts') as HTMLCollectionOf<HTMLScriptElement> & Record<string, HTMLScriptElement | undefined>)['moments-config'];
    const params = new URLSearchParams(location.search);
    const preview = params.get('moments-preview');
    const debug = () => loaders.explain().then((m) => m.debug(api));
    try {
      if (el) api.init(JSON.parse(el.textContent!));
    } catch (e) {
      report('#moments-config is not valid JSON: ' + (e as Error).message);
    }
    // The stored flag waits for idle time: the first localStorage read of a page costs milliseconds.
    if (params.has('moments-debug')) debug();
    else
      idle(() => {
        try {
          if (localStorage['moments:debug']) debug();
        } catch {
          /* storage blocked: no stored flag either */
        }
      });
    if (preview) api.preview(preview);
  };
  // DOMContentLoaded bubbles to the window, whose addEventListener no element can stand in for.
  if (doc('readyState') == 'loading') addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
