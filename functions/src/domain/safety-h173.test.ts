/**
 * Emergencies told in the words of a cardiology practice's, a surf school's and a pottery workshop's customers: a
 * Tunisian "وجيعة" in the chest, a father dizzy and then down with his face gone yellow, a board or a rock to the head
 * (confused and vomiting; arms gone numb after a dive head first), a blister on a hand that took a piece out of the
 * kiln, trouble breathing in Dutch after a jellyfish. And what must stay a question: a prescription renewed with "the
 * same" medicine (Arabic "نفس", not a breath), a fall feared, dizziness that comes sometimes, a neck that has hurt for
 * weeks, a blister from the wheel.
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'chest pain and a faint in Tunisian Arabic',
  [
    ['cardiac', 'ماما عندها وجيعة كبيرة في صدرها من الصباح و تعرق'],
    ['cardiac', 'عندي وجيعة في صدري تمشي لذراعي، شنعمل؟'],
    ['cardiac', '3aslema, baba 3andou wji3a fi sadrou w ya3ra9 barcha, chna3mlou?'],
    ['unconscious', 'ommi dakhet 3liha w ta7et fil salle de bain, tawa mdawkha barcha'],
    ['unconscious', 'بابا داخت عليه و طاح في الكوجينة، وجهو اصفر'],
    ['unconscious', 'my dad felt dizzy and fell in the bathroom, he is very pale'],
    ['unconscious', 'mi madre se mareó y se cayó en la cocina, está muy pálida'],
    ['breathing', 'عسلامة، بابا ما ينجمش يتنفس مليح و يعرق برشا'],
  ],
  [
    // "نفس" before a noun with its article is "the same"; a question mark ends what came before it.
    'الطبيب ينجم يكتبلي نفس الدوا كيف العادة؟ ما نجمش نجي الجمعة',
    'ما نجمش نجي نفس النهار، نجم نبدل الموعد؟',
    'عندي نفس المشكلة متاع العام اللي فات، نحب موعد',
    // Dizziness that comes sometimes, a fall feared, a fall long past.
    'he gets dizzy sometimes, could he fall off the board?',
    'I feel dizzy after the stress test and I am afraid I will fall on the stairs',
    "j'ai des vertiges et j'ai peur de tomber pendant le cours",
    'last year she got dizzy and fell at home, can she do the stress test?',
    // A pain asked about, with no chest.
    'el wji3a mta3 rkobti ba3d l sport, najem nji lyoum?',
  ],
);

describeEmergencies(
  'a blow to the head or a dive head first',
  [
    ['head-injury', 'Mein Sohn hat beim Surfen das Brett an den Kopf gekriegt und ist jetzt ganz verwirrt'],
    ['head-injury', 'ihr Board ist ihr gegen den Kopf geknallt, seitdem muss sie sich übergeben'],
    ['head-injury', 'my friend took his board to the head and now he keeps throwing up'],
    ['spinal', 'mi hijo se lanzó de cabeza en la orilla y ahora no siente las piernas'],
    ['spinal', 'ele pulou de cabeça na piscina rasa, agora não consegue mexer as pernas'],
    ['spinal', 'he dove head first off the pier and says he cannot feel his arms'],
    ['spinal', 'il a plongé la tête la première, il a très mal à la nuque'],
    ['spinal', 'she fell off the board, her neck hurts and her hands are tingling'],
  ],
  [
    // A dive asked about; a neck that has hurt for weeks; a blow long past with nothing now.
    'can we dive head first from the rocks at the beach?',
    'o meu pescoço dói há semanas depois de um mergulho de cabeça, posso fazer a aula?',
    'mein Nacken tut seit Wochen weh, kann ich trotzdem surfen?',
    'ich hatte letztes Jahr eine Gehirnerschütterung, darf ich wieder surfen?',
  ],
);

describeEmergencies(
  'a burn from the kiln',
  [
    ['burn', 'I touched a plate straight out of the kiln and my fingers are full of blisters'],
    ['burn', 'ma fille a pris un bol qui sortait du four, elle a des cloques sur toute la main'],
    ['burn', 'la meva filla ha agafat un gerro acabat de sortir del forn i li han sortit butllofes'],
    ['burn', 'mein Sohn hat eine Tasse aus dem Brennofen angefasst, jetzt hat er Blasen an der Hand'],
  ],
  [
    // A blister from the wheel, a kiln asked about.
    'I got a blister on my thumb from throwing on the wheel, is that normal?',
    'can the kids touch the pieces when they come out of the kiln?',
    'quan surten les peces del forn? les puc recollir dissabte?',
  ],
);

describeEmergencies(
  'trouble breathing in Dutch',
  [
    ['breathing', 'mijn zoon is gestoken door een kwal en hij krijgt moeilijk adem'],
    ['breathing', 'mijn vriendin krijgt geen adem meer na een wespensteek, wat moeten we doen?'],
  ],
  [
    // A jellyfish asked about.
    'zijn er veel kwallen op het strand in augustus? mijn vriendin is bang',
  ],
);
