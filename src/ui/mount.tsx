import { render } from 'preact';
import type { Mount } from './contract';
import type { Text } from '../core/types';
import { report } from '../core/report';
import { adoptStyles } from './adoptStyles';
import { isRtl } from './isRtl';
import { loadText } from './loadText';
import { nextTask } from '../core/nextTask';
import { Prompt } from './Prompt';
import { styles } from './styles';
import { doc } from '../core/doc';

/**
 * Renders the prompt into an open shadow root on `host`; resolves once the locale's strings are loaded.
 * Returns an unmount function that removes everything it added (the caller removes `host`).
 * @example
 * const unmount = mount(host, { touchpoint, locale: 'en', theme: 'light', placement: 'bottom-right',
 *   onShown() {}, onAnswer(v) {}, onComment(c) {}, onContact(e) {}, onDismiss() {}, onClose: () => unmount() });
 */
export const mount: Mount = (host, options) => {
  let alive = true;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, styles, options.nonce);
  // Render into a div of our own (preact would otherwise reuse and later remove an existing child of the root).
  const root = shadow.appendChild(doc('createElement').call(document, 'div'));
  const { touchpoint, placement } = options;
  const floating = placement != 'inline';
  root.className = `r ${placement} ${options.theme} ${touchpoint.scale}`;
  // Only the seam's callbacks cross into the page's code: none of them may break the prompt, nor the prompt them.
  const safe = <A extends unknown[]>(name: string, fn: (...a: A) => void) => (...a: A) => {
    if (!alive) return;
    try {
      fn(...a);
    } catch (e) {
      report(`${name} failed: ${(e as Error)?.message ?? e}`);
    }
  };
  const on = {
    onShown: safe('onShown', options.onShown),
    onAnswer: safe('onAnswer', options.onAnswer),
    onComment: safe('onComment', options.onComment),
    onContact: safe('onContact', options.onContact),
    onDismiss: safe('onDismiss', options.onDismiss),
    onClose: safe('onClose', options.onClose),
  };
  const fail = (e: unknown) => report(`prompt failed: ${(e as Error)?.message ?? e}`);
  const vv = floating && matchMedia('(max-width:480px)').matches ? window.visualViewport : null;
  // A phone's keyboard shrinks only the visual viewport: lift the bottom sheet by what it hides of the layout one.
  const lift = () => root.style.setProperty('--moments-kb', `${Math.max(0, innerHeight - vv!.height - vv!.offsetTop)}px`);
  let text: Text;
  const start = () => {
    try {
      if (!alive) return;
      if (floating && host.showPopover) {
        // A modal dialog leaves the rest of the page inert, even a popover shown above it (Chromium 156):
        // wait until the page's dialogs close rather than show a prompt nobody can use. (Every browser with
        // popovers knows `:modal`; `close` does not bubble, hence capture, on the window: a page element named
        // `addEventListener` can stand in for the document's.)
        if (doc('querySelector').call(document, 'dialog:modal')) return void addEventListener('close', start, { capture: true, once: true });
        // The top layer: no z-index, overflow or transform of the page can cover or clip the prompt.
        host.popover = 'manual';
        host.showPopover();
      }
      if (vv) {
        // No `passive`: resize and scroll can't be cancelled, so these listeners never hold up scrolling.
        lift();
        vv.addEventListener('resize', lift);
        vv.addEventListener('scroll', lift);
      }
      render(<Prompt touchpoint={touchpoint} text={text} rtl={isRtl(options.locale)} inline={!floating} on={on} />, root);
    } catch (e) {
      fail(e);
    }
  };
  loadText(options.locale).then((base) => {
    text = { ...base, ...options.text, ...touchpoint.text };
    // Rendering (the prompt code's first run) gets a task of its own, apart from building the host and its styles.
    nextTask().then(start);
  }, fail);
  return () => {
    if (!alive) return;
    alive = false;
    removeEventListener('close', start, true);
    vv?.removeEventListener('resize', lift);
    vv?.removeEventListener('scroll', lift);
    host.removeAttribute('popover'); // hides it
    try {
      render(null, root);
    } catch {
      /* already gone */
    }
    shadow.replaceChildren();
    shadow.adoptedStyleSheets = [];
  };
};
