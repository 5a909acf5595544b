/**
 * A class for visitors read as they write to it: "a person" counted is no request for a person, a clause that
 * opens with "because" after a question tells why they ask, lunch told around a question asks no opening hours,
 * and the visitors' concepts (luggage, coming alone, leftovers, hints) find the business's own entry across
 * languages, with a backstory around the question.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT, request } from '../fixture.test-helper.js';
import { said } from './complaint.test-helper.js';
import { asksForPerson } from './complaint.js';
import { respond } from './offline.js';

describe('asksForPerson: "a person" counted or said of the customer', () => {
  it.each([
    'vengo in città per qualche giorno, posso venire anche se sono una persona sola?',
    'is the price for a person or for the whole group?',
    'je viens, une personne seule, il reste de la place ?',
    'para una persona cuánto sale?',
  ])('asks for nobody: %s', (text) => {
    expect(asksForPerson(said(text))).toBe(false);
  });

  it.each([
    'vorrei parlare con una persona, per favore',
    'can I talk to a person please',
    'quiero hablar con una persona, no con un bot',
    'je suis seule et je voudrais parler à une personne',
  ])('still asks for a person: %s', (text) => {
    expect(asksForPerson(said(text))).toBe(true);
  });
});

/** The fixture clinic, in English and Italian, with a class's entries for visitors. */
const school = businessFrom({
  ...FIXTURE_INPUT,
  profile: { ...(FIXTURE_INPUT.profile as Record<string, unknown>), languages: ['it', 'en'] },
  qa: [
    ...FIXTURE_INPUT.qa!,
    {
      id: 'bags',
      question: { it: 'Possiamo lasciare le valigie da voi?', en: 'Can we leave our suitcases with you?' },
      answer: { it: 'Sì, in una stanza sul retro, gratis.', en: 'Yes, in a back room, free of charge.' },
    },
    {
      id: 'take-away',
      question: { it: 'Possiamo portare a casa gli avanzi?' },
      answer: { it: 'Sì, vi diamo un contenitore per quello che resta.' },
    },
    {
      id: 'first-timers',
      question: { it: 'Bisogna saper già cucinare?' },
      answer: { it: 'No, si parte da zero: vi mostriamo ogni passaggio.' },
    },
  ],
});

describe('a visitor asking a class, with a story around the question', () => {
  it.each([
    ['viajamos con las maletas, ¿podemos dejar el equipaje en la escuela? el tren sale a las 18', 'bags'],
    ['est-ce qu’on peut emporter les restes ? mes enfants mangent très peu le midi', 'take-away'],
    ['honestly we have never cooked anything at all, will we slow the group down?', 'first-timers'],
  ])('answers "%s" with %s', (text, id) => {
    const reply = respond(request(school, text));
    expect(reply.sources, reply.note).toContain(id);
    expect(reply.handoff, reply.note).toBeUndefined();
  });

  it('still hands over a request for a person said beside being alone', () => {
    const reply = respond(request(school, 'sono da sola, posso parlare con una persona del team?'));
    expect(reply.handoff?.reason).toBe('requested');
  });
});

describe('a clause opening with "because" after a question', () => {
  it('tells why, and its lunch asks no opening hours', () => {
    const reply = respond(request(school, 'do you have parking? because at lunchtime we drive in from Pisa'));
    expect(reply.sources, reply.note).toContain('parking');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.note ?? '').not.toMatch(/hours/);
  });

  it('still asks when it ends with a question mark of its own ("perché" asking why)', () => {
    const reply = respond(request(school, 'avete un parcheggio? perché chiudete a pranzo?'));
    expect(reply.note ?? '').toMatch(/hours/);
  });
});
