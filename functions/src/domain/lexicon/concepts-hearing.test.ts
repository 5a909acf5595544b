/**
 * The hearing-centre concepts (concepts-hearing.ts): each is found in a
 * customer's phrase in every language, and words that mean something else
 * nearby do not raise it.
 */
import { HEARING_CONCEPTS } from './concepts-hearing.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'hearingAid',
    [
      ['en', 'how much is a hearing aid?'],
      ['es', 'cuánto cuestan los audífonos?'],
      ['fr', 'combien coûte un appareil auditif ?'],
      ['it', 'quanto costa un apparecchio acustico?'],
      ['de', 'was kostet ein Hörgerät?'],
      ['ca', 'quant costa un audiòfon?'],
      ['pt', 'quanto custa um aparelho auditivo?'],
      ['ar', 'كم سعر سماعة الأذن الطبية؟'],
    ],
  ],
  [
    'hearingTest',
    [
      ['en', 'is the hearing test free?'],
      ['es', 'la prueba de audición es gratis?'],
      ['fr', 'le bilan auditif est gratuit ?'],
      ['it', "il test dell'udito è gratuito?"],
      ['de', 'ist der Hörtest kostenlos?'],
      ['ca', 'la prova auditiva és gratis?'],
      ['pt', 'o teste de audição paga-se?'],
      ['ar', 'واش فحص السمع فابور؟'],
    ],
  ],
  [
    'earwax',
    [
      ['en', 'can you remove ear wax?'],
      ['es', 'tengo un tapón de cera'],
      ['fr', "j'ai un bouchon de cérumen"],
      ['it', 'ho un tappo di cerume'],
      ['de', 'mein Ohr ist verstopft, Ohrenschmalz'],
      ['ca', 'tinc un tap de cera'],
      ['pt', 'vocês limpam os ouvidos? tenho cera no ouvido'],
      ['ar', 'ودني مسدوده بالشمع، شمع الاذن'],
    ],
  ],
  [
    'tinnitus',
    [
      ['en', 'I have ringing in my ears'],
      ['es', 'tengo un zumbido constante'],
      ['fr', "j'ai des acouphènes"],
      ['it', 'ho gli acufeni'],
      ['de', 'ich habe Tinnitus'],
      ['ca', 'tinc acúfens'],
      ['pt', 'tenho um apito constante nos ouvidos'],
      ['ar', 'عندي طنين فالودن'],
    ],
  ],
  [
    'batteries',
    [
      ['en', 'do you sell size 312 batteries?'],
      ['es', 'vendéis pilas para audífonos?'],
      ['fr', 'vous vendez des piles ?'],
      ['it', 'vendete le pile?'],
      ['de', 'habt ihr Batterien?'],
      ['ca', 'veneu piles?'],
      ['pt', 'vendem pilhas?'],
      ['ar', 'واش عندكم البيلات؟'],
    ],
  ],
];

describeConceptTable('the hearing-centre concepts', HEARING_CONCEPTS, examples, [
  ['es', 'hacéis depilación con cera?', 'earwax'],
  ['fr', 'je suis coincée dans les bouchons', 'earwax'],
  ['en', 'I have AIDS, is that a problem for the tattoo?', 'hearingAid'],
  ['pt', 'uso aparelho nos dentes', 'hearingAid'],
]);
