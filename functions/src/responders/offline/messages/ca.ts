import type { Messages } from './index.js';

/**
 * Catalan, in forms that read naturally in Valencian too (the same code,
 * "ca", covers both). Formal address with "vostè" is the default.
 */
export const caFormal: Messages = {
  hello: (name) => (name ? `Hola, ${name}!` : 'Hola!'),
  salamReply: 'Wa alaykum as-salam!',
  welcome: (business) => `Benvinguts a ${business}.`,
  offerHelp: 'Li puc donar informació sobre els nostres serveis, preus, horaris i cites. Què li agradaria saber?',
  thanks: 'De res! Necessita alguna cosa més?',
  anythingElse: 'Necessita alguna cosa més?',
  goodbye: 'Gràcies per escriure’ns. Que tinga un bon dia!',
  handoff: 'Gràcies pel seu missatge: una persona del nostre equip li respondrà ben prompte.',
  human: 'És clar: passe la conversa a una persona del nostre equip, que li respondrà ací mateix ben prompte.',
  complaintApology: 'Lamentem molt el que ha passat.',
  complaintFollowUp:
    'He passat el seu missatge al nostre equip i una persona es posarà en contacte amb vostè ben prompte.',
  endOfLife:
    'Ho sentim moltíssim; és un moment molt difícil. He passat el seu missatge al nostre equip i una persona es posarà en contacte amb vostè personalment per parlar-ne amb calma i sense presses.',
  cannotDoThat:
    'Només puc ajudar amb preguntes sobre els nostres serveis, preus i cites, així que he passat el seu missatge al nostre equip.',
  emergency:
    'Això podria ser una urgència mèdica. Telefone ara mateix al número local d’emergències o vaja al servei d’urgències més proper.',
  danger:
    'Això podria ser una emergència. Allunye tothom del perill i telefone ara mateix al número local d’emergències.',
  selfHarm:
    'Sentim molt que estiga passant per això. Telefone ara mateix al número local d’emergències o a una línia d’ajuda: no ho ha d’afrontar sol.',
  emergencyTeam: 'També he avisat el nostre equip.',
  writtenIn: (language) => `(Aquesta resposta la tenim escrita en ${language}.)`,
  openNow: (until) => `Ara estem oberts, fins a les ${until}.`,
  closedNow: (when) => `Ara mateix estem tancats; tornem a obrir ${when}.`,
  hours: (week) => `El nostre horari: ${week}.`,
  noClosures: (month) => `Per a ${month} no tenim previst cap tancament ni horari especial.`,
  holiday: (name, date, hours) =>
    hours
      ? `Tinga en compte: ${name}, el ${date}, obrim ${hours}.`
      : `Tinga en compte: el ${date} estem tancats (${name}).`,
  dateOpen: (date, hours) => `El ${date} obrim ${hours}.`,
  dateClosed: (date) => `El ${date} estem tancats.`,
  dateHoliday: (name, date, hours) =>
    hours ? `El ${date} (${name}) obrim ${hours}.` : `El ${date} (${name}) estem tancats.`,
  weekdayOpen: (days, hours) => `Els ${days} obrim ${hours}.`,
  weekdayClosed: (days) => `Els ${days} estem tancats.`,
  address: (address) => `📍 ${address}`,
  map: (url) => `Mapa: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'Aquests són els nostres serveis:',
  more: (count) => `…i ${count} més.`,
  from: (price) => `des de ${price}`,
  free: 'gratuït',
  deposit: (amount) => `Per a reservar es demana una paga i senyal de ${amount}.`,
  bookPrompt: 'Li agradaria demanar cita?',
  booking:
    'Encara no puc confirmar cites jo mateix: envie’ns el servei que vol i el dia i l’hora que prefereix, i una persona del nostre equip li confirmarà la cita.',
  bookingCall: (phone) => `També ens pot telefonar al ${phone}.`,
  bookingOnline: (url) => `O reserve en línia: ${url}`,
};

/** Catalan/Valencian with "tu", for businesses whose style guide asks for it. */
export const caInformal: Messages = {
  ...caFormal,
  welcome: (business) => `Et donem la benvinguda a ${business}.`,
  offerHelp: 'Et puc ajudar amb els nostres serveis, preus, horaris i cites. Què t’agradaria saber?',
  thanks: 'De res! Et puc ajudar en alguna cosa més?',
  anythingElse: 'Et puc ajudar en alguna cosa més?',
  goodbye: 'Gràcies per escriure’ns. Que tingues un bon dia!',
  handoff: 'Gràcies pel teu missatge: una persona del nostre equip et respondrà ben prompte.',
  human: 'És clar! Passe la conversa a una persona del nostre equip, que et respondrà ací mateix ben prompte.',
  complaintFollowUp:
    'He passat el teu missatge al nostre equip i una persona es posarà en contacte amb tu ben prompte.',
  endOfLife:
    'Ho sentim moltíssim; és un moment molt difícil. He passat el teu missatge al nostre equip i una persona es posarà en contacte amb tu personalment per parlar-ne amb calma i sense presses.',
  cannotDoThat:
    'Només et puc ajudar amb preguntes sobre els nostres serveis, preus i cites, així que he passat el teu missatge al nostre equip.',
  emergency:
    'Això podria ser una urgència mèdica. Telefona ara mateix al número local d’emergències o ves al servei d’urgències més proper.',
  danger:
    'Això podria ser una emergència. Allunya tothom del perill i telefona ara mateix al número local d’emergències.',
  selfHarm:
    'Sentim molt que estigues passant per això. Telefona ara mateix al número local d’emergències o a una línia d’ajuda: no ho has d’afrontar sol.',
  holiday: (name, date, hours) =>
    hours
      ? `Tin en compte: ${name}, el ${date}, obrim ${hours}.`
      : `Tin en compte: el ${date} estem tancats (${name}).`,
  bookPrompt: 'T’agradaria demanar cita?',
  booking:
    'Encara no puc confirmar cites jo mateix: envia’ns el servei que vols i el dia i l’hora que prefereixes, i una persona del nostre equip et confirmarà la cita.',
  bookingCall: (phone) => `També ens pots telefonar al ${phone}.`,
  bookingOnline: (url) => `O reserva en línia: ${url}`,
};
