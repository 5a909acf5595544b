/**
 * The concepts of martial arts academies, gyms and activity parks (concepts-dojo.ts), each found in a customer's
 * phrase in every language, and the near misses that must raise none; in the shared tables: a first class (and no
 * "what to bring" in leave to bring something), a place to pray named by the prayer, the right size in German, and
 * Catalan "dies" (days), which is no death.
 */
import { describe, expect, it } from 'vitest';
import { DOJO_CONCEPTS } from './concepts-dojo.js';
import { type ConceptExamples, conceptsIn, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'beltRank',
    [
      ['en', "I'm a purple belt with three stripes, which class should I join?"],
      ['es', 'soy cinturón marrón en judo, puedo entrar en la avanzada?'],
      ['fr', 'je suis ceinture noire de karaté, il y a un cours pour moi ?'],
      ['it', 'sono cintura blu da un anno, posso fare la classe avanzata?'],
      ['de', 'ich habe den Blaugurt, darf ich zum Fortgeschrittenen-Training?'],
      ['ca', 'sóc cinturó blau, puc venir a la classe avançada?'],
      ['pt', 'sou faixa roxa, posso treinar na turma avançada?'],
      ['ar', 'انا حزام ازرق هل اقدر ادخل الحصه المتقدمه؟'],
    ],
  ],
  [
    'proof',
    [
      ['en', 'do you need proof that I trained before?'],
      ['es', '¿hace falta algún comprobante de mi academia?'],
      ['fr', 'il faut un justificatif de mon club ?'],
      ['it', 'serve un certificato della mia palestra?'],
      ['de', 'braucht ihr einen Nachweis von meinem alten Verein?'],
      ['ca', 'cal portar algun comprovant del meu club?'],
      ['pt', 'preciso de algum comprovativo do meu clube?'],
      ['ar', 'لازم اجيب شهاده من النادي حقي؟'],
    ],
  ],
  [
    'competition',
    [
      ['en', 'I want to start competing, do you prepare people for tournaments?'],
      ['es', '¿tenéis equipo de competición para torneos?'],
      ['fr', 'vous allez à des tournois avec les élèves ?'],
      ['it', 'fate gare? vorrei fare agonismo'],
      ['de', 'nehmt ihr an Turnieren teil? ich will Wettkampf machen'],
      ['ca', 'aneu a campionats amb els alumnes?'],
      ['pt', 'vocês levam a galera para campeonatos?'],
      ['ar', 'تشاركون في بطولات؟ ابي اشارك'],
    ],
  ],
  [
    'gi',
    [
      ['en', 'do I need my own kimono or can I rent a gi?'],
      ['es', '¿hay que traer kimono propio?'],
      ['fr', 'vous louez des kimonos pour le cours d’essai ?'],
      ['it', 'devo comprare il kimono subito?'],
      ['de', 'welche Gi-Größe brauche ich? ich habe keinen Kimono'],
      ['ca', 'he de portar el meu kimono?'],
      ['pt', 'vocês emprestam quimono na primeira aula?'],
      ['ar', 'لازم اشتري كيمونو ولا تعطونا؟'],
    ],
  ],
  [
    'jewellery',
    [
      ['en', 'can I keep my wedding ring on while training?'],
      ['es', '¿puedo entrenar con pendientes? no me los puedo quitar'],
      ['fr', 'je peux garder ma bague pendant le cours ?'],
      ['it', 'posso tenere la fede durante la lezione?'],
      ['de', 'darf ich meinen Ehering beim Training anlassen?'],
      ['ca', 'puc entrenar amb les arracades posades?'],
      ['pt', 'posso ficar de aliança no treino?'],
      ['ar', 'اقدر العب وانا لابس خاتم الزواج؟'],
    ],
  ],
  [
    'skinInfection',
    [
      ['en', 'I think I have ringworm on my leg, can I still come to class?'],
      ['es', 'tengo una infección en la piel, ¿puedo ir a entrenar?'],
      ['fr', "j'ai de l'impétigo, je peux venir au cours ?"],
      ['it', 'ho la tigna sul braccio, posso allenarmi?'],
      ['de', 'ich habe Hautpilz am Arm, darf ich trotzdem trainieren?'],
      ['ca', 'tinc una infecció a la pell, puc venir?'],
      ['pt', 'estou com micose na perna, posso treinar?'],
      ['ar', 'عندي فطريات الجلد في يدي اقدر اتمرن؟'],
    ],
  ],
  [
    'bodyHeight',
    [
      ['en', 'how tall do you have to be to fly?'],
      ['es', 'mido 1,90, hay límite de altura?'],
      ['fr', 'je mesure 1m92, est-ce que ça passe ?'],
      ['it', 'sono alto 1,95, c’è un limite di altezza?'],
      ['de', 'gibt es eine Mindestgröße? meine Körpergröße ist 1,20'],
      ['ca', 'hi ha un límit d’alçada per als nens?'],
      ['pt', 'há limite de altura para as crianças?'],
      ['ar', 'طولي 190 هل فيه حد الطول؟'],
    ],
  ],
  [
    'bodyWeight',
    [
      ['en', 'I weigh about 110 kilos, is that ok on the trampolines?'],
      ['es', '¿hay límite de peso? mi marido pesa 115 kilos'],
      ['fr', 'il y a une limite de poids ? je pèse 105 kilos'],
      ['it', "c'è un limite di peso per gli adulti?"],
      ['de', 'gibt es ein Höchstgewicht? ich wiege 120 kilo'],
      ['ca', 'hi ha límit de pes per als adults?'],
      ['pt', 'tem limite de peso? peso uns 110 quilos'],
      ['ar', 'فيه حد الوزن؟ وزني 115 كيلو'],
    ],
  ],
  [
    'socks',
    [
      ['en', 'do the kids need special socks?'],
      ['es', '¿hay que llevar calcetines antideslizantes?'],
      ['fr', 'les chaussettes sont obligatoires ?'],
      ['it', 'servono i calzini antiscivolo?'],
      ['de', 'brauchen wir Stoppersocken?'],
      ['ca', 'cal portar mitjons especials?'],
      ['pt', 'é preciso levar meias antiderrapantes?'],
      ['ar', 'لازم نلبس جوارب خاصه؟'],
    ],
  ],
  [
    'foodDelivery',
    [
      ['en', 'can we order food to the party room?'],
      ['es', '¿podemos pedir comida mientras los niños saltan?'],
      ['fr', 'on peut se faire livrer des pizzas sur place ?'],
      ['it', 'possiamo ordinare da mangiare durante la festa?'],
      ['de', 'dürfen wir uns Pizza liefern lassen?'],
      ['ca', 'podem demanar menjar a domicili a la festa?'],
      ['pt', 'dá para pedir comida pelo ifood durante a festa?'],
      ['ar', 'نقدر نطلب اكل من برا للحفله؟'],
    ],
  ],
];

