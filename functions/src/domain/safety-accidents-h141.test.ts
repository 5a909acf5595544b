/**
 * Emergencies at a stable, on a beach, on a dive and at home, as a riding school's, a dive centre's and a home
 * nurse's customers write them: a kick in the belly with signs of bleeding inside, an animal loose among cars,
 * heatstroke after hours in the sun, a sting from a venomous fish, decompression sickness after a dive, water
 * breathed in while snorkelling, a low blood sugar, an old person down after a fall who cannot stand, and a urinary
 * catheter that drains nothing. Each in the eight languages read, and the near misses that must stay questions.
 */
import { describeEmergencies as cases } from './safety.test-helper.js';

cases(
  'kicked or trampled by an animal, then pale, vomiting or in great pain',
  [
    ['bleeding', 'the pony kicked my daughter in the belly, she has gone really pale'],
    ['bleeding', 'mi hijo ha recibido una coz en la barriga y ahora vomita'],
    ['bleeding', 'ma fille a pris un coup de sabot dans le ventre, elle est toute pâle'],
    ['bleeding', 'il cavallo ha dato un calcio nella pancia a mio figlio, è pallidissimo e vomita'],
    ['bleeding', 'unsere Tochter hat einen Tritt in den Bauch bekommen und ist kreidebleich'],
    ['bleeding', "l'euga li ha clavat una guitza a la panxa i ara vomita"],
    ['bleeding', 'o meu filho levou um coice na barriga e está muito pálido'],
    ['bleeding', 'the horse kicked him and now he feels dizzy'],
  ],
  [
    // A case asked about, one told of long ago, a kick with no sign.
    'what should we do if a child gets kicked by a horse?',
    'my son was kicked by a pony two years ago, can he ride again?',
    'qué hacemos si un caballo le da una coz a un niño?',
    'the horse kicked the stable door, is that normal behaviour?',
  ],
);

cases(
  'an animal loose on a road',
  [
    ['road', 'there is a horse loose on the main road by the roundabout!!'],
    ['road', 'hay un caballo suelto en la carretera y los coches tienen que frenar'],
    ['road', 'il y a un cheval échappé sur la route devant le camping'],
    ['road', 'c’è un cavallo scappato in mezzo alla strada'],
    ['road', 'ein Pferd ist ausgebrochen und steht auf der Landstraße'],
    ['road', "hi ha un poni solt a la carretera de l'escola"],
    ['road', 'um cavalo fugiu e está na estrada, os carros estão a travar'],
    ['road', 'كاين حصان هارب فالطريق قدام المدرسة والطوموبيلات كيفرانيو'],
  ],
  [
    // Loose in a field, once, or a road named for something else.
    'our horse escaped from its field last week, do you do livery with better fencing?',
    'is the yard on a main road? we need parking for the horse trailer',
    'el caballo anda suelto por el prado, ¿lo podéis entrar al box?',
    'mon chien s’est échappé hier mais il est rentré, vous faites le toilettage?',
  ],
);

cases(
  'heatstroke in a person, after the sun or the heat',
  [
    ['heatstroke', 'my son spent all day in the sun and now he is vomiting and dizzy'],
    ['heatstroke', 'mi niño ha estado horas al sol, tiene la piel ardiendo y le duele mucho la cabeza'],
    ['heatstroke', 'après toute la journée au soleil ma fille vomit et a mal à la tête'],
    ['heatstroke', 'con questo caldo mia figlia ha vomitato e ha un capogiro'],
    ['heatstroke', 'nach dem ganzen Tag in der Sonne hat er erbrochen und ihm ist schwindlig'],
    ['heatstroke', 'després de tot el dia al sol la nena vomita i té mal de cap'],
    ['heatstroke', 'a minha filha esteve ao sol a tarde toda, vomitou e está tonta'],
  ],
  [
    // Heat named with no sign, a habit, a heat of last summer.
    'hace un calor hoy! abrís la piscina?',
    'mi hija siempre se marea al sol y le duele la cabeza, puede hacer el campamento?',
    'it is so hot, can we move the lesson to the morning?',
  ],
);

cases(
  'a venomous sea creature, with pain or swelling',
  [
    ['poisoning', 'my son stepped on a stonefish on the beach, his foot is swelling fast'],
    ['poisoning', 'a mi marido le ha picado un pez araña en la playa, el dolor es horrible'],
    ['poisoning', 'ma femme a été piquée par une vive, elle a très mal au pied'],
    ['poisoning', 'mia figlia ha pestato una tracina, il piede le fa malissimo'],
    ['poisoning', 'mein Mann hat einen Rotfeuerfisch berührt, die Hand schwillt an'],
    ['poisoning', "m'ha picat un peix aranya i el peu s'està inflant"],
    ['poisoning', 'o meu filho pisou num peixe-aranha e a dor é muito forte'],
    ['poisoning', 'ابني داس على سمكة حجرية ورجله منتفخة'],
  ],
  [
    // A creature asked about, a sting told as a story of long ago, seasickness.
    'Are there stonefish on the house reef? does a sting hurt?',
    'I got stung by a lionfish in Egypt two years ago, it hurt for days, are there many here?',
    'I get seasick easily, and I vomit a lot, any tips?',
  ],
);

