/**
 * A crash with a sore neck and someone who does not move (the spine), a hand held on the chest with a fall or speech
 * gone wrong (the heart), a blow to the head from a boom or told with a Balearic article, then vomiting or
 * confusion, and a boat turned over with someone still under the sail or the water (drowning). And the sentences
 * that only sound like them: a question about a capsize, a boom, a crash or a helmet.
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'a crash, then the neck hurting and someone not moving',
  [
    ['spinal', 'my son crashed into the barrier, he is not moving and says his neck hurts'],
    ['spinal', 'mi hijo ha tenido un accidente en la pista, no se mueve y le duele el cuello'],
    ['spinal', 'ma fille a eu un accident sur le circuit, elle ne bouge pas et a mal au cou'],
    ['spinal', 'mio figlio ha avuto un incidente, non si muove e dice che ha dolore al collo'],
    ['spinal', 'بنتي صار لها حادث بالسيارة ما تتحرك ورقبتها تعورها'],
    ['spinal', 'أخوي صار له حادث وما يقدر يتحرك ويقول رقبته تعوره'],
  ],
  [
    'can I drive the kart if I had a car accident last year and my neck still hurts sometimes?',
    'what happens if there is a crash? is there insurance?',
    'my neck hurts after the session yesterday, is that normal?',
    'هل عندكم تأمين في حال صار حادث؟',
    'tuve un accidente hace dos años y a veces me duele el cuello, ¿puedo correr?',
  ],
);

describeEmergencies(
  'a hand on the chest with a fall, a collapse or speech gone wrong',
  [
    ['cardiac', 'my dad fell in the stands holding his chest and he can not speak properly'],
    ['cardiac', 'mi padre se ha caído agarrándose el pecho, está sudando'],
    ['cardiac', 'mon père se tient la poitrine et il est tout pâle'],
    ['cardiac', 'mein Vater hält sich die Brust und ist ganz blass'],
    ['cardiac', 'meu pai está segurando o peito e suando muito'],
    ['cardiac', 'جدي طاح فجأة وهو ماسك صدره'],
    ['cardiac', 'امي ماسكه صدرها وما تقدر تتكلم'],
  ],
  [
    'is there a chest protector for the kids? my son fell last time',
    'my dad holds his chest out proudly in every photo, can he join the parents race?',
    'mi padre se cayó el año pasado, ¿puede venir a mirar?',
    'my grandfather can not speak English properly, is there someone who speaks Arabic?',
  ],
);

describeEmergencies(
  'a blow to the head from the boom, then vomiting or confusion',
  [
    ['head-injury', 'the boom hit him in the head and now he is dizzy and threw up'],
    ['head-injury', 'la botavara le dio a mi hija en la cabeza y ahora está confundida'],
    ['head-injury', 'sa botavara li ha pegat en es cap i ha vomitat'],
    ['head-injury', 'il boma lo ha colpito, adesso vomita e non sa dove si trova'],
    ['head-injury', 'er hat den Baum an den Kopf bekommen und ist ganz verwirrt'],
    ['head-injury', 'mon fils a pris un coup de bôme, il a vomi deux fois'],
  ],
  [
    'the boom can hit your head, is a helmet needed?',
    'la botavara puede dar en la cabeza? hay que llevar casco?',
    'sa botavara pot pegar en es cap? cal dur casc?',
    'my daughter gets seasick and vomits, can she still do the course?',
    'what happens if the boom hits you?',
  ],
);

describeEmergencies(
  'a boat turned over and someone still under the sail or the water',
  [
    ['breathing', 'we capsized and my friend is still under the sail, we cant see him!!'],
    ['breathing', 'hemos volcado con el catamarán y mi amigo no sale de debajo de la vela'],
    ['breathing', 'on a chaviré et mon fils est coincé sous la voile, il ne remonte pas'],
    ['breathing', 'abbiamo scuffiato e mia figlia è ancora sotto la vela'],
    ['breathing', 'wir sind gekentert und mein Mann ist unter dem Segel, er taucht nicht auf'],
    ['breathing', 'hem bolcat i el meu germà és sota la vela'],
    ['breathing', 'o barco virou e o meu amigo está debaixo da vela'],
    ['breathing', 'انقلب القارب وصاحبي تحت الشراع ما طلع'],
  ],
  [
    'what if the boat capsizes? do I end up under it?',
    'y si el barco vuelca qué pasa? me quedo debajo de la vela?',
    'do you teach what to do if we capsize and someone is under the sail?',
    'si on chavire, comment on sort de sous la voile ?',
    'we capsized twice yesterday, so much fun! can we book again?',
    'wenn wir kentern, was passiert dann?',
  ],
);
