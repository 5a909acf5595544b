/**
 * Round 43: wild birds seen on an outing and birdwatching (concepts-wildlife.ts) in every language; a golf eagle,
 * the flamenco and a pet bird at the vet's are none.
 */
import { WILDLIFE_CONCEPTS } from './concepts-wildlife.js';
import { describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'birdlife',
    [
      ['en', 'do you see many storks on the boat trip?'],
      ['en', 'we are keen birders, is the walk good for birding?'],
      ['es', '¿se ven cigüeñas desde arriba?'],
      ['es', 'nos encanta la observación de aves'],
      ['fr', 'on verra des flamants roses ?'],
      ['it', 'si vedono le cicogne in primavera?'],
      ['de', 'sieht man Störche oder Reiher?'],
      ['ca', 'es veuen cigonyes des del globus?'],
      ['pt', 'dá para ver cegonhas no passeio?'],
      ['ar', 'نقدر نشوف اللقلق من فوق؟'],
    ],
  ],
];

describeConceptTable('wildlife concepts (r43d)', WILDLIFE_CONCEPTS, examples, [
  ['en', 'I scored an eagle on the 7th hole', 'birdlife'],
  ['es', 'clases de flamenco para principiantes', 'birdlife'],
  ['en', 'do you treat birds? my parrot is sick', 'birdlife'],
  ['ar', 'تعالجون الطيور؟', 'birdlife'],
  ['es', 'mi periquito no come', 'birdlife'],
]);
