// Entry of the lazily loaded prompt chunk (dist/moments-ui.js): what the eager part may call, nothing else.
// Redaction rides here because comments are born in the UI and no event exists before this chunk loads.
export { mount } from './mount';
export { redactText, redactDeep } from '../core/redact';
