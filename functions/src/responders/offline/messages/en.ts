import type { Messages } from './index.js';

export const en: Messages = {
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
  endOfLife:
    "I'm so sorry — this is a very hard moment. I've passed your message to our team, and someone will get back to you personally to talk it through with you, gently and without any rush.",
  cannotDoThat:
    "I can only help with questions about our services, prices and appointments, so I've passed your message to our team.",
  emergency:
    'This could be a medical emergency. Please call your local emergency number now, or go to the nearest emergency department.',
  danger: 'This could be an emergency. Get everyone away from the danger and call your local emergency number now.',
  selfHarm:
    "I'm really sorry you're going through this. Please call your local emergency number or a crisis line right now — you don't have to face this alone.",
  emergencyTeam: "I've alerted our team as well.",
  writtenIn: (language) => `(We have this answer written in ${language}.)`,
  openNow: (until) => `We're open now, until ${until}.`,
  closedNow: (when) => `We're closed right now — we open again ${when}.`,
  hours: (week) => `Our opening hours: ${week}.`,
  noClosures: (month) => `We have no closures or special hours planned in ${month}.`,
  holiday: (name, date, hours) =>
    hours ? `Please note: ${name} on ${date}, we're open ${hours}.` : `Please note: we're closed on ${date} (${name}).`,
  dateOpen: (date, hours) => `On ${date} we're open ${hours}.`,
  dateClosed: (date) => `On ${date} we're closed.`,
  dateHoliday: (name, date, hours) =>
    hours ? `On ${date} (${name}) we're open ${hours}.` : `On ${date} (${name}) we're closed.`,
  weekdayOpen: (days, hours) => `On ${days} we're open ${hours}.`,
  weekdayClosed: (days) => `We're closed on ${days}.`,
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
