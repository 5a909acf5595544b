import type { LanguageCode, Localized } from './business.js';
import { detectLanguage } from './language.js';

/**
 * Picks the text for `language`, falling back through `fallbacks` (usually
 * the business's languages, default first), then to any language present.
 * Returns the text and the language it is actually in.
 */
export function pickLocalized(
  value: Localized,
  language: LanguageCode | undefined,
  fallbacks: readonly LanguageCode[],
): { text: string; language: LanguageCode } {
  if (typeof value === 'string') return { text: value, language: fallbacks[0] ?? language ?? 'en' };
  for (const lang of [language, ...fallbacks]) {
    const text = lang ? value[lang] : undefined;
    if (text) return { text, language: lang as LanguageCode };
  }
  const [lang, text] = Object.entries(value)[0] ?? ['en', ''];
  return { text, language: lang };
}

/** Every language a Localized value has text in (a plain string counts as `defaultLanguage`). */
export function languagesOf(value: Localized, defaultLanguage: LanguageCode): LanguageCode[] {
  return typeof value === 'string' ? [defaultLanguage] : Object.keys(value);
}

/** All texts of a Localized value with their language. */
export function allTexts(value: Localized, defaultLanguage: LanguageCode): { language: LanguageCode; text: string }[] {
  if (typeof value === 'string') return [{ language: defaultLanguage, text: value }];
  return Object.entries(value).map(([language, text]) => ({ language, text }));
}

/** Fewest words a plain text needs before its language is read from it: a name ("Pasta fresca") is anyone's. */
const FILED_MIN_WORDS = 3;
/** How sure the guess must be: owners of several languages rarely mix them in one text, but a guess can be weak. */
const FILED_CONFIDENCE = 0.5;

/**
 * The language a plain string of a business is in. A plain string is the
 * default language (business.ts), unless it surely reads as another language
 * the business lists: an owner who writes most entries in Italian and a few
 * in English types both as plain text ("Can we leave our suitcases?"), and
 * filing that under Italian would hide it from English readers and answer
 * Italian customers in English without saying so.
 */
export function plainTextLanguage(text: string, languages: readonly LanguageCode[]): LanguageCode | undefined {
  const [defaultLanguage] = languages;
  if (languages.length < 2 || text.trim().split(/\s+/).length < FILED_MIN_WORDS) return defaultLanguage;
  const guess = detectLanguage(text);
  const read = guess.language;
  return read && guess.confidence >= FILED_CONFIDENCE && languages.includes(read) ? read : defaultLanguage;
}

/** A Localized value with a plain string in another listed language filed under that language (see plainTextLanguage). */
export function fileLocalized<T extends Localized | undefined>(value: T, languages: readonly LanguageCode[]): T {
  if (typeof value !== 'string') return value;
  const language = plainTextLanguage(value, languages);
  return (language === undefined || language === languages[0] ? value : { [language]: value }) as T;
}
