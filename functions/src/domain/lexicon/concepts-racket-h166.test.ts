/**
 * The racket-club concepts (concepts-racket.ts) in every language, words of other businesses that must not raise
 * them, and the Gulf and Arabizi words of hiring added to the gear-rental concept.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { RACKET_CONCEPTS } from './concepts-racket.js';
import { conceptsOf, describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'racket',
    [
      ['en', 'can I borrow a racquet for the lesson?'],
      ['es', 'se me ha roto la raqueta'],
      ['fr', "je n'ai pas de raquette"],
      ['it', 'ho dimenticato la racchetta a casa'],
      ['de', 'kann man bei euch einen Tennisschläger leihen?'],
      ['ca', 'no tinc raqueta, me la deixeu?'],
      ['pt', 'vocês emprestam raquete?'],
      ['ar', 'نسيت المضرب في البيت'],
      ['ar', 'ma 3andich racket'],
    ],
  ],
  [
    'restringing',
    [
      ['en', 'how much to restring my racquet?'],
      ['es', 'cuánto cuesta el encordado con poliéster?'],
      ['fr', 'le cordage prend combien de temps ?'],
      ['it', "quanto costa l'incordatura?"],
      ['de', 'wie lange dauert die Bespannung?'],
      ['ca', "quant costa l'encordat?"],
      ['pt', 'quanto tempo demora o encordoamento?'],
      ['ar', 'بغيت نبدل الأوتار ديال المضرب'],
      ['ar', 'كم سعر تغيير الأوتار؟'],
    ],
  ],
  [
    'holidayCamp',
    [
      ['en', 'is there a kids camp in the summer holidays?'],
      ['es', 'cuánto cuesta el campamento de verano?'],
      ['fr', 'vous faites des stages de vacances pour les enfants ?'],
      ['it', 'avete un centro estivo per bambini?'],
      ['de', 'gibt es ein Feriencamp in den Osterferien?'],
      ['ca', 'feu casal d’estiu per als nens?'],
      ['pt', 'há campo de férias para miúdos?'],
      ['ar', 'واش عندكم مخيم صيفي للدراري؟'],
    ],
  ],
];

const notRead: [TextLanguage, string, string][] = [
  // A spade, a guitar's strings, ropes, an internship, threads: no racket, no stringing, no camp.
  ['es', 'necesito una pala para el jardín', 'racket'],
  ['en', 'can you change the strings on my guitar?', 'restringing'],
  ['it', 'le corde della chitarra sono vecchie', 'restringing'],
  ['pt', 'vendem cordas para escalada?', 'restringing'],
  ['fr', 'je cherche un stage en entreprise', 'holidayCamp'],
  ['ar', 'عندي خيوط في الجرح', 'restringing'],
];

describeConceptTable('the racket-club concepts', RACKET_CONCEPTS, examples, notRead);

describe('hiring gear in the Gulf and in Arabizi', () => {
  it.each<[TextLanguage, string]>([
    ['ar', 'تأجرون دراجات؟'],
    ['ar', 'عندكم تأجير معدات؟'],
    ['ar', 'ma 3indi skis, t2ajroon?'],
  ])('reads %s "%s" as hiring gear', (language, text) => {
    expect(conceptsOf(text, language)).toContain('gearRental');
  });

  it('does not read a rent paid for a flat as hiring gear', () => {
    expect(conceptsOf('الإيجار ديال الدار غالي', 'ar')).not.toContain('gearRental');
  });
});
