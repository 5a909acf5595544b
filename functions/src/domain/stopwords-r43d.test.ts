/**
 * Indian English courtesy ("kindly confirm") and the business's place called its venue carry no topic: an answer
 * that does not explain them still answers the question. The words around them stay content.
 */
import { describe, expect, it } from 'vitest';
import { isStopword, normalise } from './text.js';

describe('courtesy and the venue as function words', () => {
  it.each(['kindly', 'venue', 'Kindly'])('"%s" is a function word', (word) => {
    expect(isStopword(normalise(word), 'en')).toBe(true);
  });

  it.each(['parking', 'wheelchair', 'confirm', 'facilities'])('"%s" stays content', (word) => {
    expect(isStopword(normalise(word), 'en')).toBe(false);
  });
});
