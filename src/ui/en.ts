import type { Text } from '../core/types';

/**
 * The built-in English strings; bundled inside moments-ui.js (other locales load on demand).
 * @example const text: Text = { ...en, submit: 'Go' };
 */
export const en: Text = {
  label: 'Feedback',
  dismiss: 'Close',
  submit: 'Send',
  placeholder: 'Tell us more (optional)',
  commentQuestion: 'Anything else you would like to tell us?',
  thanks: 'Thank you for your feedback!',
  contactQuestion: 'May we contact you about this?',
  contactLabel: 'Your e-mail address',
  contactInvalid: 'Please enter a valid e-mail address, like name@example.com.',
  contactSkip: 'No, thanks',
  remaining: '{n} characters left',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  thumbs: ['Thumbs down', 'Thumbs up'],
  emoji5: ['Very bad', 'Bad', 'Okay', 'Good', 'Very good'],
  stars5: ['1 star', '2 stars', '3 stars', '4 stars', '5 stars'],
  csat: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
};
