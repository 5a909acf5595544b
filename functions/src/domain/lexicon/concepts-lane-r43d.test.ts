/**
 * Round 43: playing one's own music on a hired lane or room (concepts-lane.ts) in every language, and words of
 * other businesses that must not raise it.
 */
import { LANE_CONCEPTS } from './concepts-lane.js';
import { describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'ownMusic',
    [
      ['en', 'can we put on some music while we play?'],
      ['en', 'is there a bluetooth speaker in the room so i can use my playlist'],
      ['en', 'mind if we play our own tunes'],
      ['es', '¿podemos poner nuestra música en la pista?'],
      ['es', 'hay altavoz bluetooth para conectar el móvil?'],
      ['fr', 'on peut mettre notre musique pendant la partie ?'],
      ['fr', 'il y a une enceinte bluetooth ?'],
      ['it', 'possiamo mettere la nostra musica?'],
      ['it', 'c è una cassa bluetooth per la playlist?'],
      ['de', 'dürfen wir eigene Musik abspielen?'],
      ['de', 'gibt es einen Lautsprecher fürs Handy?'],
      ['ca', 'podem posar la nostra música?'],
      ['pt', 'dá pra colocar nossa música na pista?'],
      ['pt', 'tem caixa bluetooth?'],
      ['ar', 'نقدر نشغل اغانينا في الحاره؟'],
      ['ar', 'فيه سبيكر نوصل فيه الجوال؟'],
    ],
  ],
];

describeConceptTable('lane concepts (r43d)', LANE_CONCEPTS, examples, [
  ['en', 'my son wants to play music, do you do guitar lessons?', 'ownMusic'],
  ['en', 'our music teachers are all qualified', 'ownMusic'],
  ['en', 'can you tune my piano?', 'ownMusic'],
  ['fr', 'je suis enceinte de 5 mois, je peux venir ?', 'ownMusic'],
  ['de', 'Musikunterricht für Kinder ab 6?', 'ownMusic'],
  ['es', 'clases de música para adultos', 'ownMusic'],
  ['it', 'fate lezioni di musica?', 'ownMusic'],
  ['pt', 'vocês dão aulas de música?', 'ownMusic'],
]);
