/**
 * Basque small talk inside Spanish and French conversations: thanks ("eskerrik asko", "mila esker"), goodbyes
 * ("agur", "ikusi arte") and greetings ("kaixo", "egun on"); and the near misses that still ask something.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();

describe('Basque small talk', () => {
  it.each([
    ['mila esker 🙏', 'offline:thanks'],
    ['eskerrik asko bihotzez!', 'offline:thanks'],
    ['milesker, ikusi arte', 'offline:thanks'],
    ['kaixo!', 'offline:greeting'],
    ['egun on 😊', 'offline:greeting'],
  ])('answers %j as %s', (text, responder) => {
    const result = respond(request(business, text));
    expect(result.responder, result.note).toBe(responder);
    expect(result.handoff).toBeUndefined();
  });

  it.each([['agur, ikusi arte!'], ['gero arte 👋']])('takes %j as small talk, not a question', (text) => {
    const result = respond(request(business, text));
    expect(result.responder, result.note).toMatch(/^offline:(greeting|thanks|goodbye)$/);
    expect(result.handoff).toBeUndefined();
  });

  it.each([['eskerrik asko 🙏'], ['mila esker, agur!']])(
    'answers %j in Spanish at a business that lists Spanish and English',
    (text) => {
      const bilingual = { ...business, profile: { ...business.profile, languages: ['es', 'en'] } };
      const result = respond(request(bilingual, text));
      expect(result.handoff).toBeUndefined();
      expect(result.language).toBe('es');
    },
  );

  it.each([['kaixo, how much is a filling?'], ['mila esker, and are you open on Saturday?']])(
    'still answers the question in %j',
    (text) => {
      const result = respond(request(business, text));
      expect(result.responder).not.toMatch(/^offline:(greeting|thanks|goodbye)$/);
    },
  );
});
