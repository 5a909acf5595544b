/**
 * Round 44 (r44e): a kayak in eight languages (Arabic "كاياك", whose first letter is no "like" prefix) and going
 * without a guide ("da soli", "por nuestra cuenta", "بروحنا"); a child left alone is still `unaccompanied`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from '../languages.js';
import { OUTDOOR_CONCEPTS } from './concepts-outdoor.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

beforeAll(() => {
  for (const language of TEXT_LANGUAGES) conceptsOf('hola', language);
}, 60_000);

const { kayak, unguided } = OUTDOOR_CONCEPTS;

const examples: ConceptExamples = [
  [
    'kayak',
    [
      ['en', 'can we rent a kayak for the day?'],
      ['es', 'alquiláis kayaks dobles?'],
      ['fr', 'vous louez des kayaks ?'],
      ['it', 'quanto costa il kayak a noleggio?'],
      ['de', 'was kostet die Kajak-Tour?'],
      ['ca', 'llogueu caiacs dobles?'],
      ['pt', 'é a primeira vez de caiaque da gente'],
      ['ar', 'ابي استأجر كاياك انا وولدي'],
    ],
  ],
  [
    'unguided',
    [
      ['en', 'can we go to Cala Luna on our own?'],
      ['es', 'queremos ir a nuestro aire, sin guía'],
      ['fr', 'on peut y aller sans guide ?'],
      ['it', 'possiamo andare da soli fino a Cala Luna?'],
      ['de', 'dürfen wir auf eigene Faust los?'],
      ['ca', 'podem anar pel nostre compte?'],
      ['pt', 'dá pra ir por conta própria, sem guia?'],
      ['ar', 'نروح بروحنا الين كالا لونا، يصير؟'],
    ],
  ],
];

describeConceptTable('outdoor concepts: kayak, unguided (r44e)', { kayak, unguided }, examples, [
  ['en', 'do you have a guide who speaks German?', 'unguided'],
  ['es', 'vamos con el guía', 'unguided'],
  ['en', 'do you rent canoes or boats?', 'kayak'],
]);

describe('a child left alone is still unaccompanied (r44e)', () => {
  it('keeps "da soli" for children', () => {
    expect(conceptsOf('i bambini possono restare da soli?', 'it')).toContain('unaccompanied');
  });
});
