/**
 * Round 41 (h189): an unsure guess of a language the business does not list ("allo" is Italian "to the") yields
 * to the listed language the lexicon finds in more of its words; and goodbyes said as wishes ("que tengan buen fin de semana", "tenham um bom dia") are small talk, not questions.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();
const frenchEnglish = { ...business, profile: { ...business.profile, languages: ['fr', 'en'] } };
const everyLatin = { ...business, profile: { ...business.profile, languages: ['es', 'pt', 'ca', 'en'] } };

describe('a short greeting or thanks in a listed language that looks like another', () => {
  it.each([['allo!'], ['allo 🙂'], ['Allo 👋']])('answers %j in French', (text) => {
    const result = respond(request(frenchEnglish, text));
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.language).toBe('fr');
  });

  it('keeps the guess when its own lexicon knows the words as well ("ciao" is Italian first)', () => {
    const germanEnglish = { ...business, profile: { ...business.profile, languages: ['de', 'en'] } };
    expect(respond(request(germanEnglish, 'ciao!')).language).toBe('en');
  });

  it('still answers English in English', () => {
    expect(respond(request(frenchEnglish, 'hello! thanks a lot')).language).toBe('en');
  });
});

describe('goodbyes said as wishes', () => {
  it.each([
    ['gracias!! que tengan un buen fin de semana'],
    ['mil gracias, que les vaya bien'],
    ['obrigada! tenham um bom fim de semana'],
    ['merci! que tingueu bon cap de setmana'],
  ])('answers %j as small talk', (text) => {
    const result = respond(request(everyLatin, text));
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.responder).toMatch(/offline:(thanks|goodbye)/);
  });

  it('still answers a question that opens with "que"', () => {
    const result = respond(request(everyLatin, 'gracias, ¿que horario tienen el sábado?'));
    expect(result.responder).not.toMatch(/offline:(thanks|goodbye)/);
  });
});
