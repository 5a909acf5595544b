/**
 * The fixed sentences the offline responder says around business content,
 * in every language it writes. They never contain anything the customer
 * wrote, so a message cannot make the responder say something new.
 *
 * To add a language: add one entry to MESSAGES (and its hours words in
 * domain/hours.ts); languages without an entry get English templates.
 */
export interface Messages {
  hello: (name?: string) => string;
  /** The answer to "as-salamu alaykum". */
  salamReply: string;
  welcome: (business: string) => string;
  offerHelp: string;
  thanks: string;
  /** The answer to a bare "ok" or 👍. */
  anythingElse: string;
  goodbye: string;
  /** Said when nothing matched and no style-guide handoff message exists. */
  handoff: string;
  /** Said when the customer asked for a person and no style-guide handoff message exists. */
  human: string;
  complaintApology: string;
  complaintFollowUp: string;
  openNow: (until: string) => string;
  closedNow: (when: string) => string;
  hours: (week: string) => string;
  holiday: (name: string, date: string, hours?: string) => string;
  address: (address: string) => string;
  map: (url: string) => string;
  phone: (phone: string) => string;
  email: (email: string) => string;
  website: (url: string) => string;
  servicesIntro: string;
  more: (count: number) => string;
  from: (price: string) => string;
  free: string;
  deposit: (amount: string) => string;
  bookPrompt: string;
  booking: string;
  bookingCall: (phone: string) => string;
  bookingOnline: (url: string) => string;
}

const en: Messages = {
  hello: (name) => (name ? `Hello ${name}!` : 'Hello!'),
  salamReply: 'Wa alaykum as-salam!',
  welcome: (business) => `Welcome to ${business}.`,
  offerHelp: 'I can help with our services, prices, opening hours and bookings — what would you like to know?',
  thanks: "You're welcome! Is there anything else I can help with?",
  anythingElse: 'Is there anything else I can help with?',
  goodbye: 'Thank you for contacting us — have a lovely day!',
  handoff: 'Thanks for your message — a member of our team will reply shortly.',
  human: "Of course — I'm passing you to a member of our team, who will reply here shortly.",
  complaintApology: "I'm really sorry to hear about your experience.",
  complaintFollowUp: "I've passed your message to our team, and someone will personally follow up with you shortly.",
  openNow: (until) => `We're open now, until ${until}.`,
  closedNow: (when) => `We're closed right now — we open again ${when}.`,
  hours: (week) => `Our opening hours: ${week}.`,
  holiday: (name, date, hours) =>
    hours ? `Please note: ${name} on ${date}, we're open ${hours}.` : `Please note: we're closed on ${date} (${name}).`,
  address: (address) => `📍 ${address}`,
  map: (url) => `Map: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'Here are our services:',
  more: (count) => `…and ${count} more.`,
  from: (price) => `from ${price}`,
  free: 'free',
  deposit: (amount) => `A deposit of ${amount} is needed to book.`,
  bookPrompt: 'Would you like to book an appointment?',
  booking:
    "I can't confirm appointments myself yet — please send us the service you'd like and your preferred day and time, and a member of our team will confirm your booking.",
  bookingCall: (phone) => `You can also call us on ${phone}.`,
  bookingOnline: (url) => `Or book online: ${url}`,
};

const fr: Messages = {
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
  openNow: (until) => `Nous sommes ouverts en ce moment, jusqu’à ${until}.`,
  closedNow: (when) => `Nous sommes fermés pour le moment — nous rouvrons ${when}.`,
  hours: (week) => `Nos horaires : ${week}.`,
  holiday: (name, date, hours) =>
    hours
      ? `À noter : ${name} le ${date}, nous sommes ouverts ${hours}.`
      : `À noter : nous sommes fermés le ${date} (${name}).`,
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

const es: Messages = {
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
  openNow: (until) => `Ahora estamos abiertos, hasta las ${until}.`,
  closedNow: (when) => `En este momento estamos cerrados; abrimos de nuevo ${when}.`,
  hours: (week) => `Nuestro horario: ${week}.`,
  holiday: (name, date, hours) =>
    hours
      ? `Tenga en cuenta: ${name}, el ${date}, abrimos ${hours}.`
      : `Tenga en cuenta: el ${date} estamos cerrados (${name}).`,
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

/** Arabic addresses the customer in the polite plural, which needs no gender. */
const ar: Messages = {
  hello: (name) => (name ? `مرحبًا ${name}!` : 'مرحبًا!'),
  salamReply: 'وعليكم السلام ورحمة الله!',
  welcome: (business) => `أهلًا بكم في ${business}.`,
  offerHelp: 'يسعدني مساعدتكم بخصوص خدماتنا وأسعارنا وساعات العمل والحجوزات، ماذا تودّون أن تعرفوا؟',
  thanks: 'على الرحب والسعة! هل يمكنني مساعدتكم بأي شيء آخر؟',
  anythingElse: 'هل يمكنني مساعدتكم بأي شيء آخر؟',
  goodbye: 'شكرًا لتواصلكم معنا، نتمنى لكم يومًا سعيدًا!',
  handoff: 'شكرًا لرسالتكم، سيردّ عليكم أحد أعضاء فريقنا قريبًا.',
  human: 'بكل سرور، سأحوّل محادثتكم إلى أحد أعضاء فريقنا وسيردّ عليكم هنا قريبًا.',
  complaintApology: 'نعتذر جدًا عمّا حصل معكم.',
  complaintFollowUp: 'لقد أوصلت رسالتكم إلى فريقنا، وسيتواصل معكم أحدهم شخصيًا في أقرب وقت.',
  openNow: (until) => `نحن مفتوحون الآن حتى الساعة ${until}.`,
  closedNow: (when) => `نحن مغلقون الآن، ونفتح مجددًا ${when}.`,
  hours: (week) => `ساعات العمل: ${week}.`,
  holiday: (name, date, hours) =>
    hours ? `يرجى الملاحظة: ${name} يوم ${date}، نعمل ${hours}.` : `يرجى الملاحظة: نحن مغلقون يوم ${date} (${name}).`,
  address: (address) => `📍 ${address}`,
  map: (url) => `الخريطة: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'هذه خدماتنا:',
  more: (count) => `…و${count} خدمات أخرى.`,
  from: (price) => `ابتداءً من ${price}`,
  free: 'مجانًا',
  deposit: (amount) => `يتطلب الحجز عربونًا بقيمة ${amount}`,
  bookPrompt: 'هل ترغبون بحجز موعد؟',
  booking:
    'لا يمكنني تأكيد المواعيد بنفسي بعد، أرسلوا لنا الخدمة التي ترغبون بها واليوم والوقت المناسبين لكم، وسيؤكد أحد أعضاء فريقنا موعدكم.',
  bookingCall: (phone) => `ويمكنكم أيضًا الاتصال بنا على ${phone}.`,
  bookingOnline: (url) => `أو احجزوا عبر الإنترنت: ${url}`,
};

const MESSAGES: Record<string, Messages> = { en, fr, es, ar };

export function messagesFor(language: string): Messages {
  return MESSAGES[language] ?? en;
}

/** True when `text` (a reply we sent) ended by offering to book. */
export function endsWithBookPrompt(text: string): boolean {
  const trimmed = text.trim();
  return Object.values(MESSAGES).some((m) => trimmed.endsWith(m.bookPrompt));
}
