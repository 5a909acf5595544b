import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../abbreviations.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { isStopword, normalise } from '../text.js';
import { COMMON_WORDS, isCommonWord } from './common-words.js';
import { findConcepts } from './concepts.js';
import { prepareWords } from './phrases.js';

const each = (check: (word: string, language: TextLanguage) => boolean) =>
  TEXT_LANGUAGES.flatMap((language) => [...COMMON_WORDS[language]].filter((w) => !check(w, language)));

describe('COMMON_WORDS', () => {
  it.each(TEXT_LANGUAGES)('has at least 300 words in %s', (language) => {
    expect(COMMON_WORDS[language].size).toBeGreaterThanOrEqual(300);
  });

  it('holds every word in normalised form', () => {
    expect(each((w) => normalise(w) === w)).toEqual([]);
  });

  it('holds no stopword of its language', () => {
    expect(each((w, language) => !isStopword(w, language))).toEqual([]);
  });

  it('holds no chat shorthand, which is spelt out before any word is read', () => {
    expect(each((w, language) => !ABBREVIATIONS[language].has(w))).toEqual([]);
  });

  it('holds no word that raises a concept of its language', () => {
    const raising = TEXT_LANGUAGES.flatMap((language) =>
      [...COMMON_WORDS[language]].flatMap((w) =>
        findConcepts(prepareWords([w], [language])).map((m) => `${language}:${w}→${m.key}`),
      ),
    );
    expect(raising).toEqual([]);
  });
});

describe('isCommonWord', () => {
  it.each<[string, TextLanguage, boolean]>([
    ['annoying', 'en', true],
    ['honestly', 'en', true],
    ['lately', 'en', true],
    ['lowkey', 'en', true],
    ['prolly', 'en', true],
    ['ugh', 'en', true],
    ['bunch', 'en', true],
    ['weird', 'en', true],
    ['forgot', 'en', true],
    ['alot', 'en', true],
    ['tbf', 'en', true],
    ['price', 'en', false], // a concept
    ['parking', 'en', false],
    ['really', 'en', false], // a stopword: retrieval never weighs it
    ['harta', 'es', true],
    ['falta', 'es', true], // "hace falta": spelt right, not a typo for "faltar" (to miss an appointment)
    ['falta', 'pt', true],
    ['perco', 'pt', true], // forms of perder (to lose, to miss): not typos for "perto" (near)
    ['perdi', 'pt', true],
    ['perdeu', 'pt', true],
    ['zwingend', 'de', true], // not a typo for "Zwinger" (a kennel)
    ['bisserl', 'de', true], // "brauch" (need) is a stopword now (../stopwords.ts), as English "need" is
    ['abito', 'it', true], // not a typo for "alito" (breath)
    ['últimamente', 'es', true],
    ['intenté', 'es', true],
    ['ostras', 'es', true],
    ['chévere', 'es', true],
    ['wey', 'es', true],
    ['bastante', 'es', true],
    ['jajaja', 'es', true],
    ['aver', 'es', true],
    ['rollo', 'es', true],
    ['flipando', 'es', true],
    ['precio', 'es', false],
    ['seguro', 'es', false], // insurance
    ['énervant', 'fr', true],
    ['carrément', 'fr', true],
    ['récemment', 'fr', true],
    ['truc', 'fr', true],
    ['relou', 'fr', true],
    ['pantoute', 'fr', true],
    ['tsé', 'fr', true],
    ['jai', 'fr', true],
    ['mdr', 'fr', true],
    ['marre', 'fr', true],
    ['galère', 'fr', true],
    ['annuler', 'fr', false],
    ['peur', 'fr', false], // fear is a concept
    ['stufo', 'it', true],
    ['parecchio', 'it', true],
    ['ultimamente', 'it', true],
    ['mannaggia', 'it', true],
    ['daje', 'it', true],
    ['uè', 'it', true],
    ['roba', 'it', true],
    ['mica', 'it', true],
    ['po', 'it', true], // "un po'"
    ['scocciato', 'it', true],
    ['ahah', 'it', true],
    ['disdire', 'it', false],
    ['nervt', 'de', true],
    ['irgendwie', 'de', true],
    ['übrigens', 'de', true],
    ['uebrigens', 'de', true], // as typed without umlauts
    ['lästig', 'de', true],
    ['laestig', 'de', true],
    ['ständig', 'de', true],
    ['öppis', 'de', true], // Swiss
    ['oeppis', 'de', true],
    ['leiwand', 'de', true], // Austrian
    ['digga', 'de', true],
    ['termin', 'de', false],
    ['farta', 'ca', true],
    ['últimament', 'ca', true],
    ['estoneta', 'ca', true],
    ['gairebé', 'ca', true],
    ['vore', 'ca', true], // Valencian
    ['eixe', 'ca', true],
    ['renoi', 'ca', true],
    ['embolic', 'ca', true],
    ['potser', 'ca', true],
    ['flipant', 'ca', true],
    ['aparcar', 'ca', false],
    ['chateado', 'pt', true],
    ['esqueci', 'pt', true],
    ['bué', 'pt', true],
    ['porreiro', 'pt', true],
    ['uai', 'pt', true],
    ['rsrs', 'pt', true],
    ['treco', 'pt', true],
    ['ultimamente', 'pt', true],
    ['calhar', 'pt', true], // "se calhar"
    ['maneiro', 'pt', true],
    ['preço', 'pt', false],
    ['بصراحة', 'ar', true],
    ['زهقت', 'ar', true],
    ['داكشي', 'ar', true],
    ['وايد', 'ar', true],
    ['اوي', 'ar', true],
    ['wallah', 'ar', true],
    ['inshallah', 'ar', true],
    ['fe3lan', 'ar', true],
    ['bsara7a', 'ar', true],
    ['ewa', 'ar', true],
    ['zaama', 'ar', true],
    ['chwiya', 'ar', true],
    ['ma3lesh', 'ar', true],
    ['سعر', 'ar', false],
    ['se3r', 'ar', false],
  ])('%s in %s → %s', (raw, language, expected) => {
    expect(isCommonWord(normalise(raw), language)).toBe(expected);
  });

  it('reads a word as a word of its own language only', () => {
    expect(isCommonWord('wallah', 'en')).toBe(false);
    expect(isCommonWord('stufo', 'de')).toBe(false);
  });

  it('reads Arabic script as Arabic whatever the language', () => {
    expect(isCommonWord(normalise('بصراحة'), 'fr')).toBe(true);
  });

  it('reads a word of any language when none is given', () => {
    expect(isCommonWord('wallah')).toBe(true);
    expect(isCommonWord('irgendwie')).toBe(true);
    expect(isCommonWord('parking')).toBe(false);
  });
});

describe('Portuguese everyday words never corrected into a concept', () => {
  it.each(['menos', 'logo', 'porque'])('%s', (word) => {
    // "mais ou menos" was corrected to "menor" (a minor) and asked about children.
    expect(isCommonWord(word, 'pt')).toBe(true);
  });
});
