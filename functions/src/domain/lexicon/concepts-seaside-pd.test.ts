/**
 * Round 42 (helper-201): jellyfish in the water and a room kept cool (AC, fans) in eight languages; a wheelchair
 * user is accessibility (a disability in general is not); the forms of eating people write ("mangent", "mengen", "isst", "comem") and
 * Balearic "nin" (a child).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from '../languages.js';
import { SEASIDE_CONCEPTS } from './concepts-seaside.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

// Compiling the concept tables in eight languages takes seconds on a loaded machine: once, before the tests.
beforeAll(() => {
  for (const language of TEXT_LANGUAGES) conceptsOf('hola', language);
}, 60_000);

const examples: ConceptExamples = [
  [
    'jellyfish',
    [
      ['en', 'are there many jellyfish in the bay this time of year?'],
      ['es', 'hay medusas en la playa ahora?'],
      ['fr', 'il y a des méduses dans la baie en août ?'],
      ['it', 'ci sono meduse in acqua?'],
      ['de', 'gibt es bei euch Quallen im Wasser?'],
      ['ca', 'hi ha meduses aquests dies?'],
      ['pt', 'tem água-viva na praia?'],
      ['ar', 'في قناديل البحر بالمية؟'],
    ],
  ],
  [
    'roomCooling',
    [
      ['en', 'does the studio have AC?'],
      ['es', 'la sala tiene aire acondicionado o ventiladores?'],
      ['fr', 'la salle est climatisée ?'],
      ['it', "c'è l'aria condizionata nella sala?"],
      ['de', 'habt ihr eine Klimaanlage im Raum?'],
      ['ca', 'la sala té aire condicionat?'],
      ['pt', 'a sala tem ar condicionado?'],
      ['ar', 'القاعه فيها مكيف؟'],
    ],
  ],
];

describeConceptTable('the seaside concepts', SEASIDE_CONCEPTS, examples, [
  ['en', 'can we do the class outside in the fresh air?', 'roomCooling'],
  ['es', 'hacéis clases al aire libre?', 'roomCooling'],
  ['en', 'my account number is on the AC form? no, I meant the invoice', 'jellyfish'],
  ['de', 'wie ist das Klima im Sommer?', 'roomCooling'],
  ['fr', 'je suis fan de salsa', 'roomCooling'],
  ['en', 'that sounds cool, see you friday', 'roomCooling'],
]);

describe('a wheelchair user is accessibility; a disability in general is not', () => {
  it.each([
    ['en', 'my dad is a wheelchair user, can he join the tour?'],
    ['pt', 'meu irmão é cadeirante, ele pode participar?'],
    ['de', 'sie ist Rollstuhlfahrerin, ist das möglich?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('accessibility');
  });

  it.each([
    ['pt', 'tenho deficiência de vitamina D, posso fazer o soro?'],
    // A disability in general is no question about the premises (round 42, after review: a question whether
    // someone with a disability may take part, which the data did not answer, was answered with step-free access).
    ['es', 'mi hijo tiene una discapacidad, puede venir?'],
    ['ca', 'feu classes per a persones amb discapacitat?'],
    ['pt', 'vocês atendem pessoas com deficiência?'],
    ['de', 'mein Sohn hat eine Behinderung, geht das trotzdem?'],
    ['en', 'who is the user of the account?'],
  ] as const)('%s "%s" is no accessibility', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('accessibility');
  });
});

describe('the forms of eating people write', () => {
  it.each([
    ['fr', 'les petits mangent où à midi ?'],
    ['fr', 'vous mangez avec eux ?'],
    ['ca', 'on mengen els alumnes?'],
    ['it', 'i bambini mangiano lì?'],
    ['de', 'wo isst mein Sohn mittags?'],
    ['pt', 'as crianças comem aí?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('eat');
  });

  it.each([
    ['ca', 'el nin té 8 anys'],
    ['ca', 'quants nins hi ha per grup?'],
  ] as const)('%s "%s" names a child', (language, text) => {
    expect(conceptsOf(text, language)).toContain('children');
  });
});
