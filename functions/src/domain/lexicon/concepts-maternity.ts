/**
 * Concepts of midwives, maternity and women's health practices: what a
 * pregnant woman or a new mother asks for in her own words, against what
 * the practice wrote in another language. Pregnancy and breastfeeding
 * themselves are the care table's, a sick note the visit table's
 * (medicalCertificate). See phrases.ts for the syntax.
 *
 * Left out on their own: "prep" and "preparation" (of anything), "class"
 * (a music or a swimming class), "coil" (a spring), "implant" (a tooth's,
 * the dental table's), "pill" (any tablet), "smear" (make-up), "test" (any
 * test), "rehab" (addiction), "pelvis" alone (the body),
 * "check" (any check-up), "diu" alone (Catalan "says"), "preventivo" (in Italian, a quote), "resguardo" (in
 * Spanish, a receipt), "cuarentena" (any quarantine), "Nachsorge" (any aftercare).
 */
import type { PhraseTable } from './phrases.js';

export const MATERNITY_CONCEPTS = {
  /** A midwife: who the customer asks to see, as "a doctor" names a doctor. */
  midwife: {
    en: 'midwife|midwives|midwifery',
    es: 'matrona|matronas|comadrona|comadronas|partera|parteras',
    fr: 'sage femme|sages femmes|sage-femme|sages-femmes|maieuticien*',
    it: 'ostetrica|ostetriche|ostetrico',
    de: 'hebamme|hebammen|hebammenpraxis|hebammensprechstunde',
    ca: 'llevadora|llevadores',
    pt: 'parteira|parteiras|enfermeira obstetra|enfermeira parteira|obstetriz',
    ar: 'قابله|القابله|مولده|المولده|سايج فام|sage femme|9abla|qabla|mwallida',
  },
  /** Twins or triplets: a pregnancy that is followed more closely. */
  twins: {
    en: 'twins|twin pregnancy|expecting twins|triplets',
    es: 'gemelos|gemelas|mellizos|mellizas|embarazo gemelar|embarazo multiple|trillizos',
    fr: 'jumeaux|jumelles|grossesse gemellaire|grossesse multiple|triples',
    it: 'gemelli|gemelle|gravidanza gemellare|gravidanza multipla|trigemini',
    de: 'zwillinge|zwillingen|zwillingsschwangerschaft|mehrlingsschwangerschaft|drillinge',
    ca: 'bessons|bessones|embaras gemel·lar|embaras de bessons|trigemins',
    pt: 'gemeos|gemeas|gravidez gemelar|gravidez de gemeos|trigemeos',
    ar: 'توام|توأم|التوام|توائم|توامين|twam|tawam|taw2am',
  },
  /** Antenatal classes: preparing for the birth, as a course or sessions. */
  birthPrep: {
    en: 'antenatal class*|antenatal course*|prenatal class*|prenatal course*|birth preparation|birth prep|childbirth class*|childbirth preparation|birthing class*|hypnobirthing|preparing for the birth|prepare for the birth|prepare for birth|birth classes',
    es: 'preparacion al parto|preparacion para el parto|clases de preparacion al parto|clases preparto|clases de preparto|curso preparto|curso de preparacion al parto|educacion maternal|clases de parto|prepararme para el parto|hipnoparto',
    fr: "preparation a l'accouchement|preparation a la naissance|prepa a l'accouchement|prepa accouchement|prepa a la naissance|prepa naissance|cours de preparation|cours d'accouchement|seances de preparation|preparation a la parentalite|hypnonaissance|me preparer a l'accouchement",
    it: 'corso preparto|corsi preparto|corso pre parto|preparazione al parto|accompagnamento alla nascita|corso di accompagnamento alla nascita|corso per il parto|ipnoparto',
    de: 'geburtsvorbereitung|geburtsvorbereitungskurs|geburtsvorbereitungskurse|geburt vorbereitung|vorbereitung auf die geburt|vorbereitungskurs|hypnobirthing',
    ca: 'preparacio al part|preparacio per al part|classes de preparacio al part|curs de preparacio al part|educacio maternal|hipnopart',
    pt: 'preparacao para o parto|preparacao ao parto|curso de preparacao para o parto|aulas de preparacao para o parto|curso pre parto|curso de pre parto|aulas pre parto|hipnoparto',
    ar: 'التحضير للولاده|تحضير للولاده|دروس التحضير للولاده|دروس الولاده|تحضير الولاده|كورس الولاده|التحضير للوضع|preparation a l accouchement|ta7dir lwilada|t7dir lwilada',
  },
  /** After the birth: the mother's postnatal check, the weeks after, the low mood that may come. */
  postnatal: {
    en: 'postnatal|post natal|postpartum|post partum|after the birth|after giving birth|after birth|since the birth|since giving birth|baby blues|postnatal depression|post natal depression|postpartum depression|ppd|fourth trimester|6 week check|six week check',
    es: 'postparto|post parto|posparto|pos parto|despues del parto|tras el parto|desde el parto|despues de dar a luz|depresion postparto|depresion posparto|tristeza postparto|baby blues|puerperio|revision postparto',
    fr: 'post natal|postnatal|postnatale|post natale|post partum|postpartum|apres l accouchement|apres accouchement|apres la naissance|depuis l accouchement|depuis la naissance|baby blues|depression post partum|depression postnatale|suites de couches|consultation postnatale|visite postnatale',
    it: 'post parto|postparto|puerperio|dopo il parto|dal parto|dopo la nascita|depressione post parto|depressione postpartum|baby blues|visita post parto|controllo post parto',
    de: 'nach der geburt|seit der geburt|wochenbett|wochenbettbetreuung|wochenbettdepression|postpartale depression|babyblues|baby blues|heultage|wochenbettnachsorge',
    ca: 'postpart|post part|despres del part|des del part|puerperi|depressio postpart|baby blues|revisio postpart',
    pt: 'pos parto|posparto|pos-parto|puerperio|depois do parto|desde o parto|apos o parto|depressao pos parto|depressao posparto|baby blues|consulta pos parto',
    ar: 'بعد الولاده|من بعد الولاده|النفاس|اكتئاب ما بعد الولاده|اكتئاب بعد الولاده|baby blues|post partum|ba3d lwilada|mn ba3d lwilada',
  },
  /** Pelvic floor rehabilitation (after a birth, for leaks). */
  pelvicFloor: {
    en: 'pelvic floor|pelvic floor rehab|pelvic floor physio|pelvic floor exercises|kegel*|bladder leaks|leaking when i sneeze|leak when i cough|diastasis|ab separation',
    es: 'suelo pelvico|rehabilitacion del suelo pelvico|reeducacion del suelo pelvico|fisioterapia del suelo pelvico|kegel|perdidas de orina|escapes de orina|diastasis',
    fr: 'reeducation du perinee|reeducation perineale|reeduc du perinee|reeduc perinee|reeducation perinee|perinee|plancher pelvien|fuites urinaires|fuites d urine|diastasis|reeducation abdominale',
    it: 'pavimento pelvico|riabilitazione del pavimento pelvico|rieducazione del pavimento pelvico|rieducazione perineale|perdite di urina|fughe di urina|diastasi|kegel',
    de: 'beckenboden|beckenbodentraining|ruckbildung|ruckbildungskurs|ruckbildungsgymnastik|rektusdiastase|diastase|blasenschwache|urin verlieren|kegel',
    ca: 'sol pelvia|sol pelvic|reeducacio del sol pelvia|rehabilitacio del sol pelvia|perdues d orina|diastasi|kegel',
    pt: 'pavimento pelvico|assoalho pelvico|soalho pelvico|reabilitacao do pavimento pelvico|fisioterapia pelvica|perdas de urina|diastase|kegel',
    ar: 'عضلات الحوض|قاع الحوض|تاهيل الحوض|ترويض الحوض|reeducation du perinee|perinee|تسرب البول|سلس البول',
  },
  /** Contraception: an IUD (coil), an implant, the pill, a ring; fitting, removing or choosing one. */
  contraception: {
    en: 'contraception|contraceptive*|birth control|iud|iuds|copper coil|hormonal coil|coil fitting|coil fitted|fit a coil|fit the coil|get a coil|coil removal|coil removed|remove my coil|mirena|kyleena|contraceptive implant|nexplanon|contraceptive pill|morning after pill|emergency contraception|vaginal ring|nuvaring',
    es: 'anticonceptiv*|anticoncepcion|colocar el diu|colocar un diu|colocarme el diu|colocacion del diu|colocan diu|colocais diu|poner el diu|ponerme el diu|poneis el diu|quitar el diu|quitarme el diu|diu de cobre|diu hormonal|mirena|kyleena|implante anticonceptivo|implanon|pastilla anticonceptiva|pastillas anticonceptivas|pildora anticonceptiva|pildora del dia despues|anillo vaginal',
    fr: 'contraception|contraceptif|contraceptifs|contraceptive|sterilet|sterilets|pose du diu|pose d un diu|poser un diu|diu au cuivre|diu hormonal|mirena|kyleena|implant contraceptif|nexplanon|pilule contraceptive|pilule du lendemain|anneau vaginal|pose de sterilet',
    it: 'contraccezione|contraccettiv*|spirale|=iud|spirale al rame|mirena|kyleena|impianto contraccettivo|nexplanon|la pillola|pillola anticoncezionale|pillola del giorno dopo|anello vaginale',
    de: 'verhutung|verhutungsmittel|spirale|kupferspirale|hormonspirale|mirena|kyleena|verhutungsstabchen|implanon|nexplanon|die pille|pille danach|vaginalring|nuvaring',
    ca: 'anticoncepcio|anticonceptiu*|posar el diu|posar me el diu|posar-me el diu|col·locacio del diu|colocacio del diu|treure el diu|diu de coure|diu hormonal|mirena|kyleena|implant anticonceptiu|pindola anticonceptiva|pindola de l endema|anell vaginal',
    pt: 'contracecao|contracepcao|contraceptiv*|anticoncepcional|anticoncepcionais|colocar o diu|colocar diu|colocam diu|colocacao do diu|colocacao de diu|por o diu|tirar o diu|retirar o diu|diu de cobre|diu hormonal|mirena|kyleena|implante contraceptivo|implanon|pilula anticoncepcional|pilula do dia seguinte|anel vaginal',
    ar: 'منع الحمل|موانع الحمل|حبوب منع الحمل|اللولب|لولب|sterilet|diu|pilule|lwlab|lawlab|7boub man3 l7aml',
  },
  /** A cervical smear (Pap test), HPV screening. */
  smearTest: {
    en: 'smear test|cervical smear|pap smear|pap test|papanicolau|papanicolaou|cervical screening|cervical cytology|hpv test|hpv screening',
    es: 'citologia|citologias|papanicolau|papanicolaou|prueba del papanicolau|cribado de cervix|prueba de vph|prueba del vph|test de vph',
    fr: 'frottis|frottis cervical|frottis cervico uterin|depistage du col|test hpv|test du papillomavirus|depistage hpv',
    it: 'pap test|paptest|pap-test|striscio|striscio vaginale|test hpv|screening cervicale|screening del collo dell utero',
    de: 'abstrich|krebsabstrich|pap abstrich|pap test|gebarmutterhalsabstrich|hpv test|krebsvorsorge|vorsorgeabstrich',
    ca: 'citologia|citologies|papanicolau|prova del vph|cribratge de cervix|test del vph',
    pt: 'papanicolau|papanicolaou|citologia|citologia cervical|rastreio do colo do utero|exame preventivo|teste hpv|teste de hpv',
    ar: 'مسحه عنق الرحم|فحص عنق الرحم|مسحه الرحم|فحص بابانيكولاو|بابانيكولاو|frottis|pap test',
  },
  /** A gap between the tummy muscles after a pregnancy (diastasis recti): the customer's own, a clinic's to check. */
  diastasis: {
    en: 'tummy gap|gap in my tummy|diastasis recti|diastasis|rectus diastasis|ab separation|abdominal separation|abs separation|separated abs|split abs|mummy tummy|mum tum',
    es: 'diastasis|diastasis abdominal|diastasis de rectos|separacion abdominal|separacion de los abdominales|abdominales separados',
    fr: 'diastasis|diastasis des grands droits|diastase|ecartement des abdos|ecart des abdos|abdos ecartes|separation des abdominaux',
    it: 'diastasi|diastasi addominale|diastasi dei retti|separazione degli addominali|addominali separati',
    de: 'rektusdiastase|diastase|bauchmuskeln auseinander|bauchmuskellucke|lucke im bauch',
    ca: 'diastasi|diastasi abdominal|diastasi de rectes|separacio abdominal|abdominals separats',
    pt: 'diastase|diastase abdominal|diastase dos retos|separacao abdominal|abdominais separados',
    ar: 'انفصال عضلات البطن|تباعد عضلات البطن|انفصال البطن|دياستاسيس|diastasis|diastase',
  },
  /** The menopause and the years around it: the customer's own. */
  menopause: {
    en: 'menopause|menopausal|perimenopause|peri menopause|perimenopausal|post menopausal|postmenopausal|hot flushes|hot flashes|periods stopped|stopped having periods',
    es: 'menopausia|menopausica|perimenopausia|climaterio|sofocos|ya no me viene la regla|se me retiro la regla',
    fr: 'menopause|menopausee|perimenopause|premenopause|bouffees de chaleur|n ai plus mes regles|plus de regles',
    it: 'menopausa|in menopausa|perimenopausa|climaterio|vampate|vampate di calore|non ho piu il ciclo',
    de: 'wechseljahre|menopause|klimakterium|perimenopause|hitzewallungen|keine periode mehr|keine regel mehr',
    ca: 'menopausa|perimenopausa|climateri|sufocacions|ja no tinc la regla',
    pt: 'menopausa|perimenopausa|climaterio|afrontamentos|nao tenho o periodo|ja nao tenho o periodo|nao tenho a menstruacao|ja nao tenho menstruacao',
    ar: 'سن اليأس|سن الياس|انقطاع الطمث|انقطاع الدوره|انقطعت الدوره|الهبات الساخنه|menopause',
  },
  /** Pain of the pelvic girdle in pregnancy (SPD, PGP): the customer's own. */
  pelvicGirdlePain: {
    en: 'pelvic girdle pain|pelvic girdle|=spd|=pgp|symphysis pubis|symphysis pubis dysfunction|pubic bone pain|pain in my pubic bone|pubic pain|pelvis is killing me|pelvis killing me',
    es: 'dolor de pubis|dolor en el pubis|dolor de cintura pelvica|cintura pelvica|sinfisis pubica|disfuncion de la sinfisis',
    fr: 'douleur pubienne|douleurs pubiennes|douleur au pubis|mal au pubis|symphyse pubienne|douleur de la ceinture pelvienne|ceinture pelvienne',
    it: 'dolore pubico|dolore al pube|male al pube|sinfisi pubica|dolore del cingolo pelvico|cingolo pelvico',
    de: 'symphysenschmerzen|symphysenlockerung|symphyse|beckenringschmerzen|schambeinschmerzen|schmerzen am schambein',
    ca: 'dolor de pubis|dolor al pubis|mal al pubis|simfisi pubica|cintura pelviana|dolor de la cintura pelviana',
    pt: 'dor na sinfise|sinfise pubica|dor no pubis|dor pubica|dor na cintura pelvica|cintura pelvica',
    ar: 'الم العانه|وجع العانه|الم عظم العانه|ارتفاق العانه|وجع الحوض بالحمل|الم الحوض في الحمل',
  },
} satisfies PhraseTable<string>;
