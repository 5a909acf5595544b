/**
 * The play table (concepts-play.ts): grip socks and a cake, found in every language and in the ways the Arab
 * dialects name them; then the Arabic words this round added to older concepts (a place to leave bags, watching
 * only, a refund asked the Levantine way, paying, a fever, a booking, an accessible toilet, climbing, a biopsy,
 * a woman doctor), each with the near misses that must stay what they are.
 */
import { describe, expect, it } from 'vitest';
import { PLAY_CONCEPTS } from './concepts-play.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'socks',
    [
      ['en', 'do the kids need special socks to jump?'],
      ['es', '¿hay que llevar calcetines antideslizantes?'],
      ['fr', 'faut-il acheter vos chaussettes ?'],
      ['it', 'servono i calzini antiscivolo?'],
      ['de', 'brauchen wir Stoppersocken oder gehen normale Socken?'],
      ['ca', 'cal portar mitjons especials?'],
      ['pt', 'é preciso usar meias antiderrapantes?'],
      ['ar', 'لازم نشتري الجوارب منكم؟'],
    ],
  ],
  [
    'cake',
    [
      ['en', 'may we bring our own cake for the party?'],
      ['es', '¿podemos traer nuestra tarta de cumpleaños?'],
      ['fr', 'on peut apporter le gâteau ?'],
      ['it', 'possiamo portare una torta fatta in casa?'],
      ['de', 'dürfen wir einen eigenen Kuchen mitbringen?'],
      ['ca', 'podem portar el pastís?'],
      ['pt', 'posso levar o bolo de aniversário?'],
      ['ar', 'ممكن نجيب الكيكة معانا؟'],
    ],
  ],
  [
    'schoolGroup',
    [
      ['en', 'do you take school trips on weekday mornings?'],
      ['es', 'somos dos clases del cole, unos 40 niños, cómo funciona?'],
      ['fr', 'on voudrait organiser une sortie scolaire en mai'],
      ['it', 'accettate gite scolastiche il giovedì?'],
      ['de', 'wir planen einen Klassenausflug mit 25 Kindern'],
      ['ca', 'voldríem venir amb la meva classe un dimecres'],
      ['pt', 'fazem visitas de estudo para escolas?'],
      ['ar', 'هل تستقبلون رحلات مدرسية الصبح؟'],
    ],
  ],
];

describeConceptTable('play concepts', PLAY_CONCEPTS, examples, [
  ['es', 'llego a las cinco y media', 'socks'],
  ['pt', 'chego em meia hora', 'socks'],
  ['ar', 'عندكم شراب بارد؟', 'socks'],
  ['es', 'la mitad del precio', 'cake'],
  ['en', 'a piece of advice', 'cake'],
  ['es', 'cuántas clases necesito para aprender?', 'schoolGroup'],
  ['fr', 'on fait une sortie ce soir, vous fermez à quelle heure ?', 'schoolGroup'],
  ['en', 'we are on a trip to Bahrain, are you open friday?', 'schoolGroup'],
  ['es', 'vamos de excursión a la montaña y volvemos el lunes', 'schoolGroup'],
]);

describe('socks and cakes as the dialects say them', () => {
  it.each([
    ['ar', 'عندنا جواريب من قبل، تمشي؟', 'socks'],
    ['ar', 'الكلسات ضرورية للولاد؟', 'socks'],
    ['ar', 'واش خاص التقاشر ديالكم؟', 'socks'],
    ['ar', 'لازم الدلاغ؟', 'socks'],
    ['ar', 'ينفع اجيب التورتة من برا؟', 'cake'],
    ['ar', 'wach n9der njib gateau dyali?', 'cake'],
  ] as const)('%s "%s" is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });
});

describe('Arabic words added to older concepts', () => {
  it.each([
    ['ar', 'في مكان نخلي فيه الشنط؟', 'valuables'],
    ['ar', 'وين نحط الشنط والجوالات؟', 'valuables'],
    ['ar', 'احنا بس متفرجين، ندفع؟', 'watch'],
    ['ar', 'هل الدخول للمتفرجين مجاني؟', 'watch'],
    ['ar', 'اذا لغيت بترجعولي المصاري؟', 'refund'],
    ['ar', 'كم لازم ندفع للطفل؟', 'payment'],
    ['ar', 'ابني طلعت معه حرارة اليوم', 'fever'],
    ['ar', 'بنتي عندها حرارة من امبارح', 'fever'],
    ['ar', 'انا حاجزة لبكرا الساعة ٥', 'booking'],
    ['ar', 'هل توجد دورة مياه مهيأة؟', 'accessibility'],
    ['ar', 'ابني يستعمل كرسياً متحركاً', 'accessibility'],
    ['ar', 'بنتي تحب التسلق، كم العمر؟', 'sport'],
    ['ar', 'امتى تخرج نتيجة البيوبسي؟', 'biopsy'],
    ['ar', 'wach kayna tbiba mra?', 'women'],
    ['ar', 'بغيت طبيبة ماشي طبيب', 'women'],
  ] as const)('%s "%s" is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    // The temperature of the water or the room is no fever.
    ['ar', 'حرارة الماء في المسبح كم؟', 'fever'],
    // "بكرا" (tomorrow) is not "بكري" (early).
    ['ar', 'ممكن اجي بكرا؟', 'arriveEarly'],
    // A chair at the salon is no wheelchair.
    ['ar', 'الكرسي مريح؟', 'accessibility'],
    // A drink is no sock.
    ['ar', 'عندكم شراب؟', 'socks'],
  ] as const)('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
