/** How the concept tables' tests read a customer's phrase. */
import { analyse } from '../analyzer.js';
import type { TextLanguage } from '../languages.js';

/** The concepts found in `text`, read in `languages` (the first is the text's own). */
export function conceptsIn(text: string, ...languages: [TextLanguage, ...TextLanguage[]]): Set<string> {
  const read = [...new Set(languages)];
  return new Set(analyse(text, { languages: read, primary: languages[0] }).concepts.map((c) => c.key as string));
}

/** The concepts of `text` in its language. */
export const conceptsOf = (text: string, language: TextLanguage) => conceptsIn(text, language);

/** Read as a business listing Italian and German reads it: a word of theirs must not mean something else here. */
export const conceptsAlsoInItDe = (text: string, language: TextLanguage) => conceptsIn(text, language, 'it', 'de');
