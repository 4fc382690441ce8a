// Moments: shown through its public API, closed with its own dismiss button.
window.__adapter = {
  ready: () => typeof window.Moments?.show === 'function',
  trigger: () => window.Moments.show('bench'),
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
