const pt = {
  label: "Opini\xE3o",
  dismiss: "Fechar",
  submit: "Enviar",
  placeholder: "Conte-nos mais (opcional)",
  commentQuestion: "Quer nos contar mais alguma coisa?",
  thanks: "Obrigado pela sua opini\xE3o!",
  contactQuestion: "Podemos entrar em contato com voc\xEA sobre isso?",
  contactLabel: "Seu e-mail",
  contactInvalid: "Digite um e-mail v\xE1lido, por exemplo nome@example.com.",
  contactSkip: "N\xE3o, obrigado",
  remaining: "{n} caracteres restantes",
  npsLow: "Nada prov\xE1vel",
  npsHigh: "Muito prov\xE1vel",
  thumbs: ["Polegar para baixo", "Polegar para cima"],
  emoji5: ["Muito ruim", "Ruim", "Razo\xE1vel", "Bom", "Muito bom"],
  stars5: ["1 estrela", "2 estrelas", "3 estrelas", "4 estrelas", "5 estrelas"],
  csat: ["Muito insatisfeito", "Insatisfeito", "Neutro", "Satisfeito", "Muito satisfeito"]
};

export { pt as default };
