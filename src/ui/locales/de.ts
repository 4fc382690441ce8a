import type { Text } from '../../core/types';

/** German strings (chunk moments-de.js). */
const de: Text = {
  label: 'Feedback',
  dismiss: 'Schließen',
  submit: 'Senden',
  placeholder: 'Erzählen Sie uns mehr (optional)',
  commentQuestion: 'Möchten Sie uns noch etwas mitteilen?',
  thanks: 'Vielen Dank für Ihr Feedback!',
  contactQuestion: 'Dürfen wir Sie dazu kontaktieren?',
  contactLabel: 'Ihre E-Mail-Adresse',
  contactInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
  contactSkip: 'Nein, danke',
  remaining: 'Noch {n} Zeichen',
  npsLow: 'Überhaupt nicht wahrscheinlich',
  npsHigh: 'Äußerst wahrscheinlich',
  thumbs: ['Daumen runter', 'Daumen hoch'],
  emoji5: ['Sehr schlecht', 'Schlecht', 'Okay', 'Gut', 'Sehr gut'],
  stars5: ['1 Stern', '2 Sterne', '3 Sterne', '4 Sterne', '5 Sterne'],
  csat: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
};
export default de;
