/**
 * The concepts of sports clubs and climbing gyms (concepts-sport.ts), each found in a customer's phrase in every
 * language, and the near misses that must raise none; a dog by its pet names and breeds, sports shoes as shoes, midday in
 * French and someone else using a pack, in the shared tables.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { SPORT_CONCEPTS } from './concepts-sport.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'routeSetting',
    [
      ['en', 'which day do you reset the walls? I like trying the fresh problems'],
      ['es', '¿qué día ponéis bloques nuevos en la sala?'],
      ['fr', 'les nouveaux blocs sortent quel jour ?'],
      ['it', 'quando fate la tracciatura dei blocchi?'],
      ['de', 'an welchem Tag wird bei euch umgeschraubt?'],
      ['ca', 'quin dia poseu blocs nous?'],
      ['pt', 'quando é que aparecem novas vias na parede?'],
      ['ar', 'متى تحطون مسارات جديده على الجدار؟'],
    ],
  ],
  [
    'clayCourt',
    [
      ['en', 'are your clay courts open in winter?'],
      ['es', '¿cuántas pistas de tierra batida tenéis?'],
      ['fr', 'vous avez des courts en terre battue ?'],
      ['it', 'avete campi in terra rossa?'],
      ['de', 'kann man bei euch auf dem Sandplatz spielen?'],
      ['ca', 'teniu pistes de terra batuda?'],
      ['pt', 'vocês têm campos de terra batida?'],
      ['ar', 'عندكم ملعب ترابي للتنس؟'],
    ],
  ],
  [
    'markingSole',
    [
      ['en', 'are black soles allowed on the courts?'],
      ['es', 'mis zapatillas tienen la suela negra, ¿pasa algo?'],
      ['fr', 'des chaussures à semelles noires, c’est interdit ?'],
      ['it', 'con la suola nera posso entrare in campo?'],
      ['de', 'sind Schuhe mit dunkler Sohle erlaubt?'],
      ['ca', 'amb sola negra es pot jugar?'],
      ['pt', 'posso jogar com sola preta?'],
      ['ar', 'ينفع حذاء نعل اسود في الملعب؟'],
    ],
  ],
  [
    'playPartner',
    [
      ['en', "I'm new in town, can you find me a partner for doubles?"],
      ['es', 'soy nueva y no tengo con quién jugar'],
      ['fr', 'je cherche quelqu’un avec qui jouer le soir'],
      ['it', 'non ho nessuno con cui giocare, mi aiutate?'],
      ['de', 'ich suche Mitspieler für Tennis am Wochenende'],
      ['ca', 'no tinc amb qui jugar, em podeu ajudar?'],
      ['pt', 'não tenho com quem jogar, vocês ajudam?'],
      ['ar', 'ما عندي حد يلعب معي، تساعدوني؟'],
    ],
  ],
  [
    'summerHeat',
    [
      ['en', 'is it too hot to play tennis in July?'],
      ['es', 'en agosto hace calor para jugar a las tres?'],
      ['fr', 'avec la chaleur, vous fermez l’après-midi ?'],
      ['it', 'con il caldo di luglio giocate lo stesso?'],
      ['de', 'spielt man bei der Hitze überhaupt mittags?'],
      ['ca', 'amb la calor d’agost obriu a la tarda?'],
      ['pt', 'com o calor de agosto dão aulas à tarde?'],
      ['ar', 'في الصيف حر شديد، تفتحون الظهر؟'],
    ],
  ],
];

/** Words of other businesses that look like a sports club's and must stay what they are. */
const OTHER_BUSINESSES: [TextLanguage, string, string][] = [
  ['en', 'I have a problem with my new crown', 'routeSetting'],
  ['en', 'any new problems since the last visit?', 'routeSetting'],
  ['de', 'ich habe ein neues Problem mit dem Knie', 'routeSetting'],
  ['es', 'vivo en tierra de nadie, ¿venís a domicilio?', 'clayCourt'],
  ['fr', 'on arrive par la terre, pas en bateau', 'clayCourt'],
  ['de', 'mein Kind spielt gern im Sand', 'clayCourt'],
  ['en', 'my son has a black belt in judo', 'markingSole'],
  ['ca', 'la meva filla vindrà sola', 'markingSole'],
  ['pt', 'a minha filha vai sozinha', 'markingSole'],
  ['en', 'can my partner come to the scan?', 'playPartner'],
  ['es', 'vengo con mi pareja a la cita', 'playPartner'],
  ['de', 'darf mein Partner mitkommen?', 'playPartner'],
  ['es', 'puedo ponerme calor en la espalda después?', 'summerHeat'],
  ['en', 'is a heat pack good for my back?', 'summerHeat'],
  ['fr', 'la cire chaude fait mal ?', 'summerHeat'],
];

