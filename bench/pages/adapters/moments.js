// Moments: a touchpoint waiting for the shop's `checkout:failed` event (so, as designed, the prompt's chunks are
// preloaded on idle); the first showing comes from that event, the repeats of the leak check from Moments.show
// (a fired touchpoint stops listening). Closed with its own dismiss button.
window.__adapter = {
  ready: () => typeof window.Moments?.show === 'function',
  trigger: () => (window.__fired ? window.Moments.show('bench') : ((window.__fired = 1), window.dispatchEvent(new CustomEvent('checkout:failed')))),
  host: () => document.querySelector('[data-moments-touchpoint]'),
  prompt() {
    const root = this.host()?.shadowRoot;
    return root ? window.__probe.find('[part~=dismiss]', root) : null;
  },
  close() {
    const b = this.prompt();
    if (!b) return false;
    b.click();
    return true;
  },
  // The host element is removed once the prompt has unmounted.
  settled() { return !this.host(); },
};
