/**
 * Concepts of being on board an activity, asked by customers in every language (round 43): sitting or standing
 * through it (a balloon's basket, a boat, a tour bus), feeling cold up there or out there, a warm layer to bring
 * (a jacket, a "chamarra", a "casaco"), a club's league and its season, and an axe (thrown, brought along). Each
 * in every language, with the forms people type. See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - seated: es "de pie" and pt "de pé" (a foot: "dolor de pie", "unha do pé"), so standing is said with its verb;
 *   en "seat" alone (a place booked on a tour, a car seat); ar "كرسي" (a wheelchair is "كرسي متحرك"), "قاعد"
 *   (Gulf "I am doing").
 * - feelCold: en "cold" alone (a cold is an illness), "freezing" (a fee freeze, frozen embryos); ar "برد" alone
 *   (Levantine "معي برد": a cold), so the weather is said with where or when.
 * - axe: ar "فاس" alone (Fes, the city), so the axe is said with its throwing.
 * - sunset: ar "المغرب" (Morocco, and the prayer); es "tarde" and fr "soir" alone (any afternoon or evening, an
 *   appointment's time). Portuguese "fim da tarde" is the outing's time of day, as people say it of a sunset.
 * - warmLayer: en "coat" alone (a ceramic coat, a coat of paint), pt "camisola" (a nightgown in Brazil), it "pile"
 *   (a battery); a jacket of a suit and a coat a tailor alters ("jacket", "giacca", "chaqueta", "veste", "Jacke",
 *   "casaco", "jaqueta", "abric") only as warm or brought along.
 * - league: pt "liga" (it calls, it switches on: "me liga", "não liga"; an article does not tell them apart),
 *   ca "lliga" alone (it ties), it "lega" alone (it binds): with an article; ar "دوري" (my turn, and the
 *   article is read away): with what the league is of.
 */
import type { PhraseTable } from './phrases.js';

