/** How the concept tables' tests read a customer's phrase. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyzer.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { CONCEPT_TABLE } from './concepts.js';

/** The concepts found in `text`, read in `languages` (the first is the text's own). */
export function conceptsIn(text: string, ...languages: [TextLanguage, ...TextLanguage[]]): Set<string> {
  const read = [...new Set(languages)];
  return new Set(analyse(text, { languages: read, primary: languages[0] }).concepts.map((c) => c.key as string));
}

/** The concepts of `text` in its language. */
export const conceptsOf = (text: string, language: TextLanguage) => conceptsIn(text, language);

/** Read as a business listing Italian and German reads it: a word of theirs must not mean something else here. */
export const conceptsAlsoInItDe = (text: string, language: TextLanguage) => conceptsIn(text, language, 'it', 'de');

/** A customer's phrase per language for each concept of a table. */
export type ConceptExamples = [string, [TextLanguage, string][]][];

/**
 * The tests every vertical's concept table gets: each concept found in a
 * customer's phrase in every language, an example in every language for
 * every concept, words that mean something else nearby not read as one,
 * and no concept an older table already defines.
 */
export function describeConceptTable(
  title: string,
  table: Readonly<Record<string, unknown>>,
  examples: ConceptExamples,
  notRead: [TextLanguage, string, string][],
): void {
  describe(title, () => {
    it.each(examples)('finds %s in every language', (concept, phrases) => {
      for (const [language, text] of phrases)
        expect(conceptsOf(text, language), `${language}: ${text}`).toContain(concept);
    });

    it('has an example in every language for every concept', () => {
      for (const concept of Object.keys(table)) {
        const covered = new Set(examples.find(([c]) => c === concept)?.[1].map(([l]) => l));
        for (const language of TEXT_LANGUAGES) expect(covered.has(language), `${concept} in ${language}`).toBe(true);
      }
    });

    it.each(notRead)('does not read %s "%s" as %s', (language, text, concept) => {
      expect(conceptsOf(text, language)).not.toContain(concept);
    });

    it('adds concepts without replacing one an older table defines', () => {
      const older = Object.keys(CONCEPT_TABLE).filter((k) => !(k in table));
      for (const concept of Object.keys(table)) expect(older, concept).not.toContain(concept);
    });
  });
}
