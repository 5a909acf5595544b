/**
 * The simulator concept (concepts-simulator.ts) in every language, and words of other businesses that must not
 * raise it.
 */
import { SIMULATOR_CONCEPTS } from './concepts-simulator.js';
import { describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'simulator',
    [
      ['en', 'how much is an hour on the golf simulator?'],
      ['en', 'can 5 of us share one sim bay?'],
      ['es', 'cuánto cuesta alquilar el simulador un sábado?'],
      ['fr', 'on peut réserver un simulateur pour vendredi soir ?'],
      ['it', 'quante persone possono giocare al simulatore?'],
      ['de', 'Was kostet eine Stunde in der Simulatorbox?'],
      ['de', 'habt ihr einen Golfsimulator?'],
      ['ca', 'quant val una hora de simulador?'],
      ['pt', 'quanto custa uma hora no simulador de golfe?'],
      ['ar', 'بكم ساعة المحاكي؟'],
      ['ar', 'wach kayn simulateur dyal golf?'],
    ],
  ],
];

describeConceptTable('simulator concepts (h193)', SIMULATOR_CONCEPTS, examples, [
  ['fr', 'vous pouvez me faire une simu du prêt ?', 'simulator'],
  ['ar', 'عم حاكي معكم من الصبح', 'simulator'],
  ['es', 'es una simulación de examen?', 'simulator'],
  ['en', 'do you run mock exams that simulate the real test?', 'simulator'],
  ['pt', 'ele simula que está doente', 'simulator'],
]);
