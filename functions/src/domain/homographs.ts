/**
 * Words spelt the same for a person and for a thing, told apart by the word
 * before them: French "fils" is a son after a possessive or a number ("mon
 * fils", "un fils", "deux fils") and wires or threads otherwise ("tous ces
 * fils", "fil dentaire"). Said of a person, the word keeps its concept (a
 * child) and loses its spelling as a retrieval term, so that "mon fils a 6
 * ans" does not meet an answer about "tous ces fils" on the head.
 *
 * Only words whose person sense is marked this plainly: a determiner that
 * could go with either sense ("les fils", "des fils") decides nothing.
 */
import type { TextLanguage } from './languages.js';

const FRENCH_PERSON_MARKERS = new Set([
  'mon',
  'ton',
  'son',
  'notre',
  'votre',
  'leur',
  'mes',
  'tes',
  'ses',
  'nos',
  'vos',
  'leurs',
  'un',
  'deux',
  'trois',
  'quatre',
  'petit',
  'grand',
  'beau',
]);

const PERSON_AFTER: Partial<Record<TextLanguage, Readonly<Record<string, ReadonlySet<string>>>>> = {
  fr: { fils: FRENCH_PERSON_MARKERS },
};

/** Whether the word at `i` is a homograph said of a person here (its thing sense must not be matched). */
export function saidOfPerson(words: readonly string[], i: number, languages: readonly TextLanguage[]): boolean {
  const before = words[i - 1];
  if (before === undefined) return false;
  return languages.some((language) => PERSON_AFTER[language]?.[words[i]!]?.has(before) === true);
}
