/**
 * Algerian courtesies ("sahit", "صحيتو", "ربي يجازيكم") and Kabyle greetings with the hyphen Kabyle writes
 * ("azul fell-awen", "azul fell-ak"): small talk, answered in the business's language (Arabic for the Arabizi
 * thanks when the business lists Arabic); and the near misses that still ask something.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();
const french = { ...business, profile: { ...business.profile, languages: ['fr', 'ar'] } };

describe('Kabyle greetings as Kabyle writes them', () => {
  it.each([['azul fell-akum !'], ['Azul fell-am 🌸'], ['azul fell-akent']])('answers %j as a greeting', (text) => {
    const result = respond(request(french, text));
    expect(result.responder, result.note).toBe('offline:greeting');
    expect(result.handoff).toBeUndefined();
    expect(result.language).toBe('fr');
  });

  it('does not take the colour "azul" for a greeting', () => {
    const result = respond(request(business, 'tienen el modelo en azul?'));
    expect(result.responder).not.toBe('offline:greeting');
  });
});

describe('Algerian thanks', () => {
  it.each([['sahitou bezzaf khti'], ['sa7it kho, merci'], ['صحيت خويا'], ['الله يجازيكم ويحفظكم']])(
    'answers %j as thanks, in Arabic',
    (text) => {
      const result = respond(request(french, text));
      expect(result.responder, result.note).toBe('offline:thanks');
      expect(result.handoff).toBeUndefined();
      expect(result.language).toBe('ar');
    },
  );

  it.each([['sahit, w ch7al el consultation?'], ['صحيتو، وقتاش تحلو غدوة؟']])(
    'still answers the question in %j',
    (text) => {
      const result = respond(request(french, text));
      expect(result.responder).not.toBe('offline:thanks');
    },
  );
});
