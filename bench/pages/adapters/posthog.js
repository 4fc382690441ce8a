// PostHog: the survey shown through posthog.displaySurvey (its API trigger), closed with its own × button.
window.__adapter = {
  id: 'bench-survey',
  loaded: false,
  ready() {
    const ph = window.posthog;
    if (!ph?.getSurveys || !window.__PosthogExtensions__?.generateSurveys) return false;
    ph.getSurveys((surveys) => { this.loaded = surveys.some((s) => s.id === this.id); });
    return this.loaded;
  },
  trigger() {
    window.posthog.displaySurvey(this.id, { ignoreConditions: true, ignoreDelay: true, displayType: 'popover' });
  },
  host: () => document.querySelector('[class^="PostHogSurvey"]'),
  prompt() {
    const root = this.host()?.shadowRoot;
    return root ? window.__probe.find('.survey-form, form', root) : null;
  },
  close() {
    const root = this.host()?.shadowRoot;
    const b = root && window.__probe.find('button.form-cancel, [aria-label="Close survey"]', root);
    if (!b) return false;
    b.click();
    return true;
  },
  settled() { return !this.prompt(); },
};
