/**
 * The concepts of pottery workshops (concepts-pottery.ts), each found in a customer's phrase in every language, and
 * the near misses that must raise none; in the shared tables: a shop and browsing in it, dust, a minimum age, a
 * beginner afraid of looking ridiculous, a membership fee in Spanish and Catalan, pieces sent by post.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { POTTERY_CONCEPTS } from './concepts-pottery.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'glaze',
    [
      ['en', 'which colours of glaze can I choose for my mug?'],
      ['es', '¿los esmaltes los ponéis vosotros o los elijo yo?'],
      ['fr', 'on peut choisir la couleur des émaux ?'],
      ['it', 'posso scegliere io gli smalti per la tazza?'],
      ['de', 'welche Glasuren habt ihr zur Auswahl?'],
      ['ca', 'quins colors d’esmalts teniu?'],
      ['pt', 'posso escolher o vidrado das peças?'],
      ['ar', 'ممكن نختار لون الطلاء الزجاجي؟'],
    ],
  ],
  [
    'foodSafe',
    [
      ['en', 'is it safe to drink from the mugs we make?'],
      ['es', '¿los platos son aptos para alimentos?'],
      ['fr', 'les tasses sont-elles sans plomb ?'],
      ['it', 'nelle ciotole ci si può mangiare? c’è piombo?'],
      ['de', 'sind die Tassen lebensmittelecht?'],
      ['ca', 'les tasses són aptes per a aliments?'],
      ['pt', 'dá para comer nelas ou têm chumbo?'],
      ['ar', 'الصحون امن للاكل ولا فيها رصاص؟'],
    ],
  ],
  [
    'firing',
    [
      ['en', 'could you fire some pots I threw at a friend’s studio?'],
      ['es', '¿hacéis cocción de piezas hechas fuera?'],
      ['fr', 'vous pouvez cuire mes pièces dans votre four ?'],
      ['it', 'fate la cottura dei pezzi fatti a casa?'],
      ['de', 'kann ich bei euch Stücke brennen lassen?'],
      ['ca', 'em podeu coure unes peces que he fet jo?'],
      ['pt', 'vocês fazem queima de peças de fora?'],
      ['ar', 'عندكم فرن السيراميك باش نطيب القطع ديالي؟'],
    ],
  ],
  [
    'shelf',
    [
      ['en', 'do members get a shelf to keep their work?'],
      ['es', '¿cada socio tiene su estante?'],
      ['fr', 'on a une étagère pour laisser nos pièces ?'],
      ['it', 'c’è uno scaffale per lasciare i lavori?'],
      ['de', 'bekomme ich ein Regalfach für meine Sachen?'],
      ['ca', 'tinc una lleixa per deixar les meves coses?'],
      ['pt', 'tenho uma prateleira para deixar as peças?'],
      ['ar', 'عندي رف نخلي فيه الحوايج ديالي؟'],
    ],
  ],
];

describeConceptTable('the pottery workshop concepts', POTTERY_CONCEPTS, examples, [
  ['fr', 'je vous envoie un email avec les photos', 'glaze'],
  ['es', 'quiero un esmalte semipermanente rojo', 'glaze'],
  ['en', 'there was a fire in the building next door', 'firing'],
  ['en', 'my boss fired me so I have time now', 'firing'],
  ['pt', 'queimei a mão no forno de casa', 'firing'],
  ['de', 'meine Augen brennen nach dem Peeling', 'firing'],
  ['en', 'can I eat before the treatment?', 'foodSafe'],
  ['it', 'il prezzo è per persona?', 'shelf'],
]);

describe('shop: the business’s own shop, and browsing in it', () => {
  it.each([
    ['en', 'can we just pop in and browse?'],
    ['es', '¿la tiendita abre los domingos?'],
    ['fr', 'on peut passer fouiner dans la boutique ?'],
    ['it', 'il negozietto è aperto anche la domenica?'],
    ['de', 'dürfen wir im Laden einfach ein bisschen stöbern?'],
    ['ca', 'la botigueta obre el diumenge?'],
    ['pt', 'a lojinha abre no domingo?'],
    ['ar', 'المتجر مفتوح يوم الاحد؟'],
  ] as [TextLanguage, string][])('reads %s "%s" as the shop', (language, text) => {
    expect(conceptsOf(text, language)).toContain('shop');
  });

  it.each([
    ['en', 'I shop around for the best price'],
    ['de', 'ich muss mein Handy laden'],
    ['es', 'compré los productos en otra parte'],
  ] as [TextLanguage, string][])('does not read %s "%s" as the shop', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('shop');
  });
});

describe('dust: dust in the air', () => {
  it.each([
    ['en', 'is it very dusty in the studio?'],
    ['es', 'con tanto polvo me pica la garganta'],
    ['fr', 'il y a beaucoup de poussière ?'],
    ['it', 'c’è tanta polvere nel laboratorio?'],
    ['de', 'ist da viel Staub in der Luft?'],
    ['ca', 'hi ha molta pols del fang a l’aula?'],
    ['pt', 'tem muita poeira na sala?'],
    ['ar', 'كاين بزاف ديال الغبار؟'],
  ] as [TextLanguage, string][])('reads %s "%s" as dust', (language, text) => {
    expect(conceptsOf(text, language)).toContain('dust');
  });

  it.each([
    ['ca', 'el metge em va prendre el pols'],
    ['pt', 'pode ser depois do almoço?'],
  ] as [TextLanguage, string][])('does not read %s "%s" as dust', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('dust');
  });
});

describe('age: old enough, a minimum age', () => {
  it.each([
    ['en', 'is my son old enough for the adult course?'],
    ['es', '¿hay una edad mínima para el curso?'],
    ['fr', 'il y a une limite d’âge pour le cours ?'],
    ['it', 'qual è l’età minima?'],
    ['de', 'gibt es ein Mindestalter?'],
    ['ca', 'hi ha una edat mínima?'],
    ['pt', 'qual é a idade mínima?'],
    ['ar', 'شنو السن الادنى؟'],
  ] as [TextLanguage, string][])('reads %s "%s" as age', (language, text) => {
    expect(conceptsOf(text, language)).toContain('age');
  });

  it.each([
    ['fr', 'la salle est assez grande pour quinze ?'],
    ['it', 'la sala è abbastanza grande per dieci?'],
    ['en', 'is the room big enough for us?'],
  ] as [TextLanguage, string][])('does not read %s "%s" as age', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('age');
  });
});

describe('beginner: never having done it, afraid of looking ridiculous', () => {
  it.each([
    ['en', 'I’m scared I’ll make a fool of myself, is it for people like me?'],
    ['es', 'no quiero hacer el ridículo delante de todos'],
    ['fr', 'j’ai peur de me ridiculiser devant le groupe'],
    ['it', 'ho paura di fare brutta figura'],
    ['de', 'ich will mich nicht blamieren'],
    ['ca', 'no he tocat un torn en ma vida'],
    ['pt', 'tenho medo de pagar mico na frente dos outros'],
    ['ar', 'خايف نحشم قدام الناس'],
  ] as [TextLanguage, string][])('reads %s "%s" as a beginner', (language, text) => {
    expect(conceptsOf(text, language)).toContain('beginner');
  });

  it.each([
    ['fr', 'le plus beau jour de ma vie'],
    ['en', 'do people like my hair colour?'],
  ] as [TextLanguage, string][])('does not read %s "%s" as a beginner', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('beginner');
  });
});

describe('package: a membership fee, and pieces sent by post', () => {
  it.each([
    ['es', '¿puedo pausar la cuota en agosto?'],
    ['ca', 'puc aturar la quota un mes?'],
  ] as [TextLanguage, string][])('reads %s "%s" as a package', (language, text) => {
    expect(conceptsOf(text, language)).toContain('package');
  });

  it('does not read paying in instalments as a membership', () => {
    expect(conceptsOf('¿puedo pagarlo en cuotas?', 'es')).not.toContain('package');
  });

  it.each([
    ['en', 'can you ship them to Canada?'],
    ['fr', 'vous faites l’envoi à l’étranger ?'],
    ['de', 'könnt ihr die Tassen zu mir nach Hause verschicken?'],
    ['pt', 'quanto é o frete para o Brasil?'],
  ] as [TextLanguage, string][])('reads %s "%s" as sent by post', (language, text) => {
    expect(conceptsOf(text, language)).toContain('mailInRepair');
  });

  it.each([
    ['en', 'send me a message when it’s ready'],
    ['en', 'please don’t post my photos on your page'],
    ['en', 'can you post it on Instagram and tag me?'],
  ] as [TextLanguage, string][])('does not read %s "%s" as sent by post', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('mailInRepair');
  });
});
