/**
 * Emergencies told in the words of an allergy clinic's, a climbing gym's and a tennis club's customers: anaphylaxis
 * after a food or a sting (MSA, Darija, Arabizi and the other languages), a dislocated joint, a crack heard with a
 * foot that bears no weight, an eye hit with sight blurred, a blow to the head with confusion in Austrian dialect, and
 * a small emergency vocabulary in the languages Frontdesk does not read. And what must stay a question: a mild asthma
 * flare, an EpiPen that expires, a severe allergy named in a pregnancy question, "what if".
 */
import { describe, expect, it } from 'vitest';
import { describeEmergencies, emergencyOf } from './safety.test-helper.js';

describeEmergencies(
  'anaphylaxis after a food or a sting',
  [
    ['allergic', 'my daughter ate a cookie with cashews, now she has hives everywhere and she keeps throwing up'],
    ['allergic', 'mi hijo comió gambas hace un rato, le han salido ronchas por todo el cuerpo y está vomitando'],
    ['allergic', 'ma fille a mangé un gâteau aux noisettes, elle a des plaques rouges partout et elle vomit'],
    ['allergic', 'bent kelat chocolat fiha kawkaw w tla3lha 7boub f jesmha w katrejja3, chno ndir'],
    ['allergic', 'wlidi kla gâteau fih cacahuete w tla3lou 7boub w rah yrejja3 kolchi'],
    // MSA: the face swelling as a verb, the throat tightening, "cannot" said with لا.
    ['breathing', 'ابني أكل فستق وحلقه يضيق ولا يستطيع أن يتنفس'],
    ['breathing', 'stung by a wasp at the picnic and my throat is tightening, I feel awful'],
    ['breathing', "piquée par une guêpe, j'ai la gorge qui se serre"],
  ],
  [
    // An allergy named, nothing eaten and nothing seen.
    'my son has a peanut allergy, do you do allergy tests for children?',
    'wlidi 3andou allergie l kawkaw, wach ta3mlou tests?',
    // Eaten, no sign yet; a sign without the food.
    'he ate a peanut butter sandwich by mistake, he seems fine, should we come for a test?',
    'she has a rash on her arms since last week and it itches, can you see her?',
    // Spots come up after a food weeks ago: a question for the allergist.
    // A throat tight from a cold is no closing throat.
    'عندي التهاب في الحلق منذ يومين، هل تستقبلون بدون موعد؟',
  ],
);

describeEmergencies(
  'an EpiPen owned or used, a severe allergy named',
  [['allergic', 'he ate a walnut, his lips swelled up and I had to use his epipen, he is better but what now?']],
  [
    "my son's epipen runs out in two weeks, can the doctor write a new prescription?",
    'do you prescribe epi pens for kids with a nut allergy?',
    'عندي حساسية شديدة من القطط، هل تقومون باختبارات الجلد؟',
    'بنتي عندها حساسية شديدة من الحليب، واش كاين دكتور للأطفال؟',
  ],
);

describeEmergencies(
  'an asthma attack, graded',
  [
    ['breathing', 'my son is having an asthma attack and we forgot his inhaler at home'],
    ['breathing', "ma fille fait une crise d'asthme, elle n'a pas sa ventoline"],
    ['breathing', 'bent 3andha crise d asthme w ma l9inach l ventoline'],
    ['breathing', 'meine Tochter hat einen Asthmaanfall, das Spray ist im Auto'],
  ],
  [
    'my son had a mild asthma attack yesterday, can we book a check-up this week?',
    'wldi 3andou crise d asthme khfifa mn lbere7, ndjiw sans rdv?',
    'what should we do if he gets an asthma attack on the wall?',
  ],
);

describeEmergencies(
  'a dislocated joint, a crack with no weight on a foot',
  [
    ['fracture', 'my knee cap just popped out while climbing, it hurts so much'],
    ['fracture', "I think my friend's shoulder is dislocated, he fell off the top of the wall"],
    ['fracture', 'se le ha salido el hombro de su sitio jugando al pádel, qué hacemos'],
    ['fracture', "il s'est déboîté l'épaule en tombant, il a très mal"],
    ['fracture', 'mein Sohn hat sich die Schulter ausgekugelt, er schreit vor Schmerzen'],
    ['fracture', 'he rolled his ankle on the court, we heard a loud crack and he can not put weight on it'],
    ['fracture', 'se torció el tobillo, hizo crack y no puede apoyar... no puede caminar'],
    ['fracture', 'Mein Mann ist beim Laufen umgeknickt, es hat gekracht und er kann nicht auftreten'],
  ],
  [
    // Long past, or habitual: a question for staff.
    'I dislocated my shoulder two years ago, is bouldering ok for me now?',
    'my shoulder dislocates easily, should I avoid the overhangs?',
    // A crack heard, the foot fine; a knee that cracks.
    'I twisted my ankle and heard a crack but I can walk fine, just a bit sore, can I still play on Saturday?',
    'my knee cracks when I squat, is there a physio at the club?',
    // A racket or a ball that cracked.
    'my racket cracked yesterday, do you restring or sell frames?',
  ],
);

