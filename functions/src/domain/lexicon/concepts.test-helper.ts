/** How the concept tables' tests read a customer's phrase. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyzer.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { CONCEPT_TABLE, OFFERING_CONCEPTS } from './concepts.js';

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

/** What a trade's table (a workshop's, a shop's) is checked for beside other businesses' words. */
export interface TradeChecks {
  /** The trade, for the tests' names: "vehicle workshop". */
  trade: string;
  /** Phrases of other businesses that raise none of the table's concepts, in Italian and German too. */
  otherBusinesses: [TextLanguage, string, string][];
  /** A phrase that must not raise a concept when read in English as well, as every message is. */
  notInEnglish: [TextLanguage, string, string][];
  /** A phrase of the trade and one of another business that shares its word. */
  pairs: readonly (readonly [TextLanguage, string, string])[];
  /** The table's concepts that are the customer's own (a car's warning light, the bike itself), not offerings. */
  notOfferings: readonly string[];
}

/** The checks a trade's concept table gets beside the words of the other businesses Frontdesk serves. */
export function describeTradeChecks(table: Readonly<Record<string, unknown>>, checks: TradeChecks): void {
  const ours = (found: Iterable<string>) => [...found].filter((c) => c in table);
  describe(`the ${checks.trade} concepts, read beside other languages`, () => {
    it.each(checks.otherBusinesses)(
      `%s "%s" raises no ${checks.trade} concept, in Italian and German too`,
      (l, text) => {
        expect(ours(conceptsAlsoInItDe(text, l))).toEqual([]);
      },
    );

    it.each(checks.notInEnglish)('%s "%s" is not %s, read in English too', (language, text, concept) => {
      expect([...conceptsOf(text, language), ...conceptsOf(text, 'en')]).not.toContain(concept);
    });

    it.each(checks.pairs)(`%s: "%s" is the ${checks.trade}'s, "%s" is not`, (language, trade, other) => {
      expect(ours(conceptsOf(trade, language)).length).toBeGreaterThan(0);
      expect(ours(conceptsOf(other, language))).toEqual([]);
    });

    it('counts what the trade offers as offerings, not what is the customer’s', () => {
      for (const concept of Object.keys(table))
        expect(OFFERING_CONCEPTS.has(concept as never), concept).toBe(!checks.notOfferings.includes(concept));
    });
  });
}
