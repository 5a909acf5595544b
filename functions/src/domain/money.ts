/**
 * Money grounding: finds every amount of money a reply states, so that a
 * reply quoting a price the business never set is caught before a customer
 * reads it. Pure: text in, amounts out.
 *
 * A number is money when a currency sits next to it ("AED 150", "150 درهم",
 * "$45", "45 €", "1 500 dirhams"), when it ends a range whose other end is
 * money ("150–900 AED"), or when a price word comes shortly before it in the
 * same sentence ("full legs costs 600", "le prix est de 600", "السعر 600").
 * Times (10:00), dates (2025-03-30), phone numbers (+971 4 …) and numbers
 * followed by a unit (60 minutes, 6 sessions, 20 kg) are not money.
 *
 * Number formats: 1,500 · 1.500 · 1 500 (also with no-break spaces) ·
 * 1,500.50 · 1.500,50 · 150,00 · Arabic-Indic digits (١٥٠) and the Arabic
 * decimal and thousands separators (٫ ٬) · a "k" suffix (1.5k).
 *
 * Discounts are checked the same way: a percentage next to a discount word
 * ("20% off", "خصم 20%") must be one the business itself wrote.
 */

export interface MoneyMention {
  amount: number;
  /** The text that states it, e.g. "AED 150". */
  text: string;
  index: number;
}

export interface DiscountMention {
  percent: number;
  text: string;
  index: number;
}

