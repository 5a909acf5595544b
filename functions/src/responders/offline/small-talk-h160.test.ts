/**
 * Greetings and thanks stretched by one doubled letter ("bonsoiir", "helloo"), and the words that only look
 * stretched: spelt with a double letter of their own, or collapsing to a word that is no courtesy.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { classify } from './intents.js';
import { respond } from './offline.js';

const business = fixtureBusiness();

describe('a courtesy with one letter doubled', () => {
  it.each([
    ['bonsoiir 🙂', 'offline:greeting'],
    ['saluut !', 'offline:greeting'],
    ['helloo 👋', 'offline:greeting'],
    ['buongiornoo', 'offline:greeting'],
    ['graciass 🙏', 'offline:thanks'],
  ])('answers %j as %s', (text, responder) => {
    const result = respond(request(business, text));
    expect(result.responder, result.note).toBe(responder);
    expect(result.handoff).toBeUndefined();
  });

  it.each([
    ['the hall is booked', ['en']],
    ['a cool offer', ['en']],
    ['ich brauche ein boot', ['de']],
    ['wij zoeken een goede les', ['en']],
  ] as const)('%j holds no greeting or thanks', (text, languages) => {
    const words = text.split(' ');
    const { intents } = classify(words, [...languages]);
    expect(intents.has('greeting')).toBe(false);
    expect(intents.has('thanks')).toBe(false);
  });
});
