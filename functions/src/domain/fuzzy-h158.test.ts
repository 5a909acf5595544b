/**
 * Arabizi's digit-letters are consonants written on purpose: a word without them is not a typo of one with them
 * ("shahri", monthly, is not "sha3ri", my hair), while ordinary typos are still corrected.
 */
import { describe, expect, it } from 'vitest';
import { Vocabulary } from './fuzzy.js';

describe('typo correction and Arabizi digits (h158)', () => {
  const vocabulary = new Vocabulary(['sha3ri', 'ma3ak', 'sa3at', 'cancellation', 'shampoo']);

  it.each(['shahri', 'saaat', 'maaak'])('does not correct %s towards a word with a digit-letter', (word) => {
    expect(vocabulary.correct(word)).toBeUndefined();
  });

  it.each([
    ['cancelation', 'cancellation'],
    ['shampo', 'shampoo'],
  ])('still corrects %s to %s', (typo, word) => {
    expect(vocabulary.correct(typo)?.word).toBe(word);
  });
});
