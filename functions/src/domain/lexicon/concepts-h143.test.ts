/**
 * Words added for a dive centre's and a home-nursing service's Arabic customers (Egyptian and Darija, in Arabic
 * script and in Arabizi): sharks in every language, an Egyptian "I am afraid", a female instructor, taking
 * photos, bad weather, the injection; and the near misses that must not raise them.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('sharks (h143)', () => {
  it.each<[TextLanguage, string]>([
    ['en', 'any sharks where we dive tomorrow?'],
    ['es', 'hay tiburones en la zona de buceo?'],
    ['fr', 'on peut croiser des requins ?'],
    ['it', 'ci sono squali in quella zona?'],
    ['de', 'gibt es dort Haie?'],
    ['ca', 'hi ha taurons a prop?'],
    ['pt', 'tem tubarões nesse mergulho?'],
    ['ar', 'هل يوجد سمك القرش في المنطقة؟'],
    ['ar', 'في قروش في البحر الاحمر؟'],
    ['ar', 'fi 2irsh hnak?'],
  ])('%s: %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('sharks');
  });

  it.each<[TextLanguage, string]>([
    // Egyptian and Levantine "قروش" is also money; Italian "hai" is "you have".
    ['ar', 'معايا قروش كفايه للكورس'],
    ['ar', 'كام قرش الكيلو'],
    ['it', 'hai un posto libero domani?'],
    ['de', 'hat er einen Haarschnitt um zehn?'],
  ])('does not read %s "%s" as sharks', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('sharks');
  });
});

describe('Egyptian and Darija words beside older concepts (h143)', () => {
  it.each<[TextLanguage, string, string]>([
    ['ar', 'انا بخاف من الموج العالي', 'fear'],
    ['ar', 'bakhaf mn el 3om2 shwaya', 'fear'],
    ['ar', 'عندكم مدربه للبنات؟', 'women'],
    ['ar', 'ممكن كابتن بنت لمراتي؟', 'women'],
    ['ar', 'ينفع اصور تحت المية؟', 'photo'],
    ['ar', 'momken asawar el 7aflet?', 'photo'],
    ['ar', 'لو الجو وحش بتلغوا؟', 'badWeather'],
    ['ar', 'w law el gaw w7esh nerga3 emta?', 'badWeather'],
    ['ar', 'chhal l ibra f dar?', 'injection'],
  ])('%s: %s is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // A child who is a daughter, six years, a bracelet, a bar: not the concepts above.
    ['ar', 'بنتي عندها ست سنين', 'women'],
    ['ar', 'الجو حلو النهارده؟', 'badWeather'],
    ['ar', 'nabra el bar ghda?', 'injection'],
    ['ar', 'ana mabakhafsh mn 7aga, 3ayz a7gez', 'photo'],
  ])('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
