/**
 * The opticians' and podiatry concepts (concepts-sight-feet.ts): each is
 * found in a customer's phrase in every language, and words that mean
 * something else nearby do not raise it.
 */
import { SIGHT_FEET_CONCEPTS } from './concepts-sight-feet.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'glasses',
    [
      ['en', 'my specs are bent'],
      ['es', 'se me han roto las gafas'],
      ['fr', 'mes lunettes sont cassées'],
      ['it', 'ho rotto gli occhiali'],
      ['de', 'meine Brille ist kaputt'],
      ['ca', "m'he trencat les ulleres"],
      ['pt', 'parti os óculos'],
      ['ar', 'النظارة ديالي تهرسات'],
    ],
  ],
  [
    'frames',
    [
      ['en', 'do you have titanium frames?'],
      ['es', 'tenéis monturas de titanio?'],
      ['fr', 'vous avez des montures en titane ?'],
      ['it', 'avete montature in titanio?'],
      ['de', 'habt ihr Gestelle aus Titan?'],
      ['ca', 'teniu muntures de titani?'],
      ['pt', 'têm armações de titânio?'],
      ['ar', 'عندكم اطارات خفيفين؟'],
    ],
  ],
  [
    'contactLenses',
    [
      ['en', 'can I try contacts?'],
      ['es', 'quiero probar lentillas'],
      ['fr', 'je voudrais essayer des lentilles'],
      ['it', 'vorrei provare le lenti a contatto'],
      ['de', 'ich möchte Kontaktlinsen ausprobieren'],
      ['ca', 'vull provar lents de contacte'],
      ['pt', 'quero experimentar lentes de contato'],
      ['ar', 'بغيت نجرب العدسات'],
    ],
  ],
  [
    'colouredLenses',
    [
      ['en', 'do you sell coloured contacts?'],
      ['es', 'tenéis lentillas de colores sin graduar?'],
      ['fr', 'vous vendez des lentilles de couleur ?'],
      ['it', 'avete lenti colorate?'],
      ['de', 'verkauft ihr farbige Kontaktlinsen?'],
      ['ca', 'teniu lents de colors?'],
      ['pt', 'vocês vendem lentes coloridas?'],
      ['ar', 'تبيعون عدسات ملونة بدون نظر؟'],
      // Gulf Arabizi, with the lenses and their colour in Latin letters.
      ['ar', '3ndkm 3dsat mlwna?'],
      ['ar', 'abi 3adasat bdoon nthr'],
    ],
  ],
  [
    'eyeTest',
    [
      ['en', 'how much is an eye test?'],
      ['es', 'cuánto cuesta el examen de la vista?'],
      ['fr', "combien coûte l'examen de vue ?"],
      ['it', "quanto costa l'esame della vista?"],
      ['de', 'was kostet ein Sehtest?'],
      ['ca', 'quant costa la revisió de la vista?'],
      ['pt', 'quanto custa o exame de vista?'],
      ['ar', 'بشحال فحص النظر؟'],
    ],
  ],
  [
    'varifocals',
    [
      ['en', 'how much are varifocals?'],
      ['es', 'cuánto valen unas gafas progresivas?'],
      ['fr', 'des progressifs ça coûte combien ?'],
      ['it', 'quanto costano le lenti progressive?'],
      ['de', 'was kostet eine Gleitsichtbrille?'],
      ['ca', 'quant costen les lents progressives?'],
      ['pt', 'quanto custam as lentes progressivas?'],
      ['ar', 'بشحال النظارات المتدرجه؟'],
    ],
  ],
  [
    'blueLight',
    [
      ['en', 'is the blue light filter worth it?'],
      ['es', 'vale la pena el filtro de luz azul?'],
      ['fr', 'le filtre lumière bleue vaut le coup ?'],
      ['it', 'conviene il filtro luce blu?'],
      ['de', 'lohnt sich ein Blaulichtfilter?'],
      ['ca', 'val la pena el filtre de llum blava?'],
      ['pt', 'vale a pena o filtro de luz azul?'],
      ['ar', 'واش فلتر الضوء الازرق مزيان؟'],
    ],
  ],
  [
    'nightDriving',
    [
      ['en', 'headlights dazzle me at night'],
      ['es', 'me deslumbran los faros'],
      ['fr', 'je suis éblouie par les phares'],
      ['it', 'mi abbagliano i fari di notte'],
      ['de', 'nachts blenden mich die Scheinwerfer'],
      ['ca', "m'enlluernen els fars"],
      ['pt', 'fico ofuscado com os faróis'],
      ['ar', 'كنتعذب فالسياقه فالليل'],
    ],
  ],
  [
    'chiropody',
    [
      ['en', 'I need a chiropodist'],
      ['es', 'necesito una quiropodia'],
      ['fr', 'je cherche un podologue'],
      ['it', 'cerco un podologo'],
      ['de', 'was kostet die Fußpflege?'],
      ['ca', 'voldria una quiropòdia'],
      ['pt', 'preciso de um podólogo'],
      ['ar', 'بغيت علاج الرجلين'],
    ],
  ],
  [
    'callus',
    [
      ['en', 'I have a painful corn'],
      ['es', 'tengo durezas en los talones'],
      ['fr', "j'ai des durillons sous le pied"],
      ['it', 'ho dei duroni sotto il piede'],
      ['de', 'ich habe viel Hornhaut an den Fersen'],
      ['ca', 'tinc durícies als peus'],
      ['pt', 'tenho calos nos pés'],
      ['ar', 'عندي الجلد الميت فالرجلين'],
    ],
  ],
  [
    'fungalNail',
    [
      ['en', 'I think I have nail fungus'],
      ['es', 'creo que tengo hongos en la uña'],
      ['fr', "j'ai une mycose à l'ongle"],
      ['it', "ho la micosi all'unghia"],
      ['de', 'ich habe Nagelpilz'],
      ['ca', "tinc fongs a l'ungla"],
      ['pt', 'tenho micose na unha'],
      ['ar', 'عندي الفطريات فالظفر'],
    ],
  ],
  [
    'insoles',
    [
      ['en', 'do you make custom insoles?'],
      ['es', 'hacéis plantillas a medida?'],
      ['fr', 'vous faites des semelles orthopédiques ?'],
      ['it', 'fate plantari su misura?'],
      ['de', 'macht ihr Einlagen?'],
      ['ca', 'feu plantilles a mida?'],
      ['pt', 'fazem palmilhas ortopédicas?'],
      ['ar', 'واش كديرو semelles؟'],
    ],
  ],
  [
    'gaitAnalysis',
    [
      ['en', 'do I need a gait analysis?'],
      ['es', 'hace falta el estudio de la pisada?'],
      ['fr', 'faut-il une analyse de la marche ?'],
      ['it', "serve l'analisi del passo?"],
      ['de', 'brauche ich eine Laufanalyse?'],
      ['ca', "cal l'estudi de la trepitjada?"],
      ['pt', 'preciso do estudo da pisada?'],
      ['ar', 'واش خاص تحليل المشي؟'],
    ],
  ],
];

describeConceptTable('the opticians and podiatry concepts', SIGHT_FEET_CONCEPTS, examples, [
  ['es', 'quiero unas lentes nuevas para leer', 'contactLenses'],
  ['en', 'my hair colour is fading and I need new lenses for my glasses', 'colouredLenses'],
  ['es', 'la plantilla de la clínica es muy maja', 'insoles'],
  ['de', 'das ist garantiert kein Problem', 'warranty'],
]);
