/**
 * The concept lexicon reads spoken Arabic: Moroccan Darija, Egyptian,
 * Levantine and Gulf forms, in Arabic script and in Arabizi, with the
 * French words Darija borrows. Messages are written the way people type
 * them on WhatsApp.
 */
import { describe, expect, it } from 'vitest';
import { conceptsIn } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

/** Concepts found when the message is read as Arabic (and, for code-switched text, French). */
const conceptsOf = (text: string, languages: TextLanguage[] = ['ar']) => conceptsIn(text, 'ar', ...languages);

describe('the concept lexicon in spoken Arabic', () => {
  it.each<[string, string[]]>([
    [
      'price',
      [
        'بشحال الديتارتراج؟',
        'شحال الثمن ديال الجلسه',
        'قداش السعر؟',
        'بكام الكشف؟',
        'كم السعر لو سمحت',
        'chhal le prix?',
        'bch7al l7i9na?',
        'sh7al taman dyal séance',
        'bshal?',
        'kam se3r el laser',
      ],
    ],
    [
      'booking',
      [
        'بغيت ناخد موعد',
        'بغيت رونديفو غدا',
        'wach n9der ndir rdv?',
        'bghit maw3id',
        'momkin mo3id lyoum',
        'بدي احجز موعد',
      ],
    ],
    [
      'opening',
      [
        'واش محلول دابا؟',
        'واش نتوما مسدودين نهار الحد؟',
        'wach m7lol lyoum',
        'wach msdod f sebt?',
        'فوقاش كتحلو؟',
        'واش مفتوحين اليوم',
        'wach ouvert daba?',
      ],
    ],
    ['location', ['فين جات العيادة؟', 'fin kaynin?', 'feen jat la clinique', 'وين المحل', 'fain l3onwan?']],
    ['parking', ['واش كاين باركينغ؟', 'fin nbarki?', 'wach kayn parking 9rib?']],
    ['deposit', ['خاصني نخلص تسبيق؟', 'wach khass tasbi9?', 'شحال العربون؟', 'wach kayn avance?']],
    [
      'cancel',
      [
        'بغيت نلغي الموعد',
        'بغيت نبطل الرونديفو',
        'bghit n7ayed rdv',
        'momkin nlghi?',
        'بدي الغي الموعد',
        'ممكن تلغيلي الحجز',
      ],
    ],
    ['payment', ['واش نخلص بالكارطه؟', 'kifach nkhless, cash wla carte?', 'wach katqblo lakart?']],
    [
      'insurance',
      [
        'واش كتقبلو التأمين؟',
        'عندي الضمان الاجتماعي',
        'واش كتخدمو مع CNSS؟',
        'wach 3ndkom CNOPS?',
        'ana 3ndi AMO',
        'katqblo la mutuelle?',
      ],
    ],
    ['vaccine', ['بغيت نلقح الكلب', 'شحال التلقيح ديال المش', 'wach kayn vaccin lel 9ett?', 'jelba dyal kelb']],
    ['dog', ['الكلب ديالي مريض', 'كلبي ماكلاش', 'lkelb dyali', 'kleb sghir']],
    ['cat', ['المش ديالي كيعطس', 'القطوس ماكياكلش', 'lmch dyali mrid', '9ett sghira', 'mchicha dyali']],
    ['children', ['عندي جوج دراري', 'ولدي عندو 5 سنين', 'drari sghar', 'wlidi mrid']],
    ['pregnancy', ['انا حامله', 'ana 7amla wach momkin?', 'ana hamla f chhar 3']],
    ['doctor', ['بغيت نشوف الطبيب البيطري', 'wach tbib kayn daba?', 'bghit veterinaire']],
    ['discount', ['واش كاين شي روميز؟', 'kayna chi promo?', 'wach kayn takhfid']],
    ['free', ['واش فابور؟', 'wach blach?', 'fabor wla b flous?']],
    ['late', ['غانعطل شويه', 'ana m3tel 10 d9aye9']],
    ['emergency', ['حاله مستعجله', 'urgence 3afak']],
  ])('%s', (concept, messages) => {
    for (const message of messages)
      expect([message, conceptsOf(message, ['ar', 'fr'])]).toEqual([
        message,
        expect.toSatisfy((s: Set<string>) => s.has(concept)),
      ]);
  });

  it.each<[string, string]>([
    // Levantine and Gulf ways to say one is fasting, has the period, is terrified, showers, has cup marks.
    ['fasting', 'بقدر اجي عالريق ولا لازم افطر قبل؟'],
    ['fasting', 'لازم ابقى على الريق قبل الجلسه؟'],
    ['fasting', 'lazem ejje 3al ri2?'],
    ['menstruation', 'جاتني الدوره اليوم، بقدر اجي؟'],
    ['menstruation', 'ijatni el dawra embere7, shu a3mel?'],
    ['fear', 'انا مرعوبه من الابر'],
    ['bath', 'امتى بقدر اتحمم بعد الجلسه؟'],
    ['bath', 'emta fiye et7amam?'],
    ['skinMarks', 'بتضل اثار الكاسات كتير؟'],
    ['skinMarks', 'el 3alamat el 7omor bi ro7o?'],
    ['lasting', 'قديش بتضل هالعلامات؟'],
    ['vacation', 'احنا سياح بعمان لمدة اسبوع'],
    ['vacation', 'انا جاي من الخارج، بتستقبلوا ناس من برا؟'],
    ['soreness', 'عضلاتي مشدوده بعد التمرين'],
    ['couples', 'بدنا جلسه للزوجين'],
    ['insurance', 'واش كتقبلو التأمين؟'],
    ['opening', 'wach m7lol lyoum'],
    ['price', 'chhal?'],
    ['age', 'bent dyali 3ndha 4 snin'],
    ['tooth', 'snani kayderni bzaf'],
    ['flight', 'طيارتي يوم الحد الجاي'],
    ['late', 'لسه الحق ولا فات الوقت؟'],
    ['payment', 'واش الخلاص بالكارطه؟'],
  ])('finds %s without French in the reading languages: %s', (concept, message) => {
    expect(conceptsOf(message)).toContain(concept);
  });

  it.each<[string, string]>([
    // "للبالغين" (for adults) shares its stem with "الغي" (cancel): each is read as written.
    ['cancel', 'عندكم دروس للبالغين؟'],
    ['adults', 'بدي الغي الموعد'],
  ])('does not read %s in %s', (concept, message) => {
    expect(conceptsOf(message)).not.toContain(concept);
  });

  it.each(['شحال من جلسه خاصني؟', 'chhal mn séance khasni?', 'ch7al mn jalsa?'])(
    'reads %j as how many, not as a price',
    (message) => {
      const found = conceptsOf(message, ['ar', 'fr']);
      expect(found).toContain('howMany');
      expect(found).not.toContain('price');
    },
  );

  it.each([
    ['انا مش راضي عن الخدمة', 'cat'],
    ['wach kayn parking?', 'face'],
    ['mish 3arif', 'cat'],
    ['تامين', 'services'],
    // Years ("snin") are no teeth ("snan"), nor teeth years, though their skeletons meet.
    ['weldi 3ando 5 snin', 'tooth'],
    ['snani kayderni bzaf', 'age'],
    // Egyptian and Levantine "خلاص" is "that's it", not Darija payment ("الخلاص").
    ['خلاص فات الوقت؟', 'payment'],
    // Short words whose two consonants are a concept's: "kayen" (there is) no "kine", "bli" (that) no
    // "2abl" (before), "dik" (that) no "d9i9a" (a minute).
    ['sma3t bli samedi kayen dépistage', 'physio'],
    ['sma3t bli samedi kayen dépistage', 'preparation'],
    ['w l HbA1c ch7al dik nhar?', 'duration'],
    // Umrah ("العمرة") is no age ("عمر"), though they share a stem once ة is ه.
    ['محتاج تطعيم الحمى الشوكية للعمرة', 'age'],
    ['باقي شهر على العمرة', 'age'],
    // Levantine "fini" (I can) is no Darija "fin" (where), nor "dawra" (the period) Darija "drari" (kids) or
    // "daroori" (urgent), "leg" no "ilgha2" (cancelling), "2addesh" (how much) no "douche": short skeletons that meet.
    ['fini ejje bokra?', 'location'],
    ['feeni a3mel massage ba3d el 3amaliye?', 'location'],
    ['nezlet 3alayi el dawra el yom', 'children'],
    ['nezlet 3alayi el dawra el yom', 'emergency'],
    ['3ande leg day bokra', 'cancel'],
    ['2addesh el jalse?', 'bath'],
    // My husband ("زوجي") is no couple's treatment ("زوجين"), though they share a stem.
    ['زوجي بدو يستناني برا', 'couples'],
    // "لحالي" (alone) is no "حالين" (open).
    ['بخاف اروح لحالي', 'opening'],
    // Tight muscles ("مشدودة") are not closed ("مسدود").
    ['ضهري مشدود من امبارح', 'opening'],
  ])('does not read %s as %s', (message, concept) => {
    expect(conceptsOf(message)).not.toContain(concept);
  });
});
