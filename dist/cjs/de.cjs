'use strict';

Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });

const de = {
  label: "Feedback",
  dismiss: "Schlie\xDFen",
  submit: "Senden",
  placeholder: "Erz\xE4hlen Sie uns mehr (optional)",
  commentQuestion: "M\xF6chten Sie uns noch etwas mitteilen?",
  thanks: "Vielen Dank f\xFCr Ihr Feedback!",
  contactQuestion: "D\xFCrfen wir Sie dazu kontaktieren?",
  contactLabel: "Ihre E-Mail-Adresse",
  contactInvalid: "Bitte geben Sie eine g\xFCltige E-Mail-Adresse ein, z. B. name@example.com.",
  contactSkip: "Nein, danke",
  remaining: "Noch {n} Zeichen",
  npsLow: "\xDCberhaupt nicht wahrscheinlich",
  npsHigh: "\xC4u\xDFerst wahrscheinlich",
  thumbs: ["Daumen runter", "Daumen hoch"],
  emoji5: ["Sehr schlecht", "Schlecht", "Okay", "Gut", "Sehr gut"],
  stars5: ["1 Stern", "2 Sterne", "3 Sterne", "4 Sterne", "5 Sterne"],
  csat: ["Sehr unzufrieden", "Unzufrieden", "Neutral", "Zufrieden", "Sehr zufrieden"]
};

exports.default = de;
