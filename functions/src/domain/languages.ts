/**
 * The languages Frontdesk can serve a customer in. Each one has detection
 * (domain/language.ts), normalisation, stopwords and a stemmer
 * (domain/text.ts), cue words and concepts (domain/lexicon), safety and
 * injection rules, and reply templates (responders/offline/messages).
 * A business may only list these (domain/business.ts refuses others), so
 * no customer is ever answered by a responder that cannot read them.
 *
 * To add a language: add its code here, then follow the compiler — every
 * table keyed by TextLanguage must get an entry.
 */
export const TEXT_LANGUAGES = ['en', 'es', 'fr', 'ar', 'ca', 'pt', 'it', 'de'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export function isTextLanguage(language: string | undefined): language is TextLanguage {
  return (TEXT_LANGUAGES as readonly string[]).includes(language ?? '');
}

/** Each language's name, written in each language (for "this answer is in Spanish"). */
export const LANGUAGE_NAMES: Record<TextLanguage, Record<TextLanguage, string>> = {
  en: {
    en: 'English',
    es: 'Spanish',
    fr: 'French',
    ar: 'Arabic',
    ca: 'Catalan',
    pt: 'Portuguese',
    it: 'Italian',
    de: 'German',
  },
  es: {
    en: 'inglés',
    es: 'español',
    fr: 'francés',
    ar: 'árabe',
    ca: 'valenciano/catalán',
    pt: 'portugués',
    it: 'italiano',
    de: 'alemán',
  },
  fr: {
    en: 'anglais',
    es: 'espagnol',
    fr: 'français',
    ar: 'arabe',
    ca: 'catalan',
    pt: 'portugais',
    it: 'italien',
    de: 'allemand',
  },
  ar: {
    en: 'الإنجليزية',
    es: 'الإسبانية',
    fr: 'الفرنسية',
    ar: 'العربية',
    ca: 'الكتالونية',
    pt: 'البرتغالية',
    it: 'الإيطالية',
    de: 'الألمانية',
  },
  ca: {
    en: 'anglès',
    es: 'castellà',
    fr: 'francès',
    ar: 'àrab',
    ca: 'català',
    pt: 'portuguès',
    it: 'italià',
    de: 'alemany',
  },
  pt: {
    en: 'inglês',
    es: 'espanhol',
    fr: 'francês',
    ar: 'árabe',
    ca: 'catalão',
    pt: 'português',
    it: 'italiano',
    de: 'alemão',
  },
  it: {
    en: 'inglese',
    es: 'spagnolo',
    fr: 'francese',
    ar: 'arabo',
    ca: 'catalano',
    pt: 'portoghese',
    it: 'italiano',
    de: 'tedesco',
  },
  de: {
    en: 'Englisch',
    es: 'Spanisch',
    fr: 'Französisch',
    ar: 'Arabisch',
    ca: 'Katalanisch',
    pt: 'Portugiesisch',
    it: 'Italienisch',
    de: 'Deutsch',
  },
};
