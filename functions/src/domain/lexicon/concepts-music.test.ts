/**
 * The music-school concepts (concepts-music.ts): each is found in a
 * customer's phrase in every language, and the same words at other
 * businesses (a floor, a battery, a barber's combo, a hearing test, an
 * offer) do not raise them.
 */
import { MUSIC_CONCEPTS } from './concepts-music.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'trialLesson',
    [
      ['en', 'can my son do a trial lesson first?'],
      ['es', 'hacéis clase de prueba?'],
      ['fr', "il y a un cours d'essai ?"],
      ['it', 'si può fare una lezione di prova?'],
      ['de', 'kann man eine Probestunde machen?'],
      ['ca', 'feu classe de prova?'],
      ['pt', 'tem aula experimental?'],
      ['ar', 'عندكم حصة تجريبية؟'],
    ],
  ],
  [
    'piano',
    [
      ['en', 'how much are piano lessons for adults?'],
      ['es', 'cuánto cuestan las clases de piano?'],
      ['fr', 'vous avez des cours de piano pour débutants ?'],
      ['it', 'quanto costano le lezioni di pianoforte?'],
      ['de', 'gibt es Klavierunterricht für Kinder?'],
      ['ca', 'quant valen les classes de piano?'],
      ['pt', 'quanto custam as aulas de piano?'],
      ['ar', 'كم سعر دروس البيانو؟'],
    ],
  ],
  [
    'guitar',
    [
      ['en', 'do you teach electric guitar?'],
      ['es', 'dais clases de guitarra eléctrica?'],
      ['fr', 'des cours de guitare pour ado ?'],
      ['it', 'fate lezioni di chitarra?'],
      ['de', 'habt ihr Gitarrenunterricht?'],
      ['ca', 'feu classes de guitarra?'],
      ['pt', 'vocês dão aulas de violão?'],
      ['ar', 'عندكم دروس جيتار؟'],
    ],
  ],
  [
    'strings',
    [
      ['en', 'my daughter wants to learn the violin'],
      ['es', 'hay clases de violonchelo?'],
      ['fr', 'vous enseignez le violon ?'],
      ['it', 'lezioni di violino per bambini?'],
      ['de', 'mein Sohn möchte Geige lernen'],
      ['ca', 'feu classes de violí?'],
      ['pt', 'há aulas de violino?'],
      ['ar', 'بنتي تبي دروس كمان'],
    ],
  ],
  [
    'drums',
    [
      ['en', 'does he need his own drum kit?'],
      ['es', 'quiere aprender a tocar la batería'],
      ['fr', 'vous avez des cours de batterie ?'],
      ['it', 'fate lezioni di batteria?'],
      ['de', 'Schlagzeugunterricht für Anfänger?'],
      ['ca', 'feu classes de bateria?'],
      ['pt', 'têm aulas de bateria?'],
      ['ar', 'عندكم دروس درامز؟'],
    ],
  ],
  [
    'singing',
    [
      ['en', 'do you do singing lessons for adults?'],
      ['es', 'quiero clases de canto'],
      ['fr', 'des cours de chant le soir ?'],
      ['it', 'lezioni di canto moderno?'],
      ['de', 'bietet ihr Gesangsunterricht an?'],
      ['ca', 'feu classes de cant?'],
      ['pt', 'há aulas de canto?'],
      ['ar', 'عندكم دروس غناء؟'],
    ],
  ],
  [
    'windInstrument',
    [
      ['en', 'saxophone lessons on saturday?'],
      ['es', 'clases de flauta travesera'],
      ['fr', 'cours de clarinette ?'],
      ['it', 'lezioni di flauto'],
      ['de', 'Querflöte für Kinder?'],
      ['ca', 'classes de saxo'],
      ['pt', 'aulas de trompete'],
      ['ar', 'دروس ناي'],
    ],
  ],
  [
    'musicTheory',
    [
      ['en', 'does it include music theory?'],
      ['es', 'hay que hacer lenguaje musical?'],
      ['fr', 'le solfège est obligatoire ?'],
      ['it', 'bisogna fare solfeggio?'],
      ['de', 'muss er Noten lesen können?'],
      ['ca', 'cal fer llenguatge musical?'],
      ['pt', 'a formação musical é obrigatória?'],
      ['ar', 'لازم يتعلم الصولفيج؟'],
    ],
  ],
  [
    'ensemble',
    [
      ['en', 'is there a choir for kids?'],
      ['es', 'tenéis coro infantil?'],
      ['fr', 'il y a une chorale ?'],
      ['it', "c'è un'orchestra per ragazzi?"],
      ['de', 'gibt es einen Chor?'],
      ['ca', 'hi ha coral per a nens?'],
      ['pt', 'há coro para crianças?'],
      ['ar', 'في كورال للأطفال؟'],
    ],
  ],
  [
    'instrumentRental',
    [
      ['en', 'can we rent a violin from you?'],
      ['es', 'se puede alquilar un instrumento?'],
      ['fr', 'peut-on louer un instrument ?'],
      ['it', 'fate noleggio strumenti?'],
      ['de', 'kann man ein Instrument mieten?'],
      ['ca', 'es pot llogar un instrument?'],
      ['pt', 'dá para alugar um instrumento?'],
      ['ar', 'ممكن تأجير آلة؟'],
    ],
  ],
  [
    'recital',
    [
      ['en', 'when is the end of year show?'],
      ['es', 'cuándo es el concierto de fin de curso?'],
      ['fr', 'le gala de fin d’année c’est quand ?'],
      ['it', 'quando è il saggio di fine anno?'],
      ['de', 'wann ist das Schülervorspiel?'],
      ['ca', 'quan és el concert de final de curs?'],
      ['pt', 'quando é o concerto de fim de ano?'],
      ['ar', 'متى حفلة آخر السنة؟'],
    ],
  ],
  [
    'musicExam',
    [
      ['en', 'can she take the ABRSM grade exams with you?'],
      ['es', 'preparáis la prueba de acceso al conservatorio?'],
      ['fr', 'vous préparez au conservatoire ?'],
      ['it', "preparate all'esame di ammissione al conservatorio?"],
      ['de', 'bereitet ihr auf die Aufnahmeprüfung vor?'],
      ['ca', 'prepareu les proves d’accés al conservatori?'],
      ['pt', 'preparam para a prova de acesso ao conservatório?'],
      ['ar', 'تجهزون للكونسرفتوار؟'],
    ],
  ],
];

