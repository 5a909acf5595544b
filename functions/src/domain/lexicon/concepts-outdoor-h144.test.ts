/**
 * Round 35 concepts, read from a riding school and a dive centre: the boat, dolphins, a diving card, the farrier;
 * a birthday, something lost or forgotten; seasickness, livery, a prescription mask, experience asked for, a
 * beginner who never rode, watching a lesson, food as the British say it. And words that must keep meaning what
 * they meant: "d'un coup" is no haircut, a "Verein" no cryotherapy, a picnic no sting and no putting down,
 * contact lenses no phone number, a diving card no bank card.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf, type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';
import { OUTDOOR_CONCEPTS } from './concepts-outdoor.js';

const examples: ConceptExamples = [
  [
    'boat',
    [
      ['en', 'how long is the ride out on the boat to the reef?'],
      ['es', '¿cuánto se tarda en barco hasta los arrecifes?'],
      ['fr', 'combien de temps dure le trajet en bateau ?'],
      ['it', 'quanto dura il viaggio in barca fino al reef?'],
      ['de', 'wie lange fährt das Boot bis zum Riff?'],
      ['ca', 'quant es triga amb vaixell fins a l’escull?'],
      ['pt', 'quanto tempo demora o barco até ao recife?'],
      ['ar', 'كم ساعة في القارب لحد الشعب المرجانية؟'],
    ],
  ],
  [
    'dolphins',
    [
      ['en', 'any chance to swim with dolphins this week?'],
      ['es', '¿se suelen ver delfines en la salida?'],
      ['fr', 'on peut nager avec les dauphins ?'],
      ['it', 'si vedono spesso i delfini?'],
      ['de', 'sieht man bei euch oft Delfine?'],
      ['ca', 'es veuen dofins durant la sortida?'],
      ['pt', 'costumam ver golfinhos no passeio?'],
      ['ar', 'في دلافين في الرحلة؟'],
    ],
  ],
  [
    'diveCard',
    [
      ['en', 'I left my dive card at home, is that ok?'],
      ['es', 'no encuentro mi tarjeta de buceo, pasa algo?'],
      ['fr', 'ma carte de plongeur est restée à Paris'],
      ['it', 'il mio brevetto è CMAS, va bene lo stesso?'],
      ['de', 'mein Tauchschein ist von einem anderen Verband'],
      ['ca', 'no trobo la meva targeta de busseig'],
      ['pt', 'perdi o cartão de mergulho na viagem'],
      ['ar', 'نسيت بطاقة الغوص في البيت'],
    ],
  ],
  [
    'farrier',
    [
      ['en', 'who does the shoeing for the horses at your yard?'],
      ['es', '¿el herrador viene cada cuánto?'],
      ['fr', 'le maréchal-ferrant passe tous les combien ?'],
      ['it', 'il maniscalco è compreso nella pensione?'],
      ['de', 'kommt der Hufschmied regelmäßig?'],
      ['ca', 'cada quan ve el ferrador?'],
      ['pt', 'o ferrador vem todos os meses?'],
      ['ar', 'البيطار يجي كل قداش؟'],
    ],
  ],
  [
    'animalTransport',
    [
      ['en', 'can you recommend a horse transport from Lyon?'],
      ['es', '¿conocéis alguna empresa de transporte para traer a mi yegua?'],
      ['fr', 'vous connaissez un transporteur de chevaux fiable ?'],
      ['it', 'fate anche il trasporto cavalli?'],
      ['de', 'kennt ihr ein Transportunternehmen für Pferde?'],
      ['ca', 'feu transport de cavalls?'],
      ['pt', 'fazem transporte de cavalos?'],
      ['ar', 'عندكم نقل الخيول؟'],
    ],
  ],
  [
    'birthday',
    [
      ['en', 'can we have a birthday party for my son at the stables?'],
      ['es', '¿organizáis cumples para niños?'],
      ['fr', 'vous faites des anniversaires pour les enfants ?'],
      ['it', 'fate feste di compleanno per bambini?'],
      ['de', 'kann man bei euch Kindergeburtstag feiern?'],
      ['ca', 'feu festes d’aniversari per a nens?'],
      ['pt', 'fazem festas de aniversário?'],
      ['ar', 'تنظمون عيد ميلاد للاطفال؟'],
    ],
  ],
  [
    'lostItem',
    [
      ['en', 'I forgot my logbook at the hotel, is that a problem?'],
      ['es', 'perdí mi carnet, qué hago?'],
      ['fr', "j'ai perdu mon badge d'accès"],
      ['it', 'ho dimenticato il certificato medico a casa'],
      ['de', 'ich habe meinen Ausweis vergessen'],
      ['ca', 'he perdut el meu carnet'],
      ['pt', 'esqueci o meu documento em casa'],
      ['ar', 'نسيت الوثيقة في الدار'],
    ],
  ],
];

const notRead: [TextLanguage, string, string][] = [
  // A bank card, a menu, a school exam: no diving card.
  ['fr', 'je peux payer par carte ?', 'diveCard'],
  ['fr', 'ma fille passe le brevet en juin', 'diveCard'],
  ['es', '¿aceptáis tarjeta?', 'diveCard'],
  // Shoes one wears and a trim of the hair: no farrier.
  ['en', 'what shoes should I wear for the lesson?', 'farrier'],
  ['en', 'can I get a beard trim?', 'farrier'],
  // A parcel shipped is no boat; a bus to the stables, a pet carrier are no transport of the animal.
  ['en', 'do you ship the gift cards?', 'boat'],
  ['en', 'can I get to you by public transport?', 'animalTransport'],
  ['es', 'los gatos vienen en transportadora', 'animalTransport'],
];

describeConceptTable('the dive-centre and riding-school concepts', OUTDOOR_CONCEPTS, examples, notRead);

describe('a birthday and something lost', () => {
  it.each<[TextLanguage, string, string]>([
    ['es', 'queremos celebrar el cumple de mi hija con vosotros', 'birthday'],
    ['es', 'cuánto cuesta un cumple para 12 niños?', 'birthday'],
    ['ar', 'ضيعت الكارت ديالي', 'lostItem'],
  ])('%s "%s" → %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // "cumple" as a verb: turning six, meeting the requirements.
    ['es', 'mi hija cumple 6 años en mayo', 'birthday'],
    ['es', '¿cumple con los requisitos para el curso?', 'birthday'],
    ['es', 'el niño cumple 4 en junio', 'birthday'],
    // A reminder not to forget, weight lost: nothing of the customer's lost.
    ['es', 'no lo olvides mañana', 'lostItem'],
    ['en', 'I lost weight since last year', 'lostItem'],
  ])('not %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});

describe('words added to older concepts', () => {
  it.each<[TextLanguage, string, string]>([
    ['en', 'I get terribly seasick, any tips?', 'nausea'],
    ['fr', "j'ai le mal de mer, c'est gênant ?", 'nausea'],
    ['de', 'ich werde leicht seekrank', 'nausea'],
    ['es', 'me da mal de mar siempre', 'nausea'],
    ['en', 'is there any grub at lunchtime or do we bring sandwiches?', 'eat'],
    ['en', 'how much is part livery for a small pony?', 'boarding'],
    ['fr', 'combien coûte la pension au pré ?', 'boarding'],
    ['de', 'habt ihr einen Einstellplatz für mein Pferd?', 'boarding'],
    ['es', 'mi hija nunca ha montado, puede empezar?', 'beginner'],
    ['fr', "ma fille n'est jamais montée à cheval", 'beginner'],
    ['en', 'my son has never ridden before', 'beginner'],
    ['en', 'can grandparents stay and look while she rides?', 'watch'],
    ['fr', 'on peut rester voir la reprise ?', 'watch'],
    ['en', 'do I need previous experience for the trail ride?', 'skillLevel'],
    ['es', '¿hay que saber montar para la excursión?', 'skillLevel'],
    ['de', 'braucht man Reiterfahrung für den Ausritt?', 'skillLevel'],
    ['en', 'is four too little to sit on a pony?', 'age'],
    ['fr', 'il est trop petit pour monter ?', 'age'],
    ['it', 'avete una maschera graduata da noleggiare?', 'glasses'],
    ['en', "I'm short sighted, do you rent prescription masks?", 'glasses'],
    ['fr', 'vous louez des masques correcteurs ?', 'glasses'],
  ])('%s "%s" → %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });
});

describe('words that keep their meaning', () => {
  it.each<[TextLanguage, string, string]>([
    // "d'un coup" (at once) is no cut; "une coupe" still is.
    ['fr', 'payer 400 euros d’un coup pour trois enfants, c’est beaucoup', 'haircut'],
    ['fr', 'payer tout d’un coup, ça fait mal au budget', 'hair'],
    // A club ("Verein") is not frozen off; "vereisen" still is.
    ['de', 'gibt es Preise für Vereine?', 'cryotherapy'],
    // A picnic is eating, not a sting nor putting an animal down.
    ['fr', 'il faut prévoir un pique-nique pour midi ?', 'pain'],
    ['fr', 'ils doivent faire un pique-nique le midi ?', 'euthanasia'],
    // Contact lenses are no way of reaching the business; a diving card no bank card.
    ['it', 'porto le lenti a contatto, va bene?', 'contact'],
    ['fr', "j'ai laissé ma carte de plongée à l'hôtel", 'payment'],
  ])('not %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    ['fr', 'je voudrais une coupe courte', 'haircut'],
    ['fr', 'une coupe pour mon fils', 'hair'],
    ['de', 'kann man die Warze vereisen lassen?', 'cryotherapy'],
    ['fr', 'on a dû le faire piquer la semaine dernière', 'euthanasia'],
    ['fr', 'ça pique après la séance', 'pain'],
    ['it', 'qual è il vostro numero di contatto?', 'contact'],
    ['it', 'porto le lenti a contatto, va bene?', 'contactLenses'],
    ['fr', 'je peux payer par carte ?', 'payment'],
  ])('still %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });
});
