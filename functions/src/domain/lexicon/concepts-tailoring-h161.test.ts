/**
 * The concepts of tailors and alteration workshops (concepts-tailoring.ts): each is found in a customer's phrase in
 * every language, and the words of a salon, a clinic, a lab or a vet that look like a tailor's raise none. Also the
 * deposit asked as "a part paid on ordering".
 */
import { describe, expect, it } from 'vitest';
import { TAILORING_CONCEPTS } from './concepts-tailoring.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'sleeves',
    [
      ['en', 'the sleeves of my blazer are too long'],
      ['es', 'las mangas de la americana me quedan largas'],
      ['fr', 'les manches de ma veste sont trop longues'],
      ['it', 'le maniche del cappotto sono troppo lunghe'],
      ['de', 'die Ärmel meines Sakkos sind zu lang'],
      ['ca', 'les mànigues de l americana són massa llargues'],
      ['pt', 'as mangas do casaco estão compridas'],
      ['ar', 'الاكمام طويلة بزاف'],
    ],
  ],
  [
    'hem',
    [
      ['en', 'can you take up the hem of my skirt?'],
      ['en', 'I need these chinos shortened'],
      ['es', 'necesito hacer el bajo de unos chinos'],
      ['fr', 'vous faites les ourlets de pantalon ?'],
      ['it', 'mi fate l orlo ai pantaloni?'],
      ['de', 'könnt ihr meine Hose kürzen?'],
      ['ca', 'em podeu escurçar la faldilla?'],
      ['pt', 'fazem a bainha das calças?'],
      ['ar', 'بغيت تقصير السروال'],
    ],
  ],
  [
    'lining',
    [
      ['en', 'the lining is ripped inside my coat'],
      ['es', 'el forro del abrigo está descosido'],
      ['fr', 'la doublure de mon manteau est déchirée'],
      ['it', 'la fodera del cappotto è scucita'],
      ['de', 'das Innenfutter meines Mantels ist kaputt'],
      ['ca', 'el folre de l abric està esquinçat'],
      ['pt', 'o forro do casaco rasgou'],
      ['ar', 'البطانه ديال المعطف تقطعات'],
    ],
  ],
  [
    'zip',
    [
      ['en', 'the zipper on my parka is stuck'],
      ['es', 'se me ha roto la cremallera del abrigo'],
      ['fr', 'la fermeture éclair de mon blouson est cassée'],
      ['it', 'la cerniera della borsa non chiude'],
      ['de', 'der Reißverschluss meiner Jacke klemmt'],
      ['ca', 'la cremallera dels texans s ha trencat'],
      ['pt', 'o fecho do casaco partiu'],
      ['ar', 'السوسته ديال الجاكيت تقطعات'],
    ],
  ],
  [
    'fabric',
    [
      ['en', 'I have some linen cloth from a trip, could you use it?'],
      ['es', 'puedo llevar una tela que compré en Italia?'],
      ['fr', 'je peux apporter mon propre tissu ?'],
      ['it', 'posso portare una stoffa mia?'],
      ['de', 'kann ich meinen eigenen Stoff mitbringen?'],
      ['ca', 'puc portar una tela meva?'],
      ['pt', 'posso levar o meu próprio tecido?'],
      ['ar', 'عندي قماش ديالي واش تخيطوه؟'],
    ],
  ],
  [
    'garmentFitting',
    [
      ['en', 'how long does each fitting take?'],
      ['es', 'cuántas pruebas necesita un abrigo a medida?'],
      ['fr', 'combien d essayages pour une veste ?'],
      ['it', 'quante prove servono per un cappotto?'],
      ['de', 'wie lange dauert eine Anprobe?'],
      ['ca', 'quantes proves calen per a una americana?'],
      ['pt', 'quantas provas são precisas para um casaco?'],
      ['ar', 'شحال من بروفه خاصني ندير؟'],
    ],
  ],
  [
    'firstCommunion',
    [
      ['en', 'my daughter has her first communion in spring'],
      ['es', 'busco un traje para la comunión de mi sobrino'],
      ['fr', 'une tenue pour la première communion de mon fils'],
      ['it', 'un vestito per la prima comunione di mia figlia'],
      ['de', 'ein Anzug für die Erstkommunion meines Sohnes'],
      ['ca', 'un vestit per a la primera comunió del nen'],
      ['pt', 'um fato para a primeira comunhão do meu filho'],
      ['ar', 'لباس المناوله الاولى لابني'],
    ],
  ],
  [
    'leather',
    [
      ['en', 'do you fix suede boots?'],
      ['es', 'arregláis cazadoras de cuero?'],
      ['fr', 'vous retouchez les vestes en cuir ?'],
      ['it', 'sistemate i giubbotti di pelle?'],
      ['de', 'ändert ihr auch Lederjacken?'],
      ['ca', 'arregleu jaquetes de cuir?'],
      ['pt', 'arranjam casacos de couro?'],
      ['ar', 'واش كتصلحو جاكيت جلد؟'],
    ],
  ],
  [
    'shoes',
    [
      ['en', 'should I wear my heels for the fitting?'],
      ['es', 'traigo los tacones de la boda?'],
      ['fr', 'je dois venir avec mes talons ?'],
      ['it', 'porto le scarpe della cerimonia?'],
      ['de', 'soll ich die Schuhe mitbringen?'],
      ['ca', 'porto les sabates de la festa?'],
      ['pt', 'levo os sapatos do casamento?'],
      ['ar', 'واش نجيب الصباط ديال العرس؟'],
    ],
  ],
  [
    'washedClothes',
    [
      ['en', 'the trousers have never been washed, is that ok?'],
      ['es', 'los pantalones tienen que estar lavados?'],
      ['fr', 'le pantalon est neuf, jamais lavé'],
      ['it', 'i pantaloni sono nuovi, mai lavati'],
      ['de', 'muss die Hose vorher gewaschen sein?'],
      ['ca', 'els pantalons han d estar rentats?'],
      ['pt', 'as calças têm de vir lavadas?'],
      ['ar', 'واش خاص السروال يكون مغسول؟'],
    ],
  ],
];

