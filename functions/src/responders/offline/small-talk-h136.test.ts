/**
 * Blessings said as thanks ("que Dios la bendiga", "Deus te abençoe", "God bless") and the endearments people
 * write beside them ("mijo", "mija") are thanks, answered as small talk; a blessing asked about, or a question with
 * an endearment in it, is still a question.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';
import { isStopword } from '../../domain/text.js';

const business = fixtureBusiness();

describe('blessings as thanks', () => {
  it.each([
    ['muchas gracias mijo, Dios le bendiga', 'offline:thanks'],
    ['bueno gracias, que Dios los bendiga 🙏', 'offline:thanks'],
    ['valeu, Deus te abençoe', 'offline:thanks'],
    ['thank you, God bless 🙏', 'offline:thanks'],
    ['merci, que Dieu vous bénisse', 'offline:thanks'],
    ['gràcies, que Déu us beneeixi', 'offline:thanks'],
  ])('answers %j as %s', (text, responder) => {
    const result = respond(request(business, text));
    expect(result.responder, result.note).toBe(responder);
    expect(result.handoff).toBeUndefined();
  });

  it('still answers a question with an endearment in it', () => {
    const result = respond(request(business, 'mija cuánto cuesta la depilación láser de axilas?'));
    expect(result.responder).not.toBe('offline:thanks');
  });
});

describe('function words added', () => {
  it.each([
    ['mija', 'es', true],
    ['mijo', 'es', true],
    ['porti', 'ca', true],
    // Words of things stay content.
    ['porta', 'ca', false],
    ['bolquers', 'ca', false],
  ] as const)('%s (%s) is a stopword: %s', (word, language, expected) => {
    expect(isStopword(word, language)).toBe(expected);
  });
});
