/**
 * The maternity concepts (concepts-maternity.ts): each is found in a
 * pregnant woman's or a new mother's phrase in every language, and the same
 * words in another sense (a spring, a quote, a receipt, a dental implant,
 * Catalan "diu") do not raise it.
 */
import { MATERNITY_CONCEPTS } from './concepts-maternity.js';
import { type ConceptExamples, describeConceptTable, describeTradeChecks } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'midwife',
    [
      ['en', 'can I see a midwife without a referral?'],
      ['es', 'hace falta receta para pedir cita con una matrona?'],
      ['fr', 'je cherche une sage-femme pour le suivi'],
      ['it', "c'è un'ostetrica che parla inglese?"],
      ['de', 'ich suche eine Hebamme für die Nachsorge'],
      ['ca', 'busco una llevadora al barri'],
      ['pt', 'procuro uma parteira que fale inglês'],
      ['ar', 'بغيت نشوف القابلة'],
    ],
  ],
  [
    'twins',
    [
      ['en', '22 wks pregnant with TWINS (surprise lol)'],
      ['es', 'estoy embarazada de gemelos, me podéis llevar el seguimiento?'],
      ['fr', 'enceinte de jumeaux, vous suivez les grossesses gémellaires ?'],
      ['it', 'aspetto due gemelli, fate il monitoraggio?'],
      ['de', 'ich bekomme Zwillinge, betreut ihr das?'],
      ['ca', 'espero bessons, em podeu fer el seguiment?'],
      ['pt', 'estou grávida de gémeos, fazem o acompanhamento?'],
      ['ar', 'انا حامل بتوأم، واش كتتابعو؟'],
    ],
  ],
  [
    'birthPrep',
    [
      ['en', 'do you run antenatal classes? due in june'],
      ['es', 'hacéis clases de preparación al parto?'],
      ['fr', 'on a jamais fait la prépa à l’accouchement, c’est trop tard ?'],
      ['it', 'fate il corso preparto anche in inglese?'],
      ['de', 'Bieten Sie Geburtsvorbereitung an?'],
      ['ca', 'feu classes de preparació al part?'],
      ['pt', 'têm curso de preparação para o parto?'],
      ['ar', 'واش عندكم دروس التحضير للولادة بالعربية؟'],
    ],
  ],
  [
    'postnatal',
    [
      ['en', 'can i book my postnatal check? baby is 5 weeks'],
      ['es', 'la revisión postparto la hacéis vosotras?'],
      ['fr', 'je voudrais prendre rdv pour la consultation post natale'],
      ['it', 'fate la visita post parto?'],
      ['de', 'macht ihr auch Wochenbettbetreuung?'],
      ['ca', 'feu la revisió postpart?'],
      ['pt', 'fazem consulta pós parto?'],
      ['ar', 'عندي اكتئاب بعد الولادة، نقدر نهضر مع شي حد؟'],
    ],
  ],
  [
    'pelvicFloor',
    [
      ['en', 'i leak when i sneeze since the baby, do you do pelvic floor rehab?'],
      ['es', 'hacéis rehabilitación del suelo pélvico?'],
      ['fr', 'combien de séances de rééducation du périnée ?'],
      ['it', 'fate riabilitazione del pavimento pelvico?'],
      ['de', 'Was bieten Sie an? Auch Rückbildung nach der Geburt?'],
      ['ca', 'feu reeducació del sòl pelvià?'],
      ['pt', 'fazem fisioterapia pélvica?'],
      ['ar', 'واش كديرو ترويض الحوض من بعد الولادة؟'],
    ],
  ],
  [
    'contraception',
    [
      ['en', 'can you fit a copper coil?'],
      ['es', '¿Puedo ir con mi hijo a la colocación del DIU?'],
      ['fr', 'vous posez des stérilets ?'],
      ['it', 'mettete la spirale?'],
      ['de', 'setzen Sie eine Kupferspirale ein?'],
      ['ca', 'em podeu posar el DIU?'],
      ['pt', 'Vocês colocam DIU aí? Preciso tomar algum remédio antes?'],
      ['ar', 'واش كتحطو اللولب؟'],
    ],
  ],
  [
    'smearTest',
    [
      ['en', 'overdue for my smear test, can you do it?'],
      // A Romanian or any unread language is read in English: the name of the test is the same.
      ['en', 'buna ziua, faceti si test papanicolau?'],
      ['es', 'hacéis citologías?'],
      ['fr', 'vous faites les frottis ?'],
      ['it', 'fate il pap test?'],
      ['de', 'macht ihr den Krebsabstrich?'],
      ['ca', 'feu citologies?'],
      ['pt', 'faceti si test Papanicolau? fazem papanicolau?'],
      ['ar', 'واش كديرو فحص عنق الرحم؟'],
    ],
  ],
  [
    'diastasis',
    [
      ['en', 'how much is the tummy gap check?'],
      ['es', 'creo que tengo diástasis abdominal'],
      ['fr', "j'ai un diastasis depuis l'accouchement"],
      ['it', 'ho la diastasi dei retti'],
      ['de', 'ich habe eine Rektusdiastase'],
      ['ca', 'tinc diàstasi abdominal'],
      ['pt', 'tenho diástase abdominal'],
      ['ar', 'عندي انفصال عضلات البطن بعد الولادة'],
    ],
  ],
  [
    'menopause',
    [
      ['en', "i'm perimenopausal and leaking"],
      ['es', 'estoy con la menopausia y tengo sofocos'],
      ['fr', 'je suis ménopausée depuis deux ans'],
      ['it', 'sono in menopausa da un anno'],
      ['de', 'ich bin in den Wechseljahren'],
      ['ca', 'tinc la menopausa'],
      ['pt', 'já não tenho o período há um ano'],
      ['ar', 'انا في سن اليأس'],
    ],
  ],
  [
    'pelvicGirdlePain',
    [
      ['en', 'midwife said its spd'],
      ['es', 'tengo mucho dolor de pubis en el embarazo'],
      ['fr', "j'ai une douleur pubienne depuis le 6e mois"],
      ['it', 'ho un dolore al pube in gravidanza'],
      ['de', 'ich habe Symphysenschmerzen'],
      ['ca', 'tinc dolor de pubis'],
      ['pt', 'tenho dor na sínfise púbica'],
      ['ar', 'عندي الم العانة مع الحمل'],
    ],
  ],
];

