/**
 * Concepts about the person being treated: body, comfort, health, life
 * stages, before and after care. See phrases.ts for the syntax.
 */
import type { PhraseTable } from './phrases.js';

/** Ages of sixty and over, each written after or before the words of `forms` ("{n} anni", "aged {n}"). */
const OLD_AGES = Array.from({ length: 46 }, (_, i) => 60 + i);
const sixtyAndOver = (...forms: string[]) =>
  forms.flatMap((form) => OLD_AGES.map((n) => form.replace('{n}', String(n)))).join('|');

export const CARE_CONCEPTS = {
  pain: {
    en: 'pain|painful|hurt|hurts|hurting|sore|ache|aching|sting|stings|uncomfortable|discomfort|tender|painfull|throbbing|achy|agony|killing me|stinging|ouch',
    es: 'dolor*|duele|duelen|doler|molest*|pica|escoz*|dolio|dolera|ardor|arde|escuece|punzada|pinchazo',
    fr: 'douleur*|douloureux|douloureuse|mal|fait mal|pique|inconfort|ca pique|ca brule|souffrir|souffre|souffrance|elancement',
    it: 'dolore|dolori|doloroso|dolorosa|fa male|fanno male|male|mi fa male|brucia|fastidio|fastidioso|indolenzit*|sensibile|bruciore|fitta|fitte|soffro|soffrire|sofferenza|dolente|dolorante',
    de: 'schmerz*|schmerzhaft|tut weh|weh|wehtun|weh tun|brennt|unangenehm|empfindlich|ziept|pikst|wund|autsch|aua|sticht|stechend|pocht|pochend',
    ca: 'dolor*|fa mal|fan mal|mal|molest*|cou|pica|patir|pateixo|cremor|coissor',
    pt: 'dor|dores|doi|doem|doer|doloros*|incomod*|desconfort*|dorido|dorida|doridos|doridas|arde|dolorid*|ardencia|ardor|sofrer|sofro|pontada|fisgada|lateja|latejando|dodoi',
    ar: 'الم|مؤلم|يوجع|بيوجع|وجع|يعور|alam|bi wajje3|wajje3|y3awer|byewja3|wja3|كيضرني|ضرني|كيوجعني|كيحرقني|douleur|kaydrni|kayderni|drni|derni|kaywj3ni|كيضر|يضر|كتضر|kaydrr|kaydor|kaydr|katdor|يوجعني|وجعني|الوجع|kaywje3|ywje3|bywaja3|btwaja3|يعورني|تعورني|y3awirni|y3awerni|t3awirni',
  },
  anaesthesia: {
    en: 'anaesthe*|anesthe*|numb|numbing|sedation|sedate*|local anaesthetic|knocked out|knock him out|knock her out|put under|go under|general anaesthetic|general anesthetic',
    es: 'anestesi*|sedacion|sedar|sedan|seden|sedamos|sedarlo|sedarla|sedado|sedada|adormecer|dormir la zona|dormirlo|dormirla|algo para dormir|algo pa dormir',
    fr: 'anesthe*|sedation|creme anesthesiante|endormir',
    it: 'anestesi*|anestetic*|addormentare|addormentat*|addormentarlo|addormentarla|sedazione|sedat*',
    de: 'betaubung|betaubt|narkose|vollnarkose|allgemeinnarkose|kurznarkose|dammerschlafnarkose|sedierung|spritze|lokalanasthesie|anasthesie|dammerschlaf',
    ca: 'anestesi*|sedacio|sedar|seden|sedeu|sedat|sedada|adormir',
    pt: 'anestesi*|sedacao|sedar|sedam|sedado|sedada|seda ele|seda ela|adormecer|algo para dormir|algo pra dormir',
    ar: 'تخدير|مخدر|بنج|kreem mukhader|mukhader|banj|البنج|anesthesie|lbenj',
  },
  fear: {
    en: 'scared|scary|scariest|spooky|creepy|frightening|frightened|afraid|fear|terrified|anxious|anxiety|nervous|phobia|panic|freaked out|freaking out|scaredy|wimp|nervy|anxious about|nerves|shaking|trembling|trembles|shivering|embarrassed|embarrassing|ashamed|self conscious|shy|mortified|dying of embarrassment|make a fool of myself|making a fool of myself|look like a fool|look stupid|look like an idiot',
    es: 'miedo|yuyu|me da yuyu|asusta*|susto|sustos|estres|estresad*|estresa|nervios*|ansiedad|fobia|panico|pavor|cagado|cagada|acojonado|acojonada|me da cosa|me da panico|canguelo|tiembla|temblando|temblar|me da verguenza|me da hasta verguenza|me da un poco de verguenza|me averguenza|tengo verguenza|me da corte|me muero de verguenza|muerta de verguenza|muerto de verguenza|me da mucha verguenza|pasar verguenza|paso verguenza|hacer el ridiculo|quedar en ridiculo|quedar como un tonto|quedar como una tonta',
    fr: 'peur|angoisse*|anxieu*|stress*|phobie|panique|trouille|flippe|flipper|jai les jetons|ai les jetons|froussard*|stresse|stressee|tremble|trembler|tremblote|j ai honte|ai un peu honte|timide|morte de honte|mort de honte|je suis genee|me taper la honte|avoir la honte|me ridiculiser|passer pour un idiot|passer pour une idiote',
    it: 'paura|spaventos*|spaventat*|terrorizzat*|ansia|ansios*|agitat*|nervos*|fobia|panico|fifone|fifona|strizza|mi cago sotto|mi fa paura|terrore|trema*|tremar*|tremant*|mi vergogno|mi imbarazza|imbarazzat*|timido|timida|muoio di vergogna|morta di vergogna|mi vergogno tantissimo|fare brutta figura|fare una figuraccia|fare la figura dello scemo|rendermi ridicolo|rendermi ridicola',
    de: 'angst|angstlich|gruselig*|gruseln|grusel|angstpatient*|panik|nervos|phobie|furcht|fürchte|aufgeregt|bammel|schiss|zittere|zittert|zittern|zitterte|zitteret|schlottert|schame mich|ist mir peinlich|peinlich|schuchtern|schame mich|mich blamieren|mich lacherlich machen|mich zum affen machen',
    ca: 'por|poruc*|nervios*|ansietat|fobia|panic|acollonid*|canguelo|em fa por|tinc por|tremola|tremolar|tremolant|em fa vergonya|tinc vergonya|timid|timida|em moro de vergonya|morta de vergonya|passar vergonya|fer el ridicul|quedar en ridicul',
    pt: 'medo|assustador*|pavor|susto|estresse|estressad*|nervos*|ansiedade|fobia|panico|cagao|cagona|cagado de medo|morro de medo|tenho pavor|treme*|tenho vergonha|me da vergonha|envergonhad*|timido|timida|morrendo de vergonha|morro de vergonha|morta de vergonha|com vergonha|fico com vergonha|sinto vergonha|to com vergonha|passar vergonha|passo vergonha|pagar mico|pagar um mico|fazer papel de bobo|fazer figura de parvo|fazer triste figura',
    ar: 'خوف|خايف|خايفه|قلق|متوتر|راني مقلقه|راني مقلق|=m9al9a|=m9al9|=mqalqa|=m9al9in|khayef|khayfe|كنخاف|نخاف|الخوف|peur|khayf|khayfa|kankhaf|nkhaf|كنخلع|خلعه|الخلعه|مخلوع|مخلوعه|kankhla3|khal3a|mkhlo3|mkhlo3a|خايف بزاف|كيترعد|كترعد|يرجف|يرتجف|ترتعش|يخاف|تخاف|كيخاف|كتخاف|بيخاف|بتخاف|بخاف|انا بخاف|bakhaf|ba5af|bakhaaf|bakhaf mn|كنحشم|محشوم|مكسوف|مكسوفه|محرج|محرجه|خجلان|kan7chem|m7choum|maksouf|maksoufa|مستحي|مستحيه|استحي|اتحرج|احس بحرج|مرعوب|مرعوبه|مرتعب|مرتعبه|رعب|برعبني|بترعبني|بيرعبني|mar3oub|mar3oube|mar3ooba|mar3ouba|mirta3eb',
  },
  /**
   * Sharks met in the sea (a dive centre's, a snorkel trip's "are there sharks?"). Arabic "قرش" alone is also a coin
   * (Egyptian and Levantine "قروش", money): only with the fish, the sea, or asked whether there are any.
   */
  sharks: {
    en: 'shark|sharks',
    es: 'tiburon|tiburones',
    fr: 'requin|requins',
    it: 'squalo|squali',
    de: 'haie|haien|haifisch*|gibt es hai|einen hai|ein hai',
    ca: 'tauro|taurons',
    pt: 'tubarao|tubaroes',
    ar: 'سمك القرش|اسماك القرش|سمكه قرش|سمكه القرش|قرش البحر|قروش البحر|قروش في البحر|قروش فالبحر|قروش بالبحر|فيه قروش|في قروش|كاين القرش|requin|requins|shark|sharks|2ersh|2irsh',
  },
  /** Pregnancy; a trimester only as one of a pregnancy ("primer trimestre"): alone it is also a school or billing quarter. */
  // Feeling sick, nauseous, morning sickness: a symptom treated (acupuncture in pregnancy, travel) and asked about.
  nausea: {
    en: 'nausea|nauseous|nauseated|morning sickness|feel sick|feeling sick|queasy|throwing up every morning|seasick|seasickness|sea sick|sea sickness|motion sickness|travel sickness|travel sick|car sick|carsick|car sickness|carsickness|airsick|air sick|airsickness|sick in the car|sick on boats|sick on the ferry',
    es: 'nauseas|nausea|nauseosa|ganas de vomitar|malestar matutino|mal de mar|me mareo en el barco|me mareo en barco|me mareo en el coche|me mareo en coche|me mareo en el autobus|mareo en el coche|mareo en coche|mareo en los viajes|mareos en el coche',
    fr: 'nausee*|envie de vomir|mal au coeur|barbouille|barbouillee|mal des transports|mal de mer|malade en voiture|malade en bateau|malade en avion|malade en bus|malade en car|malade dans la voiture|malade dans les transports|mal en voiture|mal en bateau',
    it: 'nausea|nausee|voglia di vomitare|mal di mare|mal d auto|mal auto|mal di macchina|mal aereo|mal di viaggio|mal aria|male in macchina|sto male in macchina',
    de: 'ubelkeit|mir ist ubel|ist mir ubel|schwangerschaftsubelkeit|mir ist schlecht|morgenubelkeit|seekrank|seekrankheit|reiseubelkeit|reisekrank|reisekrankheit|im auto schlecht|beim autofahren schlecht|autokrank|autofahren wird mir schlecht|luftkrank|flugkrank',
    ca: 'nausees|nausea|ganes de vomitar|mareig|mal de mar|mareig al cotxe|em marejo al cotxe|em marejo|mal de cotxe',
    pt: 'enjoo*|enjoad*|enjoa|nausea*|nauseada|vontade de vomitar|maldisposta|enjoo no carro|enjoo em viagem|enjoo de carro|enjoo de viagem|mal de viagem',
    ar: 'غثيان|غثيان الصباح|دوار البحر|دوخه البحر|لوعه|لوعة|بتلوع|tlou3|lo3a|ghatayan|دوار السفر|دوخه السياره|دوخة السيارة',
  },
  pregnancy: {
    en: 'pregnant|pregnancy|expecting|baby on the way|first trimester|second trimester|third trimester|1st trimester|2nd trimester|3rd trimester|last trimester|final trimester|months gone|weeks gone|months along|weeks along',
    es: 'embaraz*|gestacion|prenada|prenadas|primer trimestre|segundo trimestre|tercer trimestre|ultimo trimestre|trimestre de embarazo|1er trimestre|3er trimestre|estoy de semanas|estoy de meses|voy de semanas|esta de meses|esta de semanas',
    fr: 'enceinte|grossesse|gestation|premier trimestre|deuxieme trimestre|second trimestre|troisieme trimestre|dernier trimestre|1er trimestre|3e trimestre|chienne pleine|chatte pleine|jument pleine|chienne est pleine|chatte est pleine|si elle est pleine|est elle pleine',
    it: 'incinta|gravidanza|gravida|aspetto un bambino|in dolce attesa|al quarto mese|al quinto mese|al sesto mese|al settimo mese|all ottavo mese|primo trimestre|secondo trimestre|terzo trimestre|ultimo trimestre|trimestre di gravidanza',
    de: 'schwanger|schwangerschaft|ssw|schwangerschaftswoche|ein baby erwarten|erwarte ein baby|guter hoffnung|im vierten monat|im funften monat|im sechsten monat|im siebten monat|erstes trimester|ersten trimester|zweites trimester|zweiten trimester|drittes trimester|dritten trimester|letzten trimester|schwangerschaftsdrittel|trachtig|trachtigkeit',
    ca: 'embaras*|prenyada|primer trimestre|segon trimestre|tercer trimestre|darrer trimestre|ultim trimestre|estic de mesos|estic de setmanes|esta de mesos',
    pt: 'gravid*|gestante|gestacao|prenhe|primeiro trimestre|segundo trimestre|terceiro trimestre|ultimo trimestre|trimestre de gravidez|prenhez|to de semanas|tou de semanas|estou de semanas|estou com semanas|to de meses|estou de meses|esta de meses|ta de meses',
    ar: 'حامل|حمل|الحمل|hamel|7amel|haml|حامله|enceinte|grossesse|7amla|hamla|bl kersh|bel karch',
  },
  breastfeeding: {
    en: 'breastfeed*|breast feeding|breast-feeding|nursing mum|nursing mom|still nursing|lactation|lactating|feeding my baby',
    es: 'lactancia|lactante|dar el pecho|doy el pecho|doy pecho|dando el pecho|dar pecho|doy de mamar|dando de mamar|amamant*',
    fr: 'allait*|allaitement|je donne le sein|donne le sein|donner le sein',
    it: 'allatt*|allattamento|allattando|allatto',
    de: 'stillen|stille|stillzeit|ich stille|noch stille|stillend',
    ca: 'lactancia|alletant|alletar*|donar el pit|done el pit|dono el pit|donant el pit|donar pit',
    pt: 'amament*|lactante|dar de mamar|dou de mamar|dando de mamar|da de mamar|dar o peito|dou o peito|lactacao',
    ar: 'رضاعه|مرضع|مرضعه|ارضع|برضع|عم ارضع|morde3a|rada3a|barda3|كنرضع|كرضع|allaite|allaitement|kanred3|rda3a',
  },
  /**
   * Brothers and sisters together, for a sibling discount or a family booking (plurals: one sister is company); a
   * family's discount or rate, and families ("réduc famille", "descompte per a famílies"): one family is company.
   */
  siblings: {
    en: 'siblings|sibling discount|family discount|family discounts|family rate|family rates|family price|family ticket|=families|brothers and sisters|brother and sister|two brothers|two sisters|three brothers|three sisters|twins',
    es: '=hermanos|=hermanas|descuento familiar|descuento de familia|descuento por familia|descuento para familias|familia numerosa|familias numerosas|tarifa familiar|=familias|dos hermanos|descuento de hermanos|descuento por hermanos|gemelos|mellizos|mellizas|gemelas',
    fr: 'freres et soeurs|reduc famille|reduction famille|reduction familiale|reduction pour les familles|tarif famille|tarif familial|prix famille|remise famille|famille nombreuse|familles nombreuses|=familles|frere et soeur|fratrie|deux freres|deux soeurs|jumeaux|jumelles',
    it: '=fratelli|=sorelle|sconto famiglia|sconto famiglie|sconto per famiglie|tariffa famiglia|famiglia numerosa|=famiglie|fratelli e sorelle|sconto fratelli|gemelli|gemelle',
    de: 'geschwister|familienrabatt|familienpreis|familientarif|familienermassigung|kinderreiche familie|=familien|geschwisterrabatt|geschwisterkinder|zwei bruder|zwei schwestern|zwillinge',
    ca: '=germans|=germanes|descompte familiar|descompte per a families|descompte de familia|familia nombrosa|families nombroses|tarifa familiar|=families|descompte de germans|descompte per germans|bessons|besones',
    pt: '=irmaos|=irmas|desconto familiar|desconto de familia|desconto para familias|familia numerosa|tarifa familiar|=familias|desconto de irmaos|desconto para irmaos|gemeos|gemeas',
    ar: 'خصم عائلي|خصم للعائلات|تخفيض عائلي|العائلات|عائلات|اخوه|اخوات|اخوان|خوت|الخوت|خواتات|توام|توائم|اخوين|khout|lkhout|khwatat|ikhwa|ikhwan|akhawat',
  },
  /** A small child's nappies and being out of them (potty training): what a nursery, a pool or a ski school asks. */
  nappies: {
    en: 'nappy|nappies|diaper|diapers|pull ups|potty trained|potty training|toilet trained|toilet training|out of nappies|out of diapers',
    es: 'panal|panales|dodotis|control de esfinteres|dejar el panal|quitar el panal|va solo al bano|va sola al bano',
    fr: 'couche culotte|couches culottes|porte des couches|porte une couche|porte encore des couches|porte encore une couche|en couches|pas encore propre|pas propre la nuit|proprete',
    it: 'pannolino|pannolini|spannolinamento|togliere il pannolino|va al bagno da solo|va al bagno da sola',
    de: 'windel|windeln|windelfrei|noch nicht trocken|schon trocken|topfchen|toilettentraining|sauberkeitserziehung',
    ca: 'bolquer|bolquers|treure el bolquer|va al lavabo sol|va al lavabo sola|anar al lavabo sol',
    pt: 'fralda|fraldas|desfralde|desfraldar|desfraldado|desfraldada|tirar a fralda',
    ar: 'حفاض|حفاضات|الحفاضات|بامبرز|البامبرز|pampers|couches culottes',
  },
  children: {
    en: 'child|children|kid|kids|son|daughter|baby|babies|toddler|teen|teenager|minor|under 18|boy|girl|kiddo|kiddos|little one|little ones|youngster|youngsters|infant|infants|newborn|newborns|tween|tweens|underage|grandson|granddaughter|grandkid*|grandchild*|little sister|little brother|younger sister|younger brother|kid sister|kid brother|baby sister|baby brother',
    es: 'nino|nina|ninos|ninas|hijo|hija|hijos|bebe|peque|menor|menores|adolescente*|chaval|chavales|chavalin|chavala|chiquillo|chiquilla|chiquillos|chiquito|chiquita|chiquitin|chiquitina|chamaco|chamaca|chamaquito|escuincle|nene|nena|nenes|nenas|pibe|piba|pibes|ninito|ninita|ninitos|hijito|hijita|menor de edad|nieto|nieta|nietos|nietas',
    fr: 'enfant*|fils|fille|bebe|ado|adolescent*|mineur*|gamin|gamine|gamins|gamines|gosse|gosses|les momes|mes momes|des momes|mon mome|ma mome|marmot*|bambin*|nourrisson*|fiston|mon petit|ma petite|mes petits|les petits|mon ptit|ma ptite|petit fils|petite fille|petits enfants',
    it: 'bambino|bambina|pupo|pupetto|pupetta|bambini|bimbo|bimba|bimbi|figlio|figlia|figli|neonato|neonata|ragazzo|ragazza|ragazzi|adolescente|minorenne|minore|piccolo|piccola|bimbetto|bimbetta|bambinetto|bambinetta|ragazzino|ragazzina|ragazzini|ragazzine|piccolino|piccolina|piccoletto|piccoletta|figlioletto|figlioletta|pargolo|pargoli|marmocchio|marmocchi|minorenni|neonati',
    de: 'kind|kinder|kindern|sohn|tochter|baby|babys|kleinkind|jugendliche*|teenager|minderjahrig*|junge|madchen|der kleine|die kleine|kids|knirps|sprossling|nachwuchs|saugling|sauglinge|bub|buben|bua|madel|madl|teenie|teenies|enkel|enkelin|enkelkind|enkelkinder|kindchen|schulkind',
    ca: 'xiquet*|xiqueta*|nen|nena|=nin|=nins|nens|nenes|fill|filla|fills|bebe|menut*|menor|menors|adolescent*|canalla|mainad*|criatura|criatures|el meu petit|la meva petita|la meua petita|els petits|fillet|filleta|nadons',
    pt: 'crianca*|filho*|filha*|bebe|menor|menores|adolescente*|miudo*|menino|menina|meninos|meninas|garoto|garota|garotos|garotas|moleque|moleques|guri|guria|nenem|bebezinho|filhinho|filhinha|criancinha*|meu pequeno|minha pequena|os pequenos|meus pequenos|menor de idade|neta|netos',
    ar: 'طفل|اطفال|ابني|بنتي|ولد|مراهق|قاصر|binti|ibni|tefl|وليدي|ولدي|الدراري|دراري|الولاد|ولاد|enfant|enfants|bebe|weldi|wlidi|bnti|=drari|=drary|=ldrari|wlad|اولاد|اولادي|ولادي|اطفالي|الصغار|صغار|بناتي|sghar|wladi|lwlad|bnati|ولد صغير|بنت صغيره|يهال|اليهال|عيالي|العيال|=yahal|=lyahal|=yihal|=3yali|=3eyali|=3iyali',
  },
  /** Children's medicine and its doctors and nurses: "our paediatrician", "la enfermera de pediatría", "le pédiatre". */
  paediatrics: {
    en: 'paediatrician|pediatrician|paediatric|pediatric|paediatrics|pediatrics|paeds|peds',
    es: 'pediatra|pediatras|pediatria|pediatrico|pediatrica',
    fr: 'pediatre|pediatres|pediatrie|pediatrique',
    it: 'pediatra|pediatri|pediatria|pediatrico|pediatrica',
    de: 'kinderarzt|kinderarztin|kinderarztpraxis|padiater|padiaterin|padiatrie|padiatrisch*',
    ca: 'pediatre|pediatra|pediatres|pediatria|pediatric|pediatrica',
    pt: 'pediatra|pediatras|pediatria|pediatrico|pediatrica',
    ar: 'طبيب الاطفال|طبيبه الاطفال|دكتور الاطفال|دكتوره الاطفال|طب الاطفال|pediatre|tbib dyal drari|tbib l atfal',
  },
  /** Dust in the air: clay and silica dust, sanding, a dusty room (asthma and allergies ask about it). */
  dust: {
    en: 'dust|dusty|silica|clay dust',
    es: 'polvo|polvareda|silice|polvo del barro',
    fr: 'poussiere|poussieres|poussiereux|silice',
    it: 'polvere|polveri|polveroso|silice',
    de: 'staub|staubig|quarzstaub|feinstaub|tonstaub',
    ca: 'pols del fang|la pols|pols de silice|polsegos|polseguera|silice',
    pt: 'poeira|poeirento|silica|po da argila|po do barro',
    ar: 'غبار|الغبار|غبره|poussiere',
  },
  age: {
    en: 'age|years old|months old|weeks old|how old|too old|too young|what age|right age|older|elderly|senior|too little|too small to|old enough|minimum age|age limit|age limits|age restriction',
    es: 'edad|edad minima|suficientemente mayor|lo bastante mayor|edad suficiente|anos|tacos|mayor|demasiado mayor|demasiado joven|demasiado pequeno para|demasiado pequena para|ancian*|mayorcito|mayorcita|viejito|viejita|abuelito|abuelita|meses de edad|meses de vida|semanas de vida',
    fr: 'age|age minimum|limite d age|assez age|assez agee|ans|trop vieux|trop vieille|senior|agee|age de|vieux chien|vieille chienne|trop jeune|trop petit pour|trop petite pour',
    it: 'eta|eta minima|limite di eta|anni|quanti anni|troppo vecchio|troppo vecchia|troppo giovane|troppo piccolo per|troppo piccola per|anzian*|over 60|over 65|over 70|mesi di vita',
    de: 'alter|mindestalter|altersgrenze|ab wie vielen jahren|ab wie viel jahren|ab wieviel jahren|ab wie vielen jahr|mit wie vielen jahren|mit wie viel jahren|alt genug|jahre alt|monate alt|wochen alt|wie alt|zu alt|zu jung|zu klein fur|zu klein dafur|alter als|senior*|altere',
    ca: 'edat|edat minima|anys|massa petit per|massa petita per|massa major|massa majoreta|massa majoret|massa jove|gent gran|massa gran|molt gran|vellet|velleta|vellets|majoreta|majorets|mesos de vida',
    pt: 'idade|idade minima|velho o suficiente|idade suficiente|anos|velho demais|novo demais|pequeno demais para|pequena demais para|idos*|velhinho|velhinha|meses de idade|meses de vida',
    ar: 'السن الادنى|العمر الادنى|=للعمر|=بالعمر|=للسن|=بالسن|=عمر|=عمري|=عمرو|=عمرها|=عمرك|=عمره|=العمر|=بعمر|=فعمر|سنه|سن|3omr|=sana|=snin|=sanawat|=snine|ans|3mro|3omro|3mrha|3am',
  },
  /**
   * Old age, not a child's: a parent of 74, someone retired, "muy mayor" ("mio padre ha 72 anni, può venire?",
   * "Rentnerin"). `age` holds both ends; this tells the old from the young. An age of sixty or more said of a person
   * ("tiene 74 años", "ha 72 anni", "il a 82 ans", "aged 70"), not a number of years alone ("entre 30 y 60 años",
   * "más de 60 años de experiencia"). No word `age` holds already ("elderly", "anziani", "idosos", "zu alt"): a word
   * raising both weighs more against the entries that hold only the age.
   */
  oldAge: {
    en: `upper age limit|upper age|maximum age|max age|oldest age|age cap|senior citizen|senior citizens|pensioner|pensioners|oap|retiree|retirees|older people|older person|in his 70s|in her 70s|in his 80s|in her 80s|in his seventies|in her seventies|in his sixties|in her sixties|in his eighties|in her eighties|${sixtyAndOver('{n} years old', '{n} year old', '{n} yo', 'aged {n}', 'he s {n}', 'she s {n}')}`,
    es: `edad maxima|limite de edad superior|limite maximo de edad|muy mayor|ya mayor|tercera edad|jubilado|jubilada|jubilados|persona mayor|personas mayores|gente mayor|${sixtyAndOver('tiene {n} anos', 'cumple {n} anos', 'cumplio {n} anos')}`,
    fr: `age maximum|age maximal|age max|age limite superieur|limite d age superieure|trop age|trop agee|personne agee|personnes agees|troisieme age|${sixtyAndOver('a {n} ans', 'age de {n}', 'agee de {n}')}`,
    it: `eta massima|limite massimo di eta|limite di eta massimo|troppo anziano|troppo anziana|terza eta|pensionato|pensionata|pensionati|over 75|over 80|${sixtyAndOver('ha {n} anni', 'compie {n} anni')}`,
    de: `hochstalter|maximalalter|obere altersgrenze|altersgrenze nach oben|rentner|rentnerin|rentnern|im rentenalter|altere leute|altere menschen|alte leute|hochbetagt|${sixtyAndOver('{n} jahre alt', 'wird {n} jahre', '{n} jahrige', '{n} jahriger', '{n} jahrigen')}`,
    ca: `edat maxima|limit d edat superior|massa vell|massa vella|persona gran|persones grans|jubilat|jubilada|jubilats|${sixtyAndOver('te {n} anys')}`,
    pt: `idade maxima|limite maximo de idade|limite de idade maximo|velha demais|muito velho|muito velha|terceira idade|aposentado|aposentada|aposentados|${sixtyAndOver('tem {n} anos', 'fez {n} anos')}`,
    ar: `حد اعلى للعمر|الحد الاعلى للعمر|حد اقصى للعمر|الحد الاقصى للعمر|حد اعلى للسن|الحد الاقصى للسن|العمر الاقصى|اقصى عمر|السن الاقصى|كبير في السن|كبير بالسن|كبيره في السن|كبيره بالسن|مسن|مسنه|المسنين|كبار السن|شايب|الشياب|عجوز|${sixtyAndOver('عمره {n}', 'عمرها {n}', 'عمري {n}', 'عمرو {n}', '3omro {n}', '3mro {n}')}`,
  },
  /** A strange or metallic taste in the mouth: a side effect people ask about ("un goût bizarre dans la bouche"). */
  oddTaste: {
    en: 'metallic taste|metal taste|strange taste|weird taste|funny taste|odd taste|taste in my mouth|taste in the mouth|taste in her mouth|taste in his mouth',
    es: 'sabor metalico|sabor a metal|sabor raro|sabor extrano|gusto raro|gusto metalico|sabor en la boca|gusto en la boca',
    fr: 'gout metallique|gout de metal|gout bizarre|gout etrange|drole de gout|gout dans la bouche',
    it: 'sapore metallico|sapore di metallo|sapore strano|gusto strano|gusto metallico|sapore in bocca|gusto in bocca',
    de: 'metallischer geschmack|metallgeschmack|komischer geschmack|seltsamer geschmack|merkwurdiger geschmack|geschmack im mund',
    ca: 'gust metallic|gust de metall|gust estrany|gust rar|gust a la boca|gust raro',
    pt: 'gosto metalico|gosto de metal|gosto estranho|sabor metalico|sabor estranho|gosto na boca|gosto esquisito',
    ar: 'طعم معدني|طعم حديد|طعم غريب|طعم بالفم|طعم في الفم|طعم بتمي|طعم في تمي|ta3m ghareeb|ta3m 8arib',
  },
  /** A nurse, who comes to put a drip in or to look after someone ("a male nurse", "une infirmière", "ممرضة"). */
  nurse: {
    en: 'nurse|nurses|registered nurse',
    es: 'enfermero|enfermera|enfermeros|enfermeras',
    fr: 'infirmier|infirmiere|infirmiers|infirmieres',
    it: 'infermiere|infermiera|infermieri|infermiere donna',
    de: 'krankenpfleger|krankenschwester|krankenschwestern|pfleger|pflegerin|pflegekraft|pflegekrafte',
    ca: 'infermer|infermera|infermers|infermeres',
    pt: 'enfermeiro|enfermeira|enfermeiros|enfermeiras',
    ar: 'ممرض|ممرضه|ممرضين|ممرضات|الممرض|الممرضه|الممرضين|الممرضات|ممرضة|nurse|infirmier|infirmiere|momarred|momarreda|mmarda',
  },
  /** An intravenous drip of fluids or vitamins ("IV drip", "suero", "perfusion", "flebo", "Infusion", "soro", "مغذي"). */
  ivDrip: {
    en: 'iv drip|iv drips|drip|iv therapy|vitamin drip|vitamin drips|iv infusion|infusion therapy',
    es: 'suero|sueros|gotero|goteros|suero vitaminado|sueroterapia|terapia intravenosa|vitaminas intravenosas|infusion intravenosa',
    fr: 'perfusion|perfusions|perfusion de vitamines|goutte a goutte|intraveineuse',
    it: 'flebo|fleboclisi|flebo di vitamine|infusione endovenosa|endovena|terapia endovenosa',
    de: 'infusion|infusionen|vitamininfusion*|infusionstherapie|=tropf|am tropf',
    ca: 'gota a gota|infusio intravenosa|degoteig|goter',
    pt: 'soro|soros|soro na veia|soroterapia|soro vitaminado|infusao|endovenoso|gotejamento',
    ar: 'دريب|الدريب|مغذي|المغذي|مغذيات|المغذيات|محلول وريدي|فيتامين بالوريد|بالوريد|drip|mghazi|perfusion',
  },
  /** Allergies and the tests for them (a patch test before a dye, the glue of lash extensions, latex, anaesthetics). */
  allergy: {
    en: 'allergy|allergies|allergic|allergen*|patch test|patch tested|skin test|sensitivity test|allergy test|reacted to|reacted badly to|react badly to|had a reaction to|had a bad reaction to',
    es: 'alergia|alergias|alergico|alergica|alergicos|alergicas|alergeno*|prueba de alergia|prueba de sensibilidad|test de alergia|prueba cutanea|patch test|reaccione a|reaccione mal a|me dio reaccion|tuve una reaccion a|hice reaccion a',
    fr: 'allergie*|allergique*|allergene*|test d allergie|test allergique|test cutane|test de tolerance|test de sensibilite|patch test|j ai reagi a|reagi a|fait une reaction a|fait une reaction au|fait une reaction aux',
    it: 'allergia|allergie|allergico|allergica|allergici|allergiche|allergen*|test allergico|test di sensibilita|test cutaneo|patch test|prova allergica|ho reagito a|ho reagito male a|ho avuto una reazione a|ho avuto una reazione al',
    de: 'reagiert auf|reagierte auf|allergisch reagiert|allergie|allergien|nussallergie|erdnussallergie|pollenallergie|tierhaarallergie|katzenallergie|hundeallergie|hausstauballergie|latexallergie|nahrungsmittelallergie|lebensmittelallergie|allergisch|allergiker*|allergen*|allergietest|vertraglichkeitstest|hauttest|hautvertraglichkeitstest|patch test|patchtest',
    ca: 'al·lergia|alergia|al·lergies|alergies|al·lergic|alergic|al·lergica|alergica|prova d al·lergia|prova d alergia|prova de sensibilitat|patch test|vaig reaccionar a|vaig tenir una reaccio a',
    pt: 'alergia|alergias|alergico|alergica|alergicos|alergicas|alergeno*|teste de alergia|teste alergico|teste de sensibilidade|teste cutaneo|patch test|prova de toque|reagi a|reagi mal a|tive uma reacao a|tive reacao a',
    ar: 'حساسيه من|حساسيه ضد|الحساسيه من|اختبار الحساسيه|تيست الحساسيه|allergie|allergique|allergy|patch test',
  },
  /** Eating without gluten: coeliac disease, a gluten-free menu ("sin TACC", "senza glutine", "glutenfrei"). */
  glutenFree: {
    en: 'gluten free|gluten-free|coeliac*|celiac*|no gluten|without gluten|gluten intolerance|gluten intolerant',
    es: 'sin gluten|sin tacc|celiaco|celiaca|celiacos|celiacas|celiaquia|intolerancia al gluten|intolerante al gluten',
    fr: 'sans gluten|coeliaque*|celiaque*|intolerance au gluten|intolerant au gluten|intolerante au gluten',
    it: 'senza glutine|gluten free|celiaco|celiaca|celiaci|celiache|celiachia|intolleranza al glutine|intollerante al glutine',
    de: 'glutenfrei*|ohne gluten|zoliakie|zoliakiker*|glutenunvertraglich*|glutenintoleranz',
    ca: 'sense gluten|celiac|celiaca|celiacs|celiaques|celiaquia|intolerancia al gluten',
    pt: 'sem gluten|celiaco|celiaca|celiacos|celiacas|doenca celiaca|intolerancia ao gluten|intolerante ao gluten',
    ar: 'خالي من الغلوتين|بدون غلوتين|الغلوتين|غلوتين|سيلياك|gluten free|sans gluten',
  },
  sideEffects: {
    en: 'side effect*|risk|risks|safe|safety|dangerous|harmful|reaction|complications',
    es: 'efectos secundarios|riesgo*|seguro para|peligros*|contraindicac*|complicacion*|hace dano|hacen dano|es malo para|es seguro',
    fr: 'effets secondaires|effets indesirables|risque*|dangereu*|contre indication*',
    it: 'effetti collaterali|effetto collaterale|rischio|rischi|sicuro|sicura|sicurezza|pericolos*|dannos*|reazione|complicazion*|controindicazion*',
    de: 'nebenwirkung*|risiko|risiken|sicher|sicherheit|gefahrlich|schadlich|reaktion|komplikation*|gegenanzeige*',
    ca: 'efectes secundaris|risc*|perillos*|contraindicac*|complicacio*',
    pt: 'efeitos secundarios|efeitos colaterais|risco*|perigos*|contraindicac*|faz mal|fazem mal|faz mal a saude|e seguro|faz dano',
    ar: 'اثار جانبيه|اضرار|خطير|امن|آمن|aathar|خطر|مضر|effets secondaires|danger|dangereux|khatar|mdarr',
  },
  results: {
    en: 'results|result|difference|effective|see a change|kick in|kicks in|kicked in|take effect|takes effect|start working|starts working|the effect|full effect',
    es: 'resultado*|funciona|efecto|diferencia',
    fr: 'resultat*|efficace|fonctionne|difference|effet|l effet|fait effet|faire effet',
    it: 'risultati|risultato|differenza|efficace|funziona|si vede|effetto|l effetto|fa effetto|fare effetto',
    de: 'ergebnis|ergebnisse|unterschied|wirksam|wirkt|funktioniert|sieht man|wirkung|die wirkung',
    ca: 'resultat*|funciona|efecte|diferencia',
    pt: 'resultado*|funciona|efeito|diferenca',
    ar: 'نتيجه|نتائج|نتايج|فرق|nata2ej|natije|resultat|resultats|natija|nati9a',
  },
  /**
   * A time gone by ("last week", "la dernière fois"): English "last" of "last week" is no question of how long
   * something lasts (analyzer.ts SHADOWS).
   */
  past: {
    en: 'last week|last month|last year|last time|last night|last visit|last appointment|last session|last weekend|last monday|last tuesday|last wednesday|last thursday|last friday|last saturday|last sunday|last summer|last winter',
    es: 'la semana pasada|el mes pasado|la ultima vez|el ano pasado|anoche|la vez pasada|el otro dia',
    fr: 'la semaine derniere|le mois dernier|la derniere fois|annee derniere|hier soir|autre jour',
    it: 'la settimana scorsa|il mese scorso|ultima volta|anno scorso|ieri sera|altro giorno',
    de: 'letzte woche|letzten monat|letztes mal|letztes jahr|gestern abend|vorige woche|letzten termin',
    ca: 'la setmana passada|el mes passat|ultima vegada|any passat|ahir a la nit|altre dia',
    pt: 'semana passada|mes passado|da ultima vez|na ultima vez|ano passado|ontem a noite|outro dia',
    ar: 'الاسبوع الماضي|الشهر الماضي|المره الماضيه|السيمانه اللي فاتت|الشهر اللي فات|المره اللي فاتت',
  },
  lasting: {
    en: 'permanent|last|lasts|lasting|forever|for good|grow back|come back|stay white|keep',
    es: 'permanente|definitiv*|para siempre|dura el efecto|se mantiene|mantener|vuelve a salir',
    fr: 'definitif|definitive|permanent*|repousse|leffet dure|effet dure|tenir|tient',
    it: 'permanente|definitiv*|quanto dura l effetto|quanto durano i risultati|per sempre|ricresce|ricrescono|torna|tornano|resta bianco|mantenere',
    de: 'dauerhaft|permanent|halt das|halt es|haltbar|fur immer|wachst nach|wachsen nach|kommt zuruck|bleibt weiss',
    ca: 'permanent|definitiu|definitiva|per sempre|torna a eixir|dura l efecte|durara|es mante|mantindre',
    pt: 'permanente|definitiv*|para sempre|volta a crescer|dura o efeito|se mantem|manter',
    ar: 'دائم|نهائي|للابد|daem|daym|niha2i|definitif|definitive|permanent|nihai|كيبقى*|كتبقى*|شحال كيبقى|شحال كتبقى|قديش بيضل|قديش بيدوم|كم يدوم|كم تدوم|kaybqa|katb9a|kayb9a|قديش بتضل|قديش بتقعد|قديش بتدوم|قديش بضلو|كم تبقى|كم تضل|2addesh bti23od|2addesh bt2od|adesh bt2od|2adesh btdal|2addesh btdal|2adde btdal|adesh btdal|kam tdoom',
  },
  treatment: {
    en: 'treatment|treatments|course',
    es: 'tratamiento*',
    fr: 'traitement*|soin',
    it: 'trattamento|trattamenti|terapia|cura|ciclo',
    de: 'behandlung|behandlungen|therapie|kur',
    ca: 'tractament*',
    pt: 'tratamento*',
    ar: 'علاج|علاجات|traitement|3ilaj|3laj',
  },
  aftercare: {
    en: 'after|afterwards|aftercare|after care|recovery|heal|healing|look after it|take care of it|care instructions|post care|post treatment|healing process|dos and donts',
    es: 'despues|cuidados|recuperacion|cicatriz*|cuidarlo|cuidarla|como lo cuido|como la cuido|post tratamiento|postratamiento|curacion|las curas|hacer las curas|hago las curas|curarlo|curarla|curar el piercing|curar el tatuaje',
    fr: 'apres|soins apres|recuperation|cicatris*|prendre soin|que faire apres|post soin|post traitement|entretenir',
    it: 'dopo|dopo il trattamento|cura post|post trattamento|recupero|guarigione|guarire|prendermene cura|cosa fare dopo|cosa devo fare dopo|post seduta|cicatrizz*|guarisce|guarira|come curare|curare il tatuaggio|curare il piercing|cura del tatuaggio|cura del piercing|curarlo|curarla',
    de: 'nachher|danach|nachsorge|nach der behandlung|erholung|heilung|heilen|abheilen|nachpflege|pflegehinweise|wie pflege ich|danach beachten|verheilen|verheilt|abheilung|heilungsprozess',
    ca: 'despres|cures|recuperacio|cicatritz*|com el cuide|com el cuido|que faig despres|postractament',
    pt: 'depois|cuidados|recuperacao|cicatriz*|como cuidar|como cuido|pos tratamento|pos procedimento|o que fazer depois|o que faco depois|sarar',
    ar: 'بعد|العنايه بعد|ba3d|من بعد|apres|mn b3d|كيفاش نتهلا|نتهلا فيه|العنايه|بعد الجلسه|يلتئم|التئام|كيبرا|يبرا|تبرا|من بعد الحصه|kifach nthella|nthella',
  },
  preparation: {
    en: 'before|prepare|preparation|beforehand|get ready|what to bring|what should i bring|anything i should bring|should i bring|do i need to bring|need to bring|have to bring|bring along|bring with me|take with me',
    es: 'antes|preparar*|preparacion|que traigo|que llevo|que tengo que traer|que tengo que llevar|tengo que traer|tengo que llevar|hay que traer|hay que llevar|debo traer|debo llevar|traer algo|llevar algo',
    fr: 'avant|preparer|preparation|quoi apporter|dois je apporter|faut il apporter|apporter quelque chose|que dois je amener|amener quelque chose|je dois apporter|je dois amener',
    it: 'preparare|preparazione|prima di|prima del|prima della|prima dell|prima dello|prima dei|prima delle|prima degli|prepararsi|cosa devo portare|devo portare|bisogna portare|cosa porto|portare qualcosa',
    de: 'vorher|vorbereiten|vorbereitung|vor der behandlung|beacht*|was muss ich mitbringen|was soll ich mitbringen|muss ich etwas mitbringen|etwas mitbringen|mitbringen',
    ca: 'abans|preparar*|preparacio|que he de portar|he de portar|cal portar|que porto|portar alguna cosa|dur alguna cosa|que he de dur',
    pt: 'antes|preparar*|preparacao|o que levo|o que devo levar|preciso levar|tenho de levar|tenho que levar|o que trago|levar alguma coisa|trazer alguma coisa',
    ar: 'قبل|تحضير|=abl|=qabl|=2abl|قبل ما|avant|=9bel|=qbl|=9bl|=9bal|=qbel',
  },
  brushing: {
    en: 'brush|brushing|toothbrush|floss|flossing|brush his teeth|brush her teeth|tooth brushing|teeth brushing',
    es: 'cepill*|hilo dental|seda dental|lavar los dientes|lavarle los dientes|lavarse los dientes|lavarme los dientes',
    fr: 'brosse|brosser|brossage|fil dentaire|laver les dents|se laver les dents',
    it: 'spazzolare|lavare i denti|lavarsi i denti|spazzolino|filo interdentale|scovolino',
    de: 'putzen|zahne putzen|zahneputzen|zahnburste|zahnseide|interdental*|zahnpflege',
    ca: 'raspall*|fil dental|rentar les dents|rentar li les dents|rentar se les dents|rentar me les dents',
    pt: 'escova|escovar|escovo|escovagem|fio dental|lavar os dentes|lavam os dentes|lava os dentes|lavar os dentinhos',
    ar: 'فرشاه|فرشي|افرش|خيط الاسنان',
  },
  worry: {
    en: 'serious|worried|worry|worrying|normal|is it normal|concern*|dangerous|problem|issue',
    es: 'grave|normal|preocup*|peligros*',
    fr: 'grave|normal|inquiet*|inquiete|dangereu*',
    it: 'grave|preoccup*|normale|e normale|pericolos*|problema|problemi',
    de: 'schlimm|ernst|besorgt|sorge|sorgen|beunruhigt|normal|ist das normal|gefahrlich|problem|probleme',
    ca: 'greu|normal|preocup*|perillos*',
    pt: 'grave|normal|preocup*|perigos*',
    ar: 'خطير|طبيعي|قلقان|اقلق|يقلق|تقلق|مقلق|قلق',
  },
  /**
   * Lunch, the meal ("el almuerzo tiene opción vegana?", "o almoço", "il pranzo"): a restaurant's lunch or a lunch
   * a service includes meets its name in another language. The business's break at lunchtime is lunchBreak.
   */
  lunch: {
    en: 'lunch|lunches',
    es: 'almuerzo|almuerzos',
    fr: 'dejeuner|dejeuners',
    it: 'pranzo|pranzi',
    de: 'mittagessen|mittagstisch',
    ca: 'dinar|dinars',
    pt: 'almoco|almocos',
    ar: 'الغداء|غداء|وجبه الغداء|lunch|dejeuner',
  },
  // Having lunch is eating ("does he have lunch with you?", "ele almoça convosco?", "els nens dinen amb vosaltres?");
  // the break a business takes at lunchtime is lunchBreak (concepts-visit.ts), which keeps the nouns.
  eat: {
    en: 'eat|eating|food|drink|drinking|chew|have lunch|has lunch|having lunch|eat lunch|eats lunch|packed lunch|lunch included|grub|butty|butties|sandwiches|snacks',
    es: 'comer|comida|beber|masticar|almorzar|almuerza|almuerzan|almorzais|=comen|comemos lo que|nos comemos lo que|lo que cocinamos|lo que cocinemos',
    fr: 'manger|=mangent|=mange|=manges|=mangez|=mangeons|boire|macher|=dejeune|=dejeunent|=dejeunes|=dejeunons|=dejeunez|pique nique',
    it: 'mangiare|mangio|=mangiano|=mangia|=mangiate|cibo|bere|bevo|masticare|=pranzare|=pranza|=pranzano|=pranzate|col pranzo|con il pranzo',
    de: 'essen|esse|=isst|=esst|trinken|trinke|kauen|nahrung|mittagessen|essen zu mittag|isst zu mittag',
    ca: 'menjar|=menja|=mengen|=menjo|=menges|=mengem|=mengeu|beure|mastegar|=dinar|=dina|=dinen|=dinem|=dineu',
    pt: 'comer|comida|=comem|beber|mastigar|=almocar|=almoca|=almocam|=almocas|=almocamos|=almocaram|come o que|comemos o que|a gente come|o que cozinhou|o que cozinhamos|o que cozinharmos|o que a gente cozinhou',
    ar: 'اكل|شرب|akl|ماكله|الماكله|ناكل|ياكل|manger|makla|nakol|yakol',
  },
  smoking: {
    en: 'smoke|smoking|cigarette*|vape|vapes|vaping|vaper|e cigarette*|ecig*',
    es: 'fumar|tabaco|cigarr*|vapear|vapeo|vaper|vapers|vapeador*',
    fr: 'fumer|cigarette*|tabac|vapoter|vapote|vapoteuse*|vape',
    it: 'fumare|fumo|fumatore|fumatrice|sigarett*|svapo|svapare|svapa',
    de: 'rauchen|rauche|raucher|raucherin|zigarette*|dampfen|vape|vapen',
    ca: 'fumar|tabac|cigarret*|vapejar|vapeja|vaper|vapers|vapejant',
    pt: 'fumar|cigarro*|tabaco|vape|vaper|vapear|cigarro eletronico',
    ar: 'تدخين|سجاير|دخان|الكارو|كنكمي|cigarette|fumer|garro|kankmi',
  },
  sport: {
    en: 'gym|exercise|workout|bodybuilding|bulking|build muscle|gain muscle|muscle gain|sport|training|running|runner|runners|jogging|marathon|athlete|athletes|sports injury|sports injuries|kickboxing|boxing|martial arts|mma|crossfit|football|soccer|rugby|tennis|cycling|climbing|weightlifting|lifting weights|=working out|=workouts',
    es: 'gimnasio|deporte|musculacion|ganar masa muscular|ganar musculo|ejercicio|entrenar|corredor|corredora|corredores|maraton|atleta|atletas|deportista*|crossfit|boxeo|kickboxing|artes marciales|futbol|tenis|padel|ciclismo|escalada|pesas',
    fr: 'sport|salle de sport|muscu|musculation|prise de masse|prendre de la masse|exercice|coureur|coureuse|course a pied|marathon|sportif|sportive|athlete|athletes|crossfit|boxe|kickboxing|arts martiaux|football|tennis|cyclisme|escalade',
    it: 'palestra|sport|allenamento|allenarmi|allenarsi|esercizio|correre|corsa|corridore|maratona|atleta|atleti|sportivo|sportiva|crossfit|boxe|kickboxing|arti marziali|calcio|tennis|ciclismo|arrampicata|allenamenti',
    de: 'fitnessstudio|gym|sport|training|trainieren|joggen|workout|laufer|lauferin|marathon|halbmarathon|sportler|sportlerin|athlet*|laufsport|crossfit|kampfsport|boxen|kickboxen|fussball|tennis|radfahren|klettern|krafttraining',
    ca: 'gimnas|esport|exercici|corredor|corredora|corredors|marato|esportista*|atleta|atletes|crossfit|boxa|kickboxing|arts marcials|futbol|tennis|ciclisme|escalada',
    pt: 'ginasio|academia|desporto|esporte|exercicio|corredor|corredora|corrida|maratona|atleta|atletas|desportista*|esportista*|crossfit|boxe|kickboxing|artes marciais|futebol|tenis|ciclismo|escalada|musculacao',
    ar: 'رياضه|الجيم|النادي|=gym|sport|riyada|sbor|الجري|ماراطون|ماراثون|marathon|تسلق|التسلق|حيطه التسلق|جدار التسلق|=climbing|=تمرين|=التمرين|=للتمرين|=بالتمرين|=تمارين|=التمارين|=اتمرن|=تتمرن|=نتمرن|=tamrin|=tmrin',
  },
  sun: {
    en: 'sun|sunbathing|beach|tan|tanning|swim|swimming|pool|sauna|sea|the sea|ocean',
    es: 'sol|playa|bronceado|broncear*|piscina|nadar|natacion|sauna|banarme|banarse|banarte|banarnos|banaros',
    fr: 'soleil|plage|bronzage|bronzer|piscine|nager|natation|sauna|la mer|a la mer|dans la mer|me baigner|se baigner|te baigner|vous baigner|baignade|baignades',
    it: 'sole|abbronzatura|abbronzarsi|spiaggia|al mare|il mare|in mare|piscina|nuotare|nuoto|sauna|lampade|fare il bagno|fare bagni',
    de: 'sonne|sonnen|sonnenbad|strand|braun werden|schwimmen|schwimmbad|sauna|solarium|meer|im meer|ins meer|baden gehen',
    ca: 'sol|platja|bronzejat|piscina|nadar|natacio|sauna|banyarme|banyar me|banyarse|banyar se|banyarnos',
    pt: 'sol|praia|bronzeado|piscina|nadar|natacao|sauna',
    ar: 'شمس|بحر|مسبح|سباحه|ba7ar|shams|الشمس|البحر|البيسين|plage|soleil|piscine|chems|shems|b7ar|lb7ar',
  },
  /** Whether a service suits someone: "is pilates suitable with osteoporosis?", "me lo recomendáis?", "geeignet?". */
  suitable: {
    en: 'suitable|suited|appropriate|recommended|do you recommend|would you recommend|advisable|right for me|ok for me|okay for me|ok for her|ok for him|good for me|good idea',
    es: 'apto|apta|aptos|aptas|adecuado|adecuada|recomendable|recomendais|recomiendan|recomendado|recomendada|indicado|indicada|aconsejable|conveniente',
    fr: 'adapte|adaptee|adaptes|conseille|conseillee|recommande|recommandee|recommandez|convient|indique|indiquee|deconseille',
    it: 'adatto|adatta|adatti|adatte|indicato|indicata|consigliato|consigliata|consigliate|consigliabile|raccomandato|sconsigliato',
    de: 'geeignet|empfehlenswert|empfehlt|empfehlen sie|empfohlen|ratsam|sinnvoll|passend|das richtige fur mich',
    ca: 'apte|apta|aptes|adequat|adequada|recomanable|recomaneu|recomanat|indicat|indicada|aconsellable',
    pt: 'adequado|adequada|indicado|indicada|recomendado|recomendada|recomendam|aconselhavel|apropriado|apropriada|serve para mim',
    ar: 'مناسب|مناسبه|ينفع|بينفع|تنصحو|تنصحوني|ينصح|munaseb|mnaseb|byenfa3',
  },
  // Blood thinners, by their own names too (Eliquis, Xarelto, Sintrom, Marcumar): needles, fillers and extractions
  // ask about them.
  bloodThinner: {
    en: 'blood thinner*|thin my blood|thins the blood|anticoagulant*|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
    es: 'anticoagulante*|anticoagulad*|diluir la sangre|sangre liquida|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
    fr: 'anticoagulant*|anticoagule*|fluidifiant*|fluidifie le sang|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
    it: 'anticoagulant*|fluidificant*|fluidifica il sangue|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
    de: 'blutverdunn*|gerinnungshemm*|antikoagul*|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
    ca: 'anticoagulant*|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
    pt: 'anticoagulante*|anticoagulad*|afina o sangue|afinar o sangue|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
    ar: 'مميع|مميعات|مميع للدم|سيوله الدم|مسيل للدم|مسيلات|warfarin*|varfarin*|coumadin*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|sintrom|acenocumarol|acenocoumarol|marcumar|marcoumar|phenprocoumon|fenprocumon|clexane|lovenox|enoxaparin*|heparin*|eparina|heparina|clopidogrel|plavix|previscan|fluindione',
  },
  // Taking a medication. Prescribing is the doctor's order (the practice table's referral): "le médecin m'a prescrit une
  // IRM" takes no medication. Spanish "recetar" and Portuguese "receitar" are said of medicines, so they stay here too.
  medication: {
    en: 'medication|medicine|pills|a pill|a tablet|antibiotic*|roaccutane|isotretinoin|blood thinner*|anticoagulant*|tablets|sleeping pills|metformin*|glucophage|stagid|janumet|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten',
    es: 'medicac*|medicamento*|pastillas|una pastilla|comprimido|comprimidos|jarabe|antibiotico*|anticoagulante*|sintrom|roacutan|recetar|recetarme|receta medica|metformin*|glucophage|stagid|janumet|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten',
    fr: 'medicament*|traitement medical|antibiotique*|anticoagulant*|roaccutane|cachets|comprime|comprimes|un comprime|gelules|pilule|pilules|sirop|metformin*|glucophage|stagid|janumet|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten',
    it: 'farmac*|medicin*|pastiglie|pillole|una pastiglia|compressa|compresse|antibiotic*|roaccutan|isotretinoina|anticoagulant*|ricetta medica|metformin*|glucophage|stagid|janumet|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten',
    de: 'medikament*|tabletten|pillen|antibiotik*|roaccutan|isotretinoin|blutverdunner*|arznei*|schlaftabletten|metformin*|glucophage|stagid|janumet|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten',
    ca: 'medicaci*|medicament*|pastilles|una pastilla|comprimit|comprimits|antibiotic*|anticoagulant*|metformin*|glucophage|stagid|janumet|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten',
    pt: 'medicac*|medicamento*|comprimidos|antibiotico*|anticoagulante*|receitar|receita medica|metformin*|glucophage|stagid|janumet|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten',
    ar: 'دواء|ادويه|حبوب|7bob|dawa|medicament|medicaments|dwa|ddwa|dwaya|دوا|tekteb dawa|tekteblak dawa|metformin*|glucophage|ميتفورمين|الميتفورمين|جلوكوفاج|كلوكوفاج|غلوكوفاج|antihistamin*|aerius|desloratadin*|loratadin*|cetirizin*|zyrtec|clarityne|xyzall|telfast|bilaxten|مضاد الهيستامين|مضادات الهيستامين|مضاد للحساسيه|دواء الحساسيه|dwa ta3 l7assasiya|antihistaminique*',
  },
  /**
   * The sex of a baby to come, and choosing it ("can we pick a girl?", "elegir el sexo", "scegliere il sesso del
   * bambino"): a fertility clinic's question of law, or a scan's. Always said with the baby or with choosing it.
   */
  babySex: {
    en: 'boy or girl|girl or boy|sex of the baby|gender of the baby|know the sex|find out the sex|tell the sex|see the sex|know the gender|find out the gender|tell the gender|see the gender|baby s sex|baby s gender|choose the sex|choose the gender|pick the sex|pick the gender|choose a girl|choose a boy|gender selection|sex selection|select the sex|select the gender|gender reveal',
    es: 'nino o nina|nina o nino|sexo del bebe|saber el sexo|conocer el sexo|ver el sexo|sexo del nino|sexo del feto|elegir el sexo|escoger el sexo|seleccion de sexo|seleccion del sexo|seleccionar el sexo',
    fr: 'garcon ou fille|fille ou garcon|sexe du bebe|savoir le sexe|connaitre le sexe|voir le sexe|dire le sexe|sexe de l enfant|sexe du foetus|choisir le sexe|selection du sexe|selectionner le sexe',
    it: 'maschio o femmina|femmina o maschio|sesso del bambino|sapere il sesso|conoscere il sesso|vedere il sesso|sesso del bebe|sesso del feto|scegliere il sesso|selezione del sesso|selezionare il sesso',
    de: 'junge oder madchen|madchen oder junge|geschlecht des babys|geschlecht erfahren|geschlecht sehen|geschlecht wissen|geschlecht des kindes|geschlecht wahlen|geschlecht aussuchen|geschlechtsauswahl|geschlechtswahl',
    ca: 'nen o nena|nena o nen|sexe del nado|saber el sexe|veure el sexe|coneixer el sexe|sexe del bebe|sexe del fetus|triar el sexe|escollir el sexe|seleccio del sexe',
    pt: 'menino ou menina|menina ou menino|sexo do bebe|saber o sexo|ver o sexo|conhecer o sexo|sexo da crianca|sexo do feto|escolher o sexo|selecao do sexo|selecionar o sexo',
    ar: 'ولد او بنت|ولد ولا بنت|بنت او ولد|بنت ولا ولد|جنس الجنين|جنس المولود|نعرف الجنس|نعرفو الجنس|معرفه الجنس|جنس البيبي|اختيار الجنس|تحديد الجنس|اختيار جنس|تحديد جنس|walad walla bint|jins el janin',
  },
  /**
   * Injections given or self-given in a course of treatment (fertility hormones, insulin, a B12 course): "the
   * jabs", "los pinchazos", "les piqûres", "le punture". Not a puncture of a bicycle tyre ("pinchazo en la
   * rueda", in concepts-bicycle.ts), nor a pain that stabs ("una punzada").
   */
  /**
   * A urinary catheter put in, changed or taken out at home, and who does it ("por lo de la sonda", "l'algália do
   * meu pai", "القسطرة"). A probe in avalanche gear is "pala y sonda" (concepts-snow.ts).
   */
  catheter: {
    en: 'catheter|catheters|urinary catheter|foley catheter|catheterisation|catheterization',
    es: 'sonda|sondas|la sonda|sonda vesical|sonda urinaria|sondaje|sondar|sondarle|sondarla',
    fr: 'sonde urinaire|sonde vesicale|sondage urinaire|sonde a demeure|sa sonde|la sonde',
    it: 'catetere|cateteri|catetere vescicale|sonda vescicale|cateterismo',
    de: 'katheter|blasenkatheter|dauerkatheter|urinkatheter|katheterwechsel',
    ca: 'sonda vesical|sonda urinaria|sondatge|la sonda',
    pt: 'algalia|algaliacao|algaliar|sonda vesical|sonda urinaria|cateter vesical|cateter urinario',
    ar: 'قسطره|القسطره|قسطره بوليه|القسطره البوليه|السوندا|سوندا|sonda|sonde|9astara|l9astara',
  },
  injection: {
    en: 'injection|injections|jab|jabs|the shots|hormone shots|fertility shots|insulin shots|inject myself|self inject*|injecting myself|stims',
    es: '=pinchazos|los pinchazos|pincharme|pincharse|pincharte|=pincharle|pinchandome|le =pinchen|me =pinchen|le =pinchan|inyeccion|inyecciones|inyectarme|inyectable|inyectables',
    fr: 'piqure|piqures|les piqures|me piquer|injection|injections|m injecter|auto injection|injectable|injectables',
    it: 'iniezione|iniezioni|puntura|punture|punturine|farmi le punture|iniettarmi|siringhe',
    de: 'spritzen|die spritzen|mir spritzen|selbst spritzen|injektion|injektionen|hormonspritze*|insulinspritze*',
    ca: 'injeccio|injeccions|punxades|les punxades|punxar me|punxarme|punxant me|punxantme|injectar me',
    pt: 'injecao|injecoes|as injecoes|picadas|as picadas|me picar|injetar|injetaveis|injetavel',
    ar: 'حقن|حقنه|الحقن|ابره|الابر|ابر الهرمونات|ابر التنشيط|piqure|piqures|=ibra|=ibar|=7o9na|=7ou9na|=hu9na',
  },
  doctor: {
    en: 'doctor|dentist|hygienist|therapist|specialist|dr|gp|physician|family doctor',
    es: 'doctor|doctora|dentista|higienista|especialista|odontolog*|medico|medica|medicos|medico de cabecera|medico de familia|traumatologo|traumatologa',
    fr: 'docteur|medecin|dentiste|hygieniste|therapeute|specialiste',
    it: 'dottore|dottoressa|dentista|igienista|terapista|specialista|medico|dott',
    de: 'arzt|arztin|hausarzt|hausarztin|facharzt|facharztin|orthopade|orthopadin|doktor|zahnarzt|zahnarztin|dentalhygienikerin|prophylaxe assistentin|therapeut*|spezialist*|dr',
    ca: 'doctor|doctora|dentista|higienista|especialista|metge|metgessa|metges|metge de capcalera|metge de familia|traumatoleg',
    pt: 'doutor|doutora|dentista|higienista|especialista|medico|medica|medicos|medico de familia|clinico geral|ortopedista',
    ar: 'دكتور|دكتوره|طبيب|اخصائي|doctor|doktor|بيطري|البيطري|الطبيب البيطري|طبيب بيطري|medecin|docteur|veterinaire|veto|tbib|tbiba|=bitari|=lbitari|=bytari|=lbytari',
  },
  /**
   * A wound being cared for (a cut, an ulcer, a pressure sore) and its dressings: a home nurse's or a clinic's.
   * Not "dressing" alone (a salad's, a dressing room), nor German "Verband" alone (an association).
   */
  wound: {
    en: 'wound|wounds|ulcer|ulcers|pressure sore|pressure sores|bed sore|bed sores|bedsore|bedsores|wound dressing|wound dressings',
    es: 'herida|heridas|ulcera|ulceras|llaga|llagas|escara|escaras|aposito|apositos',
    fr: 'plaie|plaies|blessure|blessures|ulcere|ulceres|escarre|escarres|pansement|pansements',
    it: 'ferita|ferite|piaga|piaghe|ulcera|ulcere|decubito|piaghe da decubito|medicazione|medicazioni',
    de: 'wunde|wunden|wundversorgung|geschwur|geschwure|druckgeschwur|dekubitus|wundverband|wundverbande',
    ca: 'ferida|ferides|nafra|nafres|ulcera|ulceres|escara|escares|aposit|aposits',
    pt: 'ferida|feridas|ulcera|ulceras|escara|escaras|curativo|curativos',
    ar: 'جرح|جروح|الجرح|الجروح|قرحه|قرحه الفراش|قرح الفراش|تقرحات|ضماده|ضمادات|الضماده|الضمادات|pansement|pansements|plaie|jer7|jar7|jra7|ljar7|ljer7',
  },
  /**
   * Care at the end of life (palliative care, a patient's last days) and the family's support in it. Not "the last
   * days" alone, which is also "lately" ("en los últimos días me duele", "في الأيام الأخيرة").
   */
  palliative: {
    en: 'palliative*|end of life|end-of-life|hospice|terminally ill|terminal illness|terminal cancer|last days of life|final days of life|his last days|her last days|last days of his life|last days of her life',
    es: 'paliativ*|final de la vida|fin de la vida|enfermo terminal|enferma terminal|cancer terminal|fase terminal|sus ultimos dias|ultimos dias de vida|desahuciad*',
    fr: 'palliatif*|palliative*|fin de vie|phase terminale|cancer terminal|ses derniers jours|derniers jours de vie',
    it: 'palliativ*|fine vita|fine della vita|malato terminale|malata terminale|fase terminale|suoi ultimi giorni|ultimi giorni di vita',
    de: 'palliativ*|lebensende|sterbebegleitung|hospiz|todkrank|unheilbar krank|letzte lebenstage|letzten lebenstage|seine letzten tage|ihre letzten tage',
    ca: 'palliatiu*|palliativ*|paliatiu*|final de vida|malalt terminal|malalta terminal|fase terminal|els seus darrers dies|darrers dies de vida',
    pt: 'paliativ*|fim de vida|doente terminal|fase terminal|cancer terminal|seus ultimos dias|ultimos dias de vida',
    ar: 'تلطيفيه|الرعايه التلطيفيه|رعايه تلطيفيه|العنايه التلطيفيه|الايام الاخيره للمريض|الايام الاخيره من حياته|الايام الاخيره من حياتها|اخر ايام المريض|اخر ايامه|اخر ايامها|اخر ايام حياته|اخر ايام حياتها|soins palliatifs|palliatif|akhir ayam|akher ayam|akhir ayamo|akhir ayamha|a5er ayam',
  },
  women: {
    en: 'woman|women|female|lady|ladies|woman doctor|female doctor|lady doctor',
    es: 'mujer|mujeres|chica|femenin*|fisioterapeuta mujer',
    fr: 'femme|femmes|feminin*',
    it: 'donna|donne|femmina|signora|ragazze',
    de: 'frau|frauen|weiblich|damen|dame',
    ca: 'dona|dones|femeni*',
    pt: 'mulher|mulheres|feminin*',
    ar: 'امراه|نساء|سيدات|بنات|ستات|=حرمه|=حريم|=hurma|=7orma|=7ormah|banat|sayidat|عيالات|العيالات|نسا|femmes|3yalat|3ayalat|nsa|مدربه|مدربات|مدربه ست|كابتن بنت|كابتن ست|كابتن بنات|مدرب بنت|مدرب ست|modarreba|mudarriba|mudarreba|mudarrebat|mudarribat|modarrebat|mdarrba|mdarrbat|captain bent|kabten bent|طبيبه|الطبيبه|=tbiba|=tabiba|=doktora|=doctora|=dktora|=tbibat',
  },
  men: {
    en: 'man|men|male|mens|gentleman|gentlemen|for guys|for a guy|for the guys|for lads|for blokes|for a bloke|do you do guys|do guys too|guys too|guys as well|lads too',
    es: 'hombre*|masculin*|chico',
    fr: 'homme|hommes|masculin*',
    it: 'uomo|uomini|maschio|maschile|signori',
    de: 'mann|manner|mannlich|herren',
    ca: 'un home|per a home|per a homes|per home|per homes|els homes|als homes|homes tambe|home o dona|home i dona|tall d home|tall de home|cabell d home|soc un home|masculi*',
    pt: 'homem|homens|masculin*',
    ar: 'رجال|رجالي|رجل|rjal|rijal|rijali|رجاله|hommes|rjala|rajel|رياييل|الرياييل|للرياييل|رياجيل|rayayil|rayayeel|rjajil',
  },
  /** High or low blood pressure and heart conditions: what heat, a massage or an anaesthetic may not suit. */
  bloodPressure: {
    en: 'blood pressure|high blood pressure|low blood pressure|hypertension|hypotension|hypertensive|heart condition|heart problem*|heart disease|heart issues|cardiac|pacemaker',
    es: 'tension alta|tension baja|tengo tension|hipertens*|hipotens*|presion arterial|presion alta|presion baja|problemas de corazon|problema de corazon|problema cardiaco|problemas cardiacos|cardiopatia|marcapasos',
    fr: 'de la tension|ma tension|tension arterielle|hypertens*|hypotens*|trop de tension|probleme cardiaque|problemes cardiaques|maladie cardiaque|cardiaque|pacemaker|stimulateur cardiaque',
    it: 'pressione alta|pressione bassa|pressione arteriosa|soffro di pressione|ipertens*|ipotens*|problemi di cuore|problema di cuore|problemi cardiaci|problema cardiaco|cardiopatia|cardiopatico|cardiopatica|pacemaker',
    de: 'blutdruck|bluthochdruck|hoher blutdruck|niedriger blutdruck|hypertonie|hypotonie|herzproblem*|herzerkrankung|herzkrank|herzschwache|herzschrittmacher|kreislaufprobleme',
    ca: 'tensio alta|tensio baixa|pressio arterial|pressio alta|hipertens*|hipotens*|problemes de cor|problema de cor|problema cardiac|problemes cardiacs|marcapassos',
    pt: 'tensao alta|tensao baixa|pressao alta|pressao baixa|pressao arterial|hipertens*|hipotens*|problemas cardiacos|problema cardiaco|problema de coracao|problemas de coracao|pacemaker|marca passo',
    ar: 'ضغط الدم|عندي الضغط|ضغط مرتفع|ضغط عالي|مريض بالضغط|مريضه بالضغط|الطونسيون|طونسيون|مرض القلب|مريض بالقلب|مريضه بالقلب|مشاكل فالقلب|مشاكل في القلب|tension|hypertension',
  },
  /** Drinking alcohol, a night out, a hangover: heat, treatments and anaesthesia ask for a sober body. */
  alcohol: {
    en: 'alcohol|alcoholic|been drinking|drinking alcohol|got drunk|was drunk|were drunk|drunk last night|hungover|hangover|night out|big night|heavy night|wine|beer|beers|cocktails|booze|boozy|tipsy|few drinks|had drinks|pint|pints|pub crawl|bar crawl|drink tonight|drinking tonight|drinks tonight|have a drink tonight|a few drinks tonight|go drinking|going drinking|drinking at a party',
    es: 'alcohol|resaca|borrach*|he bebido|hemos bebido|unas copas|salimos de fiesta|estuve de fiesta|noche de fiesta|cerveza*|cubata*|chupitos|beber esta noche|beber por la noche|beber en la fiesta|tomar algo esta noche|salir de copas|tomar unas copas|tomar copas|tomarme unas copas',
    fr: "alcool|alcoolise|gueule de bois|lendemain de soiree|grosse soiree|grosse fete|trop bu|j'ai bu|on a bu|ivre|biere|bieres|cocktail*|apero|boire ce soir|boire le soir|boire un verre|boire un coup|prendre un verre|boire en soiree",
    it: 'alcol|alcool|alcolici|postumi|sbornia|sbronza|ubriac*|ho bevuto|abbiamo bevuto|serata alcolica|vino|birra|birre|cocktail*|bere stasera|bere la sera|bere un bicchiere|bere un drink|bere alla festa|farmi un drink',
    de: 'alkohol|verkatert|betrunken|besoffen|getrunken|zu viel getrunken|partynacht|durchgefeiert|angetrunken|ein paar bier|wein|bier|cocktail*|restalkohol|abends trinken|heute abend trinken|was trinken gehen|ein glas wein|auf der party trinken',
    ca: 'alcohol|ressaca|borratx*|he begut|hem begut|unes copes|vam sortir de festa|nit de festa|cervesa*|cocktail*|beure aquesta nit|beure a la nit|fer una copa|fer unes copes|beure a la festa',
    pt: 'alcool|ressaca|bebado|bebada|bebi muito|bebemos|balada|noitada|vinho|cerveja*|caipirinha|uns copos|beber copos|bebido|bebidos|beber a noite|beber de noite|beber hoje a noite|beber na festa|beber numa festa|tomar uma cerveja|encher a cara|tomar um drink|tomar uns drinks',
    ar: 'كحول*|الكحول*|مشروبات كحوليه|سكران*|خمر|نبيذ|sakran|alcool|اشرب الليله|اشرب بالحفله|اسكر|مشروب كحولي|مشروبات روحيه',
  },
  /** Another professional's view on a diagnosis or a proposed treatment. */
  secondOpinion: {
    en: 'second opinion|another opinion|other opinion|2nd opinion|fresh pair of eyes|another vet|another dentist|another doctor',
    es: 'segunda opinion|otra opinion|otro punto de vista|otro veterinario|otro dentista|otro medico',
    fr: 'deuxieme avis|second avis|autre avis|2e avis|2eme avis|contre avis|un autre veterinaire|un autre dentiste|un autre medecin',
    it: 'secondo parere|seconda opinione|altro parere|un parere diverso|un altro veterinario|un altro dentista|un altro medico',
    de: 'zweitmeinung*|zweite meinung|andere meinung|zweite einschatzung|anderer tierarzt|anderen tierarzt|anderer zahnarzt|anderen zahnarzt|anderer arzt|anderen arzt',
    ca: 'segona opinio|altra opinio|segon parer|un altre veterinari|un altre dentista|un altre metge',
    pt: 'segunda opiniao|outra opiniao|segundo parecer|outro parecer|outro veterinario|outro dentista|outro medico',
    ar: 'راي ثاني|راي تاني|راي اخر|راي طبيب اخر|طبيب اخر|بيطري اخر|deuxieme avis|ra2y tani|ra2y akhar',
  },
  /** Whether something is worth it, or money thrown away: what advice is asked for. */
  worthIt: {
    en: 'worth it|worth the money|is it worth|worthwhile|beneficial for us|beneficial for me|is it beneficial|good deal for us|pays off|pay off for|waste of money|money down the drain',
    es: 'vale la pena|merece la pena|compensa|sale a cuenta|nos conviene|me conviene|sale rentable|tirar el dinero|dinero tirado',
    fr: "vaut la peine|vaut le coup|vaut il le coup|rentable|avantageux pour nous|avantageux pour moi|jeter l'argent|argent jete",
    it: 'vale la pena|ne vale la pena|mi conviene|ci conviene|conveniente per noi|buttare soldi|soldi buttati',
    de: 'lohnt sich|lohnt es sich|lohnt das|rentiert sich|rechnet sich|lohnenswert|rausgeworfenes geld|rausgworfes|geldverschwendung|sinnvoll',
    ca: 'val la pena|paga la pena|compensa|surt a compte|ens conve|em conve|llencar els diners|diners llencats',
    pt: 'vale a pena|compensa|vantajoso pra nos|vantajoso para nos|vantajoso pra mim|sai a conta|jogar dinheiro fora|deitar dinheiro fora|dinheiro deitado fora',
    ar: 'يستاهل|تستاهل|تسوى|يسوى|كيستاهل|كتستاهل|يستحق|تستحق|ysta7el|kaysta7el|kaystahel|ystahel',
  },
  /** Calming tablets or a sedative for an anxious patient or animal: not a local anaesthetic. */
  sedative: {
    en: 'sedative|sedatives|calming tablets|calming pills|calming meds|calming medication|tranquiliser*|tranquilizer*|something to calm him|something to calm her',
    es: 'calmante|calmantes|tranquilizante*|sedante|sedantes|algo para calmarlo|algo para calmarla',
    fr: 'calmant|calmants|tranquillisant*|sedatif|sedatifs|quelque chose pour le calmer',
    it: 'calmante|calmanti|tranquillant*|sedativo|sedativi|qualcosa per calmarlo',
    de: 'beruhigungsmittel|beruhigungstablette*|beruhigungstropfen|sedativum|etwas zur beruhigung',
    ca: 'calmant|calmants|tranquil litzant*|sedant|sedants',
    pt: 'calmante|calmantes|tranquilizante*|sedativo|sedativos',
    ar: 'مهدئ|مهدئات|المهدئ|دوا يهدنو|دوا يهدنها|calmant|calmants|mhadi2',
  },
  /** Getting used to something new (hearing aids, glasses, braces, dentures, insoles): how long it takes. */
  adapt: {
    en: 'get used to|getting used to|got used to|adjust to|adjusting to|adapt to|adapting to|adaptation|adjustment period',
    es: 'acostumbrarse|acostumbrarme|acostumbrarte|me acostumbro|adaptarse|adaptarme|adaptacion|habituarse|periodo de adaptacion',
    fr: 's habituer|m habituer|t habituer|je m habitue|habituation|adaptation|periode d adaptation|temps d adaptation',
    it: 'abituarsi|abituarmi|abituarti|mi abituo|adattarsi|adattarmi|adattamento|periodo di adattamento',
    de: 'gewohnen|gewohne|gewohnt man sich|eingewohnen|eingewohnung|eingewohnungszeit|umgewohnen|anpassung|anpassungszeit',
    ca: 'acostumar me|acostumar se|m acostumo|adaptar me|adaptacio|habituar se',
    pt: 'habituar|habituar me|habituar se|habituacao|acostumar|acostumar me|me acostumar|adaptacao|adaptar me|periodo de adaptacao',
    ar: 'نتعود|يتعود|تتعود|التعود|نولف|تولف|nt3awed|yt3awed|t3awed|nwalef',
  },
  /**
   * Something put in or on falling out or coming off: lashes, extensions, a filling, a crown, gel nails, a
   * stone. Bare "fall" ("se cae", "tombe", "cai") is left out: a person's fall is the safety table's.
   */
  fallOut: {
    en: 'fall out|falls out|falling out|fell out|fallen out|come off|comes off|coming off|came off|come out|came out|coming out|comes out|falling off|fell off|fall off|lifting off',
    es: 'se caen|se me caen|se le caen|se cayeron|se me cayeron|se me cayo|se me ha caido|se me han caido|se despegan|se despega|se me despegan|se salen|se me salio|se me ha salido|se han caido',
    fr: 'tombent|sont tombes|sont tombees|est tombe|est tombee|se decollent|se decolle|se sont decolles|me sont tombes|partent|sont partis',
    it: 'cadono|sono cadute|sono caduti|e caduta|e caduto|si staccano|si stacca|si sono staccate|si e staccata|si e staccato|mi cadono',
    de: 'fallen aus|fallt aus|ausgefallen|ausfallen|fallen ab|fallt ab|abgefallen|losen sich|lost sich|rausgefallen|herausgefallen',
    ca: 'cauen|se me cauen|han caigut|ha caigut|es desenganxen|es desenganxa|se m ha caigut',
    pt: 'caem|caiu|cairam|caindo|estao caindo|tao caindo|soltam|soltaram|soltou|descolam|descolou|descolaram',
    ar: 'طاحو|يطيحو|طايحين|كيطيحو|طاحت|طاحلي|تطيح|تطيحو|وقعو|وقعت|=بيوقعو|ta7o|yti7o|tay7in|kayti7o|ta7et|=ta7li|wa23o|wa2a3et|byo2a3o',
  },
  /**
   * Taking something off or out that was put on: extensions, gel, a filling's temporary, stitches, braces.
   * Left out: "sacar" (also getting an appointment, a photo), bare Portuguese "tirar" (also taking a photo,
   * clearing a doubt: "tirar uma dúvida"), "quitar" beside pain ("quitar el dolor") is still a taking away.
   */
  takeOff: {
    en: 'take off|take them off|take it off|taking off|taking them off|take my lashes off|take my extensions off|take my nails off|take the gel off|take out|remove|removing|removal|get them off|get it off|undo|undoing|take down|take them down|take my braids down',
    es: 'quitar|quitarme|quitarmelas|quitarmelos|quitarlas|quitarlos|quitarla|quitarlo|quitarse|retirar|retirarme|retirarmelas|retirada',
    fr: 'enlever|enleve|enlevez|les enlever|retirer|retirez|les retirer|retrait|depose|deposer|defaire|les defaire|defaites|defaisage',
    it: 'togliere|toglierle|toglierli|toglierla|toglierlo|togliermi|togliermele|rimuovere|rimuoverle|rimozione|levare|levarle|levarli',
    de: 'entfernen|entfernt|entfernung|abmachen|abnehmen|runtermachen|ablosen|rausnehmen',
    ca: 'treure|treure les|treure los|treurem|retirar|retirada',
    pt: 'remover|remocao|retirar|retirada|tirar a extensao|tirar as extensoes|tirar os cilios|tirar o gel|tirar o verniz|tirar os pontos|tirar o aparelho|tirar em casa',
    ar: 'نحي|نحيهم|ننحي|نحيد|نحيدهم|تنحي|تنحيو|ازاله|إزاله|نشيل|تشيل|شيلهم|n7ayed|n7ayedhom|n7i|n7ihom|nhayed|nchil|nshil|ازالة',
  },
  /**
   * Skin that goes red after a treatment (threading, waxing, a peel): what to expect before an event. Not "red"
   * alone (red hair, red nails, henna that comes out red).
   */
  redness: {
    en: 'redness|red skin|skin red|skin be red|skin go red|skin goes red|skin turn red|go red|goes red|turn red|turns red|red marks|red spots|red bumps|face red|face be red|look red|looks red|stay red|still red|blotchy',
    es: 'rojez|rojeces|enrojecimiento|enrojecida|enrojecido|piel roja|cara roja|se pone roja|se pone rojo|se queda roja|queda roja|quedar roja|manchas rojas|granitos rojos',
    fr: 'rougeur|rougeurs|peau rouge|visage rouge|devenir rouge|devient rouge|rester rouge|reste rouge|plaques rouges|boutons rouges',
    it: 'rossore|rossori|arrossamento|arrossamenti|arrossata|arrossato|pelle rossa|viso rosso|faccia rossa|diventa rossa|diventa rosso|resta rossa|macchie rosse|puntini rossi',
    de: 'rotung|rotungen|gerotet|gerotete haut|rote haut|rotes gesicht|haut rot|gesicht rot|wird rot|rot werden|rot bleiben|rote flecken|rote pickel|rote punkte',
    ca: 'vermellor|vermellors|envermelliment|envermellida|pell vermella|cara vermella|es posa vermella|queda vermella|taques vermelles',
    pt: 'vermelhidao|vermelhidoes|avermelhada|avermelhado|pele vermelha|cara vermelha|rosto vermelho|fica vermelha|ficar vermelha|fica vermelho|manchas vermelhas|borbulhas vermelhas',
    ar: 'احمرار|الاحمرار|وجهي احمر|وجهي يحمر|وجهي بيحمر|وجهي راح يحمر|بشرتي حمرا|بشرتي حمراء|بشرتي تحمر|البشره حمرا|البشره تحمر|الجلد احمر|يطلع احمر|تطلع حمرا|بقع حمرا|بقع حمراء|حبوب حمرا|يحمر|تحمر|بيحمر|بتحمر|wjhi a7mar',
  },
} satisfies PhraseTable<string>;