cases(
  'decompression sickness after a dive',
  [
    ['diving', 'after the dive this morning my wife has tingling in her arm and feels very weak'],
    ['diving', 'después de bucear a mi hermano le duele mucho la rodilla y tiene hormigueo'],
    ['diving', 'après la plongée mon mari a des fourmillements dans les doigts'],
    ['diving', 'dopo le immersioni di ieri mio figlio ha formicolio alle mani'],
    ['diving', 'nach dem Tauchgang tut ihm die Schulter weh und die Finger kribbeln'],
    ['diving', "després de bussejar li fa mal l'espatlla i té formigueig"],
    ['diving', 'depois do mergulho o meu marido tem formigueiro nas mãos'],
  ],
  [
    // Tingling asked about before a dive, an ear a little blocked, a dive long ago.
    'my husband has tingling fingers sometimes, can he still dive?',
    'after the dive yesterday my ears felt blocked a bit, is that normal?',
    'puedo bucear si me duele el hombro?',
  ],
);

cases(
  'water swallowed or breathed in, then breathing badly',
  [
    ['breathing', 'my daughter swallowed a lot of water in the sea and is breathing strangely'],
    ['breathing', 'mi hijo casi se ahoga en la piscina y no para de toser'],
    ['breathing', 'mon fils a failli se noyer, il tousse beaucoup'],
    ['breathing', 'mio figlio è quasi annegato e tossisce ancora'],
    ['breathing', 'meine Tochter ist fast ertrunken und hustet ständig'],
    ['breathing', 'el meu fill gairebé s’ofega a la piscina i tus molt'],
    ['breathing', 'o meu filho quase se afogou e está a tossir muito'],
  ],
  [
    // Water swallowed, a cough, and fine now.
    'mi hijo tragó un poco de agua en la piscina y tosió, ahora está bien',
    'my son swallowed some water at the pool, can he still do the lesson tomorrow?',
  ],
);

cases(
  'a low blood sugar',
  [
    ['unconscious', 'mi padre es diabético y el aparato marca 41, está sudando'],
    ['unconscious', 'ma mère est diabétique, sa glycémie est à 0,45 et elle transpire'],
    ['unconscious', 'my dad is diabetic and his sugar is 38'],
    ['unconscious', 'mio padre è diabetico, la glicemia è a 45 e suda tanto'],
    ['unconscious', 'mein Vater ist Diabetiker, der Zucker ist bei 2,5 und er ist verwirrt'],
    ['unconscious', 'la meva mare és diabètica, el sucre a 40 i està confosa'],
    ['unconscious', 'a minha mãe é diabética, a glicemia está em 42 e está a suar muito'],
  ],
  [
    // A reading asked about in general, a normal one, an age, a label.
    'what is a normal glucose reading before breakfast? mine was 95',
    'my mum is diabetic, her sugar was 65 this morning, is that low?',
    'mio figlio ha 41 anni ed è diabetico',
    'el azúcar 30 g por porción, apto para diabéticos?',
  ],
);

cases(
  'an older person down after a fall who cannot stand',
  [
    ['fracture', 'جدتي طاحت فالحمام وما كتقدرش توقف'],
    ['fracture', 'mima t7at f dar w ma katqderch tnod'],
    ['fracture', 'grandma fell in the bathroom and cant stand up'],
    ['fracture', 'mi abuela se ha caído y no se puede poner de pie'],
  ],
  [
    // A hip operation planned, a fall long ago.
    'mi madre tiene una operación de cadera programada para marzo, podéis venir después a curarle?',
    'my nan fell last year and broke her hip, can you help with her exercises?',
  ],
);

cases(
  'a urinary catheter that drains nothing',
  [
    ['urinary', 'my father has a catheter and nothing in the bag since this morning, his belly hurts'],
    ['urinary', 'a mi madre no le sale nada por la sonda y tiene la barriga hinchada'],
    ['urinary', 'la sonde de mon père ne coule plus et il a très mal au ventre'],
    ['urinary', 'dal catetere non esce niente da ore e mio padre ha dolore alla pancia'],
    ['urinary', 'beim Katheter kommt nichts mehr und er hat starke Schmerzen im Bauch'],
    ['urinary', 'la sonda del meu pare no drena i té molt de dolor'],
    ['urinary', 'a sonda do meu pai não drena e ele tem a barriga inchada'],
    ['urinary', 'القسطرة ما كينزلش منها والو وعندو الوجع فالكرش'],
  ],
  [
    // A catheter change booked, a question about a catheter.
    'quería reservar el cambio de sonda de mi padre para el martes',
    'how often should a urinary catheter be changed?',
  ],
);
