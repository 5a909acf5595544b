import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import { askedUnknownOfferings } from './asked-offering.js';
import type { TextLanguage } from './languages.js';

/** The business wrote about gel nails and manicures, nothing else. */
const KNOWN = new Set(['gel', 'manicur', 'manicure', 'nail', 'nails']);
const known = (term: string) => KNOWN.has(term);

const asked = (text: string, language: TextLanguage) => {
  const analysis = analyse(text, { languages: [language], primary: language });
  return askedUnknownOfferings(analysis, known).map((u) => analysis.words[analysis.positions[u]![0]!]);
};

describe('askedUnknownOfferings', () => {
  it.each<[string, TextLanguage, string]>([
    ['do you do hydrafacial?', 'en', 'hydrafacial'],
    ['hi! do you guys do dermaplaning too?', 'en', 'dermaplaning'],
    ['vocês fazem hidrolipo?', 'pt', 'hidrolipo'],
    ['hacéis presoterapia?', 'es', 'presoterapia'],
    ['vous faites la cryolipolyse ?', 'fr', 'cryolipolyse'],
    ['fate anche la pressoterapia?', 'it', 'pressoterapia'],
    ['macht ihr auch Hydrafacial?', 'de', 'hydrafacial'],
    ['feu radiofreqüència?', 'ca', 'radiofrequencia'],
    // A word of another frame is no thing asked for (the English gist of "Вы продаете корм?").
    ['you do you sell hydrafacial?', 'en', 'hydrafacial'],
    // The price of a thing the business never wrote about is as unknown as the thing.
    ['how much is hydrafacial?', 'en', 'hydrafacial'],
    ['quanto costa la pressoterapia?', 'it', 'pressoterapia'],
    ['was kostet bei euch Microneedling?', 'de', 'microneedling'],
    ['cuánto cuesta la presoterapia?', 'es', 'presoterapia'],
    // "cost" after the thing closes the question: it is no kind of anything.
    ['how much does hydrafacial cost?', 'en', 'hydrafacial'],
    ['how much would a hydrafacial cost', 'en', 'hydrafacial'],
    ['how much cost hydrafacial?', 'en', 'hydrafacial'],
    ['was kostet Microneedling preislich?', 'de', 'microneedling'],
    // Romance languages name the thing first: the unknown word is the thing, the known one a detail.
    ['vocês fazem microblading de unhas?', 'pt', 'microblading'],
    ['fate pressoterapia gel?', 'it', 'pressoterapia'],
    // Nothing known follows the unknown word directly: it is the thing.
    ['do you do hydrafacial for gel nails clients?', 'en', 'hydrafacial'],
    // Each frame asks of its own thing: the manicure is known, the second question's thing is not.
    ['fate la manicure? e quanto costa la pressoterapia?', 'it', 'pressoterapia'],
    // A verb of doing before the thing takes the thing: the thing is what follows it.
    ['cuánto cuesta ponerse presoterapia?', 'es', 'presoterapia'],
    ['combien pour faire une cryolipolyse ?', 'fr', 'cryolipolyse'],
  ])('%j asks for a thing the business never named', (text, language, word) => {
    expect(asked(text, language)).toEqual([word]);
  });

  it.each<[string, TextLanguage]>([
    ['do you do gel nails?', 'en'], // the business writes about gel
    ['do you do manicures on saturdays?', 'en'],
    // A class, a course, a session of a thing the business writes about names that thing.
    ['combien coûte un cours de manucure ?', 'fr'],
    ['quanto costa una seduta di manicure?', 'it'],
    ['cuánto cuesta la sesión de manicura?', 'es'],
    ['do you do it on saturday?', 'en'], // a day, not a thing
    ['do you do anything honestly?', 'en'], // an everyday word
    ['do you do a cheap one?', 'en'], // a concept of the lexicon: the offering check of the lexicon decides
    ['what time do you close?', 'en'], // no frame
    ['can I pay by card for hydrafacial?', 'en'], // a question about payment, not whether it is done
    ['how much is a gel manicure?', 'en'], // the price of what the business does
    ['how much is it on saturdays?', 'en'],
    ['how much does a gel manicure cost?', 'en'],
    ['quanto costa il gel?', 'it'],
    // English and German put the kind first: "kinesio taping" is a kind of taping, "russian manicure" of manicure.
    ['do you do russian manicures? is it extra', 'en'],
    ['macht ihr auch shellac gel?', 'de'],
    // "Poner" (to put on) is no thing: the gel it puts on is.
    ['cuánto cuesta poner el gel?', 'es'],
    ['quanto costa fare la manicure?', 'it'],
  ])('%j names nothing unknown after a frame', (text, language) => {
    expect(asked(text, language)).toEqual([]);
  });
});