describeEmergencies(
  'an eye hit, sight blurred',
  [
    ['eye', 'my daughter took a ball in the eye, she says it is all blurry'],
    ['eye', 'he got punched in the eye and now his vision is blurry, is that normal?'],
    ['eye', 'le dio un pelotazo en el ojo y ahora lo ve todo borroso'],
    ['eye', 'Ball ins Auge bekommen, er sieht jetzt verschwommen'],
  ],
  [
    'do kids have to wear protective glasses for squash so they do not get a ball in the eye?',
    'my vision has been getting blurry at night for a few months, do you do eye tests?',
  ],
);

describeEmergencies(
  'a blow to the head with confusion, in Austrian and Bavarian dialect',
  [
    ['head-injury', 'mei Bua is vom Klettergerüst obagfalln, mitn Kopf aufm Bodn, jetzt waß er ned wo er is'],
    ['head-injury', 'Sie ist mit dem Kopf gegen die Wand geknallt und ist jetzt ganz verwirrt'],
    ['head-injury', 'der Papa is gstiazt, mim Kopf auf die Stufn, er redt so komisch'],
  ],
  [
    // No blow: a fall without the head, confusion without a fall.
    'mei Bua is obagfalln, hat si aber nix tan, kann er weiterklettern?',
    'I waß ned wo ihr seid, wo is des Studio genau?',
  ],
);

describeEmergencies(
  'an emergency in a language Frontdesk does not read',
  [
    // Turkish
    ['fracture', 'yardım! kızım düştü, bileği eğri duruyor, çok ağlıyor'],
    ['breathing', 'acil, babam nefes alamıyor'],
    // Hungarian, with and without accents
    ['breathing', 'segítség, a fiam asztmás rohamot kapott és alig kap levegőt'],
    ['breathing', 'segitseg a ferjem nem kap levegot'],
    ['fracture', 'a lanyom elesett es a csuklo ferde, nagyon fáj'],
    // Polish
    ['fracture', 'pomocy, syn upadł i ręka jest wygięta'],
    ['breathing', 'moja córka ma atak astmy i nie ma inhalatora'],
    // Dutch
    ['fracture', 'help, mijn zoon is gevallen en zijn pols staat scheef'],
    ['breathing', 'mijn vriend heeft een astma-aanval en heeft geen puffer bij zich'],
    // Swedish and Norwegian
    ['breathing', 'hjälp, min pappa kan inte andas'],
    ['fracture', 'sønnen min falt og armen er skjev'],
    // Croatian
    ['breathing', 'pomozite, moj sin ne može disati'],
    ['fracture', 'kći je pala i ruka joj je iskrivljena, jako plače'],
    // Czech
    ['fracture', 'pomoc, dcera spadla a ruka je křivá'],
    ['breathing', 'můj syn nemůže dýchat'],
    // Russian
    ['breathing', 'помогите, у сына приступ астмы, он не может дышать'],
    ['fracture', 'сын упал, рука криво, он плачет'],
  ],
  [
    'merhaba, çocuklar için tırmanış kursu var mı? kızım 8 yaşında',
    'szia, mennyibe kerül egy belépő? a barátnőm is jön',
    'dzień dobry, ile kosztuje karnet dla dzieci?',
    'hoi, hoe laat zijn jullie open op zondag?',
    'hej, hur mycket kostar en lektion?',
    'dobar dan, koliko košta sat tenisa?',
    'dobrý den, kolik stojí vstup pro děti?',
    'здравствуйте, сколько стоит абонемент на месяц?',
    // A fall long ago, a crooked thing that is not a limb.
    'kızım geçen yıl düştü, kolu iyileşti, tırmanabilir mi?',
    'de foto hangt scheef, kunnen jullie dat fixen?',
  ],
);

describe('assessSafety: "what if" stays a question', () => {
  it.each([
    'what if I faint on the wall, is there someone to help?',
    'what do you do if someone dislocates a shoulder during a session?',
    'et si mon fils fait une crise d asthme pendant le cours ?',
  ])('is no emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});
