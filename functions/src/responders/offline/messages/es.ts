import type { Messages } from './index.js';

/** Spanish with "usted": the default when the style guide does not ask for "tú". */
export const esFormal: Messages = {
  hello: (name) => (name ? `¡Hola, ${name}!` : '¡Hola!'),
  salamReply: '¡Wa alaykum as-salam!',
  welcome: (business) => `Bienvenido a ${business}.`,
  offerHelp: 'Puedo ayudarle con nuestros servicios, precios, horarios y citas. ¿Qué le gustaría saber?',
  thanks: '¡Con gusto! ¿Puedo ayudarle en algo más?',
  anythingElse: '¿Puedo ayudarle en algo más?',
  goodbye: 'Gracias por escribirnos, ¡que tenga un buen día!',
  handoff: 'Gracias por su mensaje: una persona de nuestro equipo le responderá en breve.',
  human: 'Por supuesto: paso su conversación a una persona de nuestro equipo, que le responderá aquí en breve.',
  complaintApology: 'Lamento mucho lo ocurrido.',
  complaintFollowUp: 'He pasado su mensaje a nuestro equipo y una persona se pondrá en contacto con usted en breve.',
  endOfLife:
    'Lo sentimos muchísimo; es un momento muy difícil. He pasado su mensaje a nuestro equipo y una persona se pondrá en contacto con usted personalmente para hablarlo con calma y sin prisas.',
  cannotDoThat:
    'Solo puedo ayudarle con preguntas sobre nuestros servicios, precios y citas, así que he pasado su mensaje a nuestro equipo.',
  emergency:
    'Esto podría ser una urgencia médica. Llame ahora a su número local de emergencias o acuda al servicio de urgencias más cercano.',
  danger: 'Esto podría ser una emergencia. Aleje a todos del peligro y llame ahora a su número local de emergencias.',
  selfHarm:
    'Siento mucho que esté pasando por esto. Llame ahora a su número local de emergencias o a una línea de ayuda: no tiene que afrontarlo solo.',
  emergencyTeam: 'También he avisado a nuestro equipo.',
  writtenIn: (language) => `(Esta respuesta la tenemos escrita en ${language}.)`,
  openNow: (until) => `Ahora estamos abiertos, hasta las ${until}.`,
  closedNow: (when) => `En este momento estamos cerrados; abrimos de nuevo ${when}.`,
  hours: (week) => `Nuestro horario: ${week}.`,
  noClosures: (month) => `No tenemos cierres ni horarios especiales previstos en ${month}.`,
  holiday: (name, date, hours) =>
    hours
      ? `Tenga en cuenta: ${name}, el ${date}, abrimos ${hours}.`
      : `Tenga en cuenta: el ${date} estamos cerrados (${name}).`,
  dateOpen: (date, hours) => `El ${date} abrimos ${hours}.`,
  dateClosed: (date) => `El ${date} estamos cerrados.`,
  dateHoliday: (name, date, hours) =>
    hours ? `El ${date} (${name}) abrimos ${hours}.` : `El ${date} (${name}) estamos cerrados.`,
  weekdayOpen: (days, hours) => `Los ${days} abrimos ${hours}.`,
  weekdayClosed: (days) => `Los ${days} estamos cerrados.`,
  address: (address) => `📍 ${address}`,
  map: (url) => `Mapa: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'Estos son nuestros servicios:',
  more: (count) => `…y ${count} más.`,
  from: (price) => `desde ${price}`,
  free: 'gratis',
  deposit: (amount) => `Para reservar se pide un depósito de ${amount}.`,
  bookPrompt: '¿Le gustaría reservar una cita?',
  booking:
    'Todavía no puedo confirmar citas yo mismo: envíenos el servicio que desea y el día y la hora que prefiere, y una persona de nuestro equipo confirmará su cita.',
  bookingCall: (phone) => `También puede llamarnos al ${phone}.`,
  bookingOnline: (url) => `O reserve en línea: ${url}`,
};

/** Spanish with "tú", for businesses whose style guide asks for it. */
export const esInformal: Messages = {
  ...esFormal,
  welcome: (business) => `Te damos la bienvenida a ${business}.`,
  offerHelp: 'Te puedo ayudar con nuestros servicios, precios, horarios y citas. ¿Qué te gustaría saber?',
  thanks: '¡Con gusto! ¿Te puedo ayudar en algo más?',
  anythingElse: '¿Te puedo ayudar en algo más?',
  goodbye: 'Gracias por escribirnos, ¡que tengas un buen día!',
  handoff: 'Gracias por tu mensaje: una persona de nuestro equipo te responderá en breve.',
  human: '¡Claro! Paso tu conversación a una persona de nuestro equipo, que te responderá aquí en breve.',
  complaintFollowUp: 'He pasado tu mensaje a nuestro equipo y una persona se pondrá en contacto contigo en breve.',
  endOfLife:
    'Lo sentimos muchísimo; es un momento muy difícil. He pasado tu mensaje a nuestro equipo y una persona se pondrá en contacto contigo personalmente para hablarlo con calma y sin prisas.',
  cannotDoThat:
    'Solo te puedo ayudar con preguntas sobre nuestros servicios, precios y citas, así que he pasado tu mensaje a nuestro equipo.',
  emergency:
    'Esto podría ser una urgencia médica. Llama ahora a tu número local de emergencias o ve al servicio de urgencias más cercano.',
  danger: 'Esto podría ser una emergencia. Aleja a todos del peligro y llama ahora a tu número local de emergencias.',
  selfHarm:
    'Siento mucho que estés pasando por esto. Llama ahora a tu número local de emergencias o a una línea de ayuda: no tienes que afrontarlo solo.',
  holiday: (name, date, hours) =>
    hours
      ? `Ten en cuenta: ${name}, el ${date}, abrimos ${hours}.`
      : `Ten en cuenta: el ${date} estamos cerrados (${name}).`,
  deposit: (amount) => `Para reservar te pedimos un depósito de ${amount}.`,
  bookPrompt: '¿Te gustaría reservar una cita?',
  booking:
    'Todavía no puedo confirmar citas yo mismo: envíanos el servicio que quieres y el día y la hora que prefieres, y una persona de nuestro equipo confirmará tu cita.',
  bookingCall: (phone) => `También puedes llamarnos al ${phone}.`,
  bookingOnline: (url) => `O reserva en línea: ${url}`,
};
