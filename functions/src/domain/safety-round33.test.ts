/**
 * What a fertility clinic's, a cupping clinic's and an Afro hair salon's customers write: days after an egg
 * retrieval, a belly grown huge, short of breath and hardly any urine (ovarian hyperstimulation); a cupping
 * wound with pus and a fever, in Levantine Arabic and its Arabizi; blisters weeping a yellow fluid after a
 * relaxer or a dye (a chemical burn). And the Arabic of round 32's readings: a limb standing crooked after a
 * twist or a fall or with the bone under the skin, speech gone odd with an arm barely lifted, overheated with a
 * sign of heatstroke. Beside each, what must stay a question: a little bloating after a retrieval, a fever asked
 * about, a sore or slightly red scalp after braids, an ankle twisted last week, a heat that is only the weather.
 */
import { describe, expect, it } from 'vitest';
import type { EmergencyKind } from './safety.js';
import { emergencyOf } from './safety.test-helper.js';

const flags = (cases: readonly (readonly [EmergencyKind, string])[]) =>
  it.each(cases.map(([kind, text]) => [kind, text] as [EmergencyKind, string]))('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

const spares = (texts: readonly string[]) =>
  it.each([...texts])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });

describe('assessSafety: ovarian hyperstimulation after an egg retrieval', () => {
  flags([
    ['pregnancy', 'tuve la punción ovárica el lunes y desde ayer orino muy poquísimo, apenas orino, ¿es normal?'],
    ['pregnancy', 'after my egg retrieval on Tuesday I am hardly peeing and my tummy keeps growing, is that normal?'],
    ['pregnancy', "depuis la ponction je fais presque plus pipi et j'ai le ventre énorme, c'est normal ?"],
    ['pregnancy', 'dopo il pick up urino pochissimo e ho la pancia enorme'],
    ['pregnancy', 'seit der Punktion muss ich kaum pinkeln und der Bauch ist riesig, ist das normal?'],
    ['pregnancy', 'des de la punció gairebé no orino, és normal?'],
    ['pregnancy', 'fiz a punção ontem e quase não faço xixi, é normal?'],
    ['pregnancy', 'بعد سحب البويضات صار البول قليل كتير وبطني منفوخة، هل هذا طبيعي؟'],
    ['breathing', 'since the egg collection I find it hard to breathe, is that normal?'],
  ]);
  // "As if" compares: its "if" asks about no case.
  flags([
    ['breathing', 'tengo la tripa como si estuviera de ocho meses y no puedo respirar bien'],
    ['breathing', "j'ai le ventre gonflé comme si j'étais enceinte et je n'arrive pas à respirer"],
    ['breathing', 'my belly looks as if I were pregnant and I can not breathe'],
  ]);
  spares([
    'me hicieron la punción ayer y tengo la barriga un poco hinchada, ¿es normal?',
    'after my egg retrieval I feel bloated, can I go back to work tomorrow?',
    'depuis la ponction j’ai le ventre un peu gonflé, je peux faire du sport ?',
    'si después de la punción casi no hago pis, ¿qué tengo que hacer?',
    '¿cuántos óvulos suelen sacar en la punción? ¿y si tengo fiebre después?',
    'es normal tener fiebre después de la transferencia?',
  ]);
});

describe('assessSafety: a cupping wound with pus and a fever, in Levantine Arabic and Arabizi', () => {
  flags([
    ['infection', 'ba3d el 7ijame sar el jar7 manfou5 w fi 2ay7 w 3andi 7arara 39'],
    ['infection', 'el ka2es tarak jar7 w 3am yetla3 2ee7 w el 7arara 40'],
    ['infection', 'بعد الحجامة الجرح صار فيه قيح وحرارتي 39 وعم برجف'],
    ['infection', 'مكان الكاسات وارم وفيه صديد وعندي حرارة'],
    ['infection', 'the cupping marks are swollen with pus and I have a fever of 39'],
  ]);
  spares([
    'shu bta3mlo iza 3andi 7arara? fiye a3mel 7ijame?',
    '3andi 7arara 38 mn embare7, fiye e7jez 7ijame bokra?',
    'هل الحجامة مفيدة للحرارة؟',
    'el ka2sat tarako 3alamet 7amra, normal?',
  ]);
});

