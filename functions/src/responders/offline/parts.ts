/**
 * The answer parts the offline responder can give, each built only from the
 * business's own data: a Q&A answer or article verbatim, a service's prices
 * with their conditions, the service list, the hours (of the week or of one
 * day), the address, the contact details, how to book, and the business's
 * own emergency advice. A part returns undefined when the business has not
 * given us the data to answer with.
 */
import { type DateReference, monthWindow } from '../../domain/dates.js';
import type { EmergencyAdvice } from '../../domain/emergency-advice.js';
import {
  addDays,
  everyWeekday,
  formatDate,
  formatIntervals,
  formatNextOpening,
  formatWeeklyHours,
  hoursOn,
  monthName,
  nextOpening,
  openIntervalAt,
  wallClock,
} from '../../domain/hours.js';
import { toMinutes } from '../../domain/clock.js';
import { WEEKDAYS } from '../../domain/business.js';
import type { KnowledgeHit, ServiceHit } from '../../domain/knowledge-index.js';
import type { BusinessContext } from '../responder.js';
import {
  type ComposeContext,
  formatContext,
  localizedPart,
  messages,
  type Part,
  schedule,
  templatePart,
} from './compose.js';
import { serviceList, servicePriceBlock, text } from './format.js';

export function knowledgePart(business: BusinessContext, hit: KnowledgeHit, confidence: number): Part | undefined {
  const sources = [hit.id];
  if (hit.kind === 'qa') {
    const qa = business.qa.find((q) => q.id === hit.id);
    return qa && localizedPart('offline:qa', sources, confidence, qa.answer, business);
  }
  if (hit.kind === 'article') {
    const article = business.knowledge.find((a) => a.id === hit.id);
    return article && localizedPart('offline:article', sources, confidence, article.body, business);
  }
  const policy = business.policies.find((p) => p.id === hit.id);
  return policy && localizedPart('offline:policy', sources, confidence, policy.text, business);
}

export type ServiceMode = 'price' | 'info' | 'validity';

export function servicePart(
  ctx: ComposeContext,
  matches: readonly ServiceHit[],
  mode: ServiceMode,
  confidence: number,
): Part {
  const { business } = ctx;
  return {
    ...templatePart(mode === 'info' ? 'offline:service' : 'offline:service-price', [], (language) =>
      matches
        .map((m) =>
          servicePriceBlock(m.service, m.variants, formatContext(business, language, ctx), {
            description: mode === 'info',
            // "How long is the pack valid?" is answered by its conditions, not by how long a session lasts.
            duration: mode !== 'validity',
          }),
        )
        .join('\n\n'),
    ),
    sources: matches.map((m) => m.service.id),
    confidence,
  };
}

export function serviceListPart(ctx: ComposeContext, confidence: number): Part {
  const { business } = ctx;
  const ids = business.services.filter((s) => s.active).map((s) => s.id);
  return {
    ...templatePart('offline:services', ids, (language) =>
      serviceList(business.services, formatContext(business, language, ctx)),
    ),
    confidence,
  };
}

/** Open or closed right now, and until / from when. */
function statusLine(ctx: ComposeContext, language: string): string {
  const m = messages(ctx, language);
  const s = schedule(ctx.business);
  const open = openIntervalAt(ctx.now, s);
  if (open) return m.openNow(open.close);
  const next = nextOpening(ctx.now, s);
  return next ? m.closedNow(formatNextOpening(next, ctx.now, s.timezone, language)) : '';
}

/**
 * One line per holiday or special day of the business between `from` and `to`, in date order, at most `max`;
 * days in a row with one name and the same hours (a fortnight's summer closure) are one line, "16 – 27 August".
 */
function holidayLines(ctx: ComposeContext, language: string, from: string, to: string, max: number): string[] {
  const { business } = ctx;
  const runs: { from: string; to: string; name: string; hours?: string }[] = [];
  for (const holiday of [...business.holidays]
    .filter((h) => h.date >= from && h.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const intervals = hoursOn(holiday.date, schedule(business));
    const hours = intervals.length ? formatIntervals(intervals, language) : undefined;
    const name = text(holiday.name, formatContext(business, language));
    const last = runs.at(-1);
    if (last && last.name === name && last.hours === hours && addDays(last.to, 1) === holiday.date)
      last.to = holiday.date;
    else runs.push({ from: holiday.date, to: holiday.date, name, hours });
  }
  return runs.slice(0, max).map((run) => {
    const days =
      run.from === run.to
        ? formatDate(run.from, language)
        : `${formatDate(run.from, language)} – ${formatDate(run.to, language)}`;
    return messages(ctx, language).holiday(run.name, days, run.hours);
  });
}

/** Days of the festive season whose hours a customer asking about it gets: all of them, within reason. */
const FESTIVE_DAYS_SHOWN = 8;

/**
 * The festive season `today` is in or comes before: December 20 to January 6
 * (from today, if it has begun).
 */
export function festiveWindow(today: string): [string, string] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  let start = month === 1 ? year - 1 : year;
  if (today > `${start + 1}-01-06`) start += 1;
  const from = `${start}-12-20`;
  return [today > from ? today : from, `${start + 1}-01-06`];
}

