/** Who teaches a lesson (h175): the instructor concept, and words that name a device or a doctor instead. */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('the instructor', () => {
  it.each([
    ['en', 'do any of your teachers speak French?'],
    ['fr', 'vous avez une monitrice pour les enfants ?'],
    ['de', 'habt ihr eine Lehrerin, die Englisch spricht?'],
    ['pt', 'a instrutora fala espanhol?'],
  ] as const)('%s %j names one', (language, text) => {
    expect(conceptsOf(text, language).has('instructor')).toBe(true);
  });

  it.each([
    ['en', 'do I need to wear the heart monitor for 24 hours?'],
    ['en', 'is there a coach from the airport?'],
    ['fr', 'le professeur Martin consulte le jeudi ?'],
  ] as const)('%s %j names none', (language, text) => {
    expect(conceptsOf(text, language).has('instructor')).toBe(false);
  });
});
