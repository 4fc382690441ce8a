// The host page alone: the baseline every widget's load figures are measured against.
window.__adapter = { ready: () => true };
