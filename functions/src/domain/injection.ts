/**
 * Prompt-injection detection, one rule set for every responder: a message
 * is judged by what it tries to do, not by a list of known attack phrases —
 *
 * - `override-rules`: ignore or forget the instructions ("ignore all previous
 *   instructions", "oblida les teues regles");
 * - `reveal-instructions`: show the system prompt or the rules;
 * - `role-play`: become someone else ("you are now DAN", "a partir d'ara ets");
 * - `impersonate-staff`: claim to be the owner or staff and give an order;
 * - `grant-discount`: demand a price of nothing or a large discount;
 * - `dictate-reply`: make the assistant say a given sentence or price;
 * - `fake-system`: text dressed up as a system or developer message;
 * - `extract-data`: ask for other customers' personal data (a list of
 *   patients, their phone numbers) to be sent or given, or as staff.
 *
 * Each is a combination of signals (domain/injection-lexicon.ts) in any
 * supported language, plus a few language-free patterns (percentages,
 * zero prices, role markers). A customer asking "do you have discounts?" or
 * "is the consultation free?" tries none of these.
 */
import { signalLanguages } from './language.js';
import { matchPhrases, PhraseBook, type PhraseMatch, prepareWords } from './lexicon/phrases.js';
import { INJECTION_SIGNALS, type InjectionSignal } from './injection-lexicon.js';
import { expandedWords } from './text.js';

export const INJECTION_KINDS = [
  'override-rules',
  'reveal-instructions',
  'role-play',
  'impersonate-staff',
  'grant-discount',
  'dictate-reply',
  'fake-system',
  'extract-data',
] as const;
export type InjectionKind = (typeof INJECTION_KINDS)[number];

export interface InjectionAssessment {
  attempts: InjectionKind[];
}

const PHRASES = new PhraseBook(INJECTION_SIGNALS);

/** A percentage of at least 50 ("100%", "90 %", "100 percent", "100 por ciento"). */
const BIG_PERCENT = /\b(?:[5-9]\d|100)\s?(?:%|percent|per cent|por ciento|pour cent|per cent|por cento|بالمئه|٪)/i;
/** A price of nothing: "$0", "0 AED", "0€", "for 0", "a 0 euros". */
const ZERO_PRICE =
  /(?:[$€£]\s?0(?![\d.,])|(?<![\d.,])0\s?(?:[$€£]|aed|usd|eur|euros?|dollars?|dirhams?|reais)\b|\b(?:for|to|at|por|a|pour|per|para)\s0(?![\d.,]))/i;
/** Role markers of chat formats, written into a customer's message. */
const FAKE_SYSTEM =
  /(?:^|\n)\s*(?:system|assistant|developer)\s*:|\[\/?(?:inst|system)\]|<\|?(?:im_start|im_end|system)\|?>|###\s*(?:instruction|system)/i;
/** Words in quotes after "say": the reply they want written. */
const QUOTED = /["“«][^"”»]{3,}["”»]/;

/**
 * "Of" or "at" in each language: "the owner of Max", "la dueña de Luna", "der Besitzer von Bello", "employee at
 * Siemens", "Mitarbeiterin bei Bosch", "dipendente presso Esselunga": a role somewhere else.
 */
const OF = new Set([
  'of',
  'de',
  'di',
  'da',
  'do',
  'du',
  'del',
  'della',
  'dello',
  'von',
  'vom',
  'des',
  'dels',
  'at',
  'bei',
  'chez',
  'presso',
  'en',
  'em',
  'na',
  'no',
]);
/** The business itself, owned or run: "the owner of this salon", "la dueña de la clínica". */
const BUSINESS = new Set(
  `this your ce cette votre este esta vuestro vuestra questo questa vostro vostra dieses diesem eurem euer aquest
  aquesta vostre deste desta vosso vossa salon salons clinic clinica clinique klinik shop business place studio
  estudio practice praxis spa center centre centro negocio negoci entreprise institut store tienda loja
  boutique laden geschaft salao barberia barbearia peluqueria cabinet consultorio gabinete`.split(/\s+/),
);

/**
 * A role said of something else: "I'm the owner of Max" owns a dog, not the
 * business; "the owner of this salon" is staff.
 */
function ownsSomethingElse(
  role: PhraseMatch<InjectionSignal>,
  words: readonly string[],
  matches: readonly PhraseMatch<InjectionSignal>[],
): boolean {
  if (!OF.has(words[role.end] ?? '')) return false;
  // "sono il titolare, da oggi…": "da" starts "from today", not "the owner of".
  if (matches.some((m) => m.key === 'fromNow' && m.start === role.end)) return false;
  const next = words.slice(role.end + 1, role.end + 3);
  return !next.some((w) => BUSINESS.has(w));
}

function near(
  a: PhraseMatch<InjectionSignal> | undefined,
  b: PhraseMatch<InjectionSignal> | undefined,
  window: number,
) {
  return a !== undefined && b !== undefined && Math.abs(a.start - b.start) <= window;
}

export function detectInjection(text: string): InjectionAssessment {
  const words = expandedWords(text);
  const matches = matchPhrases(prepareWords(words, signalLanguages(text)), PHRASES);
  const all = (signal: InjectionSignal) => matches.filter((m) => m.key === signal);
  const has = (signal: InjectionSignal) => all(signal).length > 0;
  const pairNear = (x: InjectionSignal, y: InjectionSignal, window: number) =>
    all(x).some((a) => all(y).some((b) => near(a, b, window)));

  const attempts = new Set<InjectionKind>();
  if (pairNear('ignore', 'rules', 5) || pairNear('ignore', 'yourRules', 5)) attempts.add('override-rules');
  if (has('secret') || pairNear('reveal', 'yourRules', 4)) attempts.add('reveal-instructions');
  if (has('rolePlay')) attempts.add('role-play');
  const claimsStaff =
    all('iAm').some((i) =>
      all('staffRole').some(
        (r) => r.start > i.start && r.start - i.start <= 4 && !ownsSomethingElse(r, words, matches),
      ),
    ) || has('authority');
  // A new price "from now on", from someone claiming to be staff, is an order even without an imperative.
  const newPrice = has('fromNow') && has('price') && /\d/.test(text);
  const orders = has('command') || has('say') || newPrice;
  if (claimsStaff && orders) attempts.add('impersonate-staff');
  const nothingToPay =
    (ZERO_PRICE.test(text) || (BIG_PERCENT.test(text) && (has('discount') || has('free')))) && orders;
  const freeForAll = has('free') && has('allPrices') && orders;
  if (nothingToPay || freeForAll || (has('free') && (claimsStaff || attempts.size > 0))) attempts.add('grant-discount');
  const saysQuoted = has('say') && QUOTED.test(text);
  const saysPrice =
    all('say').some((s) => all('price').some((p) => p.start > s.start && p.start - s.start <= 6)) &&
    /\d/.test(text) &&
    (attempts.size > 0 || claimsStaff);
  if (saysQuoted || saysPrice) attempts.add('dictate-reply');
  if (FAKE_SYSTEM.test(text)) attempts.add('fake-system');
  if (has('customerData') && (orders || has('sendMe') || claimsStaff)) attempts.add('extract-data');
  return { attempts: INJECTION_KINDS.filter((k) => attempts.has(k)) };
}
