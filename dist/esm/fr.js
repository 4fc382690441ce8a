const fr = {
  label: "Votre avis",
  dismiss: "Fermer",
  submit: "Envoyer",
  placeholder: "Dites-nous en plus (facultatif)",
  commentQuestion: "Souhaitez-vous ajouter quelque chose ?",
  thanks: "Merci pour votre avis !",
  contactQuestion: "Pouvons-nous vous contacter \xE0 ce sujet ?",
  contactLabel: "Votre adresse e-mail",
  contactInvalid: "Veuillez saisir une adresse e-mail valide, par exemple nom@example.com.",
  contactSkip: "Non merci",
  remaining: "{n} caract\xE8res restants",
  npsLow: "Pas du tout probable",
  npsHigh: "Tr\xE8s probable",
  thumbs: ["Pouce vers le bas", "Pouce vers le haut"],
  emoji5: ["Tr\xE8s mauvais", "Mauvais", "Correct", "Bien", "Tr\xE8s bien"],
  stars5: ["1 \xE9toile", "2 \xE9toiles", "3 \xE9toiles", "4 \xE9toiles", "5 \xE9toiles"],
  csat: ["Tr\xE8s insatisfait", "Insatisfait", "Neutre", "Satisfait", "Tr\xE8s satisfait"]
};

export { fr as default };
