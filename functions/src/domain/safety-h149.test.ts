/**
 * Emergencies at an imaging centre, as its customers write them in the eight languages read (Darija in both
 * scripts among them): chest pain said of a husband with Darija's "his" (صدرو), a blow to the head in someone on a
 * blood thinner, and the near misses that must stay questions: the chest named as the site of an x-ray or a scan,
 * an old fall on a blood thinner, a blood thinner asked about before a scan, and "confused" said of a price.
 */
import { describeEmergencies as cases } from './safety.test-helper.js';

cases(
  'chest pain, and the chest only as the site of an exam',
  [
    ['cardiac', 'بابا صدرو كيضرو بزاف من الصباح'],
    ['cardiac', 'خويا قال ليا قلبو كيوجعو وكيعرق'],
    ['cardiac', 'rajli sdro kaydro bzaf, chno ndiro?'],
    ['cardiac', 'I came in for my chest x-ray and now I have a crushing pain in my chest'],
    ['cardiac', "je suis venue pour une radio du thorax et là j'ai une douleur dans la poitrine"],
  ],
  [
    'does the chest x-ray hurt at all?',
    'la radio du thorax, ça fait mal ?',
    'la radiografía de tórax duele?',
    'la radiografia del torace fa male?',
    'tut das Thorax-Röntgen weh?',
    'a radiografia de tòrax fa mal?',
    'o raio x do tórax dói?',
    'بغيت ندير راديو ديال الصدر لماما، واش خاص موعد؟ راه كيضرها الظهر',
  ],
);

cases(
  'a blow to the head on a blood thinner',
  [
    ['head-injury', 'my mum is on warfarin and she just hit her head on the cupboard'],
    ['head-injury', 'mi padre toma Sintrom y se ha dado en la cabeza contra la puerta'],
    ['head-injury', "ma grand-mère est sous anticoagulants et elle s'est cogné la tête en sortant de la voiture"],
    ['head-injury', 'mio nonno prende anticoagulanti e ha battuto la testa sul lavandino'],
    ['head-injury', 'Mein Vater nimmt Blutverdünner und ist mit dem Kopf aufgeschlagen'],
    ['head-injury', "l'avi pren sintrom i s'ha donat un cop al cap"],
    ['head-injury', 'a minha avó toma varfarina e bateu com a cabeça na parede'],
    ['head-injury', 'جدي كياخد دوا ديال الدم وطاح على راسو فالدروج'],
    ['head-injury', 'mmi katakhod sintrom w drbat rasha f lbab'],
  ],
  [
    // A blood thinner asked about before a scan, an old fall, a head scan asked for.
    'my father takes Sintrom, does he have to stop it before the scanner?',
    'she hit her head last year and takes warfarin now, can she have an MRI of the head?',
    'mon père est sous Previscan, faut-il arrêter avant la biopsie ?',
    'بابا كياخد سينتروم، واش خاصو يحبسو قبل السكانير؟',
  ],
);

cases(
  '"confused" said of a price or a booking',
  [
    ['unconscious', 'my diabetic father is confused and sweating'],
    ['head-injury', 'elle est tombée sur la tête et depuis elle est confuse'],
    ['head-injury', 'جدتي ضربات راسها فالحيط ودابا كتخلط فالهضرة'],
  ],
  [
    'my dad is diabetic and I am a bit confused about the price of his scan',
    'mon père est diabétique et je suis confuse sur les tarifs de l’IRM',
    'mi madre es diabética y estoy confundida con los precios',
    'mia madre è diabetica e sono un po’ confusa sui prezzi',
    'meine Mutter ist Diabetikerin und ich bin verwirrt wegen der Preise',
    'a minha mãe é diabética e estou confusa com os preços',
  ],
);
