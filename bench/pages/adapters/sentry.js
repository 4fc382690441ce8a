// Sentry: the feedback dialog opened by the page's own "Feedback" button (feedback.attachTo),
// closed with the dialog's own Cancel button.
window.__adapter = {
  ready: () => !!window.__sentryFeedback,
  trigger: () => document.getElementById('feedback').click(),
  root: () => document.getElementById('sentry-feedback')?.shadowRoot ?? null,
  prompt() {
    const root = this.root();
    return root ? root.querySelector('dialog[open] .dialog__content') : null;
  },
  close() {
    const root = this.root();
    // The form's last secondary button is Cancel (the first may be "Add a screenshot").
    const b = [...(root?.querySelectorAll('dialog[open] .btn-group .btn--default') ?? [])].pop();
    if (!b) return false;
    b.click();
    return true;
  },
  settled() { return !this.root()?.querySelector('dialog[open]'); },
};
