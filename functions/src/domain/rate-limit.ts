/**
 * The per-contact flood limit, as pure functions of the times a contact's
 * messages arrived. The contact keeps the last MAX_COUNTED_MESSAGES arrival
 * times (written when a message is stored, so a redelivered webhook never
 * counts twice); the limit is a sliding window over them, so any limit up
 * to that many messages can be checked exactly, and a business can change
 * its limit without anything stored becoming wrong.
 *
 * A flood starts with the first message over the limit and lasts while
 * messages keep coming over it: the customer gets one polite message when
 * it starts, then silence, and the next message within the limit ends it.
 */
import { MAX_COUNTED_MESSAGES, type RateLimitSettings } from './conversation-settings.js';
import { type TextLanguage, isTextLanguage } from './languages.js';

/** The arrival times with `at` added, oldest dropped beyond the cap; kept in order. */
export function recordArrival(times: readonly Date[], at: Date, max = MAX_COUNTED_MESSAGES): Date[] {
  const next = [...times, at].sort((a, b) => a.getTime() - b.getTime());
  return next.slice(Math.max(0, next.length - max));
}

/** How many messages arrived in the window that ends at `at` (inclusive), `at`'s own included. */
export function arrivalsWithin(times: readonly Date[], at: Date, seconds: number): number {
  const from = at.getTime() - seconds * 1000;
  return times.filter((t) => t.getTime() > from && t.getTime() <= at.getTime()).length;
}

/** Whether a message that arrived at `at` is over the limit. */
export function overLimit(times: readonly Date[], at: Date, limit: RateLimitSettings): boolean {
  return arrivalsWithin(times, at, limit.seconds) > limit.messages;
}

export type FloodStep =
  /** Within the limit, no flood going on: answer. */
  | { action: 'answer' }
  /** Within the limit again: the flood is over; answer. */
  | { action: 'answer'; floodEnded: true }
  /** The first message over the limit: one polite message, and staff are told. */
  | { action: 'notice' }
  /** Still flooding: say nothing. */
  | { action: 'silence' };

/** What to do with a turn whose newest message arrived at `at`, given whether a flood was already going on. */
export function floodStep(times: readonly Date[], at: Date, limit: RateLimitSettings, flooding: boolean): FloodStep {
  if (!overLimit(times, at, limit)) return flooding ? { action: 'answer', floodEnded: true } : { action: 'answer' };
  return flooding ? { action: 'silence' } : { action: 'notice' };
}

const FLOOD_NOTICE: Record<TextLanguage, string> = {
  en: "Thanks for your messages! I'll pause here for a moment; a member of our team has been told and will read everything you sent.",
  fr: "Merci pour vos messages ! Je fais une courte pause ; un membre de l'équipe a été prévenu et lira tout ce que vous avez envoyé.",
  it: 'Grazie per i Suoi messaggi! Faccio una breve pausa; una persona del nostro team è già stata avvisata e leggerà tutto ciò che ha inviato.',
  de: 'Danke für Ihre Nachrichten! Ich mache hier kurz Pause; jemand aus unserem Team ist informiert und liest alles, was Sie geschickt haben.',
  es: '¡Gracias por sus mensajes! Hago una breve pausa; alguien del equipo ya está avisado y leerá todo lo que ha enviado.',
  ar: 'شكرًا على رسائلك! سأتوقف قليلًا هنا؛ تم إبلاغ أحد أفراد فريقنا وسيقرأ كل ما أرسلته.',
  ca: "Gràcies pels missatges! Faig una petita pausa; algú de l'equip ja està avisat i llegirà tot el que has enviat.",
  pt: 'Obrigado pelas suas mensagens! Vou fazer uma pequena pausa; alguém da equipa já foi avisado e vai ler tudo o que enviou.',
};

/** The one polite message a flood gets, in `language` where we have it (else English). */
export function floodNoticeText(language: string): { text: string; language: string } {
  const lang = isTextLanguage(language) ? language : 'en';
  return { text: FLOOD_NOTICE[lang], language: lang };
}
