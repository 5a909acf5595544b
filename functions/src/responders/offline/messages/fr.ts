import type { Messages } from './index.js';

/** French with "vous": the default. */
export const frFormal: Messages = {
  hello: (name) => (name ? `Bonjour ${name} !` : 'Bonjour !'),
  salamReply: 'Wa alaykum as-salam !',
  welcome: (business) => `Bienvenue chez ${business}.`,
  offerHelp:
    'Je peux vous renseigner sur nos prestations, nos tarifs, nos horaires et les rendez-vous. Que souhaitez-vous savoir ?',
  thanks: 'Avec plaisir ! Puis-je vous aider pour autre chose ?',
  anythingElse: 'Puis-je vous aider pour autre chose ?',
  goodbye: 'Merci de nous avoir contactés, belle journée !',
  handoff: 'Merci pour votre message — un membre de notre équipe va vous répondre très vite.',
  human: 'Bien sûr — je transmets votre demande à un membre de notre équipe, qui vous répondra ici très vite.',
  complaintApology: 'Je suis vraiment désolé(e) d’apprendre cela.',
  complaintFollowUp:
    'J’ai transmis votre message à notre équipe ; une personne va revenir vers vous personnellement très vite.',
  endOfLife:
    'Nous sommes vraiment désolés, c’est un moment très difficile. J’ai transmis votre message à notre équipe ; une personne va vous recontacter personnellement pour en parler avec vous, avec douceur et sans précipitation.',
  cannotDoThat:
    'Je ne peux répondre qu’aux questions sur nos prestations, nos tarifs et les rendez-vous ; j’ai donc transmis votre message à notre équipe.',
  emergency:
    'Il pourrait s’agir d’une urgence médicale. Appelez dès maintenant le numéro d’urgence local ou rendez-vous aux urgences les plus proches.',
  danger:
    'Il pourrait s’agir d’une urgence. Éloignez tout le monde du danger et appelez dès maintenant le numéro d’urgence local.',
  selfHarm:
    'Je suis vraiment désolé(e) que vous traversiez cela. Appelez dès maintenant le numéro d’urgence local ou une ligne d’écoute : vous n’êtes pas seul(e).',
  emergencyTeam: 'J’ai aussi prévenu notre équipe.',
  writtenIn: (language) => `(Nous avons cette réponse rédigée en ${language}.)`,
  openNow: (until) => `Nous sommes ouverts en ce moment, jusqu’à ${until}.`,
  closedNow: (when) => `Nous sommes fermés pour le moment — nous rouvrons ${when}.`,
  hours: (week) => `Nos horaires : ${week}.`,
  noClosures: (month) => `Nous n’avons ni fermeture ni horaires spéciaux prévus en ${month}.`,
  holiday: (name, date, hours) =>
    hours
      ? `À noter : ${name} le ${date}, nous sommes ouverts ${hours}.`
      : `À noter : nous sommes fermés le ${date} (${name}).`,
  dateOpen: (date, hours) => `Le ${date}, nous sommes ouverts ${hours}.`,
  dateClosed: (date) => `Le ${date}, nous sommes fermés.`,
  dateHoliday: (name, date, hours) =>
    hours ? `Le ${date} (${name}), nous sommes ouverts ${hours}.` : `Le ${date} (${name}), nous sommes fermés.`,
  weekdayOpen: (days, hours) => `Le ${days}, nous sommes ouverts ${hours}.`,
  weekdayClosed: (days) => `Nous sommes fermés le ${days}.`,
  address: (address) => `📍 ${address}`,
  map: (url) => `Plan : ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'Voici nos prestations :',
  more: (count) => `… et ${count} autres.`,
  from: (price) => `à partir de ${price}`,
  free: 'gratuit',
  deposit: (amount) => `Un acompte de ${amount} est demandé pour réserver.`,
  bookPrompt: 'Souhaitez-vous prendre rendez-vous ?',
  booking:
    'Je ne peux pas encore confirmer de rendez-vous moi-même : indiquez-nous la prestation souhaitée ainsi que le jour et l’heure qui vous conviennent, et un membre de notre équipe confirmera votre rendez-vous.',
  bookingCall: (phone) => `Vous pouvez aussi nous appeler au ${phone}.`,
  bookingOnline: (url) => `Ou réservez en ligne : ${url}`,
};

/** French with "tu", for businesses whose style guide asks for it. */
export const frInformal: Messages = {
  ...frFormal,
  offerHelp:
    'Je peux te renseigner sur nos prestations, nos tarifs, nos horaires et les rendez-vous. Que veux-tu savoir ?',
  thanks: 'Avec plaisir ! Je peux t’aider pour autre chose ?',
  anythingElse: 'Je peux t’aider pour autre chose ?',
  goodbye: 'Merci de nous avoir écrit, belle journée !',
  handoff: 'Merci pour ton message — un membre de notre équipe va te répondre très vite.',
  human: 'Bien sûr — je transmets ta demande à un membre de notre équipe, qui te répondra ici très vite.',
  complaintFollowUp: 'J’ai transmis ton message à notre équipe ; une personne va revenir vers toi très vite.',
  endOfLife:
    'Nous sommes vraiment désolés, c’est un moment très difficile. J’ai transmis ton message à notre équipe ; une personne va te recontacter personnellement pour en parler avec toi, avec douceur et sans précipitation.',
  cannotDoThat:
    'Je ne peux répondre qu’aux questions sur nos prestations, nos tarifs et les rendez-vous ; j’ai donc transmis ton message à notre équipe.',
  emergency:
    'Il pourrait s’agir d’une urgence médicale. Appelle dès maintenant le numéro d’urgence local ou va aux urgences les plus proches.',
  danger:
    'Il pourrait s’agir d’une urgence. Éloigne tout le monde du danger et appelle dès maintenant le numéro d’urgence local.',
  selfHarm:
    'Je suis vraiment désolé(e) que tu traverses cela. Appelle dès maintenant le numéro d’urgence local ou une ligne d’écoute : tu n’es pas seul(e).',
  deposit: (amount) => `Un acompte de ${amount} est demandé pour réserver.`,
  bookPrompt: 'Tu veux prendre rendez-vous ?',
  booking:
    'Je ne peux pas encore confirmer de rendez-vous moi-même : dis-nous la prestation souhaitée ainsi que le jour et l’heure qui te conviennent, et un membre de notre équipe confirmera ton rendez-vous.',
  bookingCall: (phone) => `Tu peux aussi nous appeler au ${phone}.`,
  bookingOnline: (url) => `Ou réserve en ligne : ${url}`,
};
