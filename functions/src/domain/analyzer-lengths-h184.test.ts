/**
 * A length written in figures as one word ("1h30", "2h", "2hr", "90min") is a duration, not a word the business
 * never wrote; a time of day written alike ("à 9h", "17h30", "um 2h") is not.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './lexicon/concepts.test-helper.js';

describe('lengths written in figures', () => {
  it.each([
    ['fr', 'combien pour 1h30 de trampoline ?'],
    ['en', 'we want a 2hr session for the kids'],
    ['es', '¿cuánto cuesta la sesión de 2h?'],
    ['pt', 'quanto custa 1h30 de aula particular?'],
    ['de', 'was kostet 90min für zwei Kinder?'],
    ['it', 'quanto costa una sessione 1h?'],
  ] as const)('%s "%s" names a length', (language, text) => {
    expect(conceptsOf(text, language)).toContain('duration');
  });

  it.each([
    ['fr', 'vous êtes ouverts samedi à 9h ?'],
    ['fr', 'on peut venir vers 17h30 ?'],
    ['de', 'kann ich um 2h kommen?'],
    ['en', 'can we come at 3h?'],
    ['es', 'abrís el sábado?'],
  ] as const)('%s "%s" names no length', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('duration');
  });
});
