/**
 * Amounts of money in a text, and whether a business's data states them.
 * Every responder's reply is checked with it ("never invent a price"): the
 * evaluation counts replies that state an amount the business never wrote,
 * and an LLM reply that does is not sent.
 *
 * An amount is a number written next to the business's currency, in any of
 * the ways the supported languages write it: "AED 600", "600 د.إ", "$25",
 * "25 €", "€25", "25 euros", "1,000" or "1.000".
 */
import type { Business, Localized } from './business.js';
import { allTexts } from './localized.js';

const LOCALES = ['en', 'es', 'fr', 'ca', 'pt', 'it', 'de', 'ar-u-nu-latn'];

const NAMES: Record<string, string[]> = {
  EUR: ['euros?', 'eur', '€'],
  USD: ['dollars?', 'usd', 'us\\$', '\\$', 'dólares', 'dolares', 'dólar', 'dolar'],
  GBP: ['pounds?', 'gbp', '£', 'libras?'],
  AED: ['aed', 'dirhams?', 'dhs?', 'درهم', 'دراهم'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way `currency` is written: code, symbols in the supported locales, common names. */
function currencyPattern(currency: string): string {
  const forms = new Set<string>([escape(currency.toLowerCase()), ...(NAMES[currency] ?? [])]);
  for (const locale of LOCALES) {
    try {
      const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
      const symbol = parts.find((p) => p.type === 'currency')?.value.trim();
      if (symbol) forms.add(escape(symbol.toLowerCase().replace(/[\u200f\u200e]/g, '')));
    } catch {
      // an unknown code has no symbols; the code itself still counts
    }
  }
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}

const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

function parseNumber(raw: string): number {
  const compact = raw.replace(/[\u00a0\u202f ]/g, '');
  // "1.000" and "1,000" are thousands; "12,50" and "12.50" are decimals.
  const thousands = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:[.,]\d{1,2})?$/.exec(compact);
  if (thousands) {
    const sep = thousands[1]!;
    const decimal = compact.slice(-3).match(/^[.,]\d{2}$/) && compact.at(-3) !== sep ? compact.slice(-3) : '';
    const whole = (decimal ? compact.slice(0, -3) : compact).split(sep).join('');
    return Number(`${whole}${decimal.replace(',', '.')}`);
  }
  return Number(compact.replace(',', '.'));
}

/** The amounts of money in `text`, in `currency`. */
export function moneyAmounts(text: string, currency: string): number[] {
  const money = currencyPattern(currency);
  const pattern = new RegExp(
    String.raw`(?:(?:${money})\s?(${NUMBER})(?![\d]))|(?:(?<![\d.,])(${NUMBER})\s?(?:${money})(?![\p{L}]))`,
    'giu',
  );
  const cleaned = text.replace(/[\u200f\u200e]/g, '').toLowerCase();
  return [...cleaned.matchAll(pattern)].map((m) => parseNumber((m[1] ?? m[2])!));
}

function texts(value: Localized | undefined): string[] {
  return value === undefined ? [] : allTexts(value, 'en').map((t) => t.text);
}

/** Every text of the business where an owner writes amounts: answers, articles, policies, service notes. */
function ownerTexts(business: Business): string[] {
  return [
    ...business.qa.flatMap((q) => [...texts(q.question), ...texts(q.answer)]),
    ...business.knowledge.flatMap((a) => [...texts(a.title), ...texts(a.body)]),
    ...business.policies.flatMap((p) => [...texts(p.title), ...texts(p.text)]),
    ...business.services.flatMap((s) => [...texts(s.description), ...texts(s.priceNote)]),
    ...texts(business.profile.description),
    ...texts(business.styleGuide.handoffMessage),
  ];
}

/** The amounts the business's services state: prices, top prices, deposits and variants' prices. */
function serviceAmounts(business: Business): number[] {
  return business.services.flatMap((s) =>
    [s.price, s.priceMax, s.deposit, ...s.variants.map((v) => v.price)].filter((n): n is number => n !== undefined),
  );
}

const wholeByBusiness = new WeakMap<Business, boolean>();

/**
 * Whether the owner writes amounts of four digits or more whole, never
 * grouping their thousands: true when the business's texts write its own
 * prices of four digits or more ("3000 DA", "10000 DA") and never grouped
 * ("3 000", "2.200 €", "AED 1,200"). A reply then writes its amounts as the
 * owner and their customers do; texts that do not write those prices, or
 * write them both ways, keep the language's usual grouping. A price is known
 * by its value, whatever the currency is called in the text ("DA", "dinars").
 */
export function ownerWritesThousandsWhole(business: Business): boolean {
  const cached = wholeByBusiness.get(business);
  if (cached !== undefined) return cached;
  // The integer prices of four digits or more.
  const prices = new Set(serviceAmounts(business).filter((n) => n >= 1000 && Number.isInteger(n)));
  let grouped = 0;
  let whole = 0;
  if (prices.size > 0) {
    for (const text of ownerTexts(business)) {
      for (const m of text.matchAll(/(?<![\d.,])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{4,})(?![\d]|[.,]\d{3})/g)) {
        if (!prices.has(parseNumber(m[0]))) continue;
        if (/^\d+$/.test(m[0])) whole++;
        else grouped++;
      }
    }
  }
  const answer = whole > 0 && grouped === 0;
  wholeByBusiness.set(business, answer);
  return answer;
}

/** Every amount the business's data states: service prices and deposits, and amounts written in its texts. */
export function knownAmounts(business: Business): Set<number> {
  const known = new Set<number>(serviceAmounts(business));
  const currency = business.profile.currency;
  for (const text of ownerTexts(business)) for (const n of moneyAmounts(text, currency)) known.add(n);
  return known;
}

/** Amounts of money in `text` that the business's data does not state. */
export function unknownAmounts(text: string, business: Business): number[] {
  const known = knownAmounts(business);
  return moneyAmounts(text, business.profile.currency).filter((n) => !known.has(n));
}
