import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../domain/language.js';
import { fixtureBusiness, OPEN_NOW } from '../fixture.test-helper.js';
import { chooseLanguage, lexiconLanguage, read, refersBack } from './understand.js';

describe('chooseLanguage', () => {
  it.each([
    // [message, business languages, contact language, expected]
    ['passam fatura c nif?', ['pt', 'en'], undefined, 'pt'],
    ['como funciona o invisalign?', ['ca', 'es', 'en', 'pt'], undefined, 'pt'],
    ['¿cómo funciona el invisalign?', ['ca', 'es', 'en', 'pt'], undefined, 'es'],
    ['Bonjour, vous êtes ouverts demain ?', ['pt', 'en'], undefined, 'en'],
    ['vous parlez français ?', ['pt', 'en'], undefined, 'en'],
    ["je serre les dents la nuit, j'ai mal à la mâchoire le matin", ['ca', 'es', 'en', 'pt'], undefined, 'en'],
    ['ok', ['pt', 'en'], 'pt', 'pt'],
    ['hola', ['ca', 'es'], undefined, 'ca'],
    // Languages Frontdesk does not read, and languages the business does not list: English if listed, else the default.
    ['Goedemorgen, kan ik morgen langskomen met mijn kat?', ['de', 'fr', 'it', 'en'], undefined, 'en'],
    ['Goedemorgen, kan ik morgen langskomen met mijn kat?', ['de', 'fr'], undefined, 'de'],
    ['Merhaba, randevu alabilir miyim?', ['es', 'en'], undefined, 'en'],
    ['Здравствуйте, сколько стоит?', ['fr', 'ar', 'en'], undefined, 'en'],
    ['hola!!', ['fr', 'ar', 'en'], undefined, 'en'],
    ['precio del tratamiento de keratina?', ['fr', 'en'], undefined, 'en'],
    ['quanto custam as madeixas?', ['fr', 'en'], undefined, 'en'],
    ['precio del tratamiento de keratina?', ['fr', 'de'], undefined, 'fr'],
    // An unsure Catalan guess is never read as German, whatever German words it seems to hold.
    [
      'Què passa si arrib deu minuts tard? Es trànsit pes Passeig Marítim és un desastre',
      ['es', 'de', 'en'],
      undefined,
      'en',
    ],
  ] as const)('%s (%j, contact %s) → %s', (text, languages, contact, expected) => {
    expect(chooseLanguage(detectLanguage(text), { language: contact }, languages)).toBe(expected);
  });
});

describe('lexiconLanguage', () => {
  it.each([
    ['phone number?', ['ca', 'es', 'en'], 'en'],
    ['preu?', ['en', 'ca'], 'ca'],
    ['precio?', ['en', 'es', 'ca'], 'es'],
    ['email?', ['ca', 'es', 'en'], undefined], // a word of every language
    ['phone number?', ['en'], undefined], // one language: nothing to choose
    ['holaa', ['en', 'ar', 'es'], 'es'], // not Arabizi "hala"
    ['رقم التلفون؟', ['en', 'ar'], 'ar'],
  ] as const)('%s (%j) → %s', (text, languages, expected) => {
    expect(lexiconLanguage(text, languages)).toBe(expected);
  });
});

describe('read: a question without a question mark', () => {
  const business = fixtureBusiness();
  it.each([
    ['can i go in with my 7yo during his appointment or do i wait outside', true],
    ['should i bring his vaccination card', true],
    ['are there parking spots nearby', true],
    ['darf ich meinen Hund mitbringen', true],
    ['soll ich vorher etwas essen', true],
    ['he has fleas can i still bring him', true],
    ['she is on antibiotics is that ok', true],
    ['kann ich trotzdem kommen wenn ich erkältet bin', true],
    ["j'ai de la fièvre je peux quand même venir", true],
    ['i want to book a haircut saturday', false],
    ['thanks, see you then', false],
  ] as const)('%j asks: %s', (text, asks) => {
    expect(read(business, {}, text, OPEN_NOW).asks).toBe(asks);
  });
});

describe('read: the clauses that ask', () => {
  const business = fixtureBusiness();
  const askedWords = (text: string) => {
    const reading = read(business, {}, text, OPEN_NOW);
    const { units, positions, words } = reading.search.analysis;
    return units.flatMap((_, u) => (reading.asked(u) ? (positions[u] ?? []).map((p) => words[p]) : []));
  };

  it('a question word in a clause that ends with a full stop tells', () => {
    const asked = askedWords('eu ranjo os dentes quando abro muito a boca. Vocês tratam isso?');
    expect(asked).toContain('tratam');
    expect(asked).not.toContain('abro');
  });

  it('a date’s point ends no clause ("am 24. Dezember?")', () => {
    expect(askedWords('Wie sind Ihre Öffnungszeiten am 24. Dezember?')).toContain('offnungszeiten');
  });

  it('every clause asks in a message without a question mark', () => {
    expect(askedWords('my sister screams for hours when she waxes. does laser hurt')).toContain('hours');
  });
});

describe('refersBack: a short question about the story told before it', () => {
  it.each([
    'voces tratam isso',
    'la seguite voi',
    'lo tratais vosotros',
    'vous pouvez le soigner',
    'can you help with that',
    'تقدرو تعاونوني في هادشي',
    'podeu fer ho',
  ])('%j points back', (question) => {
    expect(refersBack(question.split(' '))).toBe(true);
  });

  it.each(['quanto costa la pulizia', 'do you have parking', 'la depilazione costa tanto'])(
    '%j asks of its own',
    (question) => {
      expect(refersBack(question.split(' '))).toBe(false);
    },
  );
});
