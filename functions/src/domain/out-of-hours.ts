/**
 * The out-of-hours notice: outside opening hours, the first reply in a
 * closed period opens with one line saying when the business opens — in
 * the same message as the answer, so the customer never gets a bot and an
 * auto-reply talking over each other — and later replies in the same
 * closed period do not repeat it. A closed period is known by the instant
 * the business next opens: once that has passed, the next closing is a new
 * period.
 */
import { type Schedule, formatNextOpening, nextOpening, openIntervalAt } from './hours.js';
import { type TextLanguage, isTextLanguage } from './languages.js';

/** What a conversation was last told: the opening it named (null: no opening in sight). */
export interface ToldClosed {
  opensAt: Date | null;
}

/** The notice this reply must carry, or undefined when the business is open or the customer was told already. */
export function closedNoticeDue(
  now: Date,
  schedule: Schedule,
  told: ToldClosed | null | undefined,
): ToldClosed | undefined {
  if (openIntervalAt(now, schedule)) return undefined;
  const opensAt = nextOpening(now, schedule) ?? null;
  if (told && (told.opensAt?.getTime() ?? null) === (opensAt?.getTime() ?? null)) return undefined;
  return { opensAt };
}

const TEXTS: Record<TextLanguage, { opens: string; closed: string }> = {
  en: { opens: "We're closed at the moment; we open again {when}.", closed: "We're closed at the moment." },
  fr: {
    opens: 'Nous sommes fermés pour le moment ; nous rouvrons {when}.',
    closed: 'Nous sommes fermés pour le moment.',
  },
  it: { opens: 'Al momento siamo chiusi; riapriamo {when}.', closed: 'Al momento siamo chiusi.' },
  de: {
    opens: 'Wir haben gerade geschlossen; wir öffnen wieder {when}.',
    closed: 'Wir haben gerade geschlossen.',
  },
  es: {
    opens: 'En este momento estamos cerrados; volvemos a abrir {when}.',
    closed: 'En este momento estamos cerrados.',
  },
  ar: { opens: 'نحن مغلقون الآن، ونفتح مجددًا {when}.', closed: 'نحن مغلقون الآن.' },
  ca: { opens: 'Ara mateix estem tancats; tornem a obrir {when}.', closed: 'Ara mateix estem tancats.' },
  pt: { opens: 'Neste momento estamos fechados; voltamos a abrir {when}.', closed: 'Neste momento estamos fechados.' },
};

/** The notice's sentence, in `language` where we have it (else English). */
export function closedNoticeText(notice: ToldClosed, now: Date, timezone: string, language: string): string {
  const lang = isTextLanguage(language) ? language : 'en';
  const texts = TEXTS[lang];
  if (!notice.opensAt) return texts.closed;
  return texts.opens.replace('{when}', formatNextOpening(notice.opensAt, now, timezone, lang));
}

/** The reply with the notice on top (one message). */
export function withClosedNotice(text: string, notice: string): string {
  return text.trim() ? `${notice}\n\n${text}` : notice;
}
