/**
 * Round 44 (r44e): old age told from a child's age ("mi papá tiene 74 años… es muy mayor?", "mio padre ha 72
 * anni"), a strange taste in the mouth, a nurse, an IV drip, and the drinking people plan ("posso beber à noite?"),
 * in eight languages; and what must not raise them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from '../languages.js';
import { CARE_CONCEPTS } from './concepts-care.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

beforeAll(() => {
  for (const language of TEXT_LANGUAGES) conceptsOf('hola', language);
}, 60_000);

const { oldAge, oddTaste, nurse, ivDrip } = CARE_CONCEPTS;

const examples: ConceptExamples = [
  [
    'oldAge',
    [
      ['en', 'my dad is 74 years old, can he come?'],
      ['en', 'is it ok for older people and pensioners?'],
      ['es', 'mi papa tiene 74 anos, puede venir o es muy mayor?'],
      ['fr', 'mon père a 72 ans, il peut venir ?'],
      ['it', 'mio padre ha 72 anni, può venire?'],
      ['de', 'meine Mutter ist 70 Jahre alt, geht das noch?'],
      ['de', 'geht das auch für Rentner?'],
      ['ca', 'el meu pare té 75 anys, pot venir?'],
      ['pt', 'minha avó tem 80 anos, ela pode ir?'],
      ['ar', 'ابوي عمره 72 يقدر يجي؟'],
    ],
  ],
  [
    'oddTaste',
    [
      ['en', 'I had a metallic taste during the drip, is that normal?'],
      ['es', 'noté un sabor metálico en la boca'],
      ['fr', 'elle avait un gros bleu et un goût bizarre dans la bouche'],
      ['it', 'ho sentito un sapore metallico'],
      ['de', 'ich hatte einen komischen Geschmack im Mund'],
      ['ca', 'tenia un gust estrany a la boca'],
      ['pt', 'fiquei com gosto metálico na boca'],
      ['ar', 'حسيت طعم معدني بعد الدريب'],
    ],
  ],
  [
    'nurse',
    [
      ['en', 'do you have a male nurse who can come home?'],
      ['es', 'viene una enfermera al hotel?'],
      ['fr', 'une infirmière peut venir à la maison ?'],
      ['it', "l'infermiere viene in hotel?"],
      ['de', 'kommt eine Krankenschwester ins Hotel?'],
      ['ca', 've una infermera a casa?'],
      ['pt', 'a enfermeira vem até o hotel?'],
      ['ar', 'ممكن ممرض رجال يجي البيت؟'],
    ],
  ],
  [
    'ivDrip',
    [
      ['en', 'how long does the drip take?'],
      ['es', 'podemos ponernos un suero de vitaminas siendo turistas?'],
      ['fr', 'combien de temps dure la perfusion ?'],
      ['it', 'quanto dura la flebo?'],
      ['de', 'wie lange dauert die Infusion?'],
      ['ca', 'quant dura el gota a gota?'],
      ['pt', 'se eu fizer o soro amanhã de manhã'],
      ['ar', 'كم ياخذ المغذي؟'],
    ],
  ],
];

describeConceptTable(
  'care concepts: old age, taste, nurse, drip (r44e)',
  { oldAge, oddTaste, nurse, ivDrip },
  examples,
  [
    ['es', 'la niña tiene 5 añitos y el niño 8', 'oldAge'],
    ['es', 'muchos pacientes tienen entre 30 y 60 años', 'oldAge'],
    ['es', 'más de 60 años de experiencia', 'oldAge'],
    ['en', 'the deposit is 60 euros', 'oldAge'],
    ['en', 'do you make dentures for elderly patients?', 'oldAge'],
    ['it', 'dai 14 anni anche la giornata intera', 'oldAge'],
    ['en', 'my son is 11 years old', 'oldAge'],
    ['pt', 'meu filho tem 8 anos', 'oldAge'],
    ['en', 'does it taste of chlorine?', 'oddTaste'],
    ['en', 'I am still nursing my baby', 'nurse'],
    ['de', 'brauche ich Tropfen für die Augen?', 'ivDrip'],
    ['ca', 'quin sèrum facial feu servir?', 'ivDrip'],
  ],
);

describe('the drinking people plan is alcohol (r44e)', () => {
  it.each<[(typeof TEXT_LANGUAGES)[number], string]>([
    ['pt', 'posso beber a noite? tem festa num iate'],
    ['en', 'can I go drinking tonight after the drip?'],
    ['es', 'puedo tomar unas copas esta noche?'],
    ['fr', 'je peux boire un verre ce soir ?'],
    ['it', 'posso bere un drink stasera?'],
    ['de', 'darf ich heute Abend trinken?'],
    ['ca', 'puc fer una copa aquesta nit?'],
  ])('%s: %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('alcohol');
  });

  it.each<[(typeof TEXT_LANGUAGES)[number], string]>([
    ['pt', 'posso beber água antes do soro?'],
    ['en', 'can I drink water before?'],
    ['it', 'posso bere acqua prima?'],
  ])('water is not (%s): %s', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('alcohol');
  });
});
