import type { Messages } from './index.js';

/** Italian with "Lei": the default for a business writing to a customer. */
export const itFormal: Messages = {
  hello: (name) => (name ? `Buongiorno ${name}!` : 'Buongiorno!'),
  salamReply: 'Wa alaykum as-salam!',
  welcome: (business) => `Benvenuti da ${business}.`,
  offerHelp: 'Posso aiutarLa con i nostri servizi, i prezzi, gli orari e le prenotazioni. Che cosa desidera sapere?',
  thanks: 'Prego! Posso aiutarLa in qualcos’altro?',
  anythingElse: 'Posso aiutarLa in qualcos’altro?',
  goodbye: 'Grazie per averci contattato, buona giornata!',
  handoff: 'Grazie per il messaggio: una persona del nostro team Le risponderà a breve.',
  human: 'Certo: passo la conversazione a una persona del nostro team, che Le risponderà qui a breve.',
  complaintApology: 'Ci dispiace davvero per quanto accaduto.',
  complaintFollowUp:
    'Ho inoltrato il Suo messaggio al nostro team e una persona La ricontatterà personalmente a breve.',
  endOfLife:
    'Ci dispiace moltissimo, è un momento molto difficile. Ho inoltrato il Suo messaggio al nostro team e una persona La ricontatterà personalmente per parlarne con calma, senza fretta.',
  cannotDoThat:
    'Posso rispondere solo a domande sui nostri servizi, sui prezzi e sugli appuntamenti, quindi ho inoltrato il Suo messaggio al nostro team.',
  emergency:
    'Potrebbe trattarsi di un’emergenza medica. Chiami subito il numero di emergenza locale o si rechi al pronto soccorso più vicino.',
  danger:
    'Potrebbe trattarsi di un’emergenza. Allontani tutti dal pericolo e chiami subito il numero di emergenza locale.',
  selfHarm:
    'Mi dispiace davvero che stia passando tutto questo. Chiami subito il numero di emergenza locale o una linea di ascolto: non deve affrontarlo da solo.',
  emergencyTeam: 'Ho avvisato anche il nostro team.',
  writtenIn: (language) => `(Questa risposta l’abbiamo scritta in ${language}.)`,
  openNow: (until) => `Siamo aperti adesso, fino alle ${until}.`,
  closedNow: (when) => `Al momento siamo chiusi: riapriamo ${when}.`,
  hours: (week) => `I nostri orari: ${week}.`,
  noClosures: (month) => `Non abbiamo chiusure né orari speciali previsti nel mese di ${month}.`,
  holiday: (name, date, hours) =>
    hours ? `Attenzione: ${name}, ${date}, siamo aperti ${hours}.` : `Attenzione: ${date} siamo chiusi (${name}).`,
  dateOpen: (date, hours) => `${capital(date)} siamo aperti ${hours}.`,
  dateClosed: (date) => `${capital(date)} siamo chiusi.`,
  dateHoliday: (name, date, hours) =>
    hours ? `${capital(date)} (${name}) siamo aperti ${hours}.` : `${capital(date)} (${name}) siamo chiusi.`,
  weekdayOpen: (days, hours) => `${every(days)} siamo aperti ${hours}.`,
  weekdayClosed: (days) => `${every(days)} siamo chiusi.`,
  address: (address) => `📍 ${address}`,
  map: (url) => `Mappa: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'Ecco i nostri servizi:',
  more: (count) => `…e altri ${count}.`,
  from: (price) => `da ${price}`,
  free: 'gratuito',
  deposit: (amount) => `Per prenotare è richiesto un acconto di ${amount}.`,
  bookPrompt: 'Desidera prenotare un appuntamento?',
  booking:
    'Non posso ancora confermare io stesso gli appuntamenti: ci scriva il servizio che desidera e il giorno e l’orario che preferisce, e una persona del nostro team confermerà la prenotazione.',
  bookingCall: (phone) => `Può anche chiamarci al ${phone}.`,
  bookingOnline: (url) => `Oppure prenoti online: ${url}`,
};

/** Italian with "tu", for businesses whose style guide asks for it. */
export const itInformal: Messages = {
  ...itFormal,
  hello: (name) => (name ? `Ciao ${name}!` : 'Ciao!'),
  offerHelp: 'Posso aiutarti con i nostri servizi, i prezzi, gli orari e le prenotazioni. Che cosa vuoi sapere?',
  thanks: 'Prego! Posso aiutarti in qualcos’altro?',
  anythingElse: 'Posso aiutarti in qualcos’altro?',
  goodbye: 'Grazie per averci scritto, buona giornata!',
  handoff: 'Grazie per il messaggio: una persona del nostro team ti risponderà a breve.',
  human: 'Certo: passo la conversazione a una persona del nostro team, che ti risponderà qui a breve.',
  complaintFollowUp: 'Ho inoltrato il tuo messaggio al nostro team e una persona ti ricontatterà a breve.',
  endOfLife:
    'Ci dispiace moltissimo, è un momento molto difficile. Ho inoltrato il tuo messaggio al nostro team e una persona ti ricontatterà personalmente per parlarne con calma, senza fretta.',
  cannotDoThat:
    'Posso rispondere solo a domande sui nostri servizi, sui prezzi e sugli appuntamenti, quindi ho inoltrato il tuo messaggio al nostro team.',
  emergency:
    'Potrebbe trattarsi di un’emergenza medica. Chiama subito il numero di emergenza locale o vai al pronto soccorso più vicino.',
  danger:
    'Potrebbe trattarsi di un’emergenza. Allontana tutti dal pericolo e chiama subito il numero di emergenza locale.',
  selfHarm:
    'Mi dispiace davvero che tu stia passando tutto questo. Chiama subito il numero di emergenza locale o una linea di ascolto: non devi affrontarlo da solo.',
  bookPrompt: 'Vuoi prenotare un appuntamento?',
  booking:
    'Non posso ancora confermare io stesso gli appuntamenti: scrivici il servizio che vuoi e il giorno e l’orario che preferisci, e una persona del nostro team confermerà la prenotazione.',
  bookingCall: (phone) => `Puoi anche chiamarci al ${phone}.`,
  bookingOnline: (url) => `Oppure prenota online: ${url}`,
};

/** "il sabato", "la domenica": every week on that day. */
function every(day: string): string {
  return `${day === 'domenica' ? 'La' : 'Il'} ${day}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
