import type { Text } from '../../core/types';

/** Spanish strings (chunk moments-es.js). */
const es: Text = {
  label: 'Opinión',
  dismiss: 'Cerrar',
  submit: 'Enviar',
  placeholder: 'Cuéntanos más (opcional)',
  commentQuestion: '¿Quieres contarnos algo más?',
  thanks: '¡Gracias por tu opinión!',
  contactQuestion: '¿Podemos contactarte sobre esto?',
  contactLabel: 'Tu correo electrónico',
  contactInvalid: 'Escribe un correo electrónico válido, p. ej. nombre@example.com.',
  contactSkip: 'No, gracias',
  remaining: 'Quedan {n} caracteres',
  npsLow: 'Nada probable',
  npsHigh: 'Muy probable',
  thumbs: ['Pulgar abajo', 'Pulgar arriba'],
  emoji5: ['Muy mal', 'Mal', 'Normal', 'Bien', 'Muy bien'],
  stars5: ['1 estrella', '2 estrellas', '3 estrellas', '4 estrellas', '5 estrellas'],
  csat: ['Muy insatisfecho', 'Insatisfecho', 'Neutral', 'Satisfecho', 'Muy satisfecho'],
};
export default es;