describe('assessSafety: blisters weeping a yellow fluid after a chemical treatment', () => {
  flags([
    ['burn', 'fiz progressiva ontem e o couro cabeludo encheu de bolhas, sai um líquido amarelado, é normal?'],
    ['burn', 'me hice un alisado y me salieron ampollas en la cabeza, sale un líquido amarillo, ¿es normal?'],
    ['burn', "après le défrisage j'ai des cloques sur le cuir chevelu et ça suinte, c'est normal ?"],
    ['burn', 'after the relaxer my scalp has blisters with yellow fluid coming out, is that normal?'],
    ['burn', 'nach dem Färben habe ich Blasen auf der Kopfhaut, da kommt gelbe Flüssigkeit raus, ist das normal?'],
    ['burn', 'dopo la tinta ho delle vesciche in testa ed esce del liquido giallo, è normale?'],
  ]);
  spares([
    'fiz tranças ontem e o couro cabeludo está dolorido, é normal?',
    'depois do relaxamento o couro cabeludo ficou um pouco vermelho, é normal?',
    "j'ai le cuir chevelu qui tire après mes tresses, c'est normal ?",
    'my scalp is a bit red after the relaxer, is that normal?',
    'quanto custa o relaxamento? da última vez ardeu um pouco',
  ]);
});

describe('assessSafety: a limb crooked after a twist or a fall, or the bone under the skin, in Arabic', () => {
  flags([
    ['fracture', 'لويت كاحلي بالملعب وصار معوج وفي شي تحت الجلد'], // Levantine
    ['fracture', 'وقعت على ايدي والرسغ صار معووج'], // MSA / Levantine
    ['fracture', 'طاح ولدي وذراعه معوجه والعظم باين'], // Gulf
    ['fracture', 'اتكعبلت ورجلي بقت معوجة وفيه حاجة تحت الجلد'], // Egyptian
    ['fracture', 'تفدعت ليا الكاحل وولا معووج'], // Darija
    ['fracture', 'wa2a3t 3a idi w el rus8 m3awwaj w fi shi ta7t el jeld'], // Arabizi (Levantine)
    ['fracture', 'tfda3t f ka7li w wela m3wej'], // Arabizi (Darija)
  ]);
  spares([
    'لويت كاحلي الأسبوع الماضي وهو متورم شوي، فيني احجز جلسة؟',
    'اصبع رجلي معوج من سنين، بتعالجوه؟',
    'عندي حبة صغيرة تحت الجلد بركبتي، شو ممكن تكون؟',
    'ltawet ka7li mbare7 bel football, fi maw3ed bokra?',
  ]);
});

describe('assessSafety: speech gone odd with an arm barely lifted, in Arabic', () => {
  flags([
    ['stroke', 'أبي عم يحكي غريب وما بيقدر يرفع ايده الشمال'], // Levantine
    ['stroke', 'والدي كلامه غير واضح ولا يستطيع رفع يده اليمنى'], // MSA
    ['stroke', 'ابوي كلامه مو واضح وما يقدر يرفع يده'], // Gulf
    ['stroke', 'بابا بيتكلم غريب ومش قادر يرفع دراعه'], // Egyptian
    ['stroke', 'الواليد كيهضر غريب وما قادرش يهز يدو'], // Darija
    ['stroke', 'baba 3am ye7ki gharib w ma 3am ye2der yerfa3 2ido'], // Arabizi
  ]);
  spares([
    'من بعد عملية الكتف ما بقدر ارفع ايدي فوق راسي، بيساعد العلاج الفيزيائي؟',
    'ابني بيتكلم غريب شوي، عندكم علاج نطق للأطفال؟',
    'مش قادر ارفع ايدي من أسابيع بسبب الكتف، في موعد؟',
  ]);
});

describe('assessSafety: overheated is a state in Arabic too, heatstroke needs a sign of it', () => {
  flags([
    ['heatstroke', 'كلبي سخن كتير بالمشوار وهلق عم يلهث وعم يستفرغ'], // Levantine
    ['heatstroke', 'الكلب ماخد شوب وعم يلهث كتير'], // Levantine
    ['heatstroke', 'كلبي سخن ياسر ويلهث وطاح'], // Gulf
    ['heatstroke', 'الكلب سخن جدا وبينهج جامد ورجّع مرتين واستفرغ'], // Egyptian
    ['heatstroke', 'الكلب ديالي سخن بزاف وكيلهت وطاح'], // Darija
    ['heatstroke', 'kalbi s5en ktir w 3am yelhat w estafragh'], // Arabizi
    ['heatstroke', 'خدت ضربة شوب ومش قادر اوقف'],
  ]);
  spares([
    'كلبي سخن كتير مرة عند محل تاني، بتستعملوا نشافات هوا؟',
    'الكلب ديالي سخن بزاف عند الحلاق اللي قبل، واش كتنشفو باليد؟',
    'kalbi s5en ktir marra 3and groomer tene, 3andkon nashafat hawa barde?',
  ]);
});
