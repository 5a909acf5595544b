/**
 * An appointment in words, in a language: the service (and option), the
 * local day and time, money in the business currency — for customer
 * notices, staff notifications and calendar events. Only the business's own
 * data and the appointment's fields go in.
 */
import type { Appointment } from '../domain/booking/appointment.js';
import { formatDay, formatMoney } from '../domain/booking/dialogue/render.js';
import type { DialogueLanguage } from '../domain/booking/dialogue/texts.js';
import type { NoticeValues } from '../domain/booking/notices.js';
import type { Business } from '../domain/business.js';
import { formatTime, wallClock } from '../domain/hours.js';
import { pickLocalized } from '../domain/localized.js';

export function serviceName(business: Business, a: Pick<Appointment, 'serviceId' | 'variantId'>, language: string) {
  const service = business.services.find((s) => s.id === a.serviceId);
  if (!service) return a.serviceId;
  const pick = (value: Parameters<typeof pickLocalized>[0]) =>
    pickLocalized(value, language, business.profile.languages).text;
  const variant = service.variants.find((v) => v.id === a.variantId);
  return variant ? `${pick(service.name)} – ${pick(variant.name)}` : pick(service.name);
}

export function localWhen(business: Business, instant: Date): { date: string; time: string } {
  const clock = wallClock(instant, business.profile.timezone);
  return { date: clock.date, time: formatTime(clock.minutes) };
}

/** The values every notice may use, in `language`. */
export function noticeValues(
  business: Business,
  a: Appointment,
  language: DialogueLanguage,
  extra: { url?: string | undefined; until?: Date | undefined; refund?: number | undefined } = {},
): NoticeValues {
  const when = localWhen(business, a.start);
  const money = (amount: number) => formatMoney(amount, a.currency, language);
  return {
    service: serviceName(business, a, language),
    day: formatDay(when.date, language),
    time: when.time,
    deposit: a.deposit > 0 ? money(a.deposit) : undefined,
    url: extra.url,
    until: extra.until ? localWhen(business, extra.until).time : undefined,
    refund: extra.refund ? money(extra.refund) : undefined,
  };
}

/** One line for staff: "Full groom – Medium, Tue 3 March 10:00, Ana Ruiz (Rex), $95". */
export function staffLine(business: Business, a: Appointment, petName?: string): string {
  const language = business.profile.languages[0] ?? 'en';
  const when = localWhen(business, a.start);
  const who = [a.customerName ?? 'a customer', petName ? `(${petName})` : ''].filter(Boolean).join(' ');
  const lang = (['en', 'es', 'fr', 'ar', 'ca', 'pt'] as const).find((l) => l === language) ?? 'en';
  return `${serviceName(business, a, language)}, ${formatDay(when.date, lang)} ${when.time}, ${who}, ${formatMoney(a.price, a.currency, lang)}`;
}
