/**
 * The concepts of teaching businesses and everyday life around an appointment (concepts-school.ts): each is
 * found in a customer's phrase in every language, and words that mean something else nearby do not raise it.
 */
import { SCHOOL_CONCEPTS } from './concepts-school.js';
import { describe, expect, it } from 'vitest';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'lesson',
    [
      ['en', 'how many lessons will i need roughly'],
      ['es', 'cuántas clases prácticas necesito?'],
      ['fr', 'vous venez me chercher pour les leçons ?'],
      ['it', 'quante lezioni di guida servono?'],
      ['de', 'wie viele Fahrstunden brauche ich?'],
      ['ca', 'quantes classes pràctiques calen?'],
      ['pt', 'quantas aulas de condução preciso?'],
      ['ar', 'شحال من درس خاصني؟'],
    ],
  ],
  [
    'instructor',
    [
      ['en', 'is the instructor in the water with us?'],
      ['es', '¿los monitores hablan inglés?'],
      ['fr', 'les moniteurs parlent anglais ?'],
      ['it', "l'istruttore parla italiano?"],
      ['de', 'spricht der Surflehrer Deutsch?'],
      ['ca', 'el monitor parla anglès?'],
      ['pt', 'os instrutores falam inglês?'],
      ['ar', 'المدرب كيهضر بالفرنسية؟'],
    ],
  ],
  [
    'exam',
    [
      ['en', 'what do I need to bring to the driving test?'],
      ['es', 'cuándo es el examen teórico?'],
      ['fr', "combien coûte l'examen pratique ?"],
      ['it', "quante domande ha l'esame teorico?"],
      ['de', 'wann ist die Prüfung?'],
      ['ca', "quan és l'examen teòric?"],
      ['pt', 'quando é o exame prático?'],
      ['ar', 'امتى الامتحان؟'],
    ],
  ],
  [
    'failExam',
    [
      ['en', 'what happens if i fail the practical?'],
      ['es', 'y si suspendo el práctico?'],
      ['fr', "si j'échoue au code je dois payer ?"],
      ['it', 'se vengo bocciato quanto pago?'],
      ['de', 'was passiert wenn ich durchfalle?'],
      ['ca', 'què passa si em suspenen? he suspès dues vegades'],
      ['pt', 'se eu chumbar no exame pago outra vez?'],
      ['ar', 'ايلا رسبت فالامتحان شنو نديرو؟'],
    ],
  ],
  [
    'specialNeeds',
    [
      ['en', 'my son is autistic, can he join a group?'],
      ['es', 'mi niño tiene TEA, tenéis clases adaptadas?'],
      ['fr', 'mon fils est autiste (TSA), vous pouvez l’accueillir ?'],
      ['it', 'mia figlia ha l’ADHD, va bene lo stesso?'],
      ['de', 'unser Sohn ist Autist, geht das?'],
      ['ca', 'el meu fill té autisme, el podeu acollir?'],
      ['pt', 'o meu filho é autista, aceitam?'],
      ['ar', 'ولدي عندو التوحد واش تقبلوه؟'],
    ],
  ],
  [
    'summer',
    [
      ['en', 'do you run summer courses for kids?'],
      ['es', 'cuándo empiezan los cursillos de verano?'],
      ['fr', 'vous êtes ouverts cet été ?'],
      ['it', 'fate corsi in estate?'],
      ['de', 'wann sind die Sommer-Intensivkurse?'],
      ['ca', "feu cursets a l'estiu?"],
      ['pt', 'têm aulas no verão?'],
      ['ar', 'واش كاين دروس فالصيف؟'],
    ],
  ],
  [
    'makeUp',
    [
      ['en', 'if she misses a class can she make it up on saturday?'],
      ['es', 'si no puede venir el martes, ¿se puede recuperar la clase?'],
      ['fr', 'on peut rattraper un cours manqué ?'],
      ['it', 'se salta una lezione si può recuperarla?'],
      ['de', 'kann man verpasste Stunden nachholen?'],
      ['ca', 'es pot recuperar la classe si no venim?'],
      ['pt', 'se faltar à aula dá para repor?'],
      ['ar', 'ايلا غاب واش نقدرو نعوضو الحصة؟'],
    ],
  ],
  [
    'enrol',
    [
      ['en', 'what documents do i need to sign up'],
      ['es', 'qué necesito para matricularme?'],
      ['fr', "comment je fais pour m'inscrire ?"],
      ['it', "quanto costa l'iscrizione?"],
      ['de', 'wie funktioniert die Anmeldung?'],
      ['ca', 'quan obriu la inscripció?'],
      ['pt', 'como faço a inscrição?'],
      ['ar', 'شنو خاص للتسجيل؟'],
    ],
  ],
  [
    'sleep',
    [
      ['en', 'my 6 yo has nightmares every night'],
      ['es', 'mi hijo no duerme solo por la noche'],
      ['fr', 'ma fille fait des cauchemars'],
      ['it', 'mio figlio non dorme la notte'],
      ['de', 'unser Sohn hat Albträume'],
      ['ca', 'el meu fill té malsons'],
      ['pt', 'meu filho tem pesadelos'],
      ['ar', 'ولدي عندو كوابيس كل ليلة'],
    ],
  ],
  [
    'supplements',
    [
      ['en', 'do you sell supplements?'],
      ['es', 'vendéis suplementos?'],
      ['fr', 'vous vendez des compléments alimentaires ?'],
      ['it', 'vendete integratori?'],
      ['de', 'verkauft ihr Nahrungsergänzungsmittel?'],
      ['ca', 'veneu suplements?'],
      ['pt', 'vendem suplementos?'],
      ['ar', 'تبيعو مكملات غذائية للتنحيف ولا تاي ديتوكس؟'],
    ],
  ],
  [
    'vacation',
    [
      ['en', 'can I pause it while I am on holiday?'],
      ['es', 'nos vamos de vacaciones en agosto'],
      ['fr', 'pendant les vacances de noël ?'],
      ['it', 'ad agosto sono in ferie'],
      ['de', 'wir sind im Urlaub'],
      ['ca', 'estarem de vacances'],
      ['pt', 'vou de férias em julho'],
      ['ar', 'غادي نكون فالعطلة'],
    ],
  ],
  [
    'accident',
    [
      ['en', 'what if i crash the school car during a lesson?'],
      ['es', 'q pasa si tengo un golpe con el coche de la autoescuela'],
      ['fr', "qui paie en cas d'accident pendant la leçon ?"],
      ['it', 'se faccio un incidente durante la guida chi paga?'],
      ['de', 'wer zahlt bei einem Unfall in der Fahrstunde?'],
      ['ca', 'i si tinc un accident durant la classe?'],
      ['pt', 'e se eu tiver um acidente na aula?'],
      ['ar', 'ايلا وقعات ليا كسيدة فالحصة شكون يخلص؟'],
    ],
  ],
  [
    'vegetarian',
    [
      ['en', "I'm vegetarian, can you make me a meal plan?"],
      ['es', 'soy vegetariana, me hacéis un plan?'],
      ['fr', 'je suis végétarienne depuis 2 ans'],
      ['it', 'sono vegetariano, va bene lo stesso?'],
      ['de', 'ich bin Vegetarierin, geht das?'],
      ['ca', 'sóc vegetariana, em podeu fer una dieta?'],
      ['pt', 'sou vegetariana, vocês fazem plano?'],
      ['ar', 'انا نباتية واش ممكن برنامج؟'],
    ],
  ],
  [
    'theory',
    [
      ['en', 'can i study the theory online?'],
      ['es', 'se puede estudiar el teórico online?'],
      ['fr', 'je peux réviser le code de la route chez moi ?'],
      ['it', 'posso studiare la teoria a casa?'],
      ['de', 'kann ich die Theorie online lernen?'],
      ['ca', 'puc estudiar el teòric en línia?'],
      ['pt', 'posso estudar o código da estrada online?'],
      ['ar', 'واش نقدر نقرا النظري فالدار؟'],
    ],
  ],
];