describeConceptTable('the music-school concepts', MUSIC_CONCEPTS, examples, [
  ['it', 'a che piano siete?', 'piano'],
  ['en', 'which floor, first piano?', 'piano'],
  ['es', 'se me ha acabado la batería del móvil', 'drums'],
  ['fr', 'la batterie de mon appareil auditif est morte', 'drums'],
  ['en', 'my hearing aid battery is dead', 'drums'],
  ['pt', 'quanto é o combo corte e barba?', 'ensemble'],
  ['fr', 'on peut venir ensemble ?', 'ensemble'],
  ['fr', 'un test d’audition', 'recital'],
  ['es', 'una prueba de audición', 'recital'],
  ['pt', 'harmonização facial', 'musicTheory'],
  ['ar', 'عندكم عرض على الليزر؟', 'recital'],
  ['ar', 'ابي مكياج لحفلة', 'recital'],
  ['en', 'can I send you a voice note?', 'singing'],
  ['en', 'I have a grade 2 ankle sprain', 'musicExam'],
  ['de', 'meine Noten in der Schule', 'musicTheory'],
  ['es', 'I cant come tomorrow, sorry', 'singing'],
  ['ca', 'I cant make it today', 'singing'],
  ['ar', 'عندكم كمان موعد بكرا؟', 'strings'],
]);
