/**
 * The concepts of golf (concepts-golf.ts) and of the care and schooling around a child (concepts-childhood.ts),
 * each found in a customer's phrase in every language, and the near misses that must raise none.
 */
import { CHILDHOOD_CONCEPTS } from './concepts-childhood.js';
import { GOLF_CONCEPTS } from './concepts-golf.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const golf: ConceptExamples = [
  [
    'golfClub',
    [
      ['en', 'should I pack my clubs or can I hire some at the range?'],
      ['es', '¿se pueden alquilar palos o llevo los míos?'],
      ['fr', 'je dois venir avec mes clubs de golf ?'],
      ['it', 'posso noleggiare le mazze da golf da voi?'],
      ['de', 'kann man bei euch Leihschläger bekommen?'],
      ['ca', 'puc llogar pals de golf allà?'],
      ['pt', 'vocês alugam tacos de golfe?'],
      ['ar', 'عندكم مضارب غولف للايجار؟'],
    ],
  ],
  [
    'leftHanded',
    [
      ['en', "I'm a lefty, any clubs for me?"],
      ['es', 'tenéis guitarras para zurdos?'],
      ['fr', 'mon fils est gaucher, vous avez des raquettes ?'],
      ['it', 'sono mancina, avete le mazze giuste?'],
      ['de', 'gibt es Schläger für Linkshänder?'],
      ['ca', 'teniu material per a esquerrans?'],
      ['pt', 'sou canhoto, tem taco pra mim?'],
      ['ar', 'انا اعسر عندكم مضارب لي؟'],
    ],
  ],
];

describeConceptTable('golf concepts', GOLF_CONCEPTS, golf, [
  ['en', 'is there a kids club in the summer?', 'golfClub'],
  ['de', 'mein Tennisschläger ist kaputt', 'golfClub'],
  ['es', 'me gusta el club de lectura', 'golfClub'],
  ['de', 'darf ich eigenes Essen mitbringen?', 'golfClub'],
]);

const childhood: ConceptExamples = [
  [
    'learningSupport',
    [
      ['en', 'her teacher thinks she needs a remedial teacher for reading'],
      ['es', 'mi hijo necesita un psicopedagogo, ¿tenéis?'],
      ['fr', 'vous avez une orthopédagogue pour mon garçon ?'],
      ['it', 'cercavo una pedagogista per mia figlia'],
      ['de', 'arbeitet bei Ihnen eine Lerntherapeutin?'],
      ['ca', 'teniu algun psicopedagog al centre?'],
      ['pt', 'vocês têm psicopedagoga?'],
      ['ar', 'عندكم اخصائيه صعوبات التعلم؟'],
    ],
  ],
  [
    'interventionPlan',
    [
      ['en', 'the school is writing an IEP for my son'],
      ['es', 'en el cole le van a hacer un plan de intervención'],
      ['fr', 'on a la rencontre du plan d’intervention en mai'],
      ['it', 'la scuola prepara il piano didattico personalizzato'],
      ['de', 'die Schule macht einen Förderplan für ihn'],
      ['ca', "l'escola li fa un pla individualitzat"],
      ['pt', 'a escola pediu um plano de intervenção'],
      ['ar', 'المدرسه عملت له خطه فرديه'],
    ],
  ],
  [
    'homework',
    [
      ['en', 'do you help with homework after school?'],
      ['es', '¿ayudáis con los deberes?'],
      ['fr', "c'est quoi l'horaire de l'aide aux devoirs ?"],
      ['it', 'fate anche i compiti con i bambini?'],
      ['de', 'gibt es eine Hausaufgabenbetreuung?'],
      ['ca', 'feu ajuda amb els deures?'],
      ['pt', 'vocês ajudam no dever de casa?'],
      ['ar', 'تساعدون في الواجبات المدرسيه؟'],
    ],
  ],
  [
    'childcare',
    [
      ['en', "I don't have a nanny for the mornings"],
      ['es', 'no tengo guardería para el peque'],
      ['fr', 'vous donnez un reçu pour les frais de garde ?'],
      ['it', "c'è un asilo nido vicino?"],
      ['de', 'die Kita hat zu, kann ich ihn mitbringen?'],
      ['ca', 'la guarderia tanca a les 5, puc venir amb ell?'],
      ['pt', 'dá recibo de creche para o imposto?'],
      ['ar', 'عندكم حضانه للاطفال؟'],
    ],
  ],
  [
    'stroller',
    [
      ['en', 'can I come in with the stroller?'],
      ['es', '¿puedo entrar con el cochecito?'],
      ['fr', 'je peux venir avec la poussette ?'],
      ['it', 'posso entrare con il passeggino?'],
      ['de', 'darf ich den Kinderwagen mitnehmen?'],
      ['ca', 'puc entrar amb el cotxet?'],
      ['pt', 'posso levar o carrinho de bebê?'],
      ['ar', 'اقدر ادخل عربه الطفل معي؟'],
    ],
  ],
  [
    'unaccompanied',
    [
      ['en', 'can my two boys stay on their own while I run an errand?'],
      ['es', '¿los niños pueden quedarse solos una hora?'],
      ['fr', 'mes deux garçons peuvent rester tous seuls ?'],
      ['it', 'i ragazzi possono restare da soli?'],
      ['de', 'darf meine Tochter ohne Begleitung kommen?'],
      ['ca', 'els nens poden quedar-se sols?'],
      ['pt', 'posso deixar eles sozinhos lá?'],
      ['ar', 'اقدر اخلي ولدي لوحده عندكم؟'],
    ],
  ],
];

describeConceptTable('childhood concepts', CHILDHOOD_CONCEPTS, childhood, [
  ['en', 'can you support me with my booking?', 'learningSupport'],
  ['en', "what's the plan for tomorrow?", 'interventionPlan'],
  ['pt', 'posso pagar com o carrinho de compras?', 'stroller'],
  ['fr', 'je suis garde du corps', 'childcare'],
  ['it', 'il nido del passero', 'childcare'],
]);