describeConceptTable('the maternity concepts', MATERNITY_CONCEPTS, examples, [
  ['ca', 'la web diu que obriu a les nou', 'contraception'],
  ['ca', 'el metge diu que és normal', 'contraception'],
  ['en', 'do you have a coil binding for the booklet?', 'contraception'],
  ['en', 'my lipstick smears, do you sell a fixing spray?', 'smearTest'],
  ['it', 'mi fate un preventivo?', 'smearTest'],
  ['es', 'me dais un resguardo del pago?', 'postnatal'],
  ['es', 'tuve que hacer cuarentena por covid', 'postnatal'],
  ['en', 'is the preparation for the peel long?', 'birthPrep'],
  ['en', 'do you have a class for beginners?', 'birthPrep'],
  ['de', 'braucht die Wunde Nachsorge?', 'postnatal'],
  ['en', 'is the pill ok to take with the antibiotics?', 'smearTest'],
]);

describeTradeChecks(MATERNITY_CONCEPTS, {
  trade: 'maternity',
  otherBusinesses: [
    ['en', 'how much is a dental implant?', 'implant'],
    ['es', 'me pasáis un presupuesto del implante?', 'implant'],
    ['it', 'quanto costa il preventivo per la revisione della moto?', 'quote'],
    ['fr', 'je voudrais une coupe et un brushing', 'salon'],
    ['de', 'mein Hund braucht einen Termin zum Scheren', 'groomer'],
    ['pt', 'a bicicleta tem a corrente partida', 'bike'],
  ],
  notInEnglish: [['ca', 'ho diu el metge', 'contraception']],
  pairs: [
    ['fr', 'vous faites la rééducation du périnée ?', 'vous faites la rééducation du genou ?'],
    ['en', 'how much is the smear test?', 'how much is the eyebrow tint?'],
  ],
  notOfferings: ['midwife', 'twins', 'postnatal', 'diastasis', 'menopause', 'pelvicGirdlePain'],
});
