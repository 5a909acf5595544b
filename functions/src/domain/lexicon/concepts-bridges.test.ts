/**
 * Words that bridge a customer's question to an entry written in another
 * language or in other words: asking a friend to come along for a
 * discount, a subscription, exercises "at home", a dog "off the leash" in
 * the waiting room, shorthand ("pedis"), plurals and verbs of Arabic and
 * Darija. Each is found in every language, and the same word in another
 * sense is not.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { conceptsAlsoInItDe, conceptsIn, conceptsOf } from './concepts.test-helper.js';
import { OFFERING_CONCEPTS } from './concepts.js';

/** Read as an unsure detector reads it: the text's language first, then every other table. */
const conceptsInAll = (text: string, language: TextLanguage) => conceptsIn(text, language, ...TEXT_LANGUAGES);

/** Older concepts given new forms (the new concepts' examples are in concepts-verticals.test.ts). */
const examples: [string, [TextLanguage, string][]][] = [
  [
    'beard',
    [
      ['ar', 'bghit n9ad la7ya dyali'],
      ['ar', 'fi 3andkom tazbit l l7ye?'],
    ],
  ],
  ['opening', [['ar', 'fo9ach kat7ello f sbe7?']]],
  [
    'afterHours',
    [
      ['en', 'who do I call in the middle of the night?'],
      ['en', 'what happens if it breaks when you are closed?'],
      ['es', 'si pasa algo de madrugada, qué hago?'],
      ['fr', 'il y a un vétérinaire de garde le dimanche ?'],
      ['it', 'se sta male di notte chi chiamo?'],
      ['de', 'gibt es einen Notdienst am Wochenende?'],
      ['ca', 'si em fa mal a la nit què faig?'],
      ['pt', 'há alguém de plantão ao fim de semana?'],
      ['ar', 'إذا مرض بالليل شنو ندير؟'],
      ['ar', 'chkoun kayjaweb fellil?'],
    ],
  ],
  [
    'visiting',
    [
      ['en', 'can we visit him while he is in?'],
      ['es', 'puedo ir a verla mientras está ingresada?'],
      ['fr', 'on peut lui rendre visite ce soir ?'],
      ['it', 'possiamo andare a trovarlo in clinica?'],
      ['de', 'wann ist die Besuchszeit?'],
      ['ca', 'quin és l’horari de visites?'],
      ['pt', 'qual é o horário de visitas?'],
      ['ar', 'واش نقدر نزوره؟'],
    ],
  ],
  ['surgery', [['ar', 'imta nrje3 nakhdha mn b3d l3amaliya?']]],
  ['walkIn', [['ar', 'wach n9dar nji direct bla ma n3ayet?']]],
  ['tipping', [['fr', 'on laisse un tip à la coiffeuse ?']]],
  ['nails', [['de', 'macht ihr auch Krallen schneiden bei Katzen?']]],
  ['children', [['it', 'posso portare il pupo?']]],
  ['hospitalisation', [['ar', 'الكلب ديالي راقد عندكم من البارح']]],
  [
    'package',
    [
      ['en', 'do you offer a monthly membership?'],
      ['en', 'can I subscribe for unlimited cuts?'],
      ['es', 'tenéis suscripción mensual?'],
      ['fr', 'il y a un abonnement au mois ?'],
      ['it', 'avete un abbonamento mensile?'],
      ['de', 'gibt es ein Monatsabo?'],
      ['ca', 'teniu alguna quota mensual?'],
      ['pt', 'como funciona a assinatura?'],
      ['ar', 'واش كاين اشتراك شهري؟'],
    ],
  ],
  [
    'nails',
    [
      ['en', 'can I book a mani pedi for two?'],
      ['en', 'are pedis available on saturday'],
    ],
  ],
  [
    'giftCard',
    [
      ['ar', 'هل تبيعون بطاقات هدايا؟'],
      ['ar', 'بغيت نهدي لماما حصة'],
    ],
  ],
  [
    'language',
    [
      ['ar', 'هل هناك من يتكلم الفرنسية؟'],
      ['ar', 'واش كاين شي حد كيهضر بالانجليزية؟'],
    ],
  ],
  [
    'fleas',
    [
      ['ar', 'lkelba dyali 3amra b9rad'],
      ['ar', 'القط عامر بالقراد'],
    ],
  ],
  [
    'largeAnimals',
    [
      ['en', 'do you see foals?'],
      ['es', 'mi yegua cojea'],
      ['fr', 'ma jument ne mange plus'],
      ['it', 'la mia giumenta zoppica'],
      ['de', 'unsere Stute lahmt'],
      ['ca', 'la meva euga coixeja'],
    ],
  ],
  [
    'boarding',
    [
      ['fr', 'vous gardez les chiens en pension ?'],
      ['ar', 'نقدر نخليه عندكم سيمانة؟'],
      ['ar', 'wach tkhliw lmch 3andkom chi iyam?'],
    ],
  ],
  [
    'homeVisit',
    [
      ['ar', 'wach katjiw l dar?'],
      ['ar', 'واش كتجيو للدار؟'],
    ],
  ],
  [
    'accessibility',
    [
      ['en', 'my dad has a walker, can he get in easily?'],
      ['en', 'is there easy access from the street?'],
    ],
  ],
];

