import { doc } from '../core/doc';

let made: [css: string, sheet: CSSStyleSheet] | undefined;

// The constructable stylesheet for `css`, parsed once and shared by every prompt of the page (parsing costs a
// millisecond or two on a slow machine).
function styleSheet(css: string): CSSStyleSheet {
  if (made?.[0] != css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    made = [css, sheet];
  }
  return made[1];
}

/**
 * Applies `css` to a shadow root through a constructable stylesheet (allowed under `style-src 'self'`);
 * only where those are missing does it fall back to a `<style>` element carrying `nonce`.
 * @example adoptStyles(host.attachShadow({ mode: 'open' }), styles, options.nonce);
 */
export function adoptStyles(shadow: ShadowRoot, css: string, nonce?: string): void {
  try {
    shadow.adoptedStyleSheets = [styleSheet(css)];
  } catch {
    const style = doc('createElement').call(document, 'style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    shadow.appendChild(style);
  }
}
