/**
 * Round 44 (r44e): the coast concepts (concepts-coast.ts) in eight languages, for a kayak base whose profile is in
 * Italian: a kayak (Arabic "كاياك"), going without a guide ("da soli", "بروحنا"), a sea cave ("la Grotta del Bue
 * Marino"), seals ("la foca monaca"), sunscreen and what is kind to the sea; and the words that must not raise them
 * (a wine cellar, a tooth's sealant, the sun alone, Arabic "ياك"). A child left alone is still `unaccompanied`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from '../languages.js';
import { COAST_CONCEPTS } from './concepts-coast.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

beforeAll(() => {
  for (const language of TEXT_LANGUAGES) conceptsOf('hola', language);
}, 60_000);

const examples: ConceptExamples = [
  [
    'kayak',
    [
      ['en', 'can we rent a kayak for the day?'],
      ['es', 'alquiláis kayaks dobles?'],
      ['fr', 'vous louez des kayaks ?'],
      ['it', 'quanto costa il kayak a noleggio?'],
      ['de', 'was kostet die Kajak-Tour?'],
      ['ca', 'llogueu caiacs dobles?'],
      ['pt', 'é a primeira vez de caiaque da gente'],
      ['ar', 'ابي استأجر كاياك انا وولدي'],
    ],
  ],
  [
    'unguided',
    [
      ['en', 'can we go to Cala Luna on our own?'],
      ['es', 'queremos ir a nuestro aire, sin guía'],
      ['fr', 'on peut y aller sans guide ?'],
      ['it', 'possiamo andare da soli fino a Cala Luna?'],
      ['de', 'dürfen wir auf eigene Faust los?'],
      ['ca', 'podem anar pel nostre compte?'],
      ['pt', 'dá pra ir por conta própria, sem guia?'],
      ['ar', 'نروح بروحنا الين كالا لونا، يصير؟'],
    ],
  ],
  [
    'seaCave',
    [
      ['en', 'Do we actually paddle INTO the Bue Marino cave or just look at it from outside?'],
      ['es', 'se puede entrar en la cueva con el kayak?'],
      ['fr', 'on entre dans la grotte avec les kayaks ?'],
      ['it', 'si entra dentro la grotta del Bue Marino?'],
      ['de', 'siagt ma de Robbn in da Grottn?'],
      ['de', 'fahren wir in die Höhle hinein?'],
      ['ca', 'entrem a la cova amb el caiac?'],
      ['pt', 'dá pra entrar na gruta de caiaque?'],
      ['ar', 'نقدر ندخل الكهف بالكاياك؟'],
    ],
  ],
  [
    'seals',
    [
      ['en', 'will we see the monk seals?'],
      ['es', 'se ven focas en la cueva?'],
      ['fr', 'on peut voir des phoques ?'],
      ['it', 'si vede ancora la foca monaca?'],
      ['de', 'Mei Bua is ganz narrisch auf Robben, siagt ma de Mönchsrobbn?'],
      ['ca', 'hi ha foques a la cova?'],
      ['pt', 'tem focas por aí?'],
      ['ar', 'نشوف الفقمات في المغارة؟'],
    ],
  ],
  [
    'sunscreen',
    [
      ['en', 'which sunscreen should we bring? reef safe?'],
      ['es', 'qué protector solar nos recomendáis?'],
      ['fr', 'quelle crème solaire faut-il utiliser ?'],
      ['it', 'che crema solare devo mettere?'],
      ['de', 'welche Sonnencreme sollen wir nehmen?'],
      ['ca', 'quina crema solar ens recomaneu?'],
      ['pt', 'qual protetor solar vcs recomendam pra usar no passeio?'],
      ['ar', 'اي واقي شمس تنصحوني؟'],
    ],
  ],
  [
    'seaFriendly',
    [
      ['en', 'is your sunscreen reef safe?'],
      ['es', 'hay cremas que dañan el mar, cuál uso?'],
      ['fr', 'une crème respectueuse des récifs'],
      ['it', 'crema rispettosa del mare'],
      ['de', 'gibt es eine riffsichere Sonnencreme?'],
      ['ca', 'hi ha cremes que fan mal al mar?'],
      ['pt', 'li que tem uns que fazem mal pro mar'],
      ['ar', 'في كريمات تضر البحر؟'],
    ],
  ],
];

describeConceptTable('coast concepts (r44e)', COAST_CONCEPTS, examples, [
  ['en', 'do you have a guide who speaks German?', 'unguided'],
  ['es', 'vamos con el guía', 'unguided'],
  ['en', 'do you rent canoes or boats?', 'kayak'],
  ['ar', 'ياك عندكم موعد بكره؟', 'kayak'],
  ['fr', 'une visite de la cave à vin', 'seaCave'],
  ['pt', 'cavar uma cova no jardim', 'seaCave'],
  ['en', 'the dentist put a sealant on the fissure seals', 'seals'],
  ['en', 'the fork seals are leaking', 'seals'],
  ['en', 'is it sunny in the morning?', 'sunscreen'],
  ['it', 'prendiamo il sole in spiaggia', 'sunscreen'],
  ['pt', 'o sol está forte hoje', 'sunscreen'],
  ['pt', 'o mar está calmo hoje?', 'seaFriendly'],
  ['it', 'il mare è mosso oggi?', 'seaFriendly'],
]);

describe('a child left alone is still unaccompanied (r44e)', () => {
  it('keeps "da soli" for children', () => {
    expect(conceptsOf('i bambini possono restare da soli?', 'it')).toContain('unaccompanied');
  });
});
