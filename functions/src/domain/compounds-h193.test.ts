/**
 * German memberships written as one word with their period ("Monatsmitgliedschaft", "Jahresmitgliedschaft") meet
 * the owner's "membership" (h193): the head is split off; a word that only ends like it is not.
 */
import { describe, expect, it } from 'vitest';
import { splitGermanCompound } from './compounds.js';
import { conceptsOf } from './lexicon/concepts.test-helper.js';
import { normalise } from './text.js';

describe('German membership compounds (h193)', () => {
  it.each([
    ['monatsmitgliedschaft', ['monats', 'mitgliedschaft']],
    ['jahresmitgliedschaft', ['jahres', 'mitgliedschaft']],
    ['familienmitgliedschaften', ['familien', 'mitgliedschaften']],
  ])('splits %s', (word, parts) => {
    expect(splitGermanCompound(word)).toEqual(parts);
  });

  it('leaves the bare head and short modifiers whole', () => {
    expect(splitGermanCompound('mitgliedschaft')).toEqual(['mitgliedschaft']);
    expect(splitGermanCompound('mitglied')).toEqual(['mitglied']);
  });

  it('reads a membership in the compound', () => {
    expect(conceptsOf(normalise('Was kostet bei euch die Jahresmitgliedschaft?'), 'de')).toContain('package');
  });
});