describe('bridging concepts', () => {
  it.each(examples.flatMap(([concept, cases]) => cases.map(([language, text]) => [concept, language, text] as const)))(
    '%s in %s: %j',
    (concept, language, text) => {
      expect([...conceptsOf(text, language)]).toContain(concept);
    },
  );

  it('a programme for bringing a friend is an offering; being at home is not', () => {
    expect(OFFERING_CONCEPTS.has('referFriend')).toBe(true);
    expect(OFFERING_CONCEPTS.has('atHome' as never)).toBe(false);
    expect(OFFERING_CONCEPTS.has('leash' as never)).toBe(false);
  });

  it.each<[TextLanguage, string, string]>([
    // Greetings at night are not a question about the night.
    ['en', 'good night and thanks!', 'afterHours'],
    ['es', 'buenas noches, quería una cita', 'afterHours'],
    ['fr', 'bonne nuit et merci', 'afterHours'],
    ['it', 'buonanotte e grazie', 'afterHours'],
    ['de', 'gute Nacht und danke', 'afterHours'],
    ['ca', 'bona nit, voldria una cita', 'afterHours'],
    ['pt', 'boa noite, queria marcar', 'afterHours'],
    // Seeing the vet, or a first visit, is not visiting a patient.
    ['en', 'can the vet see him today?', 'visiting'],
    ['es', 'quiero pedir una visita', 'visiting'],
    ['fr', "c'est ma première visite", 'visiting'],
    ['de', 'wann kann ich Sie besuchen?', 'visiting'],
    // "a3mal" (to do) is not "3amaliya" (an operation).
    ['ar', 'momken a3mal laser?', 'surgery'],
    ['ar', 'momken a3mello 7ammam?', 'surgery'],
    // "7ala2a" (a haircut, Levantine) is not "kat7ello" (you open) nor a shave of the body.
    ['ar', 'momken aji l 7ala2a bukra?', 'opening'],
    ['ar', 'momken aji l 7ala2a bukra?', 'hairRemoval'],
    // Arabic: the stem of "عربون" (deposit) is the stem of "العربية" (Arabic).
    ['ar', 'هل تتكلمون العربية؟', 'deposit'],
    ['ar', 'شي حد كيهضر العربية؟', 'deposit'],
    // "mômes" (kids, French) is not "mom".
    ['en', 'my mom will drive me there', 'children'],
    ['en', 'can my mom come in with me?', 'children'],
    // "off" is not a discount.
    ['en', 'I take the day off on friday', 'discount'],
    ['en', 'the gel is coming off already', 'discount'],
    // A guinea pig is a small pet.
    ['en', 'do you see guinea pigs?', 'largeAnimals'],
    ['fr', 'vous soignez les cochons d’Inde ?', 'largeAnimals'],
    // "3iyada" (clinic) and "عودة" (return) are not horses.
    ['ar', 'fin kayna l3iyada?', 'largeAnimals'],
    ['ar', 'متى العودة للعمل؟', 'largeAnimals'],
    // "pension" is also a retirement.
    ['it', 'sono in pensione, avete sconti?', 'boarding'],
    ['fr', 'je touche une pension, il y a un tarif réduit ?', 'boarding'],
    // A mule or a pony is a horse; a repeat visit is not.
    ['ar', 'n3awd nji ghedda?', 'horse'],
    ['fr', 'je suis à la retraite, ma pension est petite', 'boarding'],
    ['es', 'soy pensionista, hay descuento?', 'boarding'],
    // A doctor's referral is not bringing a friend.
    ['en', 'do I need a referral from my GP?', 'referFriend'],
    ['es', 'necesito volante del médico?', 'referFriend'],
    ['pt', 'preciso de encaminhamento do médico?', 'referFriend'],
    // A visit at home is not about being at home (and the reverse is covered in concepts.test.ts).
    ['en', 'I will come straight from work', 'atHome'],
    ['de', 'ich komme direkt von der Arbeit', 'atHome'],
    // A hand is not a manicure, a leash is not letting someone go.
    ['it', 'mi lavo le mani prima?', 'nails'],
    ['fr', 'je laisse mon chien le matin et je reviens le soir', 'leash'],
    ['fr', 'vous me laissez entrer avec lui ?', 'leash'],
    // Waiting time is not the waiting room.
    ['en', 'how long is the wait?', 'waitingRoom'],
    ['es', 'cuánto hay que esperar?', 'waitingRoom'],
  ])('not in %s %j: %s', (language, text, concept) => {
    expect([...conceptsAlsoInItDe(text, language)]).not.toContain(concept);
    expect([...conceptsInAll(text, language)]).not.toContain(concept);
  });
});
