import type { Loaders, MomentsAPI } from './engine';
import { browserApi } from './api';
import { report } from './report';
import { idle } from './idle';

/**
 * Defines `window.Moments` (unless another copy already did: then this copy hands over to it and warns once),
 * starts it from `<script type="application/json" id="moments-config">` when the page has one, and honours
 * `?moments-preview=<id>` and debug mode (`?moments-debug` or `localStorage["moments:debug"]`).
 */
export function install(loaders: Loaders): void {
  const w = window as unknown as { Moments?: MomentsAPI & { version?: string } };
  if (w.Moments?.version) return report('a second copy of the drop-in was loaded; the first one stays in charge', 'warn');
  const api = (w.Moments = Object.assign(browserApi(loaders), { version: '0.1.0' }));
  const start = () => {
    const el = document.getElementById('moments-config');
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
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
