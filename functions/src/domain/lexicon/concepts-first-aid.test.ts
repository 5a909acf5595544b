/**
 * The first-aid concept (concepts-first-aid.ts): found in a customer's
 * phrase in every language; an emergency happening now, or aid that is no
 * first aid, does not raise it.
 */
import { FIRST_AID_CONCEPTS } from './concepts-first-aid.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'firstAid',
    [
      ['en', 'is any of your staff trained in first aid?'],
      ['en', 'do you keep a defibrillator at the gym?'],
      ['en', 'my son carries an EpiPen, would the teacher use it?'],
      ['es', '¿alguien del personal sabe primeros auxilios?'],
      ['es', 'tenéis desfibrilador en el centro?'],
      ['fr', 'est-ce que vos moniteurs ont le brevet de secourisme ?'],
      ['it', 'avete qualcuno che sa fare il primo soccorso?'],
      ['de', 'ist bei Ihnen jemand in Erster Hilfe geschult?'],
      ['de', 'würde jemand den Adrenalin-Pen benutzen?'],
      ['ca', 'els professors saben primers auxilis?'],
      ['pt', 'os professores têm formação em primeiros socorros?'],
      ['ar', 'هل عندكم أحد يعرف الإسعافات الأولية؟'],
    ],
  ],
];

describeConceptTable('first-aid concept', FIRST_AID_CONCEPTS, examples, [
  ['en', 'I need some help with my booking', 'firstAid'],
  ['es', 'necesito ayuda para reservar', 'firstAid'],
  ['de', 'können Sie mir helfen?', 'firstAid'],
]);
