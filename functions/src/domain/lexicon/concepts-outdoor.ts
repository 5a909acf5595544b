/**
 * Concepts of dive centres and riding schools, and two things their
 * customers ask beside (a child's birthday party, a card or a document
 * lost or forgotten): what they ask about in their own words ("hay que ir en barca?", "des chances de voir des
 * dauphins", "j'ai oublié ma carte de plongée", "is shoeing extra?")
 * against what the owner wrote in another language. See phrases.ts for the
 * syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - "carte", "card", "tarjeta" (a bank card, a menu, a punch card): a diving
 *   card only in phrases; "brevet" alone (fr: a school exam);
 * - en "trim" (a haircut, a beard), "shoe" (what one wears): a farrier's
 *   work only as "shoeing", "shod", "farrier";
 * - "ship", "navire" (a parcel is shipped).
 */
import type { PhraseTable } from './phrases.js';

export const OUTDOOR_CONCEPTS = {
  /** The boat that takes divers or snorkellers out: how long it takes, what is on board. */
  boat: {
    en: 'boat|boats|dive boat|day boat|on board|onboard|liveaboard|boat trip|boat ride',
    es: 'barco|barcos|barca|barcas|lancha|a bordo',
    fr: 'bateau|bateaux|a bord',
    it: 'barca|barche|barcone|a bordo|imbarcazione',
    de: 'boot|boote|tauchboot|an bord|bootsfahrt|bootsausfahrt',
    ca: 'vaixell|vaixells|barca|barques|a bord',
    pt: 'barco|barcos|a bordo|lancha',
    ar: 'قارب|القارب|مركب|المركب|يخت|اليخت|markeb|bateau|boat',
  },
  /** Dolphins, to see or swim with. */
  dolphins: {
    en: 'dolphin|dolphins',
    es: 'delfin|delfines',
    fr: 'dauphin|dauphins',
    it: 'delfino|delfini',
    de: 'delfin|delfine|delphin|delphine',
    ca: 'dofi|dofins',
    pt: 'golfinho|golfinhos',
    ar: 'دلفين|دلافين|الدلافين|الدلفين|dolphin|dauphin',
  },
  /** A diver's certification card or licence: shown, lost, forgotten, recognised. */
  diveCard: {
    en: 'certification card|cert card|c card|diving card|dive card|diving licence|diving license|dive licence|dive license|padi card|ssi card|my certification',
    es: 'tarjeta de buceo|carnet de buceo|titulacion de buceo|licencia de buceo|certificacion de buceo|tarjeta padi|mi titulacion',
    fr: 'carte de plongee|carte de plongeur|carte de niveau|carte padi|carte ffessm|brevet de plongee|licence de plongee|certification de plongee',
    it: 'brevetto|brevetti|tesserino|patentino di immersione|brevetto sub|carta di certificazione|licenza di immersione',
    de: 'tauchschein|tauchbrevet|brevet|brevetkarte|tauchkarte|zertifizierungskarte|taucherausweis',
    ca: 'targeta de busseig|carnet de busseig|titulacio de busseig|llicencia de busseig',
    pt: 'cartao de mergulho|carteira de mergulho|certificacao de mergulho|licenca de mergulho|cartao padi',
    ar: 'شهاده الغوص|شهادة الغوص|رخصه الغوص|رخصة الغوص|بطاقه الغوص|بطاقة الغوص|كارت الغوص',
  },
  /** The farrier: shoeing and trimming a horse's hooves. */
  farrier: {
    en: 'farrier|farriers|shoeing|shod|reshoeing|hoof trim|hoof trimming|trim his hooves|trim her hooves',
    es: 'herrador|herradores|herrar|herraje|herrado|herraduras|recortar los cascos',
    fr: 'marechal|marechal ferrant|marechaux|ferrure|=ferrer|=ferre|=ferrez|parage',
    it: 'maniscalco|maniscalchi|ferratura|=ferrare|=ferrato|pareggio degli zoccoli',
    de: 'hufschmied|hufschmiede|hufbeschlag|beschlag|beschlagen|hufpflege|hufbearbeitung|barhufpflege',
    ca: '=ferrador|=ferradors|=ferrar|ferratge|ferradures',
    pt: '=ferrador|=ferradores|=ferrar|ferrar o cavalo|ferrar os cavalos|ferragem|ferraduras|casqueamento',
    ar: 'بيطار|البيطار|حدوه|حدوات|تحذيه الحصان|marechal',
  },
  /**
   * Carrying a horse or another animal by road: a transporter, a horsebox company. An offering (concepts.ts): a
   * business that never writes of it does not do it. Not "transportadora" alone (es: a pet carrier), nor public
   * transport.
   */
  animalTransport: {
    en: 'horse transport|horse transporter|horse transporters|animal transport|pet transport|transport company|transport firm|horsebox company|horse box company',
    es: 'transporte de caballos|transporte de animales|empresa de transporte|transportista de caballos',
    fr: 'transport de chevaux|transport de cheval|transporteur de chevaux|transporteur equin|transport d animaux|societe de transport',
    it: 'trasporto cavalli|trasporto di cavalli|trasporto del cavallo|trasporto animali|ditta di trasporti|ditta di trasporto',
    de: 'pferdetransport|pferdetransporte|pferdetransporter|tiertransport|transportunternehmen|transportfirma',
    ca: 'transport de cavalls|transport d animals|empresa de transport',
    pt: 'transporte de cavalos|transporte de animais|empresa de transporte|empresa de transportes',
    ar: 'نقل الخيول|نقل الخيل|نقل الحيوانات|شركه نقل|شركة نقل',
  },
  /**
   * Something of the customer's lost, forgotten or left behind: a card, a document, a thing left at the business
   * ("j'ai oublié ma carte de plongée", "I lost my certification card", "ho dimenticato il brevetto"). With the
   * thing owned after it ("my", "ma", "il"), so "no lo olvides" or "perdí peso" are none. A lost and found (a
   * "Fundbüro", "objetos perdidos") is asked about with it.
   */
  lostItem: {
    en: 'lost and found|lost property|lost my|lost our|forgot my|forgot our|forgotten my|left my|misplaced my|can t find my|cannot find my|stolen|got stolen|was stolen|stole my|nicked my',
    es: 'objetos perdidos|olvide mi|olvide el|olvide la|he olvidado mi|he olvidado el|he olvidado la|perdi mi|he perdido mi|se me olvido el|se me olvido la|se me olvido mi|me robaron|me han robado|=robado|=robada',
    fr: 'objets trouves|objets perdus|oublie ma|oublie mon|oublie mes|perdu ma|perdu mon|perdu mes|egare ma|egare mon|retrouve plus ma|retrouve plus mon|on a vole mon|on a vole ma|on a vole mes|a ete vole|a ete volee|ont ete voles|ont ete volees',
    it: 'oggetti smarriti|oggetti persi|dimenticato il|dimenticato la|dimenticato i|dimenticato il mio|dimenticato la mia|perso il mio|perso la mia|smarrito il|smarrito la|mi hanno rubato|=rubato|=rubata|=rubati',
    de: 'fundburo|fundsachen|fundstucke|meinen vergessen|meine vergessen|mein vergessen|habe vergessen|hab vergessen|verloren|verlegt|liegen lassen|liegengelassen|gestohlen|geklaut',
    ca: 'objectes perduts|oblidat el|oblidat la|oblidat el meu|oblidat la meva|perdut el meu|perdut la meva|deixat el meu|deixat la meva|m han robat|=robat|=robada',
    pt: 'achados e perdidos|perdidos e achados|esqueci o|esqueci a|esqueci me do|esqueci me da|esqueci meu|esqueci minha|perdi o meu|perdi a minha|perdi meu|perdi minha|me roubaram|=roubado|=roubada|foi roubado|foi roubada',
    ar: 'المفقودات|مفقودات|ضيعت|ضاعت مني|ضاع مني|dayya3t|نسيت بطاقه|نسيت البطاقه|نسيت الوثيقه|نسيت الكارت|اتسرق|اتسرقت|انسرق|انسرقت|تسرق مني|سرقوا مني|سرقو مني|tsra9|ntsra9',
  },
  /**
   * A birthday, most often a child's party held at the business ("hacéis cumples con ponis?", "une fête
   * d'anniversaire au club"). Spanish "cumple" only as the noun ("un cumple", "los cumples"): "cumple 6 años" turns
   * six, and "cumple los requisitos" meets them.
   */
  birthday: {
    en: 'birthday|birthdays|birthday party|birthday parties|bday',
    es: 'cumpleanos|=cumples|un cumple|fiesta de cumple|para el cumple|celebrar el cumple|fiesta de cumpleanos',
    fr: 'anniversaire|anniversaires|anniv|fete d anniversaire',
    it: 'compleanno|compleanni|festa di compleanno',
    de: 'geburtstag|geburtstage|geburtstagsfeier|geburtstagsparty|kindergeburtstag',
    ca: 'aniversari|aniversaris|festa d aniversari',
    pt: 'aniversario|aniversarios|festa de aniversario|niver',
    ar: 'عيد ميلاد|عيد الميلاد|عيد ميلادها|عيد ميلاده|anniversaire',
  },
} satisfies PhraseTable<string>;
