export { mount } from './mount';
export { redactText, redactDeep } from '../core/redact';
