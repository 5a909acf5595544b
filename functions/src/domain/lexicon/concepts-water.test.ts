/**
 * The watersports concepts (concepts-water.ts): a wetsuit, a board and the meals of a camp, each found in a
 * customer's phrase in every language, and the near misses that must raise none.
 */
import { describe, expect, it } from 'vitest';
import { WATER_CONCEPTS } from './concepts-water.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'wetsuit',
    [
      ['en', 'do i need my own wetsuit or can i borrow one?'],
      ['es', 'el neopreno va incluido o se paga aparte?'],
      ['fr', 'vous prêtez les combis ou faut ramener la sienne ?'],
      ['it', 'la muta ce la date voi?'],
      ['de', 'kann man bei euch nen Neo leihen?'],
      ['ca', 'el neoprè està inclòs al preu?'],
      ['pt', 'o fato de surf está incluído na aula?'],
      ['ar', 'هل بدلة الغوص موجودة عندكم ولا نجيبها؟'],
    ],
  ],
  [
    'surfboard',
    [
      ['en', 'can we hire a soft top for the whole day?'],
      ['es', 'cuanto sale una tabla de surf por horas?'],
      ['fr', 'vous louez des planches en mousse pour débutants ?'],
      ['it', 'si può noleggiare una tavola da surf anche senza lezione?'],
      ['de', 'was kostet ein Surfbrett am Tag?'],
      ['ca', 'lloqueu taules de surf per hores?'],
      ['pt', 'dá para alugar só a prancha de surf?'],
      ['ar', 'كم سعر تأجير لوح السيرف لساعة؟'],
    ],
  ],
  [
    'mealsIncluded',
    [
      ['en', 'is breakfast included in the camp week?'],
      ['es', 'el desayuno entra en el precio?'],
      ['fr', 'le petit déj est compris ?'],
      ['it', 'la colazione è inclusa?'],
      ['de', 'ist Frühstück dabei oder kochen wir selber?'],
      ['ca', "l'esmorzar està inclòs?"],
      ['pt', 'o pequeno-almoço está incluído?'],
      ['ar', 'الفطور داخل في السعر؟'],
    ],
  ],
];

describeConceptTable('the watersports concepts', WATER_CONCEPTS, examples, [
  ['es', 'me mandáis la tabla de precios?', 'surfboard'],
  ['fr', 'on peut planifier ça la semaine prochaine ?', 'surfboard'],
  ['en', 'is there a board for the bikes in the car park?', 'surfboard'],
  ['en', 'do you do boarding for cats?', 'surfboard'],
  ['it', 'mettiamo tutto sulla tavola?', 'surfboard'],
  ['de', 'ich brauche einen Anzug für die Hochzeit', 'wetsuit'],
  ['es', 'uso espuma para el pelo, pasa algo?', 'wetsuit'],
  ['en', 'can i eat before the treatment?', 'mealsIncluded'],
  ['es', 'puedo comer algo antes de la prueba?', 'mealsIncluded'],
  ['de', 'dürfen wir Essen mitbringen?', 'mealsIncluded'],
]);

describe('a surf school’s rentals asked in another language', () => {
  it.each([
    ['es', 'cuanto cuesta alquilar una tabla de espuma y el neopreno?', ['surfboard', 'wetsuit']],
    ['de', 'Brauch ich nen eigenen Neo oder habt ihr Surfbretter?', ['surfboard', 'wetsuit']],
    ['pt', 'quanto custa o neoprene e a prancha de espuma por dia?', ['surfboard', 'wetsuit']],
  ] as const)('%s "%s"', (language, text, concepts) => {
    const found = conceptsOf(text, language);
    for (const concept of concepts) expect(found, concept).toContain(concept);
  });
});
