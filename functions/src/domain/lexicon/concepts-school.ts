/**
 * Concepts of businesses that teach by appointment (a driving school, a
 * swimming or music school, a language academy, a studio's classes) and of
 * the everyday life around any appointment: a lesson, an exam and failing
 * it, signing up, sleep, supplements, being away on holiday. See phrases.ts
 * for the syntax.
 *
 * Left out on their own: "test" (a blood test, a hearing test, a driving
 * test), "Stunde" (an hour as much as a lesson), French "supplément" (an
 * extra charge, not a food supplement), French "stage" (an internship or an
 * intensive course: `jobs` keeps only the internship's own phrases).
 */
import type { PhraseTable } from './phrases.js';

export const SCHOOL_CONCEPTS = {
  /** A lesson or a class taught ("how many lessons will I need", "¿cuántas clases prácticas?"). */
  lesson: {
    en: 'lesson|lessons|class|classes|driving lesson*|swimming lesson*|private lesson*',
    es: 'clase|clases|leccion|lecciones|curso|cursos|cursillo|clase practica|clases practicas|practicas de coche',
    fr: 'lecon|lecons|des cours|les cours|un cours|cours de|cours particulier*|cours collectif*|lecon de conduite|heure de conduite|heures de conduite|seance de conduite',
    it: 'lezione|lezioni|corso|corsi|guida pratica|guide pratiche|ora di guida|ore di guida',
    de: 'fahrstunde*|unterricht|unterrichtsstunde*|kurs|kurse|schwimmkurs*|privatstunde*|ubungsstunde*',
    ca: 'classe|classes|llico|llicons|curs|cursos|curset|cursets|classe practica|classes practiques',
    pt: 'aula|aulas|licao|licoes|curso|cursos|cursinho|cursinhos|aula de conducao|aulas de conducao|aula pratica|aulas praticas',
    ar: 'درس|دروس|كورس|الكورس|سياقه|حصص السياقه|dars|drous|cours|lecon|leçon|lecons|des cours',
  },
  /**
   * Who teaches a lesson: an instructor, a teacher, a "moniteur" ("do any of your instructors speak French?",
   * "les moniteurs parlent anglais ?"). Not "coach" (a bus too), nor "professor"/"professeur" (a doctor's title),
   * nor "monitor" in English (a device).
   */
  instructor: {
    en: 'instructor|instructors|teacher|teachers|surf instructor*|ski instructor*',
    es: 'monitor|monitores|monitora|monitoras|instructor|instructores|instructora|profe|profes',
    fr: 'moniteur|moniteurs|monitrice|monitrices|instructeur|instructeurs|instructrice|prof|profs|enseignant|enseignants',
    it: 'istruttore|istruttori|istruttrice|istruttrici|maestro di surf|maestri|insegnante|insegnanti',
    de: 'lehrer|lehrerin|lehrerinnen|surflehrer*|skilehrer*|trainer|trainerin|instruktor|instruktoren',
    ca: 'monitor|monitors|monitora|monitores|instructor|instructors|instructora|profe|profes',
    pt: 'instrutor|instrutores|instrutora|instrutoras|monitor|monitores|monitora|monitoras|prof|profs',
    ar: 'مدرب|المدرب|مدربين|المدربين|مدربه|المدربه|مدربات|المدربات|مدرس|المدرس|يدربني|تدربني|يدربنا|تدربنا|moniteur|moniteurs|prof|mudarreb|mudarrib|mudarreba|mudarriba|mudarrebat|mudarribat|modarreb|modarreba|modarrib|mdarreb|mdarrba|mdarba|ydarrebni|tdarrebni|ydarrbni|tdarrbni|ydarribni|tdarribni',
  },
  /** An exam to pass: the theory or the practical test, a grading. */
  exam: {
    en: 'exam|exams|driving test|theory test|practical test|road test',
    es: 'examen|examenes|examen teorico|examen practico|el teorico|el practico',
    fr: 'examen|examens|examen du code|examen de conduite|examen pratique|examen theorique',
    it: 'esame|esami|esame teorico|esame pratico|esame di guida',
    de: 'prufung|prufungen|fuhrerscheinprufung|theorieprufung|praktische prufung|fahrprufung',
    ca: 'examen|examens|examen teoric|examen practic',
    pt: 'exame|exames|exame teorico|exame pratico|exame de conducao|prova de conducao',
    ar: 'امتحان|الامتحان|امتحانات|اختبار|الاختبار|=فحص|=الفحص|=فالفحص|=بالفحص|=للفحص|=والفحص|imti7an|imtihan|lexamen|examen|lexam|exam|=fa7s|=lfa7s',
  },
  /** Failing an exam, and what follows: "if I fail", "si suspendo", "bocciato". */
  failExam: {
    en: 'fail the|fail my|fail it|if i fail|failed the|failed my|failed it|i failed|flunk*|do not pass|dont pass|did not pass|didnt pass|retake|resit',
    es: 'suspendo|suspendi|si suspendo|suspenso|suspensos|catear|cateo|no apruebo|no aprobar|repetir el examen',
    fr: 'echouer|echoue|echec|recale|recalee|repasser l examen|repasser le code|repasser le permis|pas reussi|ne pas reussir',
    it: 'bocciato|bocciata|bocciatura|bocciare|bocciano|non passo|non superare|ripetere l esame',
    de: 'durchfallen|durchgefallen|durchfalle|falle durch|nicht bestanden|nicht bestehen|wiederholungsprufung',
    ca: 'suspenc|suspes|suspesa|no aprovar|repetir l examen',
    pt: 'reprovar|reprovei|reprovado|reprovada|chumbar|chumbei|chumbado|chumbada|nao passar|nao passei|repetir o exame',
    ar: 'رسبت|رسب|نرسب|ما نجحتش|ma nje7tch|ma nja7tch|rsabt',
  },
  /** Signing up: enrolling in a school or a course, registering as a client. */
  enrol: {
    en: 'sign up|signing up|enrol|enroll|enrolment|enrollment|=register|registration|join the school|matriculation|join a class|join the class|join a course|join a group',
    es: 'inscribir*|inscripcion|matricula|matricularme|matricularse|apuntarme|apuntarse|me apunto|darme de alta|unirme a|unirnos a|sumarme a|sumarnos a',
    fr: 'inscrire|inscription|m inscrire|s inscrire|je m inscris|inscrit|inscrite|me joindre a|nous joindre a|rejoindre un cours|rejoindre le cours|rejoindre un groupe',
    it: 'iscrizione|iscrivermi|iscriversi|iscritto|iscritta|mi iscrivo|unirmi a|unirci a|aggregarmi a|aggregarci a',
    de: 'anmeldung|anmelden|einschreiben|einschreibung|registrierung|ich melde mich an|mitmachen|dem kurs anschliessen|der gruppe anschliessen',
    ca: 'inscripcio|inscriure|inscriure m|matricula|apuntar me|m apunto|donar me d alta|unir me a|afegir me a',
    pt: 'inscricao|inscrever|inscrever me|matricula|matricular|me inscrever|fazer a inscricao|me juntar a|nos juntar a|entrar na turma|entrar numa turma',
    ar: 'تسجيل|التسجيل|نسجل|نتسجل|اسجل|انخرط|الانخراط|tasjil|nsajel|nsejel|nsjl|inscription|inscrire',
  },
  /**
   * A class or a lesson missed and made up later ("can he make it up another day?", "¿la puede recuperar?",
   * "rattraper le cours"). Not "recuperar" alone, which is recovering after an injury.
   */
  makeUp: {
    en: 'make up the class|make up the lesson|make up the session|make up a session|miss one class|miss one lesson|miss one session|miss a session|missed session|make it up|make up for it|makeup class|makeup lesson|make up class|make up lesson|catch up class|catch up lesson|missed class|missed lesson|miss a class|miss a lesson|misses a class|misses a lesson|replacement class|replacement lesson',
    es: 'recuperar la clase|recuperar las clases|recuperar una clase|recuperar clase|recuperar clases|recuperarla|recuperarlas|la puedo recuperar|la puede recuperar|se puede recuperar|se recupera|se recuperan|compensar la clase|compensarla|compensarlas|clase perdida|clases perdidas|falto a|faltar a|falta a clase|faltan a clase|si falto|si falta|se pierde la clase|perder la clase|pierde una clase',
    fr: 'rattraper|rattrapage|rattrape|cours manque|cours manques|manquer un cours|manque un cours|rate un cours|cours rate',
    it: 'recuperare la lezione|recuperare le lezioni|recuperarla|recuperarle|lezione persa|lezioni perse|perdere una lezione|perde una lezione|salta una lezione|saltare una lezione|lezione di recupero|lezioni di recupero',
    de: 'nachholen|nachholtermin|nachholstunde*|nachholkurs|verpasste stunde|verpasste stunden|stunde verpasst|kurs verpasst|stunde nachholen|ersatzstunde',
    ca: 'recuperar la classe|recuperar les classes|recuperar-la|recuperarla|classe perduda|classes perdudes|faltar a classe|perdre una classe|falta a classe',
    pt: 'repor a aula|repor aulas|repor|reposicao|reposicoes|aula de reposicao|recuperar a aula|aula perdida|aulas perdidas|faltar a aula|falta a aula|perder a aula|perde uma aula',
    ar: 'تعويض الحصه|نعوض الحصه|نعوضها|يعوضها|نعوض|نعوضو|يعوض|تعوض|تعويض|حصه ضايعه|الحصه الضايعه|n3awed|n3awdha|t3wid',
  },
  /** Sleeping, and sleeping badly: nightmares, insomnia, waking at night, a child who won't sleep alone. */
  sleep: {
    en: 'sleep|sleeps|sleeping|asleep|nightmare*|insomnia|cant sleep|bedtime|night terrors|wakes up|keeps waking|waking up at night|wakes at night|night wakings|night waking',
    es: 'dormir|duerme|duermo|sueno|insomnio|no duerme|no puede dormir|se despierta|=despertares|se despierta por la noche',
    fr: 'dormir|dort|sommeil|cauchemar*|insomnie|nuits blanches|ne dort pas|se reveille|=reveils|=reveils nocturnes',
    it: 'dormire|dorme|sonno|incubi|incubo|insonnia|non dorme|si sveglia|=risvegli',
    de: 'schlafen|schlaft|schlaf|albtraum*|alptraum*|schlaflosigkeit|einschlafen|durchschlafen|wacht auf|wacht nachts auf|aufwachen',
    ca: 'dormir|dorm|malson*|insomni|no dorm|es desperta|=despertars',
    pt: 'dormir|dorme|sono|pesadelo*|insonia|nao dorme|=acorda|=acordou|=acordam|acorda de noite|=despertares',
    ar: 'نوم|النوم|ينام|تنام|كوابيس|كابوس|ارق|الارق|يصحى بالليل|يستيقظ|تستيقظ|كيفيق فالليل|noum|n3as|ynam|tnam|kawabis|kabous',
  },
  /** Food supplements and slimming products sold or advised: vitamins, protein powder, detox tea. */
  supplements: {
    en: 'supplement|supplements|vitamin*|protein powder|protein shake*|fat burner*|detox tea|slimming tea|slimming pill*|diet pill*',
    es: 'suplemento*|complemento alimenticio|complementos alimenticios|vitamina*|proteina en polvo|batido de proteina*|quemagrasa*|te detox|pastillas para adelgazar',
    fr: 'complement alimentaire|complements alimentaires|complements|vitamine*|proteine en poudre|brule graisse*|the detox|the minceur|pilules minceur',
    it: 'integrator*|vitamin*|proteine in polvere|brucia grassi|te detox|tisana dimagrante|pillole dimagranti',
    de: 'nahrungserganzung*|erganzungsmittel|vitamin*|proteinpulver|eiweisspulver|fatburner|detox tee|schlankheitstee|abnehmpillen',
    ca: 'suplement*|complement alimentari|complements alimentaris|vitamin*|proteina en pols|te detox',
    pt: 'suplemento*|vitamina*|proteina em po|whey|termogenico*|cha detox|cha emagrecedor|remedio para emagrecer',
    ar: 'مكملات|مكملات غذائيه|فيتامين|فيتامينات|بروتين|تاي ديتوكس|شاي ديتوكس|حبوب تنحيف|مكملات للتنحيف|complements|vitamines|detox',
  },
  /** Being away on holiday: while I'm on vacation, during the school holidays. */
  vacation: {
    en: 'on holiday|on vacation|vacation|vacations|away on holiday|school holidays|while im away|while we are away|tourist|tourists|visitor|visitors|just visiting|im visiting|i am visiting|in town for|only in town|only here for|here on holiday|here on vacation',
    es: 'vacaciones|de vacaciones|vacaciones escolares|turista|turistas|de visita|estoy de visita|estoy de paso',
    fr: 'vacances|en vacances|vacances scolaires|conges|en conge|touriste|touristes|de passage|en visite|je suis de passage',
    it: 'vacanza|vacanze|in vacanza|ferie|in ferie|turista|turisti|di passaggio|in visita',
    de: 'urlaub|im urlaub|ferien|schulferien|in den ferien|tourist|touristin|touristen|zu besuch|auf durchreise',
    ca: 'vacances|de vacances|vacances escolars|turista|turistes|de visita|estic de pas',
    pt: 'ferias|de ferias|em ferias|ferias escolares|turista|turistas|de visita|de passagem',
    ar: 'عطله|العطله|عطلتي|فالعطله|اجازه|الاجازه|3otla|l3otla|f l3otla|vacances|ijaza|سايح|سياح|سائح|زائر|زوار|زايرين|من برا البلد|من خارج البلد|من الخارج|ناس من برا|جايين زياره|جايين سياحه|بزياره|في زياره|سياحه|zayer|zuwwar|mn barra|min barra',
  },
  /**
   * Summer, the season of summer courses, summer hours and the summer break ("Sommer-Intensivkurse",
   * "cursillos de verano"). French "été" only with an article or a preposition: alone it is also "been".
   */
  summer: {
    en: 'summer|summertime|summer holidays|summer course*|summer camp',
    es: 'verano|veraniego|veraniegos|de verano|en verano',
    fr: 'l ete|cet ete|en ete|d ete|l ete prochain|estival*',
    it: 'estate|d estate|in estate|estivo|estiva|estivi|estive',
    de: 'sommer|sommers|sommerferien|sommerkurs*|sommerpause|sommerzeit|im sommer',
    ca: 'estiu|a l estiu|d estiu|estiuenc*',
    pt: 'verao|no verao|de verao',
    ar: 'الصيف|صيف|الصيفيه|صيفي|فالصيف|في الصيف',
  },
  /**
   * A child or an adult with special needs: autism, ADHD, Down syndrome, sensory difficulties ("mon fils est
   * autiste (TSA)", "niño con TEA", "my son has ADHD"). Spanish and Portuguese "TEA" only beside a word that
   * makes it the diagnosis: alone it is English tea. A wheelchair is access, another concept.
   */
  specialNeeds: {
    en: 'autism|autistic|asd|adhd|special needs|additional needs|special educational needs|down syndrome|downs syndrome|neurodivergent|sensory issues|sensory processing|learning disability|learning disabilities|people of determination|person of determination',
    es: 'autismo|autista|autistas|tdah|necesidades especiales|necesidades educativas|sindrome de down|neurodivergente|hiperactividad|con tea|tiene tea|diagnostico de tea|espectro autista|trastorno del espectro',
    fr: 'autisme|autiste|autistes|tsa|tdah|besoins particuliers|besoins specifiques|trisomie|trisomique|neuroatypique|hyperactivite|troubles sensoriels',
    it: 'autismo|autistico|autistica|autistici|adhd|bisogni speciali|bisogni educativi speciali|sindrome di down|neurodivergente|iperattivita|disturbo dello spettro',
    de: 'autismus|autist|autistin|autistisch|adhs|besondere bedurfnisse|forderbedarf|down syndrom|downsyndrom|trisomie 21|neurodivergent|hyperaktiv|geistige behinderung',
    ca: 'autisme|autista|autistes|tdah|necessitats especials|sindrome de down|neurodivergent|hiperactivitat|espectre autista',
    pt: 'autismo|autista|autistas|tdah|necessidades especiais|necessidades educativas especiais|sindrome de down|neurodivergente|hiperatividade|espectro autista',
    ar: 'توحد|التوحد|متوحد|طيف التوحد|فرط الحركه|احتياجات خاصه|الاحتياجات الخاصه|ذوي الاحتياجات|ذوي الهمم|اصحاب الهمم|متلازمه داون|tawa7od|taw7od|=autiste|=autistes|=autisme',
  },
  /** An accident: a crash with the school's car, a collision, a dent. */
  accident: {
    en: 'accident|accidents|crash|crashed|car accident|collision|bumped the car|scratched the car|dented the car',
    es: 'accidente|accidentes|golpe con el coche|golpe al coche|choque|chocar|choco|siniestro|rayon al coche',
    fr: 'accident|accidents|accrochage|collision|carambolage|rayer la voiture|emboutir',
    it: 'incidente|incidenti|tamponamento|collisione|ammaccatura|sinistro stradale',
    de: 'unfall|unfalle|zusammenstoss|auffahrunfall|blechschaden|kollision',
    ca: 'accident|accidents|xoc|topada|col lisio',
    pt: 'acidente|acidentes|batida|bati o carro|colisao',
    ar: 'حادثه|الحادثه|حادث|تصادم|كسيده|ksida|accident|tsadem',
  },
  /** Eating no meat: a vegetarian or vegan diet (vegan products are `vegan`). */
  vegetarian: {
    en: 'vegetarian|vegetarians|veggie|plant based|vegan diet',
    es: 'vegetariano|vegetariana|vegetarianos|vegetarianas|dieta vegana',
    fr: 'vegetarien|vegetarienne|vegetariens|vegetariennes|vegetalien|vegetalienne|regime vegan',
    it: 'vegetariano|vegetariana|vegetariani|vegetariane|dieta vegana',
    de: 'vegetarier|vegetarierin|vegetarisch|vegetarische|vegane ernahrung',
    ca: 'vegetaria|vegetariana|vegetarians|vegetarianes|dieta vegana',
    pt: 'vegetariano|vegetariana|vegetarianos|vegetarianas|dieta vegana',
    ar: 'نباتي|نباتيه|نباتيين|vegetarien|vegetarienne|nabati|nabatiya',
  },
  /** The theory taught or examined (the highway code, music theory), as against the practical part. */
  theory: {
    en: 'theory|theory test|theory classes|theory lessons|highway code',
    es: 'teorico|teorica|teoria|clases teoricas|el teorico',
    fr: 'theorie|code de la route|cours de code|examen du code|le code de la route',
    it: 'teoria|teorico|teorica|quiz della patente|lezioni di teoria',
    de: 'theorie|theorieunterricht|theoriestunde*|theorieprufung',
    ca: 'teoric|teorica|teoria|classes teoriques',
    pt: 'teorico|teorica|teoria|codigo da estrada|aulas de codigo|aulas teoricas',
    ar: 'نظري|النظري|الكود|theorie|teori|lcode|code de la route',
  },
} satisfies PhraseTable<string>;
