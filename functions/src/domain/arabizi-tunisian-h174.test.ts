/**
 * Tunisian and Libyan function words in Arabizi ("chnowa" what, "bech" to, "famma" there is, "mta3" of, "lazem"
 * must, "barcha" a lot) are grammar, not content; they mark a Latin-script message as Arabic, and a greeting
 * "aslema" alone is Arabic. Moroccan and Algerian Darija read as before.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { isStopword } from './text.js';

describe('Tunisian and Libyan Arabizi function words (h174)', () => {
  it.each(['chnowa', 'bech', 'famma', 'mta3', 'lazem', 'barcha', 'tawa', 'kifeh', 'zeda'])(
    '%s is a stopword in Arabic',
    (word) => expect(isStopword(word, 'ar')).toBe(true),
  );

  // "9adech", "9adeh" ask how much: the price concept reads them.
  it.each(['sabbat', 'nelbes', 'nata2ij', 't7ellou', 'charguia', '9adech', '9adeh'])('%s is content', (word) =>
    expect(isStopword(word, 'ar')).toBe(false),
  );

  it('keeps them Arabic words: French does not drop them', () => {
    expect(isStopword('bech', 'fr')).toBe(false);
  });

  it.each(['aslema', 'aslema 😊', '3aslema', 'chnowa famma tawa?', 'famma rdv ghodwa?', 'ena mouch fahem barcha'])(
    'reads "%s" as Arabic',
    (text) => expect(detectLanguage(text).language).toBe('ar'),
  );

  it.each([
    ['bonjour, il y a de la place demain ?', 'fr'],
    ['la fama del dottore è grande', 'it'],
  ])('still reads "%s" as %s', (text, language) => expect(detectLanguage(text).language).toBe(language));

  it.each(['wach kayn rdv ghedwa?', 'salam, bghit nakhod rendez-vous'])('still reads Darija "%s" as Arabic', (text) =>
    expect(detectLanguage(text).language).toBe('ar'),
  );
});