describeConceptTable('the sports club concepts', SPORT_CONCEPTS, examples, OTHER_BUSINESSES);

describe('dog: a dog by any name or breed is a dog, a puppy stays a puppy', () => {
  it.each([
    ['en', 'my doggo is very calm, can she come?'],
    ['en', 'can I bring the pooch to the café?'],
    ['en', 'our golden retriever just naps, is that ok?'],
  ] as [TextLanguage, string][])('reads %s "%s" as a dog', (language, text) => {
    expect(conceptsOf(text, language)).toContain('dog');
  });

  it.each([
    ['en', 'when should my puppy get the first vaccine?'],
    ['de', 'ab wann darf der Welpe zum Kennenlernen kommen?'],
    ['fr', 'mon chiot peut venir pour une première visite ?'],
  ] as [TextLanguage, string][])('reads %s "%s" as a puppy, not only a dog', (language, text) => {
    const concepts = conceptsOf(text, language);
    expect(concepts).toContain('puppy');
    expect(concepts).not.toContain('dog');
  });
});

describe('shoes: sports shoes are shoes', () => {
  it.each([
    ['en', 'are running shoes fine or do I need special ones?'],
    ['es', '¿puedo venir con zapatillas de correr?'],
    ['fr', 'je peux jouer en baskets ?'],
    ['it', 'vanno bene le scarpe da ginnastica?'],
    ['de', 'reichen normale Turnschuhe?'],
    ['ca', 'puc venir amb sabatilles?'],
    ['pt', 'posso ir de sapatilhas?'],
    ['ar', 'ينفع حذاء رياضي عادي؟'],
  ] as [TextLanguage, string][])('reads %s "%s" as shoes', (language, text) => {
    expect(conceptsOf(text, language)).toContain('shoes');
  });

  it.each([
    ['en', 'do your trainers speak Spanish?'],
    ['en', 'who are the trainers of the kids club?'],
  ] as [TextLanguage, string][])('does not read %s "%s" as shoes', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('shoes');
  });
});

describe('lunchBreak: midday in French', () => {
  it('reads "le midi" as midday', () => {
    expect(conceptsOf('vous êtes ouverts le midi en semaine ?', 'fr')).toContain('lunchBreak');
  });
  it('does not read "midi" in a time of the day named otherwise', () => {
    expect(conceptsOf('je viens vers 15h', 'fr')).not.toContain('lunchBreak');
  });
});

describe('transfer: someone else using what the customer bought', () => {
  it.each([
    ['en', 'can my husband use some of my sessions?'],
    ['en', 'is the card just for me or for the family too?'],
    ['es', '¿el bono es solo para mí?'],
    ['fr', 'la carte, c’est juste pour moi ?'],
    ['de', 'ist die Karte nur für mich?'],
  ] as [TextLanguage, string][])('reads %s "%s" as a transfer', (language, text) => {
    expect(conceptsOf(text, language)).toContain('transfer');
  });

  it.each([
    ['en', 'my husband used to come here'],
    ['de', 'ich möchte euch mitteilen, dass ich später komme'],
    ['de', 'zum Teil bin ich schon da'],
  ] as [TextLanguage, string][])('does not read %s "%s" as a transfer', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('transfer');
  });
});
