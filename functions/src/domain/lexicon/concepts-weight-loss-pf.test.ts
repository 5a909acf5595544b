/**
 * Losing weight as customers ask it of a gym or a programme ("how many kilos will I lose?", "quantos quilos eu
 * perco?", "كم كيلو انزل"): the diet concept, in every language; and "alhamdulillah" as it is typed in Latin
 * letters ("hamdella", "hamdoullah"), an everyday word of French and Arabizi chat, no topic.
 */
import { describe, expect, it } from 'vitest';
import { isCommonWord } from './common-words.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('losing weight raises the diet concept', () => {
  it.each([
    ['en', 'how many kilos will i lose in a month with you?'],
    ['en', 'I really want to slim down before the wedding'],
    ['es', 'cuántos kilos se pierden con el programa?'],
    ['es', 'quiero bajar de peso rápido'],
    ['fr', 'combien de kilos je perds en 8 semaines ?'],
    ['fr', 'je voudrais perdre des kilos avant l été'],
    ['it', 'quanti chili perdo in tre mesi?'],
    ['de', 'wie viel nehme ich ab im Monat?'],
    ['de', 'wie schnell nimmt man ab bei euch?'],
    ['ca', 'quants quilos es perden amb el pla?'],
    ['pt', 'quantos quilos a gente perde em 12 semanas?'],
    ['pt', 'quero emagrecer antes das férias'],
    ['ar', 'كم كيلو انزل بالشهر؟'],
    ['ar', 'ابي انزل وزن قبل العيد'],
  ] as const)('%s: %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('diet');
  });

  it.each([
    ['en', 'I lost my keys in the changing room'],
    ['es', 'perdí el bono, qué hago?'],
    ['pt', 'perdi a aula de ontem, posso repor?'],
    ['fr', "j'ai perdu ma carte de membre"],
    ['ar', 'انزل من السيارة وين؟'],
  ] as const)('not %s: %s', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('diet');
  });
});

describe('alhamdulillah in Latin letters is an everyday word', () => {
  it.each(['hamdella', 'hamdellah', 'hamdoullah', 'hamdulillah', 'hamdolah'])('%s', (word) => {
    expect(isCommonWord(word, 'fr')).toBe(true);
    expect(isCommonWord(word, 'ar')).toBe(true);
  });
  it('a word of a topic is not', () => {
    expect(isCommonWord('pacemaker', 'fr')).toBe(false);
  });
});
