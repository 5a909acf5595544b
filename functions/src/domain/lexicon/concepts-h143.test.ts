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
    ['ar', 'law mageetsh hadf3 kam?', 'payment'],
    ['ar', 'لو لغيت هدفع حاجه؟', 'payment'],
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

describe('a wound, palliative care, the areas served (h143)', () => {
  it.each<[string, [TextLanguage, string][]]>([
    [
      'wound',
      [
        ['en', 'can you dress the wound on his leg?'],
        ['es', 'mi padre tiene una úlcera en el talón'],
        ['fr', 'vous faites les pansements à domicile ?'],
        ['it', 'serve una medicazione della ferita'],
        ['de', 'die Wunde heilt nicht gut'],
        ['ca', 'té una nafra al peu'],
        ['pt', 'precisa de curativo na ferida'],
        ['ar', 'نقدر نبعت صوره للجرح؟'],
        ['ar', 'عنده قرحه الفراش في ظهره'],
        ['ar', 'chhal kat9am bach tdawiw l jar7?'],
      ],
    ],
    [
      'palliative',
      [
        ['en', 'my dad is in palliative care now'],
        ['es', 'es un enfermo terminal y queremos que esté en casa'],
        ['fr', 'ma mère est en fin de vie'],
        ['it', 'mio nonno è un malato terminale'],
        ['de', 'brauchen Hilfe in der Sterbebegleitung'],
        ['ca', 'la meva àvia és en fase terminal'],
        ['pt', 'meu pai está em cuidados paliativos'],
        ['ar', 'تقدرو تساعدونا في اخر ايامه؟'],
        ['ar', 'bghina n3rfo wach katkhdmo f akhir ayam dial l mrid'],
      ],
    ],
    [
      'serviceArea',
      [
        ['en', 'which areas of the city do you go to?'],
        ['es', 'a qué barrios llegáis?'],
        ['fr', 'vous intervenez dans quel quartier ?'],
        ['it', 'in che zone venite?'],
        ['de', 'in welche Stadtteile kommt ihr?'],
        ['ca', 'a quins barris aneu?'],
        ['pt', 'vocês atendem em que bairros?'],
        ['ar', 'واش كتوصلو حتى للحومه ديالنا؟'],
        ['ar', 'wach katwslo hta l bab sebta?'],
      ],
    ],
  ])('finds %s in every language', (concept, phrases) => {
    for (const [language, text] of phrases)
      expect(conceptsOf(text, language), `${language}: ${text}`).toContain(concept);
    const covered = new Set(phrases.map(([l]) => l));
    for (const l of ['en', 'es', 'fr', 'ar', 'ca', 'pt', 'it', 'de'] as const) expect(covered.has(l), l).toBe(true);
  });

  it.each<[TextLanguage, string, string]>([
    // "lately", a salad dressing, an association, a body zone, a car arriving: none of these.
    ['es', 'los últimos días me duele la espalda', 'palliative'],
    ['ar', 'في الايام الاخيره عندي صداع', 'palliative'],
    ['en', 'the last days were busy, can I book friday?', 'palliative'],
    ['de', 'ist das vom Verband anerkannt?', 'wound'],
    ['en', 'is there a dressing room?', 'wound'],
    ['es', 'cuánto cuesta la zona de las axilas?', 'serviceArea'],
    ['ar', 'فوقاش كتوصلو للدار؟', 'serviceArea'],
    ['en', 'do you cover x-rays with my insurance?', 'serviceArea'],
  ])('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
