/**
 * The concepts of bicycle workshops and bike shops (concepts-bicycle.ts): each is found in a customer's phrase
 * in every language, and the words of a salon, a clinic, a dentist, a vet or a groomer that look like a bike
 * shop's raise none.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { BICYCLE_CONCEPTS } from './concepts-bicycle.js';
import { OFFERING_CONCEPTS } from './concepts.js';
import { type ConceptExamples, conceptsAlsoInItDe, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'bicycle',
    [
      ['en', 'can you look at my bike tomorrow?'],
      ['en', 'do you repair road bikes and MTBs?'],
      ['es', 'mi bici hace un ruido raro'],
      ['es', 'tengo una bicicleta de montaña vieja'],
      ['fr', 'mon vélo fait un bruit bizarre'],
      ['it', 'la mia bici fa un rumore strano'],
      ['de', 'mein Fahrrad quietscht'],
      ['de', 'könnt ihr mein Velo anschauen?'],
      ['ca', 'la meva bici fa un soroll estrany'],
      ['pt', 'a minha bicicleta faz um barulho estranho'],
      ['ar', 'البشكليطة ديالي فيها مشكل'],
      ['ar', 'الدراجة تبعي خربانة'],
    ],
  ],
  [
    'eBike',
    [
      ['en', 'my e-bike shows an error on the display'],
      ['en', 'do you service electric bikes?'],
      ['es', 'arregláis bicis eléctricas?'],
      ['fr', 'vous réparez les vélos électriques ?'],
      ['it', 'riparate le bici elettriche?'],
      ['de', 'macht ihr auch E-Bikes?'],
      ['ca', 'arregleu bicicletes elèctriques?'],
      ['pt', 'consertam bicicletas elétricas?'],
      ['ar', 'واش كتصلحو الدراجات الكهربائية؟'],
    ],
  ],
  [
    'puncture',
    [
      ['en', 'I got a flat on my way to work, can you fix it?'],
      ['en', 'do you set up tubeless?'],
      ['es', 'tengo un pinchazo en la bici'],
      ['es', 'cuánto cuesta cambiar la cámara?'],
      ['fr', "j'ai une crevaison, vous changez la chambre à air ?"],
      ['it', 'ho bucato la ruota, cambiate la camera d aria?'],
      ['de', 'ich habe einen Platten am Fahrrad'],
      ['de', 'könnt ihr den Schlauch wechseln?'],
      ['ca', 'tinc una punxada a la bici'],
      ['pt', 'tenho um furo na bicicleta'],
      ['ar', 'العجلة مثقوبة واش تصلحوها؟'],
    ],
  ],
  [
    'gears',
    [
      ['en', 'my gears keep slipping'],
      ['en', 'the chain keeps coming off'],
      ['en', 'can you fit a new derailleur hanger?'],
      ['es', 'se me sale la cadena de la bici'],
      ['es', 'hay que ajustar el cambio trasero'],
      ['fr', 'le dérailleur est tordu'],
      ['it', 'il deragliatore non funziona, saltano le marce'],
      ['de', 'könnt ihr die Schaltung einstellen?'],
      ['ca', 'cal ajustar el canvi de la bici'],
      ['pt', 'as mudanças da bicicleta saltam'],
      ['ar', 'الفيتاس ديال البشكليطة ما خدامينش'],
    ],
  ],
];

/**
 * Phrases of other businesses that no bicycle concept may read, each with the bicycle concept its words come
 * nearest to.
 */