describeConceptTable('the teaching and everyday concepts', SCHOOL_CONCEPTS, examples, [
  ['fr', 'quel est le code wifi ?', 'exam'],
  ['fr', "j'ai raté mon rendez-vous", 'failExam'],
  ['fr', 'il y a un supplément pour le week-end ?', 'supplements'],
  ['en', 'my card payment failed?', 'failExam'],
  ['es', 'qué clase de tratamiento me recomiendas?', 'failExam'],
  ['es', 'cuánto tardaré en recuperar la movilidad del hombro?', 'makeUp'],
  ['en', 'do you do make up for weddings?', 'makeUp'],
  ['it', 'quanto tempo per recuperare dopo il trattamento?', 'makeUp'],
  ['fr', "j'ai été opérée du genou l'année dernière", 'summer'],
  ['en', 'can we have a cup of tea while we wait?', 'specialNeeds'],
  ['es', 'hay té o café en la sala?', 'specialNeeds'],
]);

describe('words that meant another concept', () => {
  it.each([
    ['en', 'how much weight can i lose in a month realistically', 'diet', 'price'],
    ['en', 'what happens if i cancel the same day?', 'notice', 'emergency'],
    ['fr', 'si j annule le jour même je paie ?', 'notice', undefined],
    ['it', 'se disdico il giorno prima perdo la caparra?', 'cancel', undefined],
    ['de', 'Wer ist die Ernährungsberaterin und welche Ausbildung hat sie?', 'licence', undefined],
    // A trimester only of a pregnancy: a school or billing quarter is none.
    ['es', 'el trimestre se paga por adelantado?', 'payment', 'pregnancy'],
    ['en', 'are trimester packs cheaper?', 'discount', 'pregnancy'],
    ['fr', 'je suis au deuxième trimestre, je peux nager ?', 'pregnancy', undefined],
    // A long weekend is no dental bridge.
    ['es', 'el lunes es puente, hay clase?', 'lesson', 'crown'],
    ['it', 'facciamo il ponte, la lezione di venerdì si recupera?', 'lesson', 'crown'],
    ['es', 'cuánto cuesta un puente dental de tres piezas?', 'crown', undefined],
    // Waking at night is sleep; "réveille" is no Christmas Eve party, "acordo" (an agreement) no waking.
    ['fr', 'il se réveille toutes les heures la nuit', 'sleep', 'festive'],
    ['pt', 'o bebé acorda de hora a hora', 'sleep', undefined],
    ['es', 'se despierta cada dos horas', 'sleep', undefined],
    ['en', 'she keeps waking up at night', 'sleep', undefined],
    ['pt', 'têm acordo com a Medis?', 'insurance', 'sleep'],
    ['fr', 'vous êtes ouverts le soir du réveillon ?', 'festive', 'sleep'],
  ] as const)('%s "%s" is %s, not %s', (language, text, is, isNot) => {
    const found = conceptsOf(text, language);
    expect(found).toContain(is);
    if (isNot) expect(found).not.toContain(isNot);
  });
});
