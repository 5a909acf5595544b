/**
 * Concepts of schools that teach by lesson, music first (a music school, a
 * singing teacher, a dance or a swimming school, a studio's classes): a
 * trial lesson, the instruments taught, singing, music theory, playing
 * together, renting an instrument, the end-of-year concert and the grade
 * exams. A lesson, an exam as such, signing up and a missed lesson are the
 * school table's (lesson, exam, enrol, makeUp). See phrases.ts for the
 * syntax.
 *
 * Left out on their own, for what they mean at other businesses:
 * - "battery", "batería", "batterie", "bateria", "batteria" (a car's, a
 *   phone's, a hearing aid's): the drums only as "drum kit", "tocar la
 *   batería", "clases de batería", "cours de batterie";
 * - "drum" (a brake drum), "bass" (a fish), "organ" (the body's), "keys",
 *   "band" (a strap, a hair band), "note" and "voice" (a voice note),
 *   "grade" (a school grade), "record" (a medical record), "canto" alone
 *   (Spanish "edge", "I sing"), "cant" (Catalan "corner"), "chant" (a
 *   chant), "viola" (Catalan and Portuguese "violates"), "tambor" (a
 *   washing machine's drum), "trial" alone (a clinical trial);
 * - "piano" alone (Italian for a floor: "a che piano siete?", and every
 *   message is also read in English), "ensemble" (French "together"),
 *   "combo" (a barber's cut and beard), "conjunto" (an outfit),
 *   "audition", "audición", "audição" alone (hearing, at a hearing centre),
 *   "harmonia" alone (a facial harmonisation), "noten" (school marks);
 * - Arabic "عود" alone (agarwood, a perfume), "طبل" alone (rarely a
 *   lesson), "صوت" (a voice message), "عرض" (an offer), "حفلة" alone (a
 *   party to get ready for), "غني" (rich), "فرقة" alone (a team), "كمان"
 *   alone (Levantine and Egyptian "also": the violin only beside a lesson);
 * - the verb "to sing" only as written ("=cantar"): its stem "cant" is
 *   English "cant" (can't);
 * - "music", "música", "musique", "Musik", "موسيقى" alone (music in the
 *   waiting room, during a tattoo): music lessons only as lessons, a school,
 *   a teacher or an instrument to learn;
 * - "dance", "bailar", "danse", "ballare", "tanzen", "رقص" alone (a dance at
 *   a wedding, a prom's updo), "ballet" alone in English (ballet pink
 *   nails, ballet flats), "flamenco" and "sevillanas" but beside a class
 *   or a dance (a flamenco guitar; "flamenca", a feria dress and its
 *   hairstyle), "salsa" alone (a sauce), "دبكه" alone (at a wedding);
 *   "zumba" not at all: a gym's fitness class as much as a dance school's;
 * - "drama" alone (everyday speech: "no drama", "what a drama"), "teatro",
 *   "théâtre", "Theater", "مسرح" alone (a place), "acting" alone (a dog
 *   acting up), "interpretación" alone (a translation): drama only beside a
 *   class, a course, a school, a workshop or a group;
 * - "oud" alone (a barber's beard oil, a perfume), as "عود" is: the oud only
 *   beside a lesson, learning or playing; "قانون" (the qanun, also the law)
 *   and "بزق" (the buzuq, also spit) left out;
 * - "dj" alone (a wedding's DJ), "mix" (a hair colour), "composition" alone
 *   (a photo's, a filling's), "composer" (French "to dial"), "mao" (
 *   Portuguese "mão", a hand): production and songwriting only as the
 *   trade writes them.
 */
import type { PhraseTable } from './phrases.js';

