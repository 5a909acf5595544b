/**
 * The party table (concepts-party.ts): decorations and balloons brought to a birthday, in every language; a ball,
 * and a Gulf "زينة" (good: "فكرة زينة"; it stems to "زين", so decoration is read only as "ديكور" and balloons) stay what they are.
 */
import { PARTY_CONCEPTS } from './concepts-party.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'partyDecor',
    [
      ['en', 'can we put up some balloons and decorations in the party room?'],
      ['es', '¿se pueden llevar globos y adornos para la fiesta?'],
      ['fr', 'on peut décorer la salle avec des guirlandes ?'],
      ['it', 'possiamo portare i palloncini per la festa?'],
      ['de', 'dürfen wir eigene Deko und Luftballons mitbringen?'],
      ['ca', 'podem portar globus i decoració per a la festa?'],
      ['pt', 'dá para levar balões e enfeites para a festa?'],
      ['ar', 'نقدر نجيب بالونات للحفلة؟'],
    ],
  ],
];

describeConceptTable('party concepts', PARTY_CONCEPTS, examples, [
  ['fr', 'il faut apporter un ballon de foot ?', 'partyDecor'],
  ['ar', 'والله فكرة زينة، متى تفتحون؟', 'partyDecor'],
  ['en', 'is the cake included in the price?', 'partyDecor'],
  ['de', 'darf ich meinen Schmuck anbehalten?', 'partyDecor'],
]);
