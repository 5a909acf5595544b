/**
 * Bringing one's baby or child along ("can I bring the baby?", "puedo traer a mi bebé?", "نجيب ولدي معي؟") is
 * the companion concept in every language, as "with my baby" already was; bringing a thing is not.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('bringing a baby or a child along raises companion', () => {
  it.each([
    ['en', 'is it ok if I bring my baby, she sleeps in the buggy'],
    ['en', 'could I bring the kids during the summer holidays?'],
    ['es', 'puedo traer a mi bebé mientras hago la clase?'],
    ['fr', 'est-ce que je peux amener mon bébé dans sa poussette ?'],
    ['it', 'posso portare il neonato in sala?'],
    ['de', 'darf ich mein Baby mitbringen?'],
    ['ca', 'puc portar el meu nadó? és molt tranquil'],
    ['pt', 'dá pra levar o bebê no carrinho?'],
    ['ar', 'اقدر اجيب ولدي وهو نايم بالعربية؟'],
  ] as const)('%s: %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('companion');
  });

  it.each([
    ['en', 'should I bring my own towel?'],
    ['es', 'tengo que traer ropa de deporte?'],
    ['fr', 'je dois amener mon tapis ?'],
    ['de', 'muss ich ein Handtuch mitbringen?'],
    ['pt', 'preciso levar garrafa de água?'],
  ] as const)('not %s: %s', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('companion');
  });
});
