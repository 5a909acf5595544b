/**
 * Emergencies away from a clinic, as a ski school's or a mobile vet's customers write them: a child who cannot be
 * found, someone buried by an avalanche, a fall with a knee stuck crooked or screaming with pain, a dog with the
 * signs of heatstroke after a walk. Each in the eight languages read, Russian through its gist, and the near
 * misses that must stay questions.
 */
import { describe, expect, it } from 'vitest';
import type { EmergencyKind } from './safety.js';
import { emergencyOf } from './safety.test-helper.js';

describe('assessSafety: a child who cannot be found', () => {
  it.each<[EmergencyKind, string]>([
    ['missing', "help, I can't find my daughter anywhere, she was meant to wait by the lift"],
    ['missing', 'our 5 year old is missing, he was with group B an hour ago'],
    ['missing', 'no encontramos a nuestro hijo, estaba en la cola del telesilla'],
    ['missing', 'mi niña de 7 años se ha perdido, ayuda por favor'],
    ['missing', 'on retrouve plus notre fille, elle était au jardin des neiges'],
    ['missing', 'mon fils de 8 ans a disparu depuis une demi-heure'],
    ['missing', 'non troviamo più la bambina, era al punto di ritrovo'],
    ['missing', 'unser Sohn ist weg, wir suchen seit 20 Minuten'],
    ['missing', 'ich kann meine Tochter nicht finden, sie sollte an der Hütte warten'],
    ['missing', 'no trobem el nostre fill, era a la pista verda'],
    ['missing', 'não acho o meu filho, ele devia estar na escolinha'],
    ['missing', 'بنتي ضاعت في المحطة من ربع ساعة'],
    ['missing', 'не можем найти сына, он должен был ждать у подъёмника'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    // A thing of the child's, a child who loses things, a habit, a case asked about, the past, an adjective.
    "I can't find my son's helmet, did someone hand it in?",
    'my daughter cannot find her gloves, are they in lost property?',
    'no encuentro el forfait de mi hija, ¿lo tenéis?',
    'je trouve plus le casque de mon fils',
    'je ne trouve pas le petit parking derrière la télécabine',
    'my son gets lost easily, will the instructor keep an eye on him?',
    'what happens if a child gets lost during the lesson?',
    'que pasa si un niño se pierde en la pista?',
    'last winter my daughter got lost on the slope, do the kids wear vests with a phone number?',
    'the rash on my son has disappeared, can he go back to class?',
    'mein Sohn vermisst seinen Skilehrer vom letzten Jahr',
  ])('is no emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: someone buried by an avalanche', () => {
  it.each<[EmergencyKind, string]>([
    ['avalanche', 'my friend got buried by an avalanche off piste, we cannot see him'],
    ['avalanche', 'a mi amigo le ha pillado un alud y está enterrado, ¿qué hacemos?'],
    ['avalanche', 'mon copain est enseveli sous une avalanche hors piste'],
    ['avalanche', 'una valanga ha travolto mio fratello fuori pista'],
    ['avalanche', 'mein Freund ist von einer Lawine verschüttet worden'],
    ['avalanche', 'una allau ha enterrat el meu germà fora pista'],
    ['avalanche', 'o meu irmão ficou soterrado por uma avalanche fora de pista'],
    ['avalanche', 'صاحبي مدفون تحت الثلج بعد انهيار ثلجي'],
    ['avalanche', 'срочно, подругу завалило лавиной, что делать'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'is the avalanche risk high today for the off-piste guiding?',
    'do you teach avalanche safety, like how to find someone who is buried?',
    '¿el curso de freeride incluye formación en aludes y ARVA?',
    "le cours hors-piste inclut-il l'usage du DVA en cas d'avalanche ?",
  ])('is no emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: a fall with a joint stuck crooked or screaming with pain', () => {
  it.each<[EmergencyKind, string]>([
    ['fracture', "I fell on the blue run, can't move my shoulder and I'm screaming in pain"],
    ['fracture', 'mi hermana se cayó esquiando, el tobillo se le ha quedado torcido'],
    ['fracture', 'ma femme est tombée, elle peut plus bouger la jambe et hurle de douleur'],
    ['fracture', 'mio figlio è caduto, non riesce a muovere il ginocchio e urla dal dolore'],
    ['fracture', 'er ist gestürzt, kann das Bein nicht bewegen und schreit vor Schmerzen'],
    ['fracture', 'ha caigut i no pot moure el genoll, crida de dolor'],
    ['fracture', 'ela caiu, o joelho ficou torto e ela grita de dor'],
    ['fracture', 'وقع ومش قادر يحرك رجله وعم يصرخ من الوجع'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    // Long ago, pain without a fall, a question.
    'last season I fell and could not move my knee, I was screaming in pain; is the slope safe for beginners?',
    'my knee hurts a lot after skiing yesterday, can I still take the lesson?',
    'si me caigo y no puedo mover la rodilla, ¿quién me ayuda?',
  ])('is no emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: heatstroke in an animal, told by its signs', () => {
  it.each<[EmergencyKind, string]>([
    ['heatstroke', 'after the walk my dog collapsed, thick drool, his gums are dark red'],
    ['heatstroke', 'mi perra no se levanta después del paseo y tiene la saliva espesa'],
    ['heatstroke', 'mon chien halète depuis la promenade, gencives rouge vif'],
    ['heatstroke', 'il cane ansima tantissimo dopo la passeggiata, saliva densa'],
    ['heatstroke', 'unser Hund hechelt seit dem Spaziergang, der Speichel ist zäh'],
    ['heatstroke', 'el gos panteixa molt i té la saliva espessa'],
    ['heatstroke', 'minha cadela está ofegante, baba grossa e gengivas vermelho escuro'],
    ['heatstroke', 'كلبي عم يلهث بعد المشي ولعاب كثيف'],
    ['heatstroke', 'кот после жары тяжело дышит, слюна густая'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    // A dog that drools by nature, gums asked about, a walk in the heat asked about.
    'my bulldog always has thick drool, is that normal for the breed?',
    'my dog has dark red gums, is that gum disease? do you do dental cleanings?',
    'how long can I walk my dog in this heat?',
  ])('is no emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});
