/**
 * The musculoskeletal-practice concepts (concepts-spine.ts): each is found
 * in a customer's phrase in every language, and words that mean something
 * else at another business (a garage's brake disc and traction, a
 * dentist's numbing and cracked tooth, a photo studio's scan, a barber, a
 * vet) do not raise them.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { SPINE_CONCEPTS } from './concepts-spine.js';
import { type ConceptExamples, conceptsOf, describeConceptTable, describeTradeChecks } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'chiropractic',
    [
      ['en', 'do you have a chiropractor?'],
      ['en', 'can you crack my back? it feels stuck'],
      ['en', 'how much is a spinal adjustment?'],
      ['en', 'do you crack joints? I am a bit scared'],
      ['es', '¿hacéis ajustes quiroprácticos?'],
      ['es', 'quiero que me truene la espalda, tronarme la espalda'],
      ['fr', 'vous faites de la chiropraxie ?'],
      ['fr', "j'ai besoin de faire craquer le dos"],
      ['fr', 'est-ce que vous faites craquer ?'],
      ['it', 'cerco un chiropratico'],
      ['de', 'könnt ihr meinen Rücken einrenken?'],
      ['de', 'macht ihr Chiropraktik?'],
      ['ca', 'feu quiropràctica?'],
      ['pt', 'fazem quiropraxia?'],
      ['pt', 'preciso de estalar as costas'],
      ['ar', 'عندكم كايروبراكتيك؟'],
      ['ar', 'ابغى طقطقة الظهر'],
      ['ar', 'wach kayn chiropracteur?'],
    ],
  ],
  [
    'osteopathy',
    [
      ['en', 'is there an osteopath available on Monday?'],
      ['en', 'do you do craniosacral therapy?'],
      ['es', '¿cuánto cuesta la sesión de osteopatía?'],
      ['fr', 'je cherche un ostéopathe pour mon dos'],
      ['it', "quanto costa una seduta dall'osteopata?"],
      ['de', 'bietet ihr Osteopathie an?'],
      ['ca', "quant costa l'osteopatia?"],
      ['pt', 'tem osteopata ao sábado?'],
      ['ar', 'عندكم اوستيوباثي؟'],
      ['ar', 'bghit osteopathe'],
    ],
  ],
  [
    'cupping',
    [
      ['en', 'do you do cupping?'],
      ['en', 'I want wet cupping, hijama'],
      ['es', '¿hacéis ventosas?'],
      ['es', 'cuánto cuesta la ventosaterapia'],
      ['fr', 'vous faites les ventouses ?'],
      ['it', 'fate la coppettazione?'],
      ['de', 'bietet ihr Schröpfen an?'],
      ['ca', 'feu ventoses?'],
      ['pt', 'fazem ventosaterapia?'],
      ['ar', 'عندكم حجامة؟'],
      ['ar', 'بدي كاسات هوا على ظهري'],
      ['ar', 'ch7al l7ijama?'],
      ['ar', 'wach kadiro hijama?'],
    ],
  ],
  [
    'spinalDecompression',
    [
      ['en', 'do you offer spinal decompression?'],
      ['en', 'I need cervical traction'],
      ['es', '¿tenéis descompresión vertebral?'],
      ['fr', 'vous faites la décompression discale ?'],
      ['it', 'fate la trazione cervicale?'],
      ['de', 'macht ihr eine Extensionsbehandlung?'],
      ['ca', 'feu descompressió vertebral?'],
      ['pt', 'fazem descompressão vertebral?'],
      ['ar', 'عندكم جهاز شد الفقرات؟'],
      ['ar', 'ابغى شد الظهر'],
    ],
  ],
  [
    'electrotherapy',
    [
      ['en', 'is electrotherapy included?'],
      ['en', 'do you use a TENS machine?'],
      ['es', '¿la sesión incluye electroterapia?'],
      ['fr', "vous faites de l'électrostimulation ?"],
      ['it', "c'è l'elettroterapia nella seduta?"],
      ['de', 'macht ihr auch Reizstrom?'],
      ['ca', 'feu electroteràpia?'],
      ['pt', 'a sessão tem eletroterapia?'],
      ['ar', 'في جلسات كهربا؟'],
      ['ar', 'عندكم العلاج الكهربائي؟'],
    ],
  ],
  [
    'whiplash',
    [
      ['en', 'I got whiplash after a car accident'],
      ['es', 'tengo un latigazo cervical por un accidente'],
      ['fr', "j'ai eu le coup du lapin dans un accident"],
      ['it', 'ho avuto un colpo di frusta'],
      ['de', 'ich habe ein Schleudertrauma nach einem Unfall'],
      ['ca', 'vaig tenir un cop de fuet amb el cotxe'],
      ['pt', 'tive uma chicotada cervical num acidente'],
      ['ar', 'عندي اصابة في الرقبة بعد حادث'],
      ['ar', 'عندي ارتجاج الرقبة من الحادث'],
    ],
  ],
  [
    'scoliosis',
    [
      ['en', 'my daughter has scoliosis, can you help?'],
      ['es', 'tengo escoliosis'],
      ['fr', "j'ai une scoliose"],
      ['it', 'mio figlio ha la scoliosi'],
      ['de', 'ich habe eine Skoliose'],
      ['ca', 'tinc escoliosi'],
      ['pt', 'tenho escoliose'],
      ['ar', 'بنتي عندها انحراف في العمود الفقري'],
      ['ar', 'عندي جنف'],
      ['ar', 'عندي scoliose'],
    ],
  ],
  [
    'numbness',
    [
      ['en', 'I get pins and needles in my hand'],
      ['en', 'tingling down my leg'],
      ['es', 'tengo hormigueo en los dedos'],
      ['fr', "j'ai des fourmillements dans le bras"],
      ['it', 'ho un formicolio alla mano'],
      ['de', 'ich habe ein Kribbeln im Arm'],
      ['ca', 'tinc formigueig a la mà'],
      ['pt', 'tenho formigueiro nas mãos'],
      ['ar', 'عندي تنميل في يدي'],
      ['ar', '3andi tanmil f rejli'],
    ],
  ],
  [
    'jaw',
    [
      ['en', 'my jaw clicks when I eat'],
      ['en', 'do you treat TMJ?'],
      ['es', 'me duele la mandíbula'],
      ['fr', "j'ai mal à la mâchoire"],
      ['it', 'mi fa male la mascella'],
      ['de', 'mein Kiefergelenk knackt'],
      ['ca', 'em fa mal la mandíbula'],
      ['pt', 'tenho dor na mandíbula'],
      ['ar', 'عندي الم في الفك'],
      ['ar', 'مفصل الفك يطقطق'],
    ],
  ],
  [
    'soreness',
    [
      ['en', 'my legs are so sore since the sports massage, is that normal?'],
      ['es', 'tengo agujetas desde el masaje, es normal?'],
      ['es', 'estoy todo adolorido después del masaje'],
      ['fr', "j'ai des courbatures depuis le massage"],
      ['it', 'sono tutto indolenzito dopo il massaggio'],
      ['de', 'seit der Massage habe ich Muskelkater'],
      ['ca', 'tinc agulletes des del massatge'],
      ['pt', 'as coxas parecem de pau desde a massagem'],
      ['pt', 'mal consigo descer as escadas depois da massagem'],
      ['pt', 'tenho dores musculares desde sábado'],
      ['ar', 'عندي الم العضلات بعد المساج'],
      ['ar', 'جسمي مكسر من بعد المساج'],
    ],
  ],
];

describeConceptTable('the musculoskeletal-practice concepts', SPINE_CONCEPTS, examples, [
  // An appointment changed, glasses or a brace adjusted, a bike's brakes.
  ['en', 'can I make an adjustment to my booking?', 'chiropractic'],
  ['en', 'my glasses need an adjustment', 'chiropractic'],
  ['en', 'back brake adjustment please', 'chiropractic'],
  ['en', 'can you adjust my back wheel?', 'chiropractic'],
  ['es', 'necesito un ajuste de los brackets', 'chiropractic'],
  ['fr', 'je voudrais un ajustement de mes lunettes', 'chiropractic'],
  ['de', 'die Brille muss angepasst werden', 'chiropractic'],
  // A cracked tooth, a cracked screen, the back of a phone.
  ['en', 'I cracked my tooth', 'chiropractic'],
  ['en', 'the back of my phone is cracked', 'chiropractic'],
  ['fr', 'ma dent est fêlée, elle craque', 'chiropractic'],
  ['fr', "cette couleur m'a fait craquer", 'chiropractic'],
  ['en', 'she felt manipulated by her ex', 'chiropractic'],
  // A brake disc at a garage, a car's traction, a diver's decompression.
  ['en', 'my brake discs need replacing', 'spinalDecompression'],
  ['en', 'the traction control light is on', 'spinalDecompression'],
  ['es', 'el control de tracción no funciona', 'spinalDecompression'],
  ['en', 'the tyres have no traction in the snow', 'spinalDecompression'],
  // A cup of coffee, a bra size, a menstrual cup, a suction cup, a barber, a windy day.
  ['en', 'can I have a cup of tea while I wait?', 'cupping'],
  ['en', 'what cup size is the bikini top?', 'cupping'],
  ['it', 'vendete la coppetta mestruale?', 'cupping'],
  ['es', 'hace un día ventoso, ¿abrís?', 'cupping'],
  ['fr', 'mon bébé est né par ventouse', 'cupping'],
  ['ar', 'بغيت نمشي عند الحجام نحسن راسي', 'cupping'],
  ['ar', 'lhjjam dyal l7uma', 'cupping'],
  // "tens", you have, in Catalan and Portuguese; a current account.
  ['ca', 'tens hora per demà?', 'electrotherapy'],
  ['pt', 'tens vaga amanhã?', 'electrotherapy'],
  ['es', 'pago desde la cuenta corriente', 'electrotherapy'],
  // An anaesthetic's numbing at a dentist or a tattooist; a deaf father; a baby asleep.
  ['en', 'will my lip be numb after the filling?', 'numbness'],
  ['en', 'do you use numbing cream for the tattoo?', 'numbness'],
  ['es', 'me vais a adormecer la zona?', 'numbness'],
  ['ca', "m'adormireu la zona?", 'numbness'],
  ['de', 'mein Vater ist taub, kann er mitkommen?', 'numbness'],
  ['es', 'el bebé se me duerme en el coche', 'numbness'],
  ['ar', 'واش كتستعملو كريم مخدر؟', 'numbness'],
  ['ar', 'عندنا النمل في الكوزينة', 'numbness'],
  // A jawline filler, a chin, braids undone, an orthodontist.
  ['en', 'how much is jawline filler?', 'jaw'],
  ['pt', 'quanto custa o preenchimento do queixo?', 'jaw'],
  ['ar', 'بغيت نفك الضفائر', 'jaw'],
  ['de', 'wir suchen einen Kieferorthopäden für die Kleine', 'jaw'],
  // A photo scan, a vet's X-ray: not an adjustment or a curve.
  ['en', 'can you scan my old photos?', 'scoliosis'],
  ['en', 'my dog has a curved tail', 'scoliosis'],
  ['ar', 'تقويم الاسنان بشحال؟', 'chiropractic'],
  ['ar', 'كانو يطقطقون علي في الشغل', 'chiropractic'],
  // A neck lift at a clinic, a car accident without an injury.
  ['ar', 'بكم شد الرقبة؟', 'spinalDecompression'],
  ['en', 'I had a small car accident, the bumper is dented', 'whiplash'],
  ['es', 'me he torcido el tobillo', 'whiplash'],
  // Ground coffee, a wooden leg, a broken part: no sore muscles.
  ['pt', 'vendem café moído?', 'soreness'],
  ['pt', 'a perna da mesa é de pau', 'soreness'],
  ['pt', 'a peça está partida', 'soreness'],
  ['es', 'quiero café molido', 'soreness'],
  ['en', 'I have a sore throat', 'soreness'],
]);

describeTradeChecks(SPINE_CONCEPTS, {
  trade: 'musculoskeletal practice',
  otherBusinesses: [
    ['en', 'the brake discs squeal and the traction light is on', 'garage'],
    ['es', 'tengo el disco de freno rayado', 'garage'],
    ['de', 'die Bremsscheiben sind hinüber, und die Traktionskontrolle spinnt', 'garage'],
    ['en', 'I cracked a tooth and my lip is still numb', 'dentist'],
    ['fr', 'ma couronne est fêlée, la zone est encore anesthésiée', 'dentist'],
    ['en', 'can you scan and retouch an old photo?', 'photo studio'],
    ['it', 'fate la scansione delle foto vecchie?', 'photo studio'],
    ['en', 'I want to adjust my booking and get a haircut', 'salon'],
    ['es', 'quiero un corte y un ajuste del flequillo', 'salon'],
    ['en', 'my dog has a hernia, can you neuter him too?', 'vet'],
    ['fr', 'mon chat a une hernie, vous pouvez le stériliser ?', 'vet'],
    ['ar', 'بغيت نمشي عند الحجام نحسن لحيتي', 'barber'],
    ['pt', 'tens vaga para cortar o cabelo amanhã?', 'salon'],
  ],
  notInEnglish: [
    // Read in English as well, as every message is.
    ['ca', 'tens hora per demà?', 'electrotherapy'],
    ['it', 'vendete la coppetta mestruale?', 'cupping'],
    ['es', 'hace un día ventoso', 'cupping'],
  ],
  pairs: [
    ['en', 'can you crack my back?', 'my phone screen is cracked'],
    ['en', 'I need a spinal adjustment', 'I need an adjustment to my booking'],
    ['es', 'necesito tracción cervical', 'el coche no tiene tracción'],
    ['en', 'do you do cupping?', 'a cup of coffee please'],
    ['ar', 'بغيت ندير الحجامة', 'بغيت نمشي عند الحجام'],
  ] as const,
  notOfferings: ['whiplash', 'scoliosis', 'numbness', 'jaw', 'soreness'],
});

/** Words a musculoskeletal practice's customers write, added to the body, care and service tables. */
const OLDER: [TextLanguage, string, string][] = [
  ['ar', 'ظهري يعورني', 'back'],
  ['ar', 'ظهري يعورني', 'pain'],
  ['ar', 'dhahri y3awirni', 'back'],
  ['ar', 'dhahri y3awirni', 'pain'],
  ['ar', 'عندي مشكلة في الفقرات', 'back'],
  ['ar', 'fagarat dyali t3bo', 'back'],
  ['ar', 'disk fi dhahri', 'sciatica'],
  ['en', 'I have a bulging disc', 'sciatica'],
  ['fr', "j'ai une protrusion discale", 'sciatica'],
  ['en', 'should I bring my MRI?', 'xray'],
  ['es', '¿traigo la resonancia magnética?', 'xray'],
  ['fr', 'je dois apporter mon IRM ?', 'xray'],
  ['it', 'porto la risonanza magnetica?', 'xray'],
  ['de', 'soll ich das MRT mitbringen?', 'xray'],
  ['ca', 'porto la ressonància magnètica?', 'xray'],
  ['pt', 'levo a ressonância magnética?', 'xray'],
  ['ar', 'اجيب الرنين المغناطيسي؟', 'xray'],
];

describe('the older tables, with a musculoskeletal practice’s words', () => {
  it.each(OLDER)('%s "%s" is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    ['ar', 'الفقر صعب', 'back'],
    ['ar', 'الرنين ديال التيليفون', 'xray'],
    ['ar', '3awni 3afak', 'pain'],
  ] as [TextLanguage, string, string][])('%s "%s" is not %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
