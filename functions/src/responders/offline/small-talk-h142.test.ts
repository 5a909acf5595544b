/**
 * Small talk as people write it: Catalan and Occitan "adiu", British "ta", Tamazight thanks and greetings, a
 * Portuguese "combinado"; and the near misses that still ask something.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();

describe('small talk', () => {
  it.each([
    ['adiu 👋', 'offline:greeting'],
    ['adiu!!', 'offline:greeting'],
    ['lovely, ta', 'offline:thanks'],
    ['cheers ta 👍', 'offline:thanks'],
    ['tanemmirt 🙏', 'offline:thanks'],
    ['azul fellawen', 'offline:greeting'],
  ])('answers %j as %s', (text, responder) => {
    const result = respond(request(business, text));
    expect(result.responder, result.note).toBe(responder);
    expect(result.handoff).toBeUndefined();
  });

  it('"combinado" is Portuguese, which a French business does not list: the answer is in English', () => {
    const french = { ...business, profile: { ...business.profile, languages: ['fr', 'en', 'ar'] } };
    const result = respond(request(french, 'ok combinado 👍'));
    expect(result.handoff).toBeUndefined();
    expect(result.language).toBe('en');
  });

  it.each([['adiu, obriu dissabte?'], ['ta, and how much is a filling?']])(
    'still answers the question in %j',
    (text) => {
      const result = respond(request(business, text));
      expect(result.responder).not.toMatch(/^offline:(greeting|thanks)$/);
    },
  );
});
