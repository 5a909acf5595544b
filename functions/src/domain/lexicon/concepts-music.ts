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
 *   English "cant" (can't).
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
    pt: 'guitarra*|violao|violoes|ukulele|cavaquinho|baixo eletrico|aulas de baixo',
    ar: 'جيتار|قيتار|غيتار|الجيتار|القيتار|الغيتار|guitar|gitar|guitare',
  },
  strings: {
    en: 'violin*|fiddle|cello*|double bass|viola lessons|play the viola',
    es: 'violin|violines|violonchelo|violonchelos|chelo|contrabajo|clases de viola',
    fr: "violon|violons|violoncelle|violoncelles|contrebasse|alto cours|cours d'alto",
    it: 'violino|violini|violoncello|violoncelli|contrabbasso|lezioni di viola',
    de: 'geige|geigen|geigenunterricht|violine|cello|celli|cellounterricht|kontrabass|bratsche',
    ca: 'violi|violins|violoncel|violoncels|contrabaix|classes de viola',
    pt: 'violino|violinos|violoncelo|violoncelos|contrabaixo|aulas de viola|viola de arco',
    ar: 'دروس كمان|دروس الكمان|عزف الكمان|عزف كمان|تعلم الكمان|كمنجه|الكمنجه|تشيلو|violon|kamanja',
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
    en: 'flute*|saxophone*|sax|clarinet*|trumpet*|trombone*|oboe|recorder lessons|play the recorder|brass lessons',
    es: 'flauta*|saxofon*|saxo|clarinete*|trompeta*|trombon*|oboe',
    fr: 'flute*|saxophone*|saxo|clarinette*|trompette*|trombone*|hautbois',
    it: 'flauto|flauti|sassofono|sax|clarinetto|clarinetti|tromba|trombe|trombone|oboe',
    de: 'flote|floten|blockflote|querflote|saxophon|saxofon|klarinette*|trompete*|posaune*|oboe',
    ca: 'flauta*|saxofon*|saxo|clarinet|clarinets|trompeta*|trombo|oboe',
    pt: 'flauta*|saxofone*|saxo|clarinete*|trompete*|trombone*|oboe',
    ar: 'ناي|الناي|فلوت|ساكسفون|ساكسوفون|كلارينيت|ترومبيت|flute|saxophone',
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
    pt: 'audicao de fim de ano|audicao dos alunos|concerto|concertos|recital|espetaculo de fim de ano|apresentacao|tocar em publico',
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
} satisfies PhraseTable<string>;
