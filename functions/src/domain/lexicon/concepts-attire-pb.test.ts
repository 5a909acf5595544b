/**
 * The attire concepts (concepts-attire.ts): a traditional long robe and the headdress worn with it, asked about
 * before an activity, in every language; the clothing concept's Arabic verb forms ("تلبس", "يلبسون"); and the
 * words nearby that are neither (coffee, a plain scarf, the word "dress" alone).
 */
import { describe, expect, it } from 'vitest';
import { ATTIRE_CONCEPTS } from './concepts-attire.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'robe',
    [
      ['en', 'is it fine to ride in a dishdasha or should I change?'],
      ['es', '¿puedo entrar con chilaba o tengo que cambiarme?'],
      ['fr', 'mon mari vient en djellaba, ça pose problème ?'],
      ['it', 'posso fare la lezione con la tunica araba?'],
      ['de', 'darf mein Sohn im Kaftan mitmachen?'],
      ['ca', 'puc venir amb gelaba a la classe?'],
      ['pt', 'dá para andar de túnica tradicional?'],
      ['ar', 'عادي اجي بالدشداشه ولا البس شي ثاني؟'],
    ],
  ],
  [
    'headdress',
    [
      ['en', 'do I have to take off my ghutra for the helmet?'],
      ['es', '¿me tengo que quitar la kufiya?'],
      ['fr', 'je peux garder mon keffieh pendant la séance ?'],
      ['it', 'posso tenere la kefiah in testa?'],
      ['de', 'muss ich mein Palituch abnehmen?'],
      ['ca', 'he de treure’m el mocador palestí?'],
      ['pt', 'preciso tirar o shemagh para pôr o capacete?'],
      ['ar', 'وين اخلي الغتره والعقال؟'],
    ],
  ],
];

describeConceptTable('the attire concepts', ATTIRE_CONCEPTS, examples, [
  ['ar', 'فيه كوفي شوب قريب؟', 'headdress'],
  ['ar', 'عندكم قهوة وكوفي؟', 'robe'],
  ['en', 'what should I wear, is a dress ok?', 'robe'],
  ['en', 'can I bring a scarf, it gets cold', 'headdress'],
  ['de', 'ist es egal, wann ich komme?', 'headdress'],
  ['fr', 'il fait froid, je mets une écharpe ?', 'headdress'],
  ['es', 'llevo pañuelo para el pelo', 'headdress'],
]);

describe('clothing: the Arabic verb of wearing, as every person conjugates it', () => {
  it.each(['شو تلبس بنتي للحصه الاولى؟', 'الاولاد يلبسون شي معين؟', 'لازم تلبسين ملابس رياضيه؟', 'شنو يلبسو الصغار؟'])(
    'reads "%s" as clothing',
    (text) => {
      expect(conceptsOf(text, 'ar')).toContain('clothing');
    },
  );
});