export const MUSIC_CONCEPTS = {
  /** A first lesson to try, free or paid, before signing up. */
  trialLesson: {
    en: 'trial lesson*|trial class*|trial session|taster lesson*|taster class*|taster session|try a lesson|try a class|try out a lesson|try out a class|try one lesson|try one class|first lesson free|free first lesson|free trial|trial period',
    es: 'clase de prueba|clases de prueba|clase prueba|sesion de prueba|probar una clase|probar una sesion|clase gratuita de prueba|primera clase gratis|primera clase gratuita|clase muestra',
    fr: "cours d'essai|cours decouverte|seance d'essai|seance decouverte|cours gratuit d'essai|premier cours gratuit|premier cours offert|essayer un cours|tester un cours|cours test",
    it: 'lezione di prova|lezioni di prova|lezione prova|prova gratuita|prima lezione gratis|prima lezione gratuita|provare una lezione|lezione gratuita di prova',
    de: 'probestunde*|probelektion*|probetraining|probeunterricht|schnupperstunde*|schnupperlektion*|schnupperkurs*|probe stunde|erste stunde gratis|erste stunde kostenlos|kostenlose probestunde',
    ca: 'classe de prova|classes de prova|classe prova|sessio de prova|provar una classe|primera classe gratis|primera classe gratuita',
    pt: 'aula experimental|aulas experimentais|aula de experiencia|aula de teste|aula teste|aula gratis de experiencia|primeira aula gratis|primeira aula gratuita|experimentar uma aula|aula avulsa de teste',
    ar: 'حصه تجريبيه|درس تجريبي|حصه مجانيه|اول حصه مجانيه|اول درس مجاني|كلاس تجريبي|تجربه حصه|seance d essai|cours d essai|7issa tajribiya|hessa tajribiya|trial class',
  },
  piano: {
    en: 'piano lesson*|piano class*|piano teacher|play the piano|play piano|learn piano|learn the piano|keyboard lessons|keyboard lesson|keyboard class*|play the keyboard|electric piano',
    es: 'clases de piano|clase de piano|tocar el piano|aprender piano|aprender a tocar el piano|profesor de piano|profesora de piano|teclado electronico|clases de teclado|tocar el teclado',
    fr: 'cours de piano|jouer du piano|apprendre le piano|prof de piano|professeur de piano|clavier electronique|cours de clavier',
    it: 'pianoforte|lezioni di piano|lezione di piano|suonare il piano|pianola|tastiera elettronica|lezioni di tastiera',
    de: 'klavier|klavierunterricht|klavierstunde*|keyboardunterricht|keyboard spielen',
    ca: 'classes de piano|classe de piano|tocar el piano|aprendre piano|teclat electronic|classes de teclat',
    pt: 'aulas de piano|aula de piano|tocar piano|aprender piano|teclado eletronico|aulas de teclado|tocar teclado',
    ar: 'بيانو|البيانو|اورج|الاورج',
  },
  guitar: {
    en: 'guitar*|ukulele*|electric bass|bass guitar|bass lessons',
    es: 'guitarra*|ukelele|ukulele|bajo electrico|clases de bajo',
    fr: 'guitare*|ukulele|basse electrique|cours de basse',
    it: 'chitarra|chitarre|chitarrista|ukulele|basso elettrico|lezioni di basso',
    de: 'gitarre*|gitarrenunterricht|ukulele|e bass|bassgitarre|e gitarre',
    ca: 'guitarra*|ukulele|baix electric|classes de baix',
    pt: 'guitarra*|=violao|=violoes|ukulele|cavaquinho|baixo eletrico|aulas de baixo',
    ar: 'جيتار|قيتار|غيتار|الجيتار|القيتار|الغيتار|guitar|gitar|guitare',
  },
  strings: {
    en: 'violin*|fiddle|cello*|double bass|viola lessons|play the viola|harp|harps|harpist|harp lessons',
    es: 'violin|violines|violonchelo|violonchelos|chelo|contrabajo|clases de viola|arpa|arpas',
    fr: "violon|violons|violoncelle|violoncelles|contrebasse|alto cours|cours d'alto|harpe|harpes",
    it: 'violino|violini|violoncello|violoncelli|contrabbasso|lezioni di viola|arpa|arpe',
    de: 'geige|geigen|geigenunterricht|violine|cello|celli|cellounterricht|kontrabass|bratsche|harfe*',
    ca: 'violi|violins|violoncel|violoncels|contrabaix|classes de viola|arpa|arpes',
    pt: 'violino|violinos|violoncelo|violoncelos|contrabaixo|aulas de viola|viola de arco|harpa|harpas',
    ar: 'دروس هارب|عزف الهارب|قيثاره|دروس كمان|دروس الكمان|عزف الكمان|عزف كمان|تعلم الكمان|كمنجه|الكمنجه|تشيلو|violon|kamanja',
  },
  drums: {
    en: 'drums|drum kit|drum lessons|drum lesson|drumming|drummer|play the drums|percussion|cajon',
    es: 'tocar la bateria|clases de bateria|clase de bateria|la bateria acustica|bateria electronica|baterista|percusion|cajon flamenco',
    fr: 'cours de batterie|jouer de la batterie|batteur|percussion*|cajon',
    it: 'lezioni di batteria|suonare la batteria|batterista|percussion*|cajon',
    de: 'schlagzeug*|trommel*|percussion|perkussion|cajon',
    ca: 'classes de bateria|tocar la bateria|bateria electronica|percussio|cajon',
    pt: 'aulas de bateria|tocar bateria|baterista|percussao|cajon',
    ar: 'درامز|الدرامز|درمز|ايقاع|طبله|الطبله|درابوكه|دربوكه|drums|darbouka',
  },
  singing: {
    en: 'singing|sing|singer|vocal lessons|vocal coach*|voice lessons|voice lesson|singing lessons|choir singing',
    es: 'clases de canto|clase de canto|aprender a cantar|=cantar|=cantante|=cantantes|tecnica vocal|canto lirico|canto moderno',
    fr: 'cours de chant|chanter|chanteur|chanteuse|technique vocale|chant lyrique',
    it: 'lezioni di canto|lezione di canto|=cantare|=cantante|tecnica vocale|canto lirico|canto moderno',
    de: 'gesang*|singen|sanger|sangerin|stimmbildung|gesangsunterricht|gesangsstunde*',
    ca: 'classes de cant|classe de cant|=cantar|=cantant|tecnica vocal|cant modern|cant liric',
    pt: 'aulas de canto|aula de canto|=cantar|=cantor|=cantora|tecnica vocal|canto lirico',
    ar: 'غناء|الغناء|دروس غناء|تدريب صوت|مطرب|مطربه|ghina2|ghina',
  },
  windInstrument: {
    en: 'flute*|saxophone*|sax|clarinet*|trumpet*|trombone*|oboe|recorder lessons|play the recorder|brass lessons|accordion*|harmonica*|bagpipe*',
    es: 'flauta*|saxofon*|saxo|clarinete*|trompeta*|trombon*|oboe|acordeon*|armonica de boca|armonicas',
    fr: 'flute*|saxophone*|saxo|clarinette*|trompette*|trombone*|hautbois|accordeon*|harmonica*',
    it: 'flauto|flauti|sassofono|sax|clarinetto|clarinetti|tromba|trombe|trombone|oboe|fisarmonica|fisarmoniche|armonica a bocca',
    de: 'flote|floten|blockflote|querflote|saxophon|saxofon|klarinette*|trompete*|posaune*|oboe|akkordeon*|mundharmonika*|ziehharmonika*|dudelsack',
    ca: 'flauta*|saxofon*|saxo|clarinet|clarinets|trompeta*|trombo|oboe|acordio|acordions|harmonica',
    pt: 'flauta*|saxofone*|saxo|clarinete*|trompete*|trombone*|oboe|acordeao|acordeon|sanfona|harmonica de boca|gaita de foles',
    ar: 'اكورديون|الاكورديون|هارمونيكا|ناي|الناي|فلوت|ساكسفون|ساكسوفون|كلارينيت|ترومبيت|flute|saxophone',
  },
  musicTheory: {
    en: 'music theory|reading music|read music|sight reading|sheet music|solfege|solfeggio|harmony lessons|ear training',
    es: 'lenguaje musical|solfeo|teoria musical|leer partituras|partituras|clases de armonia|educacion auditiva',
    fr: "solfege|formation musicale|theorie musicale|lire une partition|lire les partitions|partitions|cours d'harmonie",
    it: 'solfeggio|teoria musicale|teoria della musica|leggere la musica|leggere gli spartiti|spartiti|lezioni di armonia',
    de: 'musiktheorie|notenlesen|noten lesen|harmonielehre|gehorbildung|solfege',
    ca: "llenguatge musical|solfeig|teoria musical|llegir partitures|partitures|classes d'harmonia",
    pt: 'formacao musical|teoria musical|solfejo|ler partituras|partituras|aulas de harmonia',
    ar: 'صولفيج|نظريات الموسيقى|قراءه النوته|النوته الموسيقيه|solfege|solfej',
  },
  /** Playing or singing together: a band, a choir, an orchestra, a combo. */
  ensemble: {
    en: 'choir|orchestra|music ensemble|rock band|jazz band|play in a band|music group',
    es: 'coro|coral|orquesta|banda de musica|grupo de musica|tocar en grupo|tocar en una banda',
    fr: 'chorale|choeur|orchestre|groupe de musique|jouer en groupe|atelier jazz|atelier rock',
    it: "coro|corale|orchestra|ensemble|musica d'insieme|band musicale|suonare in gruppo|suonare in una band",
    de: 'chor|orchester|ensemble|band spielen|in einer band|zusammenspiel|bandworkshop',
    ca: 'coral|orquestra|grup de musica|tocar en grup|tocar en una banda',
    pt: 'coro|coral|orquestra|banda de musica|tocar em grupo|tocar numa banda',
    ar: 'كورال|الكورال|اوركسترا|فرقه موسيقيه|chorale|orchestre',
  },
  instrumentRental: {
    en: 'rent an instrument|rent a violin|rent a guitar|rent a cello|rent a piano|instrument rental|instrument hire|hire an instrument|borrow an instrument|lend instruments|do i need my own instrument|buy an instrument',
    es: 'alquilar un instrumento|alquiler de instrumentos|alquilar el violin|alquilar una guitarra|prestar instrumentos|dejais instrumentos|instrumento propio|comprar un instrumento|tengo que comprar el instrumento',
    fr: "louer un instrument|location d'instrument|location d'instruments|preter un instrument|pret d'instrument|acheter un instrument|instrument personnel",
    it: 'noleggio strumenti|noleggiare uno strumento|noleggio dello strumento|prestito strumenti|strumento proprio|comprare lo strumento|comprare uno strumento',
    de: 'instrument mieten|instrumentenmiete|mietinstrument*|leihinstrument*|instrument leihen|eigenes instrument|instrument kaufen',
    ca: "llogar un instrument|lloguer d'instruments|prestar instruments|instrument propi|comprar un instrument|comprar l'instrument",
    pt: 'alugar um instrumento|aluguer de instrumentos|aluguel de instrumento|emprestar instrumentos|instrumento proprio|comprar um instrumento|comprar o instrumento',
    ar: 'تاجير اله|ايجار اله|استئجار اله|اله موسيقيه خاصه|اشتري اله|نشري اله|louer un instrument',
  },
  /** The end-of-term concert, a recital, a student show, an audition for a conservatory. */
  recital: {
    en: 'recital*|concert|concerts|end of year show|end of term concert|student concert|student show|perform on stage|audition for',
    es: 'audicion de fin de curso|audiciones de fin de curso|audicion de alumnos|concierto|conciertos|concierto de fin de curso|festival de fin de curso|actuacion|actuaciones|tocar en publico',
    fr: "concert|concerts|spectacle de fin d'annee|gala|gala de fin d'annee|concert de fin d'annee|jouer en public",
    it: 'saggio|saggi|saggio di fine anno|concerto|concerti|audizione|audizioni|suonare in pubblico',
    de: 'vorspiel|vorspiele|schulervorspiel|konzert|konzerte|jahreskonzert|auftritt|auftritte|aufnahmeprufung',
    ca: 'audicio de final de curs|audicions dels alumnes|concert|concerts|concert de final de curs|festival de final de curs|actuacio|tocar en public',
    pt: 'audicao de fim de ano|audicao dos alunos|concerto|concertos|recital|espetaculo de fim de ano|=apresentacao|=apresentacoes|apresentacao de fim de ano|apresentacao dos alunos|tocar em publico',
    ar: 'حفله اخر السنه|حفل نهايه السنه|حفله نهايه السنه|حفله الطلاب|concert|spectacle',
  },
  /** Graded music exams (ABRSM, Trinity, conservatory grades) and conservatory entrance. */
  musicExam: {
    en: 'abrsm|trinity exam*|trinity grade*|rockschool|grade exam*|music exam*|music grade*|conservatoire|conservatory',
    es: 'conservatorio|prueba de acceso|pruebas de acceso|grado profesional|grado elemental|examenes de trinity|examen de trinity|abrsm',
    fr: 'conservatoire|examen de fin de cycle|fin de cycle|cycle 1|cycle 2|abrsm',
    it: 'conservatorio|esame di certificazione|certificazione musicale|esame di ammissione|abrsm|trinity',
    de: 'konservatorium|musikhochschule|aufnahmeprufung|stufenprufung|abrsm|trinity',
    ca: "conservatori|prova d'acces|proves d'acces|grau professional|grau elemental|abrsm|trinity",
    pt: 'conservatorio|prova de acesso|provas de acesso|exame de grau|abrsm|trinity',
    ar: 'كونسرفتوار|المعهد العالي للموسيقى|امتحان موسيقى|conservatoire',
  },
  /** Music lessons in general, no instrument named: "do you do music lessons?", "escola de música". */
  musicLessons: {
    en: 'music lesson*|music clas*|music school|music teacher|music course*|music academy|music tuition|learn music|learn an instrument|learn to play an instrument|instrument lessons|play an instrument|musical instrument*',
    es: 'clases de musica|clase de musica|escuela de musica|academia de musica|profesor de musica|profesora de musica|curso de musica|cursos de musica|aprender musica|aprender un instrumento|tocar un instrumento|clases de instrumento|instrumento musical|instrumentos musicales',
    fr: "cours de musique|cours de musik|ecole de musique|academie de musique|prof de musique|professeur de musique|apprendre la musique|apprendre un instrument|jouer d'un instrument|jouer d un instrument|cours d'instrument|instrument de musique|instruments de musique",
    it: 'lezioni di musica|lezione di musica|scuola di musica|corso di musica|corsi di musica|insegnante di musica|maestro di musica|imparare la musica|imparare uno strumento|suonare uno strumento|lezioni di strumento|strumento musicale|strumenti musicali',
    de: 'musikunterricht|musikschule|musikstunde*|musiklehrer*|musikkurs*|instrumentalunterricht|instrument lernen|musik lernen|musikinstrument*',
    ca: "classes de musica|classe de musica|escola de musica|professor de musica|professora de musica|curs de musica|aprendre musica|aprendre un instrument|tocar un instrument|classes d'instrument|instrument musical|instruments musicals",
    pt: 'aulas de musica|aula de musica|escola de musica|academia de musica|professor de musica|professora de musica|curso de musica|aprender musica|aprender um instrumento|tocar um instrumento|aulas de instrumento|instrumento musical|instrumentos musicais',
    ar: 'دروس موسيقى|دروس الموسيقى|دروس موسيقي|درس موسيقى|حصص موسيقى|حصه موسيقى|كورس موسيقى|كلاس موسيقى|تعلم الموسيقى|تعلم موسيقى|مدرسه موسيقى|مدرسه الموسيقى|معهد موسيقى|معهد الموسيقى|اتعلم الموسيقى|اتعلم موسيقى|نتعلم الموسيقى|نتعلم موسيقى|يتعلم الموسيقى|يتعلم موسيقى|تتعلم الموسيقى|تتعلم موسيقى|تعلم العزف|اتعلم العزف|نتعلم العزف|يتعلم العزف|تتعلم العزف|اله موسيقيه|الات موسيقيه|cours de musique|ecole de musique|dourous musique|nt3alem musique|nt3alem lmusique',
  },
  /**
   * Dance classes: ballet, hip hop, contemporary, flamenco, sevillanas, ballroom. Zumba is left out: a gym's
   * fitness class as much as a dance school's, so a gym listing it is no dance school.
   */
  dance: {
    en: 'dance clas*|dance lesson*|dance school|dance studio|dance course*|dance teacher|dancing lessons|dancing clas*|learn to dance|ballet clas*|ballet lesson*|ballet school|classical ballet|baby ballet|hip hop|hiphop|breakdanc*|street dance|contemporary dance|modern dance|jazz dance|tap dance|tap dancing|ballroom dancing|ballroom dance|latin dance|salsa clas*|salsa lesson*|bachata|flamenco dance|flamenco dancing|sevillanas lessons|belly dance|belly dancing|kpop dance',
    es: 'clases de baile|clase de baile|clases de danza|clase de danza|escuela de danza|escuela de baile|academia de baile|academia de danza|aprender a bailar|ballet clasico|clases de ballet|clase de ballet|danza contemporanea|danza moderna|danza urbana|baile moderno|hip hop|hiphop|breakdance|bachata|clases de salsa|bailes latinos|bailes de salon|danza del vientre|danza oriental|claque|clases de =flamenco|clase de =flamenco|baile =flamenco|bailar =flamenco|aprender =flamenco|academia de =flamenco|escuela de =flamenco|clases de sevillanas|bailar sevillanas|aprender sevillanas|clases de vaile',
    fr: 'cours de danse|cours de dance|ecole de danse|danse classique|danse contemporaine|danse moderne|modern jazz|danse jazz|hip hop|hiphop|breakdance|danse orientale|danse de salon|danses de salon|cours de salsa|cours de ballet|claquettes|apprendre a danser|cours de =flamenco|danse =flamenco',
    it: 'lezioni di danza|lezione di danza|corso di danza|corsi di danza|scuola di danza|danza classica|danza moderna|danza contemporanea|hip hop|hiphop|breakdance|corso di ballo|corsi di ballo|scuola di ballo|lezioni di ballo|balli latini|ballo liscio|danza del ventre|tip tap|imparare a ballare|corso di =flamenco|lezioni di =flamenco|ballo =flamenco',
    de: 'tanzkurs*|tanzunterricht|tanzschule|tanzstunde*|tanzstudio|tanzen lernen|ballett*|hip hop|hiphop|breakdance|zeitgenossischer tanz|moderner tanz|jazzdance|jazztanz|standardtanz|lateintanz|gesellschaftstanz|bauchtanz|stepptanz|kindertanz|flamencokurs*|flamenco tanzen|flamenco lernen',
    ca: 'classes de dansa|classe de dansa|classes de ball|escola de dansa|escola de ball|aprendre a ballar|ballet classic|classes de ballet|dansa contemporania|dansa moderna|dansa urbana|hip hop|hiphop|breakdance|balls de salo|balls llatins|classes de =flamenc|classes de =flamenco|ballar =flamenc|classes de sevillanes',
    pt: 'aulas de danca|aula de danca|escola de danca|academia de danca|aprender a dancar|aulas de ballet|aulas de bale|ballet classico|bale classico|danca contemporanea|danca moderna|danca urbana|hip hop|hiphop|breakdance|danca de salao|dancas de salao|sapateado|danca do ventre|aulas de =flamenco|danca =flamenca|aulas de dansa|aula de dansa',
    ar: 'دروس رقص|دروس الرقص|درس رقص|حصص رقص|كلاس رقص|كلاسات رقص|كورس رقص|كورسات رقص|تعلم الرقص|تعلم رقص|اتعلم الرقص|اتعلم رقص|نتعلم الرقص|نتعلم رقص|يتعلم الرقص|يتعلم رقص|تتعلم الرقص|تتعلم رقص|مدرسه رقص|رقص شرقي|رقص معاصر|باليه|الباليه|هيب هوب|تعلم الدبكه|اتعلم الدبكه|يتعلم الدبكه|تتعلم الدبكه|دروس دبكه|cours de danse|dourous ra9s|drous ra9s|nt3alem ra9s|nt3lm ra9s|hip hop|ballet',
  },
  /**
   * Drama and theatre classes, only beside a class, a course, a school or a workshop: "drama" alone is everyday
   * speech ("no drama", "what a drama"), "teatro" a place.
   */
  drama: {
    en: 'drama clas*|drama lesson*|drama school|drama club|drama course*|drama workshop*|drama group|drama teacher|acting clas*|acting lesson*|acting course*|acting school|acting workshop*|theatre class*|theater class*|theatre school|theater school|theatre workshop*|theater workshop*|theatre course*|musical theatre|musical theater|stage school|improv class*',
    es: 'clases de teatro|clase de teatro|escuela de teatro|taller de teatro|talleres de teatro|curso de teatro|grupo de teatro|clases de interpretacion|clases de actuacion|curso de interpretacion|teatro musical',
    fr: "cours de theatre|atelier theatre|atelier de theatre|ateliers theatre|ecole de theatre|stage de theatre|troupe de theatre|cours d'impro|cours d'improvisation|cours de comedie|comedie musicale",
    it: 'corso di teatro|corsi di teatro|lezioni di teatro|laboratorio teatrale|laboratorio di teatro|scuola di teatro|corso di recitazione|corsi di recitazione|lezioni di recitazione|scuola di recitazione|teatro musicale',
    de: 'theaterkurs*|theaterworkshop*|theatergruppe*|theaterschule|theater ag|schauspielunterricht|schauspielkurs*|schauspielschule|schauspielworkshop*|musicalkurs*|musicalunterricht|improtheater',
    ca: "classes de teatre|classe de teatre|escola de teatre|taller de teatre|curs de teatre|grup de teatre|classes d'interpretacio|teatre musical",
    pt: 'aulas de teatro|aula de teatro|escola de teatro|oficina de teatro|oficinas de teatro|curso de teatro|grupo de teatro|aulas de representacao|aulas de interpretacao|curso de atuacao|teatro musical',
    ar: 'دروس تمثيل|دروس التمثيل|تعلم التمثيل|اتعلم التمثيل|نتعلم التمثيل|يتعلم التمثيل|تتعلم التمثيل|كورسات تمثيل|كورس تمثيل|ورشه تمثيل|ورشه مسرح|ورشه مسرحيه|دروس مسرح|مسرح للاطفال|نادي المسرح|cours de theatre|atelier theatre',
  },
  /**
   * The oud, only beside a lesson, learning or playing: "عود" alone is agarwood (a perfume, bakhoor) and a
   * stick, "oud" a barber's beard oil.
   */
  oud: {
    en: 'oud lesson*|oud class*|oud teacher|oud course*|learn oud|learn the oud|learn to play oud|learn to play the oud|play the oud|play oud|playing the oud',
    es: 'clases de oud|clase de oud|tocar el oud|aprender oud|aprender a tocar el oud|laud arabe',
    fr: "cours d'oud|cours de oud|cours d oud|jouer du oud|apprendre le oud|apprendre l'oud|luth oriental",
    it: "lezioni di oud|corso di oud|suonare l'oud|suonare il oud|imparare l'oud|liuto arabo",
    de: 'oud unterricht|oudunterricht|oud lernen|oud spielen|oud kurs|arabische laute',
    ca: "classes d'oud|classes de oud|tocar l'oud|aprendre oud|llaut arab",
    pt: 'aulas de oud|aula de oud|tocar oud|tocar o oud|aprender oud|alaude arabe',
    ar: 'دروس عود|دروس العود|درس عود|درس العود|حصص عود|حصه عود|كورس عود|كلاس عود|تعلم العود|تعلم عود|اتعلم العود|اتعلم عود|نتعلم العود|نتعلم عود|يتعلم العود|يتعلم عود|تتعلم العود|تتعلم عود|نعزف على العود|نعزف العود|يعزف على العود|يعزف عود|عزف العود|عزف عود|العزف على العود|العزف ع العود|اعزف عود|معلم عود|استاذ عود|cours de oud|cours d oud',
  },
  /** Making music on a computer: production, beat making, DJing, mixing and mastering, sound engineering. */
  musicProduction: {
    en: 'music production|produce music|producing music|music producer course|beat making|beatmaking|make beats|making beats|dj lesson*|dj course*|dj class*|djing|learn to dj|ableton|logic pro|fl studio|mixing and mastering|sound engineering|audio engineering',
    es: 'produccion musical|producir musica|curso de dj|cursos de dj|clases de dj|hacer beats|ableton|logic pro|mezcla y masterizacion|tecnico de sonido|ingenieria de sonido|ingenieria de audio',
    fr: 'production musicale|produire de la musique|musique assistee par ordinateur|cours de mao|cours de dj|beatmaking|ableton|logic pro|mixage et mastering|ingenieur du son|ingenieur son',
    it: 'produzione musicale|produrre musica|corso di dj|corsi di dj|lezioni di dj|beatmaking|ableton|logic pro|missaggio e mastering|tecnico del suono|fonico',
    de: 'musikproduktion|musik produzieren|dj kurs*|dj workshop|djing|auflegen lernen|beatmaking|ableton|logic pro|mixing und mastering|tontechnik|tontechniker',
    ca: 'produccio musical|produir musica|curs de dj|classes de dj|beatmaking|ableton|logic pro|tecnic de so|enginyeria de so',
    pt: 'producao musical|produzir musica|curso de dj|aulas de dj|beatmaking|ableton|logic pro|mixagem e masterizacao|tecnico de som|engenharia de som',
    ar: 'انتاج موسيقي|الانتاج الموسيقي|انتاج الموسيقى|دروس دي جي|تعلم الدي جي|هندسه صوت|هندسه الصوت|توزيع موسيقي|production musicale|ableton',
  },
  /** Writing songs and composing music. */
  songwriting: {
    en: 'songwriting|song writing|write songs|writing songs|write my own songs|write my own music|compose music|composing music|music composition|composition lessons|composition classes|write lyrics|writing lyrics',
    es: 'composicion musical|componer canciones|componer musica|escribir canciones|escribir mis canciones|clases de composicion|composicion de canciones|songwriting|cantautor',
    fr: 'composition musicale|ecrire des chansons|ecriture de chansons|composer des chansons|composer de la musique|cours de composition|auteur compositeur|songwriting',
    it: 'composizione musicale|scrivere canzoni|comporre canzoni|comporre musica|lezioni di composizione|corso di composizione|cantautorato|songwriting',
    de: 'songwriting|songs schreiben|lieder schreiben|eigene songs|eigene lieder|komponieren|kompositionsunterricht|musikkomposition',
    ca: 'composicio musical|compondre cancons|compondre musica|escriure cancons|classes de composicio|cantautor|songwriting',
    pt: 'composicao musical|compor musicas|compor cancoes|compor musica|escrever cancoes|escrever musicas|aulas de composicao|songwriting',
    ar: 'تاليف موسيقي|تاليف موسيقى|تاليف الاغاني|تاليف اغاني|كتابه الاغاني|كتابه اغاني|تلحين|التلحين|songwriting|composition musicale',
  },
  /** Music for babies and toddlers with a parent, early-years music: "música en família", "éveil musical". */
  earlyMusic: {
    en: 'music for babies|music for toddlers|baby music|toddler music|early years music|music and movement|music for little ones|parent and baby music|parent and toddler music|kindermusik|musical awakening',
    es: 'musica en familia|musica para bebes|iniciacion musical|sensibilizacion musical|estimulacion musical|musica para los mas pequenos|musica y movimiento|musica para peques',
    fr: 'eveil musical|jardin musical|musique pour bebes|musique pour les bebes|bebe musique|bebes musiciens|musique en famille|initiation musicale',
    it: 'propedeutica musicale|musica in fasce|musica per neonati|musica per i piu piccoli|musica per bebe|avviamento musicale|gioco musica',
    de: 'musikalische fruherziehung|fruherziehung|musikgarten|eltern kind musik|musikzwerge|babymusik|musik fur babys|musik fur kleinkinder|musikalische grundausbildung',
    ca: 'musica en familia|musica per a nadons|musica per als nadons|iniciacio musical|sensibilitzacio musical|musica per als mes petits|musica per a bebes',
    pt: 'musicalizacao|musicalizacao infantil|musicalizacao para bebes|musica para bebes|iniciacao musical|musica em familia|sensibilizacao musical',
    ar: 'موسيقى للرضع|موسيقى للبيبي|موسيقى للصغار|موسيقى للاطفال الصغار|تمهيدي موسيقى|eveil musical',
  },
  /**
   * Lessons for grown-ups: adults, an adult beginner, seniors, "is it too late to learn". The customer's age,
   * not an offering. "adult" alone is not one (an adult dog, adult teeth): "adults" only as written.
   */
  adults: {
    en: '=adults|i m an adult|im an adult|i am an adult|as an adult|adult beginner*|adult learner*|adult clas*|adult lesson*|adult course*|grown ups|grownups|older learners|too late to learn|never too late to learn|retirees|pensioners',
    es: '=adultos|=adultas|soy adulto|soy adulta|siendo adulto|siendo adulta|adulto principiante|adultos principiantes|jubilados|jubiladas|tarde para aprender|nunca es tarde para aprender',
    fr: '=adultes|je suis adulte|en tant qu adulte|adulte debutant|adultes debutants|trop tard pour apprendre|jamais trop tard pour apprendre',
    it: '=adulti|sono adulto|sono adulta|da adulto|da adulta|adulto principiante|adulti principianti|pensionati|troppo tardi per imparare|mai troppo tardi per imparare',
    de: '=erwachsene|=erwachsenen|ich bin erwachsen|erwachsenenkurs*|erwachsenenunterricht|als erwachsener|wiedereinsteiger*|senioren|rentner|rentnerin|zu spat zum lernen|nie zu spat zum lernen',
    ca: '=adults|soc adult|soc adulta|sent adult|sent adulta|adult principiant|adults principiants|jubilats|jubilades|tard per aprendre|mai es tard per aprendre',
    pt: '=adultos|=adultas|sou adulto|sou adulta|em adulto|em adulta|adulto iniciante|adultos iniciantes|aposentados|reformados|terceira idade|tarde para aprender|nunca e tarde para aprender',
    ar: 'للكبار|كبار السن|لكبار السن|=للبالغين|=البالغين|=بالغين|=للبالغ|المتقاعدين|متقاعدين|adultes',
  },
} satisfies PhraseTable<string>;