describeConceptTable('dojo concepts', DOJO_CONCEPTS, examples, [
  // A belt worn with trousers, a car's belt, a phone call, a school grade: no rank.
  ['en', 'should I take my belt off for the x-ray?', 'beltRank'],
  ['en', 'my son is in third grade', 'beltRank'],
  ['es', 'se me rompió el cinturón del pantalón', 'beltRank'],
  ['pt', 'tenho graduação em enfermagem', 'beltRank'],
  ['pt', 'a minha graduação dos óculos mudou', 'beltRank'],
  ['en', 'can you ring me back tomorrow?', 'jewellery'],
  // Portuguese "tinha" (had) and "meia" (half): no ringworm, no socks.
  ['pt', 'eu tinha marcado para as seis e meia', 'skinInfection'],
  ['pt', 'chego às seis e meia', 'socks'],
  // A cold sore is its own concept; pounds are money.
  ['en', 'I have a cold sore, can I still get my lips done?', 'skinInfection'],
  ['en', 'is it 20 pounds per child?', 'bodyWeight'],
  // Requests, and a shop's own shipping, are no food delivered.
  ['ar', 'عندي طلبات خاصه للحفله', 'foodDelivery'],
  ['en', 'do you deliver the gi to my hotel?', 'foodDelivery'],
  // A dog's collar is no jewellery.
  ['fr', 'vous vendez des colliers et des laisses ?', 'jewellery'],
  ['es', '¿tenéis collares para perros?', 'jewellery'],
  ['en', 'is the competition for the prize draw still on?', 'beltRank'],
]);

describe('shared tables: the words of a first class, what to bring, a prayer, a size', () => {
  it.each([
    ['de', 'Dürfen wir zum Kindergeburtstag Kuchen und Snacks mitbringen?'],
    ['de', 'Kann ich meine Freundin zum Probetraining mitbringen?'],
  ] as const)('%s "%s" asks leave to bring something, not what to bring', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('bring');
  });

  it.each([
    ['en', 'what happens in the first class?'],
    ['es', '¿cómo es la primera clase?'],
    ['fr', 'comment se passe le premier cours ?'],
    ['it', 'come funziona la prima lezione?'],
    ['de', 'wie läuft die erste Stunde ab?'],
    ['ca', 'com va la primera classe?'],
    ['pt', 'como é a primeira aula?'],
    ['ar', 'كيف تكون اول حصه؟'],
  ] as const)('%s "%s" is a first visit', (language, text) => {
    expect(conceptsOf(text, language)).toContain('firstVisit');
  });

  it.each([
    ['en', 'my wife will have to pray maghrib during the party, is there a room?'],
    ['en', 'I need to pray dhuhr at some point, where can I go?'],
    ['fr', 'mon mari doit prier pendant la séance, il y a un endroit ?'],
    ['de', 'wo kann man hier in der Nähe beten?'],
  ] as const)('%s "%s" asks for a place to pray', (language, text) => {
    expect(conceptsOf(text, language)).toContain('prayerRoom');
  });

  it('a formal French letter prays nothing', () => {
    expect(conceptsOf('je vous prie de bien vouloir annuler mon rendez-vous', 'fr')).not.toContain('prayerRoom');
  });

  it.each([
    ['de', 'welche ist die richtige Größe für meinen Sohn?', 'size'],
    ['de', 'habt ihr eine Größentabelle?', 'size'],
  ] as const)('%s "%s" asks a size', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it('a big family in German asks no size', () => {
    expect(conceptsOf('wir sind eine große Familie mit vier Kindern', 'de')).not.toContain('size');
  });

  it.each(['quins dies obriu a la tarda?', 'els dies de festa teniu classe?', 'quants dies abans he de reservar?'])(
    'Catalan "dies" is days, not a death: %s',
    (text) => {
      expect(conceptsIn(text, 'ca', 'en', 'es')).not.toContain('euthanasia');
    },
  );

  it.each([
    ['en', 'what do we do with the body if my dog dies at home?'],
    ['en', 'my cat died last night, do you do cremation?'],
  ] as const)('an English death still is one: %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('euthanasia');
  });
});