const OTHER_BUSINESSES: [TextLanguage, string, string][] = [
  // An injection, a piercing, a wound: the words of a flat elsewhere.
  ['es', 'me pusieron un pinchazo de bótox', 'puncture'],
  ['es', 'me duele el pinchazo de la vacuna', 'puncture'],
  ['ca', 'em fa mal la punxada al braç', 'puncture'],
  ['it', 'fate la foratura delle orecchie ai bambini?', 'puncture'],
  ['it', 'mi hanno forato le orecchie da piccola', 'puncture'],
  ['en', 'my dog has a puncture wound on his paw', 'puncture'],
  ['en', 'the vet said the wound was punctured', 'puncture'],
  ['en', 'is the tube station close?', 'puncture'],
  ['en', 'he has a feeding tube', 'puncture'],
  ['es', 'se puede hacer fotos con la cámara?', 'puncture'],
  ['it', 'avete una camera per i massaggi di coppia?', 'puncture'],
  ['fr', 'vous avez une chambre pour la nuit ?', 'puncture'],
  ['fr', 'je suis crevé, je peux venir demain ?', 'puncture'],
  ['de', 'hat der Hund einen Schlauch im Bein?', 'puncture'],
  ['pt', 'quero fazer um furo na orelha', 'puncture'],
  ['en', 'is the dental sealant safe?', 'puncture'],
  // A change, a chain, a necklace, a gear to bring.
  ['es', 'cuánto cuesta el cambio de aceite?', 'gears'],
  ['es', 'quiero hacer un cambio de cita', 'gears'],
  ['es', 'sois una cadena de peluquerías?', 'gears'],
  ['es', 'soy alérgica a los piñones', 'gears'],
  ['en', 'change of plans, can I come later?', 'gears'],
  ['en', 'my shift ends at 5, can I come after?', 'gears'],
  ['en', 'what gear should I bring to the class?', 'gears'],
  ['en', 'can I keep my chain necklace on for the x-ray?', 'gears'],
  ['fr', 'un changement de rendez-vous', 'gears'],
  ['fr', 'à quelle vitesse pousse la barbe ?', 'gears'],
  ['fr', 'je suis allergique aux pignons de pin', 'gears'],
  ['it', 'vorrei un cambio di appuntamento', 'gears'],
  ['it', 'posso tenere la catenina durante la lastra?', 'gears'],
  ['it', 'mi si è rotta la corona del dente', 'gears'],
  ['de', 'darf ich die Kette beim Röntgen tragen?', 'gears'],
  ['de', 'in welchem Gang ist die Toilette?', 'gears'],
  ['pt', 'quanto custa a mudança de óleo?', 'gears'],
  ['pt', 'posso ficar com a corrente no pescoço?', 'gears'],
  ['pt', 'qual é o câmbio do euro?', 'gears'],
  ['ca', 'vull fer un canvi de cita', 'gears'],
  ['ca', 'soc al·lèrgica als pinyons', 'gears'],
  // A cycle, a veil, a wheel, a spin class.
  ['en', 'I am on day 3 of my cycle, can I still wax?', 'bicycle'],
  ['en', 'how many cycles of laser do I need?', 'bicycle'],
  ['es', 'hacéis maquillaje con velo de novia?', 'bicycle'],
  ['it', 'il velo da sposa va bene con questa acconciatura?', 'bicycle'],
  ['de', 'ich trinke gern ein Radler nach der Massage', 'bicycle'],
  ['de', 'das Rad am Rollstuhl ist kaputt', 'bicycle'],
  ['ar', 'عندي درج فالدار', 'bicycle'],
  ['ar', 'عندي عجلة، نقدر نجي دابا؟', 'bicycle'],
  // A battery, a motor, a screen: a hearing aid's, a chair's.
  ['en', 'the battery of my hearing aid is dead', 'eBike'],
  ['es', 'el motor de la silla de ruedas no va', 'eBike'],
  ['fr', "l'écran de mon appareil auditif est cassé", 'eBike'],
  ['de', 'der Akku vom Hörgerät ist leer', 'eBike'],
  ['fr', 'je fais une VAE pour mon diplôme, vous prenez des stagiaires ?', 'puncture'],
];

const bicycleConcepts = Object.keys(BICYCLE_CONCEPTS);

describeConceptTable('the bicycle workshop concepts', BICYCLE_CONCEPTS, examples, OTHER_BUSINESSES);

describe('the bicycle workshop concepts, read beside other languages', () => {
  it.each(OTHER_BUSINESSES)('%s "%s" raises no bicycle concept, in Italian and German too', (language, text) => {
    const found = [...conceptsAlsoInItDe(text, language)];
    expect(found.filter((c) => c in BICYCLE_CONCEPTS)).toEqual([]);
  });

  it.each<[TextLanguage, string, string]>([
    // Read in English as well, as every message is.
    ['es', 'me hicieron un pinchazo en el brazo', 'puncture'],
    ['it', 'la forchetta è caduta', 'suspension'],
    ['fr', "c'est une occasion spéciale", 'usedBikes'],
  ])('%s "%s" is not %s, read in English too', (language, text, concept) => {
    const found = [...conceptsOf(text, language), ...conceptsOf(text, 'en')];
    expect(found).not.toContain(concept);
  });

  it.each([
    ['es', 'tengo un pinchazo en la rueda de la bici', 'me pusieron un pinchazo en el brazo'],
    ['it', 'ho una foratura alla ruota', 'vorrei la foratura al lobo'],
    ['es', 'el cambio trasero va mal', 'el cambio de hora me afecta'],
    ['de', 'der Schlauch ist kaputt, bitte wechseln', 'der Schlauch vom Staubsauger'],
  ] as const)('%s: "%s" is a bike shop\'s, "%s" is not', (language, shop, other) => {
    expect([...conceptsOf(shop, language)].some((c) => c in BICYCLE_CONCEPTS)).toBe(true);
    expect([...conceptsOf(other, language)].filter((c) => c in BICYCLE_CONCEPTS)).toEqual([]);
  });

  it('counts what a bike shop offers as offerings, not the customer’s bike', () => {
    for (const concept of bicycleConcepts)
      expect(OFFERING_CONCEPTS.has(concept as never), concept).toBe(concept !== 'bicycle' && concept !== 'eBike');
  });
});
