'use strict';

Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });

const es = {
  label: "Opini\xF3n",
  dismiss: "Cerrar",
  submit: "Enviar",
  placeholder: "Cu\xE9ntanos m\xE1s (opcional)",
  commentQuestion: "\xBFQuieres contarnos algo m\xE1s?",
  thanks: "\xA1Gracias por tu opini\xF3n!",
  contactQuestion: "\xBFPodemos contactarte sobre esto?",
  contactLabel: "Tu correo electr\xF3nico",
  contactInvalid: "Escribe un correo electr\xF3nico v\xE1lido, p. ej. nombre@example.com.",
  contactSkip: "No, gracias",
  remaining: "Quedan {n} caracteres",
  npsLow: "Nada probable",
  npsHigh: "Muy probable",
  thumbs: ["Pulgar abajo", "Pulgar arriba"],
  emoji5: ["Muy mal", "Mal", "Normal", "Bien", "Muy bien"],
  stars5: ["1 estrella", "2 estrellas", "3 estrellas", "4 estrellas", "5 estrellas"],
  csat: ["Muy insatisfecho", "Insatisfecho", "Neutral", "Satisfecho", "Muy satisfecho"]
};

exports.default = es;
