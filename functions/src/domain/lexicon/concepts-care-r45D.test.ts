/**
 * Round 45 (r45D): eating without gluten (coeliac disease, "sin TACC", "senza glutine", "glutenfrei") and lunch as a
 * meal ("el almuerzo", "o almoço", "il pranzo"), in eight languages; and what must not raise them.
 */
import { beforeAll } from 'vitest';
import { TEXT_LANGUAGES } from '../languages.js';
import { CARE_CONCEPTS } from './concepts-care.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

beforeAll(() => {
  for (const language of TEXT_LANGUAGES) conceptsOf('hola', language);
}, 60_000);

const { glutenFree, lunch } = CARE_CONCEPTS;

const examples: ConceptExamples = [
  [
    'glutenFree',
    [
      ['en', 'my wife is coeliac, is there a gluten-free menu?'],
      ['es', 'tienen opciones sin TACC para celíacos?'],
      ['fr', 'je suis cœliaque, vous avez un menu sans gluten ?'],
      ['it', 'mia moglie è celiaca, c’è un menu senza glutine?'],
      ['de', 'ich habe Zöliakie, gibt es glutenfreies Essen?'],
      ['ca', 'sóc celíaca, teniu menú sense gluten?'],
      ['pt', 'sou celíaca, tem opção sem glúten?'],
      ['ar', 'عندكم اكل خالي من الغلوتين؟'],
    ],
  ],
  [
    'lunch',
    [
      ['en', 'does the lunch have a vegan option?'],
      ['es', 'el almuerzo tiene opción vegetariana?'],
      ['fr', 'le déjeuner est compris ?'],
      ['it', 'nel pranzo c’è un menu vegetariano?'],
      ['de', 'gibt es ein vegetarisches Mittagessen?'],
      ['ca', 'el dinar inclou postres?'],
      ['pt', 'o almoço harmonizado tem opção vegana?'],
      ['ar', 'الغداء فيه خيار نباتي؟'],
    ],
  ],
];

describeConceptTable('care concepts: gluten-free, lunch (r45D)', { glutenFree, lunch }, examples, [
  ['en', 'is the wine gluten free? it says glue on the label', 'lunch'],
  ['es', 'quiero una tabla de quesos', 'glutenFree'],
  ['it', 'sono allergica alle noci', 'glutenFree'],
  ['en', 'are you open at lunchtime?', 'glutenFree'],
]);
