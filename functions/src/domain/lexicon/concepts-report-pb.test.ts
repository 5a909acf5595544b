/**
 * The written report of an assessment (concepts-report.ts), asked about in every language, and the words nearby
 * that are not it: French "par rapport à", reporting a problem, a school's report card.
 */
import { REPORT_CONCEPTS } from './concepts-report.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'writtenReport',
    [
      ['en', 'how long until we get the written report after the assessment?'],
      ['es', '¿cuándo nos dais el informe de la evaluación?'],
      ['fr', 'on reçoit le rapport combien de temps après le bilan ?'],
      ['it', 'quando è pronta la relazione scritta?'],
      ['de', 'wann bekommen wir den Bericht nach der Testung?'],
      ['ca', 'quan tindrem l’informe escrit?'],
      ['pt', 'em quanto tempo sai o relatório de avaliação?'],
      ['ar', 'امتى بيطلع التقرير بعد التقييم؟'],
    ],
  ],
];

describeConceptTable('the report concepts', REPORT_CONCEPTS, examples, [
  ['fr', 'c’est cher par rapport aux autres centres ?', 'writtenReport'],
  ['en', 'I want to report a problem with my booking', 'writtenReport'],
  ['en', 'can you look at her report card?', 'writtenReport'],
  ['fr', 'vous pouvez regarder son bulletin ?', 'writtenReport'],
  ['de', 'das Zeugnis ist schlecht ausgefallen', 'writtenReport'],
  ['es', 'quiero informar de un problema', 'writtenReport'],
]);
