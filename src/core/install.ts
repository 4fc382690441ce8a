import type { Loaders, MomentsAPI } from './engine';
import { browserApi } from './api';
import { report } from './report';

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
    try {
      if (el) api.init(JSON.parse(el.textContent!));
      if (params.has('moments-debug') || localStorage['moments:debug']) loaders.explain().then((m) => m.debug(api));
    } catch (e) {
      report((el ? '#moments-config is not valid JSON: ' : '') + (e as Error).message);
    }
    if (preview) api.preview(preview);
  };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
