/**
 * Round 43 (r43c): a greeting or a goodbye said to everyone at the business ("hello everyone", "servus
 * beinand", "ade mitenand", "adiós a todos") is small talk in the customer's language, and the Swiss and
 * Bavarian words for "all of you" and "very much" tell German from French ("merci vilmal").
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();
const german = { ...business, profile: { ...business.profile, languages: ['de', 'en'] } };
const everyLatin = { ...business, profile: { ...business.profile, languages: ['es', 'fr', 'it', 'pt', 'ca', 'en'] } };

describe('a greeting to everyone', () => {
  it.each([
    ['Servus mitanand 👋', 'de'],
    ['Hallo miteinander!', 'de'],
    ['Hoi mitenand', 'de'],
    ['griass eich beinand!', 'de'],
    ['Guten Morgen allerseits', 'de'],
  ])('greets %j in German', (text, language) => {
    const result = respond(request(german, text));
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.responder).toBe('offline:greeting');
    expect(result.language).toBe(language);
  });

  it.each([
    ['Hello everyone 👋', 'en'],
    ['bonjour tout le monde !', 'fr'],
    ['buongiorno a tutti', 'it'],
    ['buenas tardes a todos', 'es'],
    ['bom dia a todos', 'pt'],
  ])('greets %j', (text, language) => {
    const result = respond(request(everyLatin, text));
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.responder).toBe('offline:greeting');
    expect(result.language).toBe(language);
  });
});

describe('thanks and a goodbye to everyone', () => {
  it.each([['Danke vilmal, tschau mitenand'], ['merci vilmal und ade zäme!'], ['Vielen Dank, tschüss miteinander']])(
    'answers %j in German',
    (text) => {
      const result = respond(request(german, text));
      expect(result.handoff, result.note).toBeUndefined();
      expect(result.responder).toMatch(/offline:(thanks|goodbye)/);
      expect(result.language).toBe('de');
    },
  );

  it.each([['adiós a todos!'], ['au revoir à tous'], ['tchau pessoal']])('takes leave on %j', (text) => {
    const result = respond(request(everyLatin, text));
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.responder).toMatch(/offline:(thanks|goodbye)/);
  });
});

describe('not small talk', () => {
  it.each([
    ['Hallo miteinander, was kostet ein Termin am Samstag?'],
    ['hello everyone, how much is a cut for two of us together?'],
  ])('still answers the question in %j', (text) => {
    const result = respond(request(everyLatin, text));
    expect(result.responder).not.toMatch(/offline:(greeting|goodbye)/);
  });
});
