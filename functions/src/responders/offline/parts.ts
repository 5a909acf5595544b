/**
 * The answer parts the offline responder can give, each built only from the
 * business's own data: a Q&A answer or article verbatim, a service's prices,
 * the service list, the hours, the address, the contact details, and how to
 * book. A part returns undefined when the business has not given us the
 * data to answer with.
 */
import {
  addDays,
  formatDate,
  formatIntervals,
  formatNextOpening,
  formatWeeklyHours,
  hoursOn,
  nextOpening,
  openIntervalAt,
  wallClock,
} from '../../domain/hours.js';
import { WEEKDAYS } from '../../domain/business.js';
import type { BusinessContext } from '../responder.js';
import { formatContext, localizedPart, type Part, schedule, templatePart } from './compose.js';
import { serviceList, servicePriceBlock, text } from './format.js';
import { messagesFor } from './messages.js';
import type { KnowledgeMatch, ServiceMatch } from './retrieval.js';

export function knowledgePart(business: BusinessContext, match: KnowledgeMatch): Part | undefined {
  const confidence = Math.min(0.95, 0.35 + 0.65 * match.strength);
  const sources = [match.id];
  if (match.kind === 'qa') {
    const qa = business.qa.find((q) => q.id === match.id);
    return qa && localizedPart('offline:qa', sources, confidence, qa.answer, business);
  }
  if (match.kind === 'article') {
    const article = business.knowledge.find((a) => a.id === match.id);
    return article && localizedPart('offline:article', sources, confidence, article.body, business);
  }
  const policy = business.policies.find((p) => p.id === match.id);
  return policy && localizedPart('offline:policy', sources, confidence, policy.text, business);
}

export function servicePart(business: BusinessContext, matches: readonly ServiceMatch[], mode: 'price' | 'info'): Part {
  const coverage = Math.min(...matches.map((m) => m.nameCoverage));
  return {
    ...templatePart(mode === 'price' ? 'offline:service-price' : 'offline:service', [], (language) =>
      matches
        .map((m) =>
          servicePriceBlock(m.service, m.variants, formatContext(business, language), { description: mode === 'info' }),
        )
        .join('\n\n'),
    ),
    sources: matches.map((m) => m.service.id),
    confidence: 0.6 + 0.3 * coverage,
  };
}

export function serviceListPart(business: BusinessContext): Part {
  const ids = business.services.filter((s) => s.active).map((s) => s.id);
  return templatePart('offline:services', ids, (language) =>
    serviceList(business.services, formatContext(business, language)),
  );
}

/** Open or closed right now, and until / from when. */
function statusLine(business: BusinessContext, now: Date, language: string): string {
  const m = messagesFor(language);
  const s = schedule(business);
  const open = openIntervalAt(now, s);
  if (open) return m.openNow(open.close);
  const next = nextOpening(now, s);
  return next ? m.closedNow(formatNextOpening(next, now, s.timezone, language)) : '';
}

/** A holiday in the coming week, which changes the usual hours. */
function holidayLine(business: BusinessContext, now: Date, language: string): string {
  const today = wallClock(now, business.profile.timezone).date;
  const soon = addDays(today, 7);
  const holiday = [...business.holidays]
    .filter((h) => h.date >= today && h.date <= soon)
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (!holiday) return '';
  const hours = hoursOn(holiday.date, schedule(business));
  const name = text(holiday.name, formatContext(business, language));
  const date = formatDate(holiday.date, language);
  return messagesFor(language).holiday(name, date, hours.length ? formatIntervals(hours, language) : undefined);
}

export function hoursPart(business: BusinessContext, now: Date, statusFirst: boolean): Part | undefined {
  if (!WEEKDAYS.some((d) => business.hours[d].length > 0)) return undefined;
  return templatePart('offline:hours', [], (language) => {
    const week = messagesFor(language).hours(formatWeeklyHours(business.hours, language));
    const status = statusLine(business, now, language);
    const lines = statusFirst ? [status, week] : [week, status];
    return [...lines, holidayLine(business, now, language)].filter(Boolean).join('\n');
  });
}

export function locationPart(business: BusinessContext): Part | undefined {
  const { address, mapsUrl } = business.profile;
  if (!address && !mapsUrl) return undefined;
  return templatePart('offline:location', [], (language) => {
    const m = messagesFor(language);
    const lines = [address ? m.address(text(address, formatContext(business, language))) : ''];
    if (mapsUrl) lines.push(m.map(mapsUrl));
    return lines.filter(Boolean).join('\n');
  });
}

export function contactPart(business: BusinessContext): Part | undefined {
  const { phone, email, website } = business.profile;
  if (!phone && !email && !website) return undefined;
  return templatePart('offline:contact', [], (language) => {
    const m = messagesFor(language);
    return [phone && m.phone(phone), email && m.email(email), website && m.website(website)].filter(Boolean).join('\n');
  });
}

/** How to book while the offline responder cannot hold slots: a person confirms. */
export function bookingPart(business: BusinessContext): Part {
  const { phone } = business.profile;
  return {
    ...templatePart('offline:booking', [], (language) => {
      const m = messagesFor(language);
      return [m.booking, phone ? m.bookingCall(phone) : ''].filter(Boolean).join('\n');
    }),
    confidence: 0.7,
  };
}
