import type { Text } from '../../core/types';

/** Portuguese strings (chunk moments-pt.js). */
const pt: Text = {
  label: 'Opinião',
  dismiss: 'Fechar',
  submit: 'Enviar',
  placeholder: 'Conte-nos mais (opcional)',
  commentQuestion: 'Quer nos contar mais alguma coisa?',
  thanks: 'Obrigado pela sua opinião!',
  contactQuestion: 'Podemos entrar em contato com você sobre isso?',
  contactLabel: 'Seu e-mail',
  contactInvalid: 'Digite um e-mail válido, por exemplo nome@example.com.',
  contactSkip: 'Não, obrigado',
  remaining: '{n} caracteres restantes',
  npsLow: 'Nada provável',
  npsHigh: 'Muito provável',
  thumbs: ['Polegar para baixo', 'Polegar para cima'],
  emoji5: ['Muito ruim', 'Ruim', 'Razoável', 'Bom', 'Muito bom'],
  stars5: ['1 estrela', '2 estrelas', '3 estrelas', '4 estrelas', '5 estrelas'],
  csat: ['Muito insatisfeito', 'Insatisfeito', 'Neutro', 'Satisfeito', 'Muito satisfeito'],
};
export default pt;
