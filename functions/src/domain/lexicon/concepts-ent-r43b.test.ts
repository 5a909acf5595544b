/**
 * An ear, nose and throat practice's concepts (concepts-ent.ts) in every language, and the words added to older
 * concepts for what patients of such a practice write: the Lebanese "دينة" (ear), cleaning as a verb and with
 * the Levantine "ض" ("بتنضفوا"), Lebanese Arabizi "adde" (how much), a visit the same day ("اليوم نفسه", "can you
 * see him today?").
 */
import { describe, expect, it } from 'vitest';
import { ENT_CONCEPTS } from './concepts-ent.js';
import { type ConceptExamples, conceptsIn, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'cottonBuds',
    [
      ['en', 'is it ok to use cotton buds in my ears?'],
      ['es', 'uso bastoncillos cada día, es malo?'],
      ['fr', "je me nettoie les oreilles avec des cotons-tiges, c'est grave ?"],
      ['it', 'uso il cotton fioc tutte le mattine'],
      ['de', 'ich benutze jeden Tag Wattestäbchen, ist das schlimm?'],
      ['ca', 'faig servir bastonets cada dia'],
      ['pt', 'posso usar cotonetes nos ouvidos?'],
      ['ar', 'بنضف ديني بعود القطن كل يوم'],
    ],
  ],
  [
    'nasalSpray',
    [
      ['en', "I can't stop using my nasal spray"],
      ['es', 'uso spray nasal todas las noches'],
      ['fr', "j'utilise un spray nasal depuis des mois"],
      ['it', 'uso lo spray nasale ogni sera'],
      ['de', 'ich nehme seit Monaten Nasenspray'],
      ['ca', "faig servir l'esprai nasal cada nit"],
      ['pt', 'uso spray nasal todas as noites'],
      ['ar', 'صرلي شهور عم استعمل بخاخ الانف'],
    ],
  ],
  [
    'addiction',
    [
      ['en', 'is it addictive?'],
      ['es', 'es verdad que crea dependencia?'],
      ['fr', 'je suis accro à mon spray'],
      ['it', 'è vero che dà dipendenza?'],
      ['de', 'macht das süchtig?'],
      ['ca', 'és addictiu?'],
      ['pt', 'isso vicia?'],
      ['ar', 'هل بيسبب ادمان؟'],
    ],
  ],
  [
    'adenoids',
    [
      ['en', 'does he need his adenoids out?'],
      ['es', 'el pediatra dice que tiene vegetaciones'],
      ['fr', 'on parle de lui enlever les végétations'],
      ['it', 'mio figlio ha le adenoidi ingrossate'],
      ['de', 'unser Sohn hat Polypen, sagt der Kinderarzt'],
      ['ca', 'el nen té adenoides'],
      ['pt', 'o médico falou em adenoide'],
      ['ar', 'الحكيم قال عنده لحمية'],
    ],
  ],
  [
    'snoring',
    [
      ['en', 'my husband snores every night'],
      ['es', 'mi hijo ronca mucho'],
      ['fr', 'mon mari ronfle fort'],
      ['it', 'mio marito russa tantissimo'],
      ['de', 'mein Mann schnarcht laut'],
      ['ca', 'el meu fill ronca molt'],
      ['pt', 'minha filha ronca muito'],
      ['ar', 'زوجي بيشخر كل الليل'],
    ],
  ],
  [
    'mouthBreathing',
    [
      ['en', 'she sleeps with her mouth open'],
      ['es', 'duerme con la boca abierta'],
      ['fr', 'il dort la bouche ouverte'],
      ['it', 'dorme con la bocca aperta'],
      ['de', 'er schläft mit offenem Mund'],
      ['ca', 'dorm amb la boca oberta'],
      ['pt', 'ele dorme de boca aberta'],
      ['ar', 'ابني دايما بيتنفس من تمه'],
    ],
  ],
];

describeConceptTable('ENT concepts', ENT_CONCEPTS, examples, [
  ['en', 'is the towel cotton?', 'cottonBuds'],
  ['es', 'una camiseta de algodón', 'cottonBuds'],
  ['en', 'do you sell hair spray?', 'nasalSpray'],
  ['es', 'el piso tiene dos dependencias', 'addiction'],
  ['pt', 'a casa tem três dependências', 'addiction'],
  ['ar', 'بتعملوا لحمة مشوية؟', 'adenoids'],
  ['ar', 'بدي كيلو لحم', 'adenoids'],
  ['it', 'andiamo in Russia in vacanza', 'snoring'],
  ['en', 'the shop is open in the morning', 'mouthBreathing'],
  ['en', 'she opened her mouth for the check', 'mouthBreathing'],
]);

describe('older concepts as an ENT practice hears them', () => {
  it.each([
    ['دينتي عم توجعني', 'ears'],
    ['الولد دينتو مسكرة', 'ears'],
    ['dinte m2afle men jem3a', 'ears'],
  ])('reads the Lebanese ear in "%s"', (text, concept) => {
    expect(conceptsOf(text, 'ar')).toContain(concept);
  });

  it('reads no ear in religion or a debt', () => {
    expect(conceptsOf('هذا دين عليي', 'ar')).not.toContain('ears');
    expect(conceptsOf('شو دينك؟', 'ar')).not.toContain('ears');
  });

  it.each(['هل تنظفون الأسنان؟', 'بتنضفوا الدينة؟', 'قديش التنضيف؟', 'fi na2dif lal dineh?'])(
    'reads cleaning as a verb and with the Levantine ض in "%s"',
    (text) => {
      expect(conceptsOf(text, 'ar')).toContain('cleaning');
    },
  );

  it.each(['adde 7a2 l consultation?', '2adde l kashf?', 'addeh l test?'])(
    'reads Lebanese "adde" as a price in "%s"',
    (text) => {
      expect(conceptsOf(text, 'ar')).toContain('price');
    },
  );

  it('reads no price in English "add"', () => {
    expect(conceptsIn('can I add my son to the booking?', 'en')).not.toContain('price');
  });

  it.each([
    ['ar', 'بتشوفوه بنفس اليوم؟'],
    ['ar', 'فيني آخد موعد في اليوم نفسه؟'],
    ['en', 'can the doctor see her today?'],
    ['es', '¿el doctor puede verla hoy?'],
    ['fr', 'le médecin peut le voir aujourd’hui ?'],
    ['it', 'il dottore può vederlo oggi?'],
    ['de', 'kann der Arzt ihn heute sehen?'],
    ['pt', 'a médica pode vê-lo hoje?'],
  ] as const)('reads a visit the same day in %s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('emergency');
  });

  it.each([
    ['en', 'are you open today?'],
    ['en', 'I will see you today at 5'],
    ['ar', 'انتو فاتحين اليوم؟'],
  ] as const)('reads no same-day visit in %s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('emergency');
  });
});
