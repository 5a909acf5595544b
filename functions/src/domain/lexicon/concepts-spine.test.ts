/**
 * The spine-practice concepts (concepts-spine.ts): each is found in a
 * customer's phrase in every language, and the same words at other
 * businesses (a brake disc, an appointment adjusted, a cracked tooth, a bra
 * cup, a garage's accident) do not raise them.
 */
import { SPINE_CONCEPTS } from './concepts-spine.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'disc',
    [
      ['en', 'I have a slipped disc at L4 L5, can you help?'],
      ['es', 'tengo una hernia discal, me podéis tratar?'],
      ['fr', "j'ai une hernie discale, c'est possible ?"],
      ['it', "ho un'ernia del disco"],
      ['de', 'ich habe einen Bandscheibenvorfall'],
      ['ca', 'tinc una hèrnia discal'],
      ['pt', 'tenho uma hérnia de disco'],
      ['ar', 'عندي ديسك بالظهر'],
    ],
  ],
  [
    'scoliosis',
    [
      ['en', 'my daughter has scoliosis'],
      ['es', 'mi hijo tiene escoliosis'],
      ['fr', 'ma fille a une scoliose'],
      ['it', 'mia figlia ha la scoliosi'],
      ['de', 'meine Tochter hat eine Skoliose'],
      ['ca', 'el meu fill té escoliosi'],
      ['pt', 'a minha filha tem escoliose'],
      ['ar', 'بنتي عندها انحناء العمود الفقري'],
    ],
  ],
  [
    'whiplash',
    [
      ['en', 'I got whiplash last week'],
      ['es', 'tengo un latigazo cervical'],
      ['fr', "j'ai eu le coup du lapin"],
      ['it', 'ho avuto un colpo di frusta'],
      ['de', 'ich habe ein Schleudertrauma'],
      ['ca', 'tinc un cop de fuet'],
      ['pt', 'tive um efeito chicote'],
      ['ar', 'عندي ارتجاج الرقبة'],
    ],
  ],
  [
    'tingling',
    [
      ['en', 'I get pins and needles in my right hand'],
      ['es', 'tengo hormigueo en la mano'],
      ['fr', "j'ai des fourmillements dans le bras"],
      ['it', 'ho un formicolio al braccio'],
      ['de', 'ich habe ein Kribbeln in den Fingern'],
      ['ca', 'tinc formigueig a la mà'],
      ['pt', 'tenho formigamento no braço'],
      ['ar', 'عندي تنميل في ايدي'],
    ],
  ],
  [
    'spinalAdjustment',
    [
      ['en', 'will you crack my back?'],
      ['en', 'do you guys do the cracking thing??'],
      ['fr', "est-ce que vous faites craquer ? j'ai peur des manipulations"],
      ['es', 'me vais a crujir la espalda?'],
      ['fr', 'vous allez me faire craquer le dos ?'],
      ['it', 'mi farete scrocchiare la schiena?'],
      ['de', 'wird da was eingerenkt?'],
      ['ca', "em fareu cruixir l'esquena?"],
      ['pt', 'vão estalar as costas?'],
      ['ar', 'تسوون طقطقة الظهر؟'],
    ],
  ],
  [
    'cupping',
    [
      ['en', 'do you do hijama?'],
      ['es', 'hacéis ventosas?'],
      ['fr', 'vous faites les ventouses ?'],
      ['it', 'fate la coppettazione?'],
      ['de', 'bietet ihr Schröpfen an?'],
      ['ca', 'feu ventoses?'],
      ['pt', 'fazem ventosaterapia?'],
      ['ar', 'عندكم حجامة؟'],
    ],
  ],
  [
    'decompression',
    [
      ['en', 'do you have spinal decompression?'],
      ['es', 'hacéis tracción cervical?'],
      ['fr', 'vous faites la décompression vertébrale ?'],
      ['it', 'fate la trazione lombare?'],
      ['de', 'macht ihr Extensionstherapie?'],
      ['ca', 'feu tracció lumbar?'],
      ['pt', 'fazem descompressão vertebral?'],
      ['ar', 'عندكم جهاز شد الظهر؟'],
    ],
  ],
  [
    'mri',
    [
      ['en', 'should I bring my MRI?'],
      ['es', 'traigo la resonancia?'],
      ['fr', "j'apporte mon IRM ?"],
      ['it', 'porto la risonanza magnetica?'],
      ['de', 'soll ich das MRT mitbringen?'],
      ['ca', 'porto la ressonància?'],
      ['pt', 'levo a ressonância?'],
      ['ar', 'اجيب الرنين المغناطيسي؟'],
    ],
  ],
];

describeConceptTable('the spine-practice concepts', SPINE_CONCEPTS, examples, [
  ['en', 'can you change the brake discs?', 'disc'],
  ['de', 'die Bremsscheiben sind hinüber', 'disc'],
  ['en', 'I need an adjustment to my appointment', 'spinalAdjustment'],
  ['en', 'I cracked my tooth', 'spinalAdjustment'],
  ['en', 'what cup size for the bra fitting?', 'cupping'],
  ['en', 'I had a car accident, can you fix the bumper?', 'whiplash'],
  ['fr', 'le moteur a perdu de la traction', 'decompression'],
  ['es', 'el coche tiene un disco rayado', 'disc'],
  ['en', 'my puppy has a hernia', 'disc'],
  ['ar', 'تبين مرة ولا رجال؟', 'mri'],
]);
