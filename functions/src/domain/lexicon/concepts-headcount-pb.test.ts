/**
 * The headcount concept (concepts-headcount.ts): more people than were booked, and adding them, in every
 * language; "more" and "add" on their own (more time, add a card) are not.
 */
import { HEADCOUNT_CONCEPTS } from './concepts-headcount.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'extraGuests',
    [
      ['en', 'we booked for eight but two more kids are coming, can we add them?'],
      ['es', 'reservamos para 10 pero vienen tres niños de más, ¿se puede?'],
      ['fr', 'on sera deux personnes en plus, c’est possible ?'],
      ['it', 'possiamo aggiungere bambini alla festa già prenotata?'],
      ['de', 'es kommen noch drei Kinder mehr, geht das?'],
      ['ca', 'podem afegir nens a la festa?'],
      ['pt', 'vão vir mais crianças do que reservei, tem problema?'],
      ['ar', 'حجزنا لعشرة بس صار عندنا اطفال زياده، ينفع نضيفهم؟'],
    ],
  ],
];

describeConceptTable('the headcount concepts', HEADCOUNT_CONCEPTS, examples, [
  ['en', 'can I add a card to pay?', 'extraGuests'],
  ['en', 'can I have more time on the track?', 'extraGuests'],
  ['es', '¿puedo añadir una sesión más al bono?', 'extraGuests'],
  ['de', 'ich möchte mehr Informationen', 'extraGuests'],
  ['ar', 'ابي وقت زياده بالحلبه', 'extraGuests'],
  ['ar', 'فيه زياده بالسعر بالصيف؟', 'extraGuests'],
  ['fr', 'je voudrais plus d’informations', 'extraGuests'],
]);
