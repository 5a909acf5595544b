/**
 * Concepts of the care and schooling around a child: help for a child who
 * struggles to learn (a remedial teacher, an "orthopédagogue", a
 * "Lerntherapeutin"), the school's plan for that child, homework, someone to
 * mind the child (a nanny, a daycare, a crèche), and a baby's pram. See
 * phrases.ts for the syntax.
 *
 * Left out on their own: "support" and "help" (any help), "plan" (any plan),
 * "PI" and "PEI" in languages where they are other words, "garde" (a guard),
 * "nido" (a nest) and "carrito" (a shopping trolley) without the child's word.
 */
import type { PhraseTable } from './phrases.js';

export const CHILDHOOD_CONCEPTS = {
  /** Teaching for a child with learning difficulties: remedial support, an orthopedagogue, a learning therapist. */
  learningSupport: {
    en: 'remedial|remedial support|remedial teacher|remedial teaching|orthopedagog*|ortho pedagog*|learning specialist|learning therapist|learning difficult*|learning disabilit*|special education|special ed|resource teacher|dyslexia|dyslexic|dyscalculia',
    es: 'psicopedagog*|pedagogia terapeutica|pedagogo terapeutico|refuerzo educativo|dificultades de aprendizaje|dificultad de aprendizaje|ortopedagog*|dislexia|discalculia',
    fr: 'orthopedagog*|ortho pedagog*|difficultes d apprentissage|difficulte d apprentissage|trouble d apprentissage|troubles d apprentissage|dyslexie|dyscalculie|adaptation scolaire',
    it: 'pedagogista|pedagogista clinico|insegnante di sostegno|sostegno scolastico|difficolta di apprendimento|disturbi dell apprendimento|disturbo dell apprendimento|dsa|dislessia|discalculia|ortopedagog*',
    de: 'lerntherapeut*|lerntherapie|forderunterricht|forderlehrer*|sonderpadagog*|lernschwierigkeit*|lernstorung*|legasthenie|dyskalkulie',
    ca: 'psicopedagog*|reforc escolar|reforc educatiu|dificultats d aprenentatge|dificultat d aprenentatge|ortopedagog*|dislexia|discalculia',
    pt: 'psicopedagog*|ortopedagog*|dificuldade de aprendizagem|dificuldades de aprendizagem|dificuldade de aprendizado|disturbio de aprendizagem|dislexia|discalculia|educacao especial',
    ar: 'صعوبات التعلم|صعوبات تعلم|صعوبه في التعلم|تربيه خاصه|معلم دعم|معلمه دعم|اخصائي صعوبات|اخصائيه صعوبات|عسر القراءه|orthopedagogue',
  },
  /** The school's individual plan for a child (an IEP, a "plan d'intervention", a "Förderplan") and its meeting. */
  interventionPlan: {
    en: 'iep|intervention plan|individual education plan|individualized education plan|individualised education plan|education plan meeting|504 plan|iep meeting',
    es: 'plan de intervencion|plan individualizado|adaptacion curricular|plan de apoyo individualizado',
    fr: 'plan d intervention|plan dintervention|rencontre du plan|plan d aide individualise',
    it: 'piano didattico personalizzato|piano educativo individualizzato|pdp|pei|piano personalizzato',
    de: 'forderplan|forderplans|forderplangesprach|individueller forderplan|forderplanung',
    ca: 'pla individualitzat|pla de suport individualitzat|pla d intervencio',
    pt: 'plano de intervencao|plano educacional individualizado|plano individual|pei escolar',
    ar: 'خطه تربويه فرديه|خطه فرديه|خطه تدخل|الخطه الفرديه|خطه علاجيه للمدرسه',
  },
  /** Homework and help with it ("homework help", "aide aux devoirs", "Hausaufgabenbetreuung"). */
  homework: {
    en: 'homework|homework help|homework club|after school homework',
    es: 'deberes|tareas del cole|tareas escolares|ayuda con los deberes|hacer los deberes|hacer la tarea',
    fr: 'devoirs|aide aux devoirs|faire ses devoirs|periode de devoirs',
    it: 'compiti|compiti a casa|aiuto compiti|doposcuola',
    de: 'hausaufgaben|hausaufgabenbetreuung|hausaufgabenhilfe',
    ca: 'deures|ajuda amb els deures|fer els deures|reforc de deures',
    pt: 'licao de casa|dever de casa|deveres de casa|trabalhos de casa|tpc|tarefa de casa|tarefas da escola',
    ar: 'واجبات|الواجبات|واجب مدرسي|الواجب المدرسي|فروض|الفروض|wajebat|wajibat|devoirs',
  },
  /** Someone or somewhere to mind a child: a nanny, a daycare, a crèche, childcare costs. */
  childcare: {
    en: 'nanny|childcare|child care|daycare|day care|creche|nursery|babysitter|babysitting|childminder|child minding',
    es: 'guarderia|nineras|ninera|canguro|cuidado de ninos|cuidadora|escuela infantil',
    fr: 'garderie|creche|frais de garde|garde d enfants|garde des enfants|nounou|gardienne|service de garde|halte garderie|baby sitter',
    it: 'asilo nido|nido d infanzia|babysitter|baby sitter|spazio bimbi|servizio di babysitting',
    de: 'kita|kinderbetreuung|kinderbetreuungskosten|tagesmutter|babysitter|nanny|kinderhort',
    ca: 'guarderia|llar d infants|cangur|mainadera|cura dels nens',
    pt: 'creche|bercario|cuidadora|cuidado infantil|cuidadora de criancas',
    ar: 'حضانه|الحضانه|مربيه|المربيه|دادا|جليسه اطفال|نانى|ناني|7adana|nanny',
  },
  /** A baby's pram or pushchair, brought along ("can I bring the pram?", "¿puedo entrar con el carrito del bebé?"). */
  stroller: {
    en: 'pram|prams|stroller|strollers|pushchair|buggy|baby carrier|car seat|bassinet',
    es: 'carrito del bebe|carrito de bebe|carrito del nino|cochecito|silla de paseo|carriola|portabebes|maxicosi',
    fr: 'poussette|poussettes|landau|porte bebe|siege auto',
    it: 'passeggino|carrozzina|seggiolino',
    de: 'kinderwagen|buggy|babyschale|maxi cosi|babytrage|tragetuch',
    ca: 'cotxet|cotxets|carretet|cadireta del nado|motxilla portabebes',
    pt: 'carrinho de bebe|carrinho do bebe|bebe conforto',
    ar: 'عربه الطفل|عربه البيبي|عربيه البيبي|عربته|عربيته|عربه اطفال|poussette',
  },
  /**
   * A child without an adult, or the adult who must stay: "can they stay on their own while I shop?", "sans adulte",
   * "da soli", "sozinhos", "لوحدهم"; a minors policy's "accompanied by an adult" answers it. Left out: "alone",
   * "seul", "solo", "allein" on their own (any "just me", "only"), and the singular "da sola", "sozinha", "tout
   * seul", "tot sol" (an adult coming alone says them too), and "leave them alone" written with a clitic
   * ("lasciarli soli", "dejarlos solos"): a phrase's words become words the typo corrector knows, and "lasciarvi le
   * chiavi" was corrected into "lasciarli" away from the business's "lasciare".
   */
  unaccompanied: {
    en: 'on their own|parent present|a parent present|parent must be present|adult present|presence of a parent|presence of an adult|on his own|on her own|by themselves|by himself|by herself|without an adult|without a parent|without a grown up|unaccompanied|unsupervised|accompanied by an adult|accompanied by a parent|adult must stay|an adult stays|parent must stay|a parent stays|leave them there|leave him there|leave her there',
    es: '=solos|presencia de un adulto|presencia de los padres|presencia de un padre|padre presente|tutor presente|=solitos|=solitas|sin un adulto|sin adulto|sin adultos|sin sus padres|sin padres|acompanado de un adulto|acompanados de un adulto|acompanado por un adulto|acompanados por un adulto|con un adulto',
    fr: 'presence d un parent|presence d un adulte|presence des parents|parent present|tous =seuls|toutes =seules|sans adulte|sans un adulte|sans parent|sans les parents|accompagne d un adulte|accompagnes d un adulte|accompagne par un adulte|accompagnes par un adulte|avec un adulte',
    it: 'genitore presente|genitori presenti|presenza di un genitore|presenza di un adulto|da =soli|da =sole|senza un adulto|senza adulti|senza genitori|accompagnato da un adulto|accompagnati da un adulto|con un adulto',
    de: 'allein lassen|elternteil anwesend|anwesenheit eines elternteils|anwesenheit eines erwachsenen|ganz allein|ohne erwachsene|ohne einen erwachsenen|ohne erwachsenen|ohne eltern|ohne begleitung|in begleitung eines erwachsenen|begleitet von einem erwachsenen|mit einem erwachsenen|unbeaufsichtigt',
    ca: '=sols|presencia d un adult|presencia dels pares|un pare present|=soles|sense un adult|sense adult|sense adults|sense els pares|acompanyat d un adult|acompanyats d un adult|amb un adult',
    pt: 'presenca de um adulto|presenca dos pais|responsavel presente|=sozinhos|=sozinhas|sem um adulto|sem adulto|sem adultos|sem os pais|acompanhado de um adulto|acompanhados de um adulto|acompanhado por um adulto|acompanhados por um adulto|com um adulto',
    ar: 'لوحده|بحضور ولي الامر|بحضور احد الوالدين|حضور ولي الامر|لوحدها|لوحدهم|بوحده|بوحدها|بوحدهم|بدون مرافق|بدون ولي امر|بدون ولي الامر|بدون اهله|بدون اهلهم|مع مرافق|مع شخص بالغ|مرافقه شخص بالغ|lwa7do|lwa7dhom|bou7dou',
  },
} satisfies PhraseTable<string>;
