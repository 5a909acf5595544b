/**
 * Concepts of dermatology practices and children's dentists: what their
 * customers ask about in their own words ("warts", "freeze them off",
 * "stitches", "Zahnpasta", "se chupa el dedo", "Lachgas") against what the
 * owner wrote in another language ("verruche", "azoto liquido", "punti",
 * "dentifrice", "tétine", "MEOPA"). See phrases.ts for the syntax.
 *
 * Left out on their own: Italian "punti" and Portuguese "pontos" (loyalty
 * points as often as stitches: only with removing them or "di sutura"),
 * French "fils" (sons), "pouce" (a thumb that hurts: only sucked), German
 * "absetzen" (dropping a child off: only "steuerlich"), Italian "scaricare"
 * (downloading an invoice: only with the 730), "freezing" (the weather)
 * and "referto" (any report).
 */
import type { PhraseTable } from './phrases.js';

export const SKIN_TEETH_CONCEPTS = {
  // Marks a treatment leaves on the skin (cupping's circles, a filler's bruise); not a brand ("qué marca"), a
  // sign ("segno") or a mark of any other kind: the plural, or a colour said with it.
  skinMarks: {
    en: 'marks|leave marks|leaves marks|bruise|bruises|bruising|bruised|purple circles|red circles|purple marks|red marks|hickey|hickeys',
    es: 'marcas moradas|marcas rojas|deja marcas|dejan marcas|moraton*|moreton*|cardenal*|chupeton*|circulos morados',
    fr: 'gros bleu|un gros bleu|plein de bleus|un bleu au bras|un bleu sur le bras|des bleus au bras|laisse des marques|laissent des marques|marques violettes|marques rouges|hematome*|sucon*|cercles violets|cercles rouges',
    it: 'lividi|livido|ematoma|ematomi|cerchi viola|cerchi rossi|macchie viola|segni viola|segni rossi|lascia segni|lasciano segni|succhiott*',
    de: 'blaue flecken|blauer fleck|hamatom*|knutschfleck*|rote kreise|lila kreise|spuren auf der haut|abdrucke',
    ca: 'deixa marques|deixen marques|marques morades|hematoma*',
    pt: 'marcas|deixa marcas|deixam marcas|nodoas negras|nodoa negra|hematoma*|manchas roxas|marcas roxas|chupao|chupoes',
    ar: 'كدمات|كدمه|ازرقاق|علامات زرقاء|اثار الكاسات|آثار الكاسات|اثار الحجامه|اثار الكاسه|علامات الكاسات|علامات حمر|علامات حمرا|العلامات الحمر|العلامات الحمرا|دوائر حمر|3alamat 7omor|3alamat 7amra|3lamat 7omor|3alamat el 7omor|athar el kasat|2athar el ka2sat|3alamat el kasat',
  },
  // A cold sore: "boutons de fièvre" and "Fieberbläschen" name a sore on the lip, not a fever.
  coldSore: {
    en: 'cold sore|cold sores|fever blister|fever blisters|herpes|lip herpes',
    es: 'herpes|herpes labial|calentura|calenturas|pupa en el labio|pupas en el labio|fuegos en la boca|fuego en el labio',
    fr: 'bouton de fievre|boutons de fievre|herpes|herpes labial',
    it: 'herpes|herpes labiale|febbre sul labbro|febbre sulle labbra|febbri sulle labbra',
    de: 'herpes|lippenherpes|fieberblaschen|fieberblase|fieberblasen',
    ca: 'herpes|herpes labial|pupa al llavi|pupes al llavi|calentura',
    pt: 'herpes|herpes labial|ferida de febre|feridas de febre',
    ar: 'هربس|الهربس|حبه البرد|حبوب البرد|herpes',
  },
  wart: {
    en: 'wart|warts|verruca|verrucas|plantar wart*|molluscum',
    es: 'verruga*|papiloma*|molusco*',
    fr: 'verrue*|molluscum',
    it: 'verruca|verruche|verruche plantari|mollusco|mollusch*',
    de: 'warze|warzen|dornwarze*|stielwarze*|dellwarze*',
    ca: 'berruga*|molusc*',
    pt: 'verruga*|molusco*',
    ar: 'ثالول|ثاليل|الثاليل|الثالول|تاليل|verrue',
  },
  /** Burning off with liquid nitrogen: "freeze them off", "col freddo", "vereisen". */
  cryotherapy: {
    en: 'cryotherapy|cryo|liquid nitrogen|freeze it off|freeze them off|freeze off|frozen off|freeze it|freeze them',
    es: 'crioterapia|nitrogeno liquido|quemar con frio|quemarlas con frio',
    fr: 'cryotherapie|cryo|azote liquide|bruler par le froid|bruler au froid',
    it: 'crioterapia|azoto liquido|~col freddo|bruciare col freddo',
    de: 'kryotherapie|=vereisen|=vereist|vereisung|flussiger stickstoff|flussigem stickstoff',
    ca: 'crioterapia|nitrogen liquid|cremar amb fred',
    pt: 'crioterapia|nitrogenio liquido|queimar com frio',
    ar: 'التبريد|بالتبريد|الازوت|بالازوت|cryotherapie|azote',
  },
  /** Stitches after a small operation, and when they come out. */
  stitches: {
    en: 'stitches|stitch|sutures|suture|surgical staples|the staples out|staples removed|remove the staples|removing the staples|staples come out',
    es: 'grapas|las grapas|quitar las grapas|quitan las grapas|puntos de sutura|se quitan los puntos|quitar los puntos|quitan los puntos|quitarme los puntos|sutura*',
    fr: 'agrafes chirurgicales|retirer les agrafes|enlever les agrafes|points de suture|retirer les points|enlever les points|enleve les points|retire les points|suture*',
    it: 'punti metallici|graffette chirurgiche|togliere le graffette|punti di sutura|togliere i punti|tolgono i punti|toglie i punti|tolto i punti|togliermi i punti|sutura|suture',
    de: 'wundklammern|klammern ziehen|klammern entfernen|faden ziehen|faden gezogen|fadenzug|fadenentfernung|naht|nahte',
    ca: 'treure les grapes|punts de sutura|treure els punts|treuen els punts|sutura*',
    pt: 'agrafos|os agrafos|tirar os agrafos|pontos de sutura|tirar os pontos|tiram os pontos|retirar os pontos|sutura*',
    ar: 'الدبابيس الجراحيه|agrafes|الغرز|غرز|الخياطه|السوتير|points de suture',
  },
  /** A sample sent to the lab and its result: a biopsy, histology. */
  biopsy: {
    en: 'biopsy|biopsies|histology|histological|lab results|pathology report|pathology results',
    es: 'biopsia*|histolog*|anatomia patologica|analisis del laboratorio',
    fr: 'biopsie*|histolog*|anapath|analyse anatomopathologique|resultats du labo',
    it: 'biopsia|biopsie|istologic*|esame istologico',
    de: 'biopsie*|histolog*|gewebeprobe*|gewebeuntersuchung|feingewebliche',
    ca: 'biopsia*|histolog*',
    pt: 'biopsia*|histolog*|anatomopatolog*',
    ar: 'خزعه|الخزعه|عينه للتحليل|تحليل العينه|biopsie|بيوبسي|البيوبسي|بيوبسيا|biopsy|=biopsi',
  },
  /** Dark patches of skin: melasma, sun and age spots, the mask of pregnancy. */
  darkSpots: {
    en: 'dark spots|dark patches|brown spots|brown patches|pigmentation|hyperpigmentation|melasma|sun spots|sunspots|age spots|pregnancy mask',
    es: 'manchas|manchas oscuras|manchas en la cara|melasma|hiperpigmentacion|manchas de sol|manchas del embarazo',
    fr: 'taches brunes|taches pigmentaires|taches sombres|taches foncees|taches de soleil|taches sur le visage|melasma|masque de grossesse|hyperpigmentation',
    it: 'macchie|macchie scure|macchie sul viso|melasma|iperpigmentazione|macchie solari|lentigo',
    de: 'pigmentflecken|altersflecken|sonnenflecken|dunkle flecken|melasma|hyperpigmentierung',
    ca: 'taques|taques fosques|taques a la cara|melasma',
    pt: 'manchas|manchas escuras|manchas no rosto|melasma|hiperpigmentacao|manchas de sol',
    ar: 'الكلف|كلف|بقع داكنه|بقع بنيه|البقع|taches',
  },
  /** Claiming a medical bill back on the income tax: the Italian 730, the IRS, the Steuererklärung. */
  taxDeduction: {
    en: 'tax return|tax deductible|tax deduction|tax relief|tax refund|claim it on my tax*|claim on my tax*',
    es: 'desgravar|desgrava|desgravacion|deducible|deducir en la renta|declaracion de la renta',
    fr: 'deduire des impots|deductible|declaration d impots|declaration de revenus|credit d impot|deduction fiscale',
    it: '730|detrazione|detrazioni|detrarre|detraibile|detraibili|scaricare col 730|=scaricabile|=scaricabili|dichiarazione dei redditi',
    de: 'steuerlich absetzen|von der steuer absetzen|steuerlich absetzbar|absetzbar|steuererklarung',
    ca: 'desgravar|desgrava|deduible|declaracio de la renda',
    pt: 'deduzir no irs|dedutivel|deducao|irs|imposto de renda|declaracao de irs',
    ar: 'خصم ضريبي|التصريح الضريبي|الاقرار الضريبي|impots',
  },
  toothpaste: {
    en: 'toothpaste|tooth paste|fluoride toothpaste|kids toothpaste',
    es: 'pasta de dientes|pasta dental|dentifrico|dentifricos',
    fr: 'dentifrice*',
    it: 'dentifricio|dentifrici',
    de: 'zahnpasta|zahncreme|kinderzahnpasta',
    ca: 'pasta de dents|dentifrici',
    pt: 'pasta de dentes|pasta de dente|dentifricio|creme dental',
    ar: 'معجون|المعجون|معجون الاسنان|معجون السنان|dentifrice|m3joun',
  },
  /** A dummy or a thumb sucked past the age for it: what it does to the teeth. */
  thumbSucking: {
    en: 'thumb sucking|thumbsucking|sucks his thumb|sucks her thumb|sucking his thumb|sucking her thumb|suck his thumb|suck her thumb|sucks their thumb|dummy|pacifier|binky|soother',
    es: 'chupete|chupetes|se chupa el dedo|chupa el dedo|chuparse el dedo|chupa el pulgar|chuparse el pulgar',
    fr: 'tetine*|suce son pouce|suce le pouce|sucer son pouce|sucer le pouce|succion du pouce|suce son doigt',
    it: 'ciuccio|ciucci|succhietto|succhia il pollice|succhiarsi il pollice|succhia il dito|succhiarsi il dito',
    de: 'schnuller|nuckel|daumenlutschen|daumenlutscher|lutscht am daumen|am daumen lutschen|daumen lutschen',
    ca: 'xumet|xumets|xucla el dit|xuclar se el dit|xupa el dit|xupar se el dit',
    pt: 'chupeta|chupetas|chucha|chupa o dedo|chupar o dedo|chucha no dedo|chupa no dedo',
    ar: 'سكاته|السكاته|السوسيت|كيمص صبعو|كتمص صبعها|كيمص الصبع|tetine|sucette|lmassasa',
  },
  /** Laughing gas (MEOPA, nitrous oxide): the sedation children breathe, not a general anaesthetic. */
  sedationGas: {
    en: 'laughing gas|nitrous|nitrous oxide|gas and air|happy gas|meopa',
    es: 'oxido nitroso|gas de la risa|gas hilarante|sedacion consciente|meopa',
    fr: 'meopa|gaz hilarant|protoxyde d azote|gaz qui fait rire',
    it: 'gas esilarante|protossido|protossido di azoto|meopa',
    de: 'lachgas|lachgasbehandlung|lachgas behandlung|distickstoffmonoxid',
    ca: 'oxid nitros|gas hilarant|gas del riure|meopa',
    pt: 'oxido nitroso|gas hilariante|gas do riso|meopa',
    ar: 'غاز الضحك|الغاز اللي كيضحك|الغاز لي كيضحك|الغاز اللي يضحك|meopa|gaz hilarant',
  },
  /** Sealing the grooves of the back teeth against decay (a fissure sealant). */
  sealant: {
    en: 'sealant|sealants|fissure sealant*|seal the grooves|seal his molars|seal her molars|sealing the molars',
    es: 'sellador*|sellado de fisuras|sellado de surcos|sellar las muelas|sellar los surcos',
    fr: 'scellement*|scellement des sillons|sceller les sillons|boucher les sillons|boucher les creux',
    it: 'sigillatura|sigillature|sigillare i solchi|sigillanti|sigillatura dei solchi',
    de: 'versiegelung|fissurenversiegelung|versiegeln|zahne versiegeln',
    ca: 'segellat*|segellar|segellament dels solcs',
    pt: 'selante*|selagem|selar os dentes|selamento de fissuras',
    ar: 'سد الشقوق|سد الثقوب|تلبيس الشقوق|scellement',
  },
  /** Who does a treatment: a beautician rather than a doctor. */
  beautician: {
    en: 'beautician|beauty therapist|aesthetician|esthetician|cosmetician',
    es: 'esteticista|esteticistas',
    fr: 'estheticienne|estheticien|estheticiennes',
    it: 'estetista|estetiste',
    de: 'kosmetikerin|kosmetiker',
    ca: 'esteticista|esteticistes',
    pt: 'esteticista|esteticistas',
    ar: 'خبيره تجميل|خبيرة التجميل|مجمله|estheticienne',
  },
  /** Fluoride for the teeth: a varnish, a fluoride treatment. */
  fluoride: {
    en: 'fluoride|fluoride varnish|fluoride treatment|fluor varnish',
    es: 'fluor|barniz de fluor|fluorizacion|fluoracion',
    fr: 'fluor|vernis fluore|vernis au fluor|fluoration',
    it: 'fluoro|fluoroprofilassi|vernice al fluoro|fluorizzazione',
    de: 'fluorid|fluoridlack|fluoridierung|fluor',
    ca: 'fluor|vernis de fluor|fluoritzacio',
    pt: 'fluor|verniz de fluor|fluoretacao|aplicacao de fluor',
    ar: 'فلور|الفلور|فليور|fluor|flor',
  },
  /** A mouthguard for sport (a night guard for grinding is `grinding`). */
  mouthguard: {
    en: 'mouthguard|mouthguards|mouth guard|mouth guards|gum shield|gumshield|sports guard',
    es: 'protector bucal|protectores bucales|protector dental|protector de dientes|bucal para',
    fr: 'protege dents|protege dent|protegedents|gouttiere de sport|protection dentaire',
    it: 'paradenti|para denti|bite sportivo|protezione dentale',
    de: 'mundschutz|zahnschutz|sportmundschutz',
    ca: 'protector bucal|protector dental',
    pt: 'protetor bucal|protetores bucais|protetor dentario|protetor de dentes',
    ar: 'واقي الاسنان|واقي اسنان|حامي الاسنان|واقي الفم|protege dents',
  },
} satisfies PhraseTable<string>;
