/**
 * Applies `css` to a shadow root through a constructable stylesheet (allowed under `style-src 'self'`);
 * only where those are missing does it fall back to a `<style>` element carrying `nonce`.
 * @example adoptStyles(host.attachShadow({ mode: 'open' }), styles, options.nonce);
 */
export declare function adoptStyles(shadow: ShadowRoot, css: string, nonce?: string): void;
