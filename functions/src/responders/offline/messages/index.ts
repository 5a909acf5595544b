/**
 * The fixed sentences the offline responder says around business content,
 * in every language a business may list (domain/languages.ts), in the
 * register its style guide asks for (formal or informal address). They
 * never contain anything the customer wrote, so a message cannot make the
 * responder say something new.
 *
 * To add a language: write its file beside these (one `Messages`, or a
 * formal and an informal one), add it to MESSAGES, and add its hours words
 * in domain/hours.ts. The compiler lists what is missing.
 */
import type { TextLanguage } from '../../../domain/languages.js';
import { ar } from './ar.js';
import { caFormal, caInformal } from './ca.js';
import { en } from './en.js';
import { esFormal, esInformal } from './es.js';
import { deFormal, deInformal } from './de.js';
import { frFormal, frInformal } from './fr.js';
import { itFormal, itInformal } from './it.js';
import { pt } from './pt.js';

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
  /** Said when the customer is deciding to let their animal go: a person answers, with care. */
  endOfLife: string;
  /** Said to a message that tries to give the assistant instructions. */
  cannotDoThat: string;
  /** Opens a reply to a possible medical emergency. */
  emergency: string;
  /** Opens a reply to a danger that is not (yet) medical: a fire, smoke from an engine. */
  danger: string;
  /** Opens a reply to someone who may harm themselves. */
  selfHarm: string;
  /** Closes an emergency reply. */
  emergencyTeam: string;
  /** Says that the answer above was written in another language. */
  writtenIn: (languageName: string) => string;
  openNow: (until: string) => string;
  closedNow: (when: string) => string;
  hours: (week: string) => string;
  holiday: (name: string, date: string, hours?: string) => string;
  /** Asked about a month: no closure or special day in it (`month` as the language names it). */
  noClosures: (month: string) => string;
  /** The hours of one date: open (intervals), closed, or a holiday with its own hours. */
  dateOpen: (date: string, hours: string) => string;
  dateClosed: (date: string) => string;
  dateHoliday: (name: string, date: string, hours?: string) => string;
  /** Every week on this day; `days` is the weekday as the language says it for every week ("Saturdays", "le samedi"). */
  weekdayOpen: (days: string, hours: string) => string;
  weekdayClosed: (days: string) => string;
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

export interface Register {
  /** Address the customer informally (tú, tu, du) where the language distinguishes. */
  informal: boolean;
}

const MESSAGES: Record<TextLanguage, (register: Register) => Messages> = {
  en: () => en,
  es: ({ informal }) => (informal ? esInformal : esFormal),
  fr: ({ informal }) => (informal ? frInformal : frFormal),
  ca: ({ informal }) => (informal ? caInformal : caFormal),
  pt: () => pt,
  it: ({ informal }) => (informal ? itInformal : itFormal),
  de: ({ informal }) => (informal ? deInformal : deFormal),
  ar: () => ar,
};

export function messagesFor(language: string, register: Register = { informal: false }): Messages {
  const make = MESSAGES[language as TextLanguage] ?? MESSAGES.en;
  return make(register);
}

const ALL: readonly Messages[] = [
  en,
  esFormal,
  esInformal,
  frFormal,
  frInformal,
  caFormal,
  caInformal,
  pt,
  itFormal,
  itInformal,
  deFormal,
  deInformal,
  ar,
];

/** True when `text` (a reply we sent) ended by offering to book. */
export function endsWithBookPrompt(text: string): boolean {
  const trimmed = text.trim();
  return ALL.some((m) => trimmed.endsWith(m.bookPrompt));
}

/** Drops the pictographs the templates put before contact details, for styles that ask for few emojis. */
export function withoutEmoji(text: string): string {
  return text.replace(/^(?:📍|📞|✉️|🌐)\s?/gmu, '');
}
