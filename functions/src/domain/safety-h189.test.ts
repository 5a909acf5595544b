/**
 * Round 41 (h189): thoughts of self-harm in spoken Arabic (Levantine, Gulf, Egyptian, Maghrebi, standard) and
 * Arabizi; urine the colour of cola or tea with swollen or painful muscles (rhabdomyolysis after a hard workout);
 * pregnant with a painful belly, or spotting with pain. And the sentences that only sound like them.
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'self-harm in spoken Arabic and Arabizi',
  [
    ['self-harm', 'ابني قلي امبارح انو بدو يأذي حالو، شو بعمل؟'],
    ['self-harm', 'صاحبتي كتبتلي انو ما بقا بدها تعيش'],
    ['self-harm', 'بنتي تقول ما تبي تعيش، ساعدوني'],
    ['self-harm', 'ولدي قالي إنه عايز يأذي نفسه'],
    ['self-harm', 'بنتي بغات تضر راسها البارح'],
    ['self-harm', 'أخي يريد إيذاء نفسه ولا أعرف ماذا أفعل'],
    ['self-harm', 'binti 2aletli badda t2azi 7ala, shu ba3mel?'],
    ['self-harm', 'ibne 2al ma ba2a bado y3ish'],
  ],
  [
    'ابني عمرو 8 سنين، بدو يجي عالصف بكرا؟',
    'ابي اموت من الضحك على الفيديو هههه',
    'عايزة أموت من الضحك',
    'بنتي بدها تعيش تجربة الغولف، في مكان؟',
    'badda t3ish l experience, 2addesh l se3r?',
  ],
);

describeEmergencies(
  'urine the colour of cola with sore, swollen muscles',
  [
    ['urinary', 'after leg day my thighs are swollen and my pee is brown like coke'],
    ['urinary', 'my arms hurt so much since the class yesterday and my urine looks like cola'],
    ['urinary', 'tengo los muslos hinchados después del entrenamiento y la orina color coca cola'],
    ['urinary', "depuis la séance d'hier j'ai mal aux cuisses et mes urines sont marron"],
    ['urinary', 'seit dem Training gestern tun die Beine weh und mein Urin ist dunkelbraun'],
    ['urinary', 'minhas pernas estão inchadas e o xixi está cor de coca cola'],
  ],
  [
    'my pee is dark yellow after training, should I drink more water?',
    'is brown urine after a marathon normal?',
    'my legs hurt after the class, can I come again tomorrow?',
    'do you sell coca cola at the bar? my legs hurt a bit',
    'la orina de mi análisis salió bien, ¿puedo entrenar?',
  ],
);

describeEmergencies(
  'pregnant with a painful belly, or spotting with pain',
  [
    ['pregnancy', 'I am 24 weeks pregnant and my belly is painful since this morning'],
    ['pregnancy', "I'm pregnant and I have some spotting and pain low in my tummy"],
    ['pregnancy', 'embarazada de 5 meses, tengo manchado y dolor en la barriga'],
    ['pregnancy', 'schwanger in der 20. Woche, Schmierblutung und Schmerzen im Bauch'],
  ],
  [
    "can I join the dolphin spotting tour? I'm pregnant",
    'I am pregnant, is the belly dance class ok for me?',
    'is the prenatal massage painful?',
  ],
);
