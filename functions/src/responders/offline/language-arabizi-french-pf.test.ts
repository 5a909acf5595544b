/**
 * Arabizi is written mixed with French: an unsure Arabizi guess in a message with French words of its own, at a
 * business that lists French and not Arabic, is answered in French (not in English, the fallback for a language the
 * business does not list). A message in Darija alone, or at a business without French, keeps the fallback.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();
const frenchEnglish = { ...business, profile: { ...business.profile, languages: ['fr', 'en'] } };
const spanishEnglish = { ...business, profile: { ...business.profile, languages: ['es', 'en'] } };

describe('French mixed with Arabizi', () => {
  it.each([['super merci khti'], ["d'accord merci khouya 🙏"], ["ok c'est noté merci khti"]])(
    'answers %j in French',
    (text) => {
      const result = respond(request(frenchEnglish, text));
      expect(result.handoff, result.note).toBeUndefined();
      expect(result.language).toBe('fr');
    },
  );

  it('keeps English at a business without French', () => {
    expect(respond(request(spanishEnglish, 'ok merci khoya')).language).toBe('en');
  });

  it('keeps English for thanks in English with an Arabizi word', () => {
    expect(respond(request(frenchEnglish, 'ok thanks a lot habibi')).language).toBe('en');
  });
});