const SYMBOLS = ['US$', 'C$', 'A$', '$', '€', '£', '¥', '₹', '﷼', '₺', '₪', 'د.إ', 'ر.س', 'ر.ق', 'د.ك', 'ج.م', 'ل.ل'];
/** ISO codes customers also write in lower case ("150 aed"). */
const CODES = 'aed|usd|eur|gbp|sar|qar|kwd|bhd|omr|egp|lbp|jod|cad|aud|chf|mxn|inr';
/** ISO codes that are also words ("mad", "try", "pen"): only in capitals. */
const CAPITAL_CODES = 'MAD|TND|DZD|NZD|ARS|COP|CLP|PEN|TRY|ILS|JPY|CNY';
const WORDS = [
  // English, French, Spanish (singular and plural)
  'dirhams?',
  'dhs?\\.?',
  'dollars?',
  'bucks?',
  'euros?',
  'pounds?',
  'riyals?',
  'rials?',
  'dinars?',
  'liras?',
  'lire',
  'pesos?',
  'livres?',
  'dólares',
  'dolares',
  'dólar',
  'dolar',
  'rupees?',
  'shekels?',
  // Arabic
  'درهم',
  'دراهم',
  'درهماً',
  'درهما',
  'دولار',
  'دولارات',
  'يورو',
  'ريال',
  'ريالات',
  'دينار',
  'دنانير',
  'ليرة',
  'ليرات',
  'جنيه',
  'جنيهات',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CURRENCY = `(?:${SYMBOLS.map(escape).join('|')}|${CODES}|${WORDS.join('|')})`;
/** A currency right after a number: "150 AED", "150د.إ", "45$". */
const CURRENCY_AFTER = [
  new RegExp(`^\\s?${CURRENCY}(?![\\p{L}])`, 'iu'),
  new RegExp(`^\\s?(?:${CAPITAL_CODES})(?![\\p{L}])`, 'u'),
];
/** A currency right before a number: "AED 150", "$45", "د.إ 150". */
const CURRENCY_BEFORE = [
  new RegExp(`(?<![\\p{L}])${CURRENCY}\\s?$`, 'iu'),
  new RegExp(`(?<![\\p{L}])(?:${CAPITAL_CODES})\\s?$`, 'u'),
];
/** What joins the two ends of a range. */
const RANGE_JOIN = /^\s?(?:-|–|—|to|à|a|al|hasta|إلى|الى|ل)\s?$/iu;

/** Words after a number that make it something other than money. */
const UNIT_AFTER = new RegExp(
  '^\\s?(?:%|x\\b|' +
    [
      'min(?:ute)?s?',
      'hours?',
      'hrs?',
      'h',
      'sessions?',
      'séances?',
      'seances?',
      'sesi(?:ó|o)n(?:es)?',
      'weeks?',
      'semaines?',
      'semanas?',
      'days?',
      'jours?',
      'd(?:í|i)as?',
      'months?',
      'mois',
      'meses?',
      'years?',
      'ans',
      'años?',
      'treatments?',
      'soins?',
      'tratamientos?',
      'people',
      'personnes?',
      'personas?',
      'pets?',
      'dogs?',
      'cats?',
      'chiens?',
      'chats?',
      'perros?',
      'gatos?',
      'lbs?',
      'kg',
      'cm',
      'mm',
      'ml',
      'm',
      'km',
      'st',
      'nd',
      'rd',
      'th',
      'am',
      'pm',
      'دقيقة',
      'دقائق',
      'ساعة',
      'ساعات',
      'جلسة',
      'جلسات',
      'أسبوع',
      'أسابيع',
      'اسابيع',
      'يوم',
      'أيام',
      'ايام',
      'شهر',
      'أشهر',
      'سنة',
      'سنوات',
      'كغ',
      'كيلو',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);

/** Price words: a number shortly after one of these, in the same sentence, is an amount of money. */
const PRICE_WORDS = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'price[sd]?',
      'pricing',
      'costs?',
      'costing',
      'fees?',
      'charges?',
      'charged',
      'deposit',
      'pay',
      'paid',
      'payment',
      'total',
      'prix',
      'coût',
      'cout',
      'coûte',
      'coute',
      'coûtent',
      'tarifs?',
      'acompte',
      'frais',
      'payer',
      'precios?',
      'cuesta',
      'cuestan',
      'costo',
      'coste',
      'tarifas?',
      'depósito',
      'deposito',
      'anticipo',
      'pagar',
      'سعر',
      'السعر',
      'بسعر',
      'سعره',
      'سعرها',
      'أسعار',
      'الأسعار',
      'تكلفة',
      'التكلفة',
      'يكلف',
      'تكلف',
      'رسوم',
      'الرسوم',
      'عربون',
      'العربون',
      'المجموع',
      'ادفع',
      'تدفع',
      'se3r',
      's3r',
      'as3ar',
      'b2adesh',
      'adesh',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
/**
 * Without a currency, a number after a price word is an amount only when
 * nothing names what it counts: the sentence ends, or a joining word follows
 * ("costs 600.", "is 600 for both") — not "has 12 services".
 */
const ENDS_AMOUNT =
  /^(?:\s*$|\s*[^\p{L}\p{N}\s]|\s+(?:for|per|each|only|and|or|pour|par|chacun|seulement|et|ou|por|cada|solo|sólo|y|o|فقط|لكل|و)(?![\p{L}]))/iu;

const firstMatch = (patterns: readonly RegExp[], text: string): string | undefined => {
  for (const re of patterns) {
    const match = re.exec(text);
    if (match) return match[0];
  }
  return undefined;
};

/** How far back (in words) a price word still governs a number. */
const PRICE_WORD_WINDOW = 6;
const SENTENCE_END = /[.!?؟\n;:]\s|[\n]/u;

const DISCOUNT_WORDS =
  /(?<![\p{L}])(?:off|discount|discounts|discounted|reduction|réduction|remise|rabais|descuento|rebaja|promo|promotion|promoción|promocion|خصم|تخفيض|تنزيل|عرض)(?![\p{L}])/iu;

/** A number: grouped thousands with one consistent separator, or plain digits; optional decimals; optional k. */
const NUMBER =
  /(?<![\p{L}\d.,])(?:\d{1,3}(?:([,.\u00A0\u202F ’'])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(k)?(?![\d])/giu;

/**
 * Arabic-Indic and Extended Arabic-Indic digits as ASCII; the Arabic decimal
 * and thousands signs as . and ,; bidirectional marks (which Intl puts
 * around Arabic currency amounts) removed.
 */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

/** The value of a number token as written ("1.500,50" → 1500.5, "1,500" → 1500, "150,00" → 150). */
export function parseAmount(token: string, thousandsSeparator: string | undefined, kilo: boolean): number {
  let digits = token;
  if (thousandsSeparator) digits = digits.split(thousandsSeparator).join('');
  digits = digits.replace(',', '.');
  const value = Number(digits);
  return kilo ? value * 1000 : value;
}

interface NumberToken {
  value: number;
  start: number;
  end: number;
}

function numbersIn(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const kilo = match[2] !== undefined;
    const number = kilo ? raw.slice(0, -1) : raw;
    tokens.push({ value: parseAmount(number, match[1], kilo), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

/** Times, dates, phone numbers and list markers are never money. */
function isNotAmount(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.start - 2), token.start);
  const after = text.slice(token.end, token.end + 2);
  if (/[:/]$/.test(before) || /^[:/]\d/.test(after)) return true; // 10:00, 30/03
  if (/-$/.test(before) && /\d-$/.test(text.slice(Math.max(0, token.start - 3), token.start))) return true; // 2025-03-30
  if (/^-\d/.test(after) && /^\d{4}$/.test(text.slice(token.start, token.end))) return true;
  const lineStart = text.slice(0, token.start).lastIndexOf('\n') + 1;
  const head = text.slice(lineStart, token.start);
  if (/\+[\d\s().-]*$/.test(head)) return true; // +971 4 555 0100
  if (/^\s*$/.test(head) && /^[.)]\s/.test(after)) return true; // "1. Full legs" list markers
  return false;
}

function hasPriceWordBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 80), start);
  const sentence = window.split(SENTENCE_END).at(-1) ?? '';
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  return PRICE_WORDS.test(words.slice(-PRICE_WORD_WINDOW).join(' '));
}

/** Every amount of money `text` states, in order. */
export function findMoneyAmounts(input: string): MoneyMention[] {
  const text = normaliseDigits(input);
  const tokens = numbersIn(text);
  const currencyAfter = tokens.map((t) => firstMatch(CURRENCY_AFTER, text.slice(t.end, t.end + 12)));
  const currencyBefore = tokens.map((t) => firstMatch(CURRENCY_BEFORE, text.slice(Math.max(0, t.start - 8), t.start)));
  const isMoney = tokens.map((token, i) => {
    if (isNotAmount(text, token)) return false;
    if (currencyAfter[i] !== undefined || currencyBefore[i] !== undefined) return true;
    const after = text.slice(token.end, token.end + 14);
    if (UNIT_AFTER.test(after) || !ENDS_AMOUNT.test(after)) return false;
    return hasPriceWordBefore(text, token.start);
  });
  // "150–900 AED": the first end of a range takes the currency of the second.
  for (let i = tokens.length - 2; i >= 0; i--) {
    const [token, next] = [tokens[i]!, tokens[i + 1]!];
    if (
      !isMoney[i] &&
      isMoney[i + 1] &&
      RANGE_JOIN.test(text.slice(token.end, next.start)) &&
      !isNotAmount(text, token)
    ) {
      isMoney[i] = true;
    }
  }
  return tokens.flatMap((token, i) => {
    if (!isMoney[i] || !Number.isFinite(token.value)) return [];
    const start = token.start - (currencyBefore[i]?.length ?? 0);
    const end = token.end + (currencyAfter[i]?.length ?? 0);
    return [{ amount: token.value, text: text.slice(start, end).trim(), index: start }];
  });
}

/** Every discount percentage `text` states ("20% off", "خصم ٢٠٪"). */
export function findDiscounts(input: string): DiscountMention[] {
  const text = normaliseDigits(input).replace(/٪/g, '%');
  const mentions: DiscountMention[] = [];
  for (const match of text.matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?%/gu)) {
    const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
    if (!DISCOUNT_WORDS.test(around)) continue;
    mentions.push({ percent: Number(match[1]!.replace(',', '.')), text: match[0], index: match.index });
  }
  return mentions;
}

/** Every percentage written in `text`, discount or not (what the business's own texts allow). */
export function findPercentages(input: string): number[] {
  const text = normaliseDigits(input).replace(/٪/g, '%');
  return [...text.matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?%/gu)].map((m) => Number(m[1]!.replace(',', '.')));
}

export interface GroundingCheck {
  ok: boolean;
  /** The amounts and discounts stated that the business's data does not contain. */
  ungrounded: string[];
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * Whether every amount of money and every discount in `reply` is one the
 * business's data contains (`amounts`, `percentages`).
 */
export function checkGrounding(
  reply: string,
  allowed: { amounts: Iterable<number>; percentages?: Iterable<number> },
): GroundingCheck {
  const amounts = [...allowed.amounts];
  const percentages = [...(allowed.percentages ?? [])];
  const ungrounded = [
    ...findMoneyAmounts(reply)
      .filter((m) => !amounts.some((a) => same(a, m.amount)))
      .map((m) => m.text),
    ...findDiscounts(reply)
      .filter((d) => !percentages.some((p) => same(p, d.percent)))
      .map((d) => d.text),
  ];
  return { ok: ungrounded.length === 0, ungrounded };
}