export const ABOARD_CONCEPTS = {
  /** Sitting down or standing through an activity: is there a seat, do we stand the whole time. */
  seated: {
    en: 'sit down|sit during|somewhere to sit|anywhere to sit|place to sit|a place to sit|sitting down|seated|stand the whole|standing the whole|stand all the|standing all the|stand for the whole|stand up the whole|on our feet|on your feet the whole|remain standing|stay standing|folding seat|a seat inside|a seat in the|seats inside|bench to sit',
    es: 'sentarse|sentarme|sentarnos|sentarte|sentado|sentada|sentados|sentadas|estar de pie|ir de pie|de pie todo|de pie toda|de pie durante|todo el rato de pie|todo el tiempo de pie|un asiento|algun asiento|asiento plegable|sitio para sentarse|donde sentarse',
    fr: 's asseoir|s assoir|m asseoir|nous asseoir|assis|assise|assises|debout|place assise|places assises|un siege|siege pliant|strapontin',
    it: 'sedersi|sederci|sedermi|sederti|seduto|seduta|seduti|sedute|in piedi|posto a sedere|posti a sedere|un sedile|sedile pieghevole|sedia pieghevole',
    de: 'sitzen|sitzt man|hinsetzen|sitzplatz|sitzplatze|sitzgelegenheit*|klappsitz|stehen die ganze|die ganze zeit stehen|die ganze fahrt stehen|steht man|muss man stehen|im stehen',
    ca: 'seure|asseure s|asseure m|asseure ns|assegut|asseguda|asseguts|assegudes|estar dret|estar dreta|anar dret|anar dreta|dret tota|dreta tota|de peu tota|estar de peu|un seient|seient plegable|lloc per seure',
    pt: 'sentar|sentar se|sentado|sentada|sentados|sentadas|estar de pe|estar em pe|ficar de pe|ficar em pe|ir em pe|ir de pe|vai em pe|vamos em pe|em pe o tempo|de pe o tempo|em pe durante|de pe durante|lugar pra sentar|lugar para sentar|um assento|algum assento|banco dobravel|assento dobravel',
    ar: 'نجلس|اجلس|يجلس|تجلس|جالس|جالسين|نقعد فيه|مكان للجلوس|مكان نقعد|مقعد|مقاعد|واقفين طول|واقف طول|وقوف طول|طول الوقت واقف|طول الوقت واقفين|ne9ed|nejles',
  },
  /** Feeling cold at or on the activity: is it cold up there, will we freeze. */
  feelCold: {
    en: 'is it cold|gets cold|get cold|getting cold|be cold|feel cold|feels cold|how cold|too cold|very cold|cold up there|cold out there|cold on the|chilly',
    es: 'frio|hace frio|pasar frio|pasamos frio|tener frio|congelando|congelarnos|congelarse|nos congelamos|helando|fresquito',
    fr: 'froid|fait froid|avoir froid|on a froid|on gele|on se gele|glacial|frais la haut',
    it: 'freddo|fa freddo|sentire freddo|avere freddo|si gela|congelare|gelido',
    de: 'kalt|kalte|friert man|frieren|frierend|eiskalt|ist es frisch',
    ca: 'fred|fa fred|passar fred|tenir fred|ens congelem|gelant',
    pt: 'frio|faz frio|passar frio|ter frio|congelando|congelar|gelado la em cima|friozinho',
    ar: 'فيه برد|في برد|يبرد|نبرد|بارد فوق|بارده فوق|برد فوق|البرد فوق|بيبرد|fi bard|bi bard',
  },
  /** A warm layer to bring or wear: a jacket, a fleece, a jumper, warm clothes. */
  warmLayer: {
    en: 'fleece|fleeces|jumper|jumpers|sweater|sweaters|hoodie|hoodies|warm clothes|warm clothing|warm layer|warm layers|extra layer|winter coat|warm coat|raincoat|windbreaker|warm jacket|bring a jacket|a jacket for the|jacket for the cold|bring jackets|pack a jacket',
    es: 'chamarra|chamarras|campera|camperas|chompa|abrigo|abrigos|chaqueton|sudadera|sudaderas|forro polar|jersey|sueter|ropa de abrigo|ropa abrigada|rompevientos|cortavientos|chaqueta de abrigo|traer chaqueta|traigan chaqueta|lleven chaqueta|llevar chaqueta|una chaqueta para el frio',
    fr: 'blouson|manteau|manteaux|pull|pulls|polaire|doudoune|gilet chaud|vetements chauds|coupe vent|sweat|veste chaude|prenez une veste|prendre une veste',
    it: 'giubbotto|giubbino|giaccone|cappotto|felpa|felpe|maglione|pile caldo|vestiti caldi|abbigliamento caldo|antivento|k way|giacca a vento|giacca pesante|portate una giacca|portare una giacca',
    de: 'anorak|pulli|pullover|fleecejacke|warme kleidung|warme sachen|windjacke|regenjacke|strickjacke|warme jacke|dicke jacke|eine jacke mitnehmen|jacke mitbringen',
    ca: 'jersei|jerseis|dessuadora|forro polar|roba d abric|tallavent|jaqueta d abric|porteu jaqueta|portar jaqueta',
    pt: 'agasalho|agasalhos|blusao|moletom|corta vento|roupa quente|camisolas quentes|casaco quente|levar casaco|levo casaco|trazer casaco|traga um casaco|tragam um casaco|traga casaco|leve um casaco|levem um casaco|levar um casaco|trazer um casaco',
    ar: 'جاكيت|جاكيتة|جاكيته|جاكت|معطف|جاكيتات|كبوت|سويتر|كنزه|jacket|jaket|jakit',
  },
  /** A club's league or tournament series and its season: when it runs, who may play or watch. */
  league: {
    en: 'league|leagues|league night|league nights|league season',
    es: 'la liga|una liga|en liga|de liga|ligas|liguilla|temporada de liga',
    fr: 'ligue|la ligue|une ligue|championnat|soiree ligue',
    it: 'la lega|una lega|campionato|campionati|torneo settimanale',
    de: 'liga|ligen|ligaabend|ligaabende|ligasaison|ligaspiel*',
    ca: 'la lliga|una lliga|lligues|de lliga|en lliga|temporada de lliga',
    pt: 'campeonato|campeonatos|torneio semanal|noite de liga',
    ar: 'دوري اسبوعي|دوري الرمي|دوري الاعضاء|البطوله|بطوله اسبوعيه|مسابقه اسبوعيه',
  },
  /** An axe or hatchet: thrown at a target, or one's own brought along. */
  axe: {
    en: 'axe|axes|hatchet|hatchets|throwing axe',
    es: 'hacha|hachas|hachita|hacha de lanzar|hacha de lanzamiento',
    fr: 'hache|haches|hachette|hachettes',
    it: 'ascia|asce|accetta|accette',
    de: 'axt|axte|aexte|beil|beile|wurfaxt|wurfaxte',
    ca: 'destral|destrals|destraleta',
    pt: 'machado|machados|machadinha|machadinhas',
    ar: 'فؤوس|بلطه|البلطه|الطبر|رمي الفاس|رمي الفأس|الفاس للرمي|فاس الرمي|balta',
  },
  /** Sunset or the end of the afternoon as the time of an outing: a sunset flight, cruise or tour. */
  sunset: {
    en: 'sunset|sunsets|at dusk|dusk|golden hour|sundown',
    es: 'atardecer|al atardecer|puesta de sol|puesta del sol|ocaso|caida del sol',
    fr: 'coucher de soleil|coucher du soleil|couchers de soleil|crepuscule|au crepuscule',
    it: 'tramonto|al tramonto|tramonti|crepuscolo',
    de: 'sonnenuntergang|sonnenuntergange|abenddammerung|zum sonnenuntergang',
    ca: 'posta de sol|la posta de sol|capvespre|al capvespre',
    pt: 'por do sol|ao por do sol|pores do sol|fim da tarde|ao fim da tarde|final da tarde|ao final da tarde|entardecer|crepusculo',
    ar: 'الغروب|غروب الشمس|وقت الغروب|عند الغروب|مع الغروب|sunset',
  },
} satisfies PhraseTable<string>;
