import type { LanguageCode, Localized } from './business.js';

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