/**
 * The week's hours, with the next holiday of the coming week; asked about
 * the festive season (`'festive'`), with every closure and special day of it;
 * asked about a month (`{ month }`: "do you close in August?"), with every
 * closure and special day of that month, or a line that there is none.
 */
export function hoursPart(
  ctx: ComposeContext,
  statusFirst: boolean,
  confidence: number,
  season?: 'festive' | { month: number },
): Part | undefined {
  const { business } = ctx;
  if (!WEEKDAYS.some((d) => business.hours[d].length > 0)) return undefined;
  const today = wallClock(ctx.now, business.profile.timezone).date;
  const [from, to] =
    season === 'festive'
      ? festiveWindow(today)
      : season
        ? monthWindow(season.month, today)
        : [today, addDays(today, 7)];
  return {
    ...templatePart('offline:hours', [], (language) => {
      const m = messages(ctx, language);
      const week = m.hours(formatWeeklyHours(business.hours, language));
      const status = statusLine(ctx, language);
      const lines = statusFirst ? [status, week] : [week, status];
      const days = holidayLines(ctx, language, from, to, season ? FESTIVE_DAYS_SHOWN : 1);
      const none = season && season !== 'festive' && days.length === 0 ? [m.noClosures(monthName(to, language))] : [];
      return [...lines, ...days, ...none].filter(Boolean).join('\n');
    }),
    confidence,
  };
}

/** The hours of the days the customer named: a date (with its holiday or special hours), a weekday, a weekend. */
export function dateHoursPart(
  ctx: ComposeContext,
  refs: readonly DateReference[],
  confidence: number,
): Part | undefined {
  const { business } = ctx;
  if (refs.length === 0) return undefined;
  const s = schedule(business);
  const today = wallClock(ctx.now, business.profile.timezone).date;
  return {
    ...templatePart('offline:hours-date', [], (language) => {
      const m = messages(ctx, language);
      const dateLine = (date: string) => {
        const intervals = hoursOn(date, s);
        const hours = intervals.length ? formatIntervals(intervals, language) : undefined;
        const holiday = business.holidays.find((h) => h.date === date);
        const day = formatDate(date, language);
        if (holiday) return m.dateHoliday(text(holiday.name, formatContext(business, language)), day, hours);
        return hours ? m.dateOpen(day, hours) : m.dateClosed(day);
      };
      const lines = refs.slice(0, 3).flatMap((ref) => {
        if (ref.kind === 'weekday') {
          const intervals = business.hours[ref.weekday];
          const days = everyWeekday(ref.weekday, language);
          return [intervals.length ? m.weekdayOpen(days, formatIntervals(intervals, language)) : m.weekdayClosed(days)];
        }
        if (ref.kind === 'weekend') return ref.dates.map(dateLine);
        if (ref.date !== today) return [dateLine(ref.date)];
        // Open now until the afternoon, and again tonight (a split day, Ramadan's after the evening prayer):
        // "until 15:00" alone would hide the evening, so the day's hours follow.
        const status = statusLine(ctx, language);
        const { minutes } = wallClock(ctx.now, business.profile.timezone);
        const laterToday = hoursOn(today, s).some((i) => toMinutes(i.open) > minutes);
        return status && laterToday ? [status, dateLine(today)] : [status || dateLine(ref.date)];
      });
      return lines.filter(Boolean).join('\n');
    }),
    confidence,
  };
}

export function locationPart(business: BusinessContext, confidence: number, ctx: ComposeContext): Part | undefined {
  const { address, mapsUrl } = business.profile;
  if (!address && !mapsUrl) return undefined;
  return {
    ...templatePart('offline:location', [], (language) => {
      const m = messages(ctx, language);
      const lines = [address ? m.address(text(address, formatContext(business, language))) : ''];
      if (mapsUrl) lines.push(m.map(mapsUrl));
      return lines.filter(Boolean).join('\n');
    }),
    confidence,
  };
}

export function contactPart(business: BusinessContext, confidence: number, ctx: ComposeContext): Part | undefined {
  const { phone, email, website } = business.profile;
  if (!phone && !email && !website) return undefined;
  return {
    ...templatePart('offline:contact', [], (language) => {
      const m = messages(ctx, language);
      return [phone && m.phone(phone), email && m.email(email), website && m.website(website)]
        .filter(Boolean)
        .join('\n');
    }),
    confidence,
  };
}

/** How to book while the offline responder cannot hold slots: a person confirms. */
export function bookingPart(ctx: ComposeContext, confidence: number): Part {
  const { phone } = ctx.business.profile;
  return {
    ...templatePart('offline:booking', [], (language) => {
      const m = messages(ctx, language);
      return [m.booking, phone ? m.bookingCall(phone) : ''].filter(Boolean).join('\n');
    }),
    confidence,
  };
}

/** The business's own emergency advice, verbatim (after the generic advice the reply opens with). */
export function emergencyAdvicePart(business: BusinessContext, advice: EmergencyAdvice): Part {
  return localizedPart('offline:safety', [advice.id], 0.95, advice.text, business);
}
