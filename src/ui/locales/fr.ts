import type { Text } from '../../core/types';

/** French strings (chunk moments-fr.js). */
const fr: Text = {
  label: 'Votre avis',
  dismiss: 'Fermer',
  submit: 'Envoyer',
  placeholder: 'Dites-nous en plus (facultatif)',
  commentQuestion: 'Souhaitez-vous ajouter quelque chose ?',
  thanks: 'Merci pour votre avis !',
  contactQuestion: 'Pouvons-nous vous contacter à ce sujet ?',
  contactLabel: 'Votre adresse e-mail',
  contactInvalid: 'Veuillez saisir une adresse e-mail valide, par exemple nom@example.com.',
  contactSkip: 'Non merci',
  remaining: '{n} caractères restants',
  npsLow: 'Pas du tout probable',
  npsHigh: 'Très probable',
  thumbs: ['Pouce vers le bas', 'Pouce vers le haut'],
  emoji5: ['Très mauvais', 'Mauvais', 'Correct', 'Bien', 'Très bien'],
  stars5: ['1 étoile', '2 étoiles', '3 étoiles', '4 étoiles', '5 étoiles'],
  csat: ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait'],
};
export default fr;
