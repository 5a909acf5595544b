/**
 * A German message as standard German, before anything else reads it:
 * Swiss, Austrian, Bavarian and South Tyrolean words spelt out
 * (domain/dialects.ts), so that "Chönnt ich en Termin für d Impfig
 * übercho?" is read as "könnte ich einen Termin für die Impfung
 * bekommen?" by the cues, the dates, retrieval and the safety rules.
 *
 * Only a message read as German is rewritten ("no", "is", "do", "me" are
 * English, "si", "mi", "di" Italian and Spanish), and the sound rules of
 * the dialects only reach words the business wrote in German or the
 * lexicon knows: a Swiss "Entwurmig" becomes the business's "Entwurmung".
 */
import { nineAsSad, writesNineAsSad } from '../../domain/arabizi.js';
import type { Business, Localized } from '../../domain/business.js';
import { germanVocabulary, joinSeparableVerbs, type KnownWord, standardGermanText } from '../../domain/dialects.js';
import { englishGist } from '../../domain/foreign.js';
import { detectInjection, type InjectionAssessment } from '../../domain/injection.js';
import { assessSafety, type SafetyAssessment } from '../../domain/safety.js';
import { detectLanguage } from '../../domain/language.js';
import { COMMON_WORDS } from '../../domain/lexicon/common-words.js';
import { conceptVocabulary } from '../../domain/lexicon/concepts.js';
import { allTexts } from '../../domain/localized.js';
import { words } from '../../domain/text.js';
import type { ContactMemory } from '../responder.js';

const vocabularies = new WeakMap<Business, KnownWord>();

let lexicon: KnownWord | undefined;
/** The lexicon's German, every business's: made once. */
const lexiconGerman = () => (lexicon ??= germanVocabulary([...COMMON_WORDS.de, ...conceptVocabulary('de')]));

/** Every word the business wrote in German, with the lexicon's German: what the sound rules may turn a word into. */
function germanOf(business: Business): KnownWord {
  const cached = vocabularies.get(business);
  if (cached) return cached;
  const fallback = business.profile.languages[0] ?? 'de';
  const texts: string[] = [];
  const push = (value: Localized | undefined) => {
    if (value === undefined) return;
    for (const t of allTexts(value, fallback))
      if (t.language === 'de' || t.language.startsWith('de-')) texts.push(t.text);
  };
  push(business.profile.description);
  for (const qa of business.qa) [qa.question, qa.answer].forEach(push);
  for (const a of business.knowledge) [a.title, a.body].forEach(push);
  for (const p of business.policies) [p.title, p.text].forEach(push);
  for (const s of business.services) {
    [s.name, s.category, s.description, s.priceNote].forEach(push);
    s.variants.forEach((v) => push(v.name));
  }
  const known = germanVocabulary(
    texts.flatMap((t) => words(t)).filter((w) => /^\p{L}{3,}$/u.test(w)),
    lexiconGerman(),
  );
  vocabularies.set(business, known);
  return known;
}

/**
 * Whether to read a message as German: detection says so, surely or not on the
 * strength of English words mixed in; or detection cannot tell and the
 * conversation is in German.
 */
export function readsAsGerman(text: string, contact: ContactMemory, guess = detectLanguage(text)): boolean {
  if (guess.language !== undefined) {
    return guess.language === 'de' && (guess.confidence >= 0.4 || guess.scores.en * 2 <= guess.scores.de);
  }
  const top = Math.max(...Object.values(guess.scores));
  return contact.language === 'de' && guess.scores.de > 0 && guess.scores.de >= top;
}

/**
 * The ways to read a message: in standard German first if it is German and
 * the dialect (or a verb split around the question, "habt ihr am 30. auf?")
 * changed it, and as written; as written, then in its English gist, if it
 * is in a language Frontdesk does not read (domain/foreign.ts). Without a
 * business the sound rules reach only the lexicon's German.
 */
export function spokenForms(text: string, business?: Business, contact: ContactMemory = {}): string[] {
  const guess = detectLanguage(text);
  // A language Frontdesk does not read is also read in its English gist: "внезапно пропал слух" is "suddenly lost
  // my hearing" to the safety rules, which read English.
  if (guess.other) return [text, englishGist(text, guess.other)];
  // Gulf and Levantine Arabizi write 9 for ص ("ana 9ayma", I am fasting), the lexicon's Darija for ق.
  if (guess.language === 'ar' && /[a-z]9|9[a-z]/i.test(text) && !/[\u0600-\u06ff]/.test(text)) {
    const eastern = writesNineAsSad(words(text), business?.profile.timezone);
    const read = eastern ? nineAsSad(text) : text;
    return read === text ? [text] : [read, text];
  }
  if (!readsAsGerman(text, contact, guess)) return [text];
  const standard = joinSeparableVerbs(standardGermanText(text, business ? germanOf(business) : undefined));
  return standard === text ? [text] : [standard, text];
}

/** The message in standard German if it is German, else as written. */
export function standardMessage(business: Business, contact: ContactMemory, text: string): string {
  return spokenForms(text, business, contact)[0]!;
}

/**
 * A rule's verdict on the first form of a message it flags, else on the
 * first form: a danger or an instruction said in dialect is read in
 * standard German, and as written too, should a rule know the dialect word.
 */
function flaggedIn<T>(forms: readonly string[], check: (text: string) => T, flagged: (verdict: T) => boolean): T {
  const first = check(forms[0]!);
  if (flagged(first)) return first;
  for (const form of forms.slice(1)) {
    const verdict = check(form);
    if (flagged(verdict)) return verdict;
  }
  return first;
}

/**
 * The emergency any form of a message describes (domain/safety.ts), else the
 * first form's verdict (no emergency). The offline responder, the LLM
 * engine's safety rules and the booking dialogue all ask this one question.
 */
export const emergencyIn = (forms: readonly string[]): SafetyAssessment =>
  flaggedIn(forms, assessSafety, (verdict) => verdict.emergency !== null);

/** The instructions to the assistant any form of a message holds (domain/injection.ts), else the first form's verdict. */
export const injectionIn = (forms: readonly string[]): InjectionAssessment =>
  flaggedIn(forms, detectInjection, (verdict) => verdict.attempts.length > 0);