describeConceptTable('tailoring concepts', TAILORING_CONCEPTS, examples, [
  // Skin, a scalp, a test, a closing time, low prices: other businesses' words.
  ['es', 'tengo la piel muy seca', 'leather'],
  ['fr', 'un soin du cuir chevelu', 'leather'],
  ['it', 'ho la pelle sensibile', 'leather'],
  ['pt', 'tenho a pele oleosa', 'leather'],
  ['es', 'a qué hora es el cierre?', 'zip'],
  ['es', 'tenéis precios más bajos?', 'hem'],
  ['es', 'cuánto tarda la prueba de alergia?', 'garmentFitting'],
  // A crown or a night guard is fitted too; a flat is a home; "de antes" is before, no suede.
  ['en', 'about 7 working days between preparation and fitting', 'garmentFitting'],
  ['en', 'a custom night guard: scan, then fitting', 'garmentFitting'],
  ['en', 'we rent flats by the sea', 'shoes'],
  ['es', 'más los 10 minutos de antes para la ficha', 'leather'],
  ['it', 'fate una lezione di prova?', 'garmentFitting'],
  ['pt', 'a prova de condução é amanhã', 'garmentFitting'],
  ['de', 'welches Futter für meinen Hund?', 'lining'],
  ['de', 'kann ich kurz fragen, ob ihr offen habt?', 'hem'],
  ['en', 'the lining of the womb', 'lining'],
  ['es', 'vamos a una boda el sábado', 'firstCommunion'],
  ['ar', 'كم السعر؟', 'sleeves'],
  // A salon's hair wash and a dentist's cleaning are no garment washed.
  ['es', 'el lavado de pelo va incluido?', 'washedClothes'],
  ['de', 'muss ich vorher die Haare waschen?', 'washedClothes'],
  ['es', 'cuánto cuesta una limpieza dental?', 'washedClothes'],
  ['it', 'quanto costa il lavaggio dei capelli?', 'washedClothes'],
]);

describe('a part paid on ordering is a deposit', () => {
  it.each([
    ['en', 'do I pay part upfront for a tailored coat?'],
    ['es', 'hay que pagar una parte al encargar el abrigo?'],
    ['fr', 'faut-il payer une partie à la commande ?'],
    ['it', 'devo pagare una parte all ordine?'],
    ['de', 'muss ich einen Teil im Voraus zahlen?'],
    ['ca', 'cal pagar una part per avançat?'],
    ['pt', 'tenho de pagar uma parte na encomenda?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('deposit');
  });

  it.each([
    ['fr', 'une partie de la séance est au sol'],
    ['en', 'which part of the body hurts?'],
    ['es', 'en qué parte del cuerpo duele?'],
  ] as const)('not %s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('deposit');
  });
});

describe('money asked back is a refund', () => {
  it.each([
    ['pt', 'não gostei do arranjo, quero o dinheiro de volta'],
    ['es', 'puedo tener mi dinero de vuelta si no me gusta?'],
    ['fr', 'je peux récupérer mon argent ?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('refund');
  });

  it.each([
    ['pt', 'volto de carro, levo dinheiro?'],
    ['es', 'a la vuelta pago en dinero'],
  ] as const)('not %s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('refund');
  });
});
