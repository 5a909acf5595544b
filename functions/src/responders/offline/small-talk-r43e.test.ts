/**
 * Round 43 (r43e): an arrangement agreed ("fica combinado então", "quedamos así", "abgemacht") closes a
 * conversation like "ok": an acknowledgement, not a question to hand off; a question that follows still is one.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();
const every = {
  ...business,
  profile: { ...business.profile, languages: ['en', 'es', 'fr', 'ar', 'ca', 'pt', 'it', 'de'] },
};

describe('an arrangement agreed is an acknowledgement', () => {
  it.each([
    ['pt', 'então fica combinado, obrigada'],
    ['pt', 'ok fica assim então 👍'],
    ['es', 'perfecto, quedamos así entonces'],
    ['es', 'trato hecho!'],
    ['fr', "c'est entendu alors"],
    ['it', 'allora siamo intesi'],
    ['de', 'abgemacht 👍'],
    ['ca', "d'acord, quedem així"],
    ['en', "great, that's settled then"],
    ['ar', 'تمام اتفقنا'],
  ])('%s: %j', (_language, text) => {
    const result = respond(request(every, text));
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.responder).toMatch(/offline:(ack|thanks|goodbye)/);
  });

  it.each([['fica combinado o preço para quatro pessoas?'], ['quedamos así, pero ¿cuánto cuesta la sesión?']])(
    'still reads a question beside it: %j',
    (text) => {
      expect(respond(request(every, text)).responder).not.toBe('offline:ack');
    },
  );
});
