/**
 * The visitors' concepts (concepts-visitors.ts): luggage, coming alone, leftovers and hints, in every language;
 * and the words added to older concepts this round: leaving the car and a limited traffic zone (parking), never
 * having cooked or knowing how to (beginner), joining a class (enrol), eating what was cooked (eat). With the
 * near misses that must keep meaning something else.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { VISITOR_CONCEPTS } from './concepts-visitors.js';
import { type ConceptExamples, conceptsAlsoInItDe, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'luggage',
    [
      ['en', 'is there somewhere to put our luggage during the tour?'],
      ['en', 'we will have two big suitcases with us'],
      ['es', 'se puede dejar el equipaje antes de la actividad?'],
      ['es', 'venimos con las maletas del hotel'],
      ['fr', 'on aura nos valises avec nous, ça pose problème ?'],
      ['it', 'possiamo lasciare i bagagli da voi?'],
      ['de', 'können wir unsere Koffer bei euch abstellen?'],
      ['ca', 'podem deixar les maletes a l’escola?'],
      ['pt', 'dá pra deixar as malas aí durante a aula?'],
      ['pt', 'vou estar com uma mochila grande'],
      ['ar', 'wach n9der nkhli la valise 3ndkom?'],
    ],
  ],
  [
    'solo',
    [
      ['en', 'I will be travelling alone, is that ok?'],
      ['en', 'can I come on my own or is it for couples?'],
      ['es', 'viajo sola, puedo apuntarme igual?'],
      ['fr', 'je viens toute seule, c’est possible ?'],
      ['it', 'vengo da solo, va bene lo stesso?'],
      ['de', 'ich reise alleine, kann ich trotzdem mitkommen?'],
      ['ca', 'vinc tota sola, hi ha problema?'],
      ['pt', 'estou viajando sozinha, posso participar?'],
      ['ar', 'انا جاي بوحدي واش ممكن؟'],
    ],
  ],
  [
    'leftovers',
    [
      ['en', 'what happens to the leftovers after the dinner?'],
      ['es', 'nos podemos llevar las sobras?'],
      ['fr', 'est-ce qu’on peut emporter les restes ?'],
      ['it', 'se avanza qualcosa si può portare a casa gli avanzi?'],
      ['de', 'dürfen wir die Reste mitnehmen?'],
      ['ca', 'ens podem endur les sobres?'],
      ['pt', 'dá pra levar as sobras pra casa?'],
      ['ar', 'واش نقدرو ناخدو البقايا معانا؟'],
    ],
  ],
  [
    'hints',
    [
      ['en', 'do the staff give you a hint when a team is lost?'],
      ['en', 'what happens if we get stuck in the second room?'],
      ['es', 'si nos atascamos nos ayudáis?'],
      ['fr', 'vous donnez un indice quand on galère ?'],
      ['it', 'ci date qualche indizio durante il gioco?'],
      ['de', 'bekommt man Hinweise, wenn man nicht weiterkommt?'],
      ['ca', 'ens doneu pistes si ens encallem?'],
      ['pt', 'vocês dão dicas durante o jogo?'],
      ['ar', 'واش كتعطيو تلميحات فاللعبه؟'],
    ],
  ],
];

const notRead: [TextLanguage, string, string][] = [
  // Bags under the eyes, stuck in traffic, how many places are left, "solo" as only: no luggage, hint, leftovers.
  ['en', 'do you treat bags under the eyes?', 'luggage'],
  ['en', 'sorry I am stuck in traffic, be there in 10', 'hints'],
  ['en', 'how many places are left for saturday?', 'leftovers'],
  ['es', 'solo quería saber el precio', 'solo'],
  ['it', 'mia nipote ha 15 anni, può venire da sola?', 'solo'],
  ['en', 'can my 16 year old come alone?', 'solo'],
  ['de', 'darf meine Tochter alleine kommen?', 'solo'],
  ['es', 'se puede hacer todo en una sola sesión?', 'solo'],
  ['it', 'basta una sola seduta?', 'solo'],
  ['es', 'tenéis pista de pádel cubierta?', 'hints'],
  ['fr', 'c’est le seul jour où je peux venir', 'solo'],
  ['fr', 'il reste de la place samedi ?', 'leftovers'],
  ['it', 'vorrei solo sapere il prezzo', 'solo'],
  ['ca', 'hi ha sol a la terrassa?', 'solo'],
  ['pt', 'só queria saber o preço', 'solo'],
];

describeConceptTable('visitors concepts', VISITOR_CONCEPTS, examples, notRead);

describe('words added to older concepts', () => {
  it.each([
    ['en', 'where can we leave the car for the morning?', 'parking'],
    ['en', 'is the school inside the ZTL?', 'parking'],
    ['it', 'siete dentro la zona a traffico limitato?', 'parking'],
    ['en', 'I have honestly never cooked in my life', 'beginner'],
    ['fr', 'on ne sait pas cuisiner du tout, je suis sans expérience', 'beginner'],
    ['it', 'bisogna saper cucinare per venire?', 'beginner'],
    ['pt', 'nunca cozinhei nada, tem problema?', 'beginner'],
    ['es', 'no sé cocinar nada, es para mí?', 'beginner'],
    ['de', 'ich habe keine Erfahrung beim Kochen', 'beginner'],
    ['en', 'I am worried I would slow the group down', 'beginner'],
    ['en', 'can my sister join a class on friday?', 'enrol'],
    ['it', 'posso unirmi a un gruppo già formato?', 'enrol'],
    ['es', 'puedo unirme a una clase ya empezada?', 'enrol'],
    ['pt', 'a gente come o que preparou no final?', 'eat'],
    ['es', 'al final comemos lo que cocinamos?', 'eat'],
  ] as [TextLanguage, string, string][])('reads %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    // A car that is the topic itself (a garage's), a first experience, a join in a pipe: none of the added words.
    ['en', 'my car makes a noise when I brake', 'parking'],
    ['en', 'what was your experience with the new chef?', 'beginner'],
    ['en', 'can you fix the join in the pipe?', 'enrol'],
    ['pt', 'como faço para chegar?', 'eat'],
  ] as [TextLanguage, string, string][])('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it('reads English "nah" as no German "nah" (near), which German still is', () => {
    expect(conceptsAlsoInItDe('am I ok to do it or nah? just checking', 'en')).not.toContain('near');
    expect(conceptsAlsoInItDe('ist das ganz nah am Bahnhof?', 'de')).toContain('near');
  });
});
