/**
 * Round 44 (r44e): a sea cave paddled into, seals to see, and sunscreen (one kind to the sea) in eight languages,
 * for a kayak base whose profile is in Italian ("la Grotta del Bue Marino", "la foca monaca", "crema solare"); and
 * the words that must not raise them (a wine cellar, a tooth's sealant, the sun alone).
 */
import { beforeAll } from 'vitest';
import { TEXT_LANGUAGES } from '../languages.js';
import { SEASIDE_CONCEPTS } from './concepts-seaside.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

beforeAll(() => {
  for (const language of TEXT_LANGUAGES) conceptsOf('hola', language);
}, 60_000);

const { seaCave, seals, sunscreen, seaFriendly } = SEASIDE_CONCEPTS;

const examples: ConceptExamples = [
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

describeConceptTable('seaside concepts: caves, seals, sunscreen (r44e)', { seaCave, seals, sunscreen, seaFriendly }, examples, [
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
