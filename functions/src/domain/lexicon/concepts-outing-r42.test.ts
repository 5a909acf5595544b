/**
 * The outing concepts (concepts-outing.ts) in every language, the footwear, beginner and headscarf words added
 * beside them, and words of other businesses that must not raise them.
 */
import { describe, expect, it } from 'vitest';
import { OUTING_CONCEPTS } from './concepts-outing.js';
import { conceptsOf, describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'abaya',
    [
      ['en', 'is it ok to ride in an abaya or do i have to change?'],
      ['es', 'puedo venir con abaya o mejor ropa de deporte?'],
      ['fr', 'je peux garder mon abaya pendant l activité ?'],
      ['it', 'posso indossare la abaya durante il giro?'],
      ['de', 'darf ich in meiner Abaya fahren?'],
      ['ca', 'puc venir amb abaya?'],
      ['pt', 'posso ir de abaya ou tenho que trocar?'],
      ['ar', 'عادي اركب وانا لابسه العبايه؟'],
      ['ar', 'momkin ndir 3abaya?'],
    ],
  ],
  [
    'coffee',
    [
      ['en', 'can we grab a coffee somewhere while we wait?'],
      ['en', 'is there a cafe on site'],
      ['es', 'hay cafetería o máquina expendedora?'],
      ['fr', 'il y a une buvette ou une machine à café ?'],
      ['it', 'c è una caffetteria mentre aspettiamo?'],
      ['de', 'gibt es ein Café oder einen Kaffeeautomaten?'],
      ['ca', 'hi ha cafeteria?'],
      ['pt', 'tem lanchonete ou cafe ai?'],
      ['ar', 'فيه كوفي عندكم؟'],
      ['ar', 'kayn chi 9ahwa 9rib?'],
    ],
  ],
  [
    'speed',
    [
      ['en', 'whats the top speed on the adult karts'],
      ['en', 'how many km/h do the boats do?'],
      ['es', 'a qué velocidad van los karts?'],
      ['fr', 'ils roulent à quelle vitesse ?'],
      ['it', 'che velocità massima raggiungono?'],
      ['de', 'wie schnell fahren die Karts?'],
      ['ca', 'quina velocitat màxima fan?'],
      ['pt', 'qual a velocidade maxima deles?'],
      ['ar', 'كم سرعه الكارت؟'],
      ['ar', 'chhal sor3a dyalhom?'],
    ],
  ],
  [
    'sentOff',
    [
      ['en', 'my son got black flagged, does he get his money back?'],
      ['en', 'what happens if we get disqualified in the race'],
      ['es', 'si me sacan bandera negra pierdo la tanda?'],
      ['fr', 'si on prend le drapeau noir on est remboursé ?'],
      ['it', 'se mi danno la bandiera nera perdo il turno?'],
      ['de', 'was passiert bei einer schwarzen Flagge?'],
      ['ca', 'si et treuen la bandera negra què passa?'],
      ['pt', 'se eu levar bandeira preta perco a bateria?'],
      ['ar', 'اذا انطرد ولدي من السباق ترجعون الفلوس؟'],
    ],
  ],
  [
    'goAhead',
    [
      ['en', 'if its windy tomorrow does the boat trip still go ahead?'],
      ['en', 'how will we know the morning of?'],
      ['es', 'cómo sabremos si la salida sigue en pie con este tiempo?'],
      ['fr', 'si il pleut, la sortie est maintenue ?'],
      ['fr', 'comment on saura si le vol a bien lieu'],
      ['it', 'con la pioggia la gita si svolge lo stesso?'],
      ['de', 'findet die Fahrt statt, wenn es regnet?'],
      ['ca', 'com sabrem si la sortida té lloc?'],
      ['pt', 'como vamos saber se o passeio se realiza?'],
      ['ar', 'اذا الجو غبار كيف نعرف الرحلة راح يصير ولا لا؟'],
    ],
  ],
];

describeConceptTable('outing concepts (r42, r43m)', OUTING_CONCEPTS, examples, [
  ['en', 'can you come quickly please', 'speed'],
  ['en', 'how fast do I get the results?', 'speed'],
  ['ar', 'تعالوا بسرعه الله يخليكم', 'speed'],
  ['ar', 'ابي ثوب بني قهوه للعرس', 'coffee'],
  ['es', 'hay barra libre en el bar de abajo?', 'coffee'],
  ['en', 'she looks stunning in that dress', 'abaya'],
  ['ar', 'اشتريت ثوب جديد للعيد', 'abaya'],
  ['en', 'the flag was up on the beach, red flag today?', 'sentOff'],
  ['fr', 'il a été exclu de son école', 'sentOff'],
  ['en', 'go ahead and book me in for friday', 'goAhead'],
  ['fr', 'au lieu de vendredi, samedi ?', 'goAhead'],
  ['de', 'wann findet ihr Zeit für mich?', 'goAhead'],
  ['pt', 'como se faz a marcação?', 'goAhead'],
]);

describe('words added beside the outing concepts (r42)', () => {
  it.each([
    ['en', 'coming from the beach in flip flops, is that ok?', 'shoes'],
    ['en', 'do i need proper trainers or are sandals fine', 'shoes'],
    ['es', 'puedo ir en chanclas?', 'shoes'],
    ['fr', 'on peut venir en tongs ?', 'shoes'],
    ['it', 'si può venire in infradito?', 'shoes'],
    ['de', 'geht das mit Sandalen?', 'shoes'],
    ['ca', 'puc venir amb xancletes?', 'shoes'],
    ['pt', 'posso ir de chinelo?', 'shoes'],
    ['ar', 'عادي البس نعال؟', 'shoes'],
    ['ar', 'لازم جوتي رياضي؟', 'shoes'],
    ['en', 'i have never driven anything like it, is it hard?', 'beginner'],
    ['es', 'nunca he navegado, es difícil?', 'beginner'],
    ['fr', 'je n ai jamais piloté, c est dur ?', 'beginner'],
    ['it', 'non ho mai guidato un kart', 'beginner'],
    ['pt', 'nunca dirigi um kart, é difícil?', 'beginner'],
    ['ca', 'mai he navegat, és difícil?', 'beginner'],
    ['ar', 'عمري ما سقت كارت صعبه؟', 'beginner'],
    ['en', 'will my shayla stay on under the helmet?', 'headscarf'],
    ['en', 'is there a massage for a couple on sunday?', 'couples'],
    ['en', 'we re a couple, can we book together?', 'couples'],
  ] as const)('%s "%s" raises %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    ['en', 'we will be there for a couple of hours', 'couples'],
    ['en', 'can I come for a couple of days?', 'couples'],
    ['en', 'the trainers at the gym are great', 'shoes'],
    ['en', 'first time at your place, where do we park?', 'beginner'],
  ] as const)('%s "%s" does not raise %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
