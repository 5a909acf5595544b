import type { Messages } from './index.js';

/** German with "Sie": the default for a business writing to a customer. */
export const deFormal: Messages = {
  hello: (name) => (name ? `Hallo ${name}!` : 'Hallo!'),
  salamReply: 'Wa alaykum as-salam!',
  welcome: (business) => `Willkommen bei ${business}.`,
  offerHelp:
    'Ich helfe Ihnen gern bei Fragen zu unseren Leistungen, Preisen, Öffnungszeiten und Terminen. Was möchten Sie wissen?',
  thanks: 'Gern geschehen! Kann ich Ihnen sonst noch helfen?',
  anythingElse: 'Kann ich Ihnen sonst noch helfen?',
  goodbye: 'Vielen Dank für Ihre Nachricht – einen schönen Tag noch!',
  handoff: 'Danke für Ihre Nachricht – jemand aus unserem Team meldet sich in Kürze bei Ihnen.',
  human: 'Selbstverständlich – ich gebe Sie an jemanden aus unserem Team weiter, der Ihnen hier in Kürze antwortet.',
  complaintApology: 'Es tut uns wirklich leid, das zu hören.',
  complaintFollowUp:
    'Ich habe Ihre Nachricht an unser Team weitergegeben; jemand wird sich in Kürze persönlich bei Ihnen melden.',
  endOfLife:
    'Das tut uns sehr leid – das ist ein schwerer Moment. Ich habe Ihre Nachricht an unser Team weitergegeben; jemand meldet sich persönlich bei Ihnen, um alles in Ruhe mit Ihnen zu besprechen.',
  cannotDoThat:
    'Ich kann nur Fragen zu unseren Leistungen, Preisen und Terminen beantworten und habe Ihre Nachricht deshalb an unser Team weitergegeben.',
  emergency:
    'Das könnte ein medizinischer Notfall sein. Rufen Sie bitte sofort die örtliche Notrufnummer an (in Europa 112) oder gehen Sie in die nächste Notaufnahme.',
  danger:
    'Das könnte ein Notfall sein. Bringen Sie alle aus der Gefahr und rufen Sie sofort die örtliche Notrufnummer an (in Europa 112).',
  selfHarm:
    'Es tut mir sehr leid, dass Sie das gerade durchmachen. Rufen Sie bitte sofort die örtliche Notrufnummer oder eine Krisenhotline an – Sie müssen das nicht allein durchstehen.',
  emergencyTeam: 'Ich habe auch unser Team informiert.',
  writtenIn: (language) => `(Diese Antwort haben wir auf ${language} verfasst.)`,
  openNow: (until) => `Wir haben jetzt geöffnet, bis ${until} Uhr.`,
  closedNow: (when) => `Wir haben gerade geschlossen – wir öffnen wieder ${when}.`,
  hours: (week) => `Unsere Öffnungszeiten: ${week}.`,
  noClosures: (month) => `Im ${month} sind keine Schließtage oder besonderen Öffnungszeiten geplant.`,
  holiday: (name, date, hours) =>
    hours
      ? `Bitte beachten Sie: ${name} am ${date}, geöffnet ${hours}.`
      : `Bitte beachten Sie: Am ${date} haben wir geschlossen (${name}).`,
  dateOpen: (date, hours) => `Am ${date} haben wir ${hours} geöffnet.`,
  dateClosed: (date) => `Am ${date} haben wir geschlossen.`,
  dateHoliday: (name, date, hours) =>
    hours ? `Am ${date} (${name}) haben wir ${hours} geöffnet.` : `Am ${date} (${name}) haben wir geschlossen.`,
  weekdayOpen: (days, hours) => `${capital(days)} haben wir ${hours} geöffnet.`,
  weekdayClosed: (days) => `${capital(days)} haben wir geschlossen.`,
  address: (address) => `📍 ${address}`,
  map: (url) => `Karte: ${url}`,
  phone: (phone) => `📞 ${phone}`,
  email: (email) => `✉️ ${email}`,
  website: (url) => `🌐 ${url}`,
  servicesIntro: 'Unsere Leistungen:',
  more: (count) => `… und ${count} weitere.`,
  from: (price) => `ab ${price}`,
  free: 'kostenlos',
  deposit: (amount) => `Für die Buchung ist eine Anzahlung von ${amount} nötig.`,
  bookPrompt: 'Möchten Sie einen Termin vereinbaren?',
  booking:
    'Ich kann Termine noch nicht selbst bestätigen: Schreiben Sie uns bitte die gewünschte Leistung sowie Ihren Wunschtag und die Uhrzeit, und jemand aus unserem Team bestätigt Ihren Termin.',
  bookingCall: (phone) => `Sie können uns auch unter ${phone} anrufen.`,
  bookingOnline: (url) => `Oder buchen Sie online: ${url}`,
};

/** German with "du", for businesses whose style guide asks for it. */
export const deInformal: Messages = {
  ...deFormal,
  holiday: (name, date, hours) =>
    hours
      ? `Bitte beachte: ${name} am ${date}, geöffnet ${hours}.`
      : `Bitte beachte: Am ${date} haben wir geschlossen (${name}).`,
  offerHelp:
    'Ich helfe dir gern bei Fragen zu unseren Leistungen, Preisen, Öffnungszeiten und Terminen. Was möchtest du wissen?',
  thanks: 'Gern geschehen! Kann ich dir sonst noch helfen?',
  anythingElse: 'Kann ich dir sonst noch helfen?',
  goodbye: 'Danke für deine Nachricht – einen schönen Tag noch!',
  handoff: 'Danke für deine Nachricht – jemand aus unserem Team meldet sich gleich bei dir.',
  human: 'Klar – ich gebe dich an jemanden aus unserem Team weiter, der dir hier gleich antwortet.',
  complaintFollowUp:
    'Ich habe deine Nachricht an unser Team weitergegeben; jemand meldet sich in Kürze persönlich bei dir.',
  endOfLife:
    'Das tut uns sehr leid – das ist ein schwerer Moment. Ich habe deine Nachricht an unser Team weitergegeben; jemand meldet sich persönlich bei dir, um alles in Ruhe mit dir zu besprechen.',
  cannotDoThat:
    'Ich kann nur Fragen zu unseren Leistungen, Preisen und Terminen beantworten und habe deine Nachricht deshalb an unser Team weitergegeben.',
  emergency:
    'Das könnte ein medizinischer Notfall sein. Ruf bitte sofort die örtliche Notrufnummer an (in Europa 112) oder geh in die nächste Notaufnahme.',
  danger:
    'Das könnte ein Notfall sein. Bring alle aus der Gefahr und ruf sofort die örtliche Notrufnummer an (in Europa 112).',
  selfHarm:
    'Es tut mir sehr leid, dass du das gerade durchmachst. Ruf bitte sofort die örtliche Notrufnummer oder eine Krisenhotline an – du musst das nicht allein durchstehen.',
  bookPrompt: 'Möchtest du einen Termin vereinbaren?',
  booking:
    'Ich kann Termine noch nicht selbst bestätigen: Schreib uns bitte die gewünschte Leistung sowie deinen Wunschtag und die Uhrzeit, und jemand aus unserem Team bestätigt deinen Termin.',
  bookingCall: (phone) => `Du kannst uns auch unter ${phone} anrufen.`,
  bookingOnline: (url) => `Oder buch online: ${url}`,
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
