/**
 * Concepts of the body: where it hurts or where a treatment goes (a
 * physiotherapist's shoulder, a masseur's neck, a tattoo on the forearm),
 * and the everyday names of the complaints that bring people to a clinic
 * (a frozen shoulder, sciatica, a sprain). "ombro congelado" in a
 * Portuguese message meets "frozen shoulder" in an English answer here.
 * Legs, faces and skin belong to the service table (laser areas). See
 * phrases.ts for the syntax.
 */
import type { PhraseTable } from './phrases.js';

export const BODY_CONCEPTS = {
  back: {
    en: 'lower back|upper back|back pain|backache|bad back|sore back|back problems|back issues|lumbar|spine',
    es: 'espalda|lumbar|lumbares|zona lumbar|columna|lumbago|dolor de espalda|rinones',
    fr: 'bas du dos|mal de dos|mal au dos|le dos|du dos|au dos|mon dos|lombaire*|colonne vertebrale|lumbago',
    it: 'schiena|mal di schiena|dolore alla schiena|lombare|lombari|zona lombare|colonna vertebrale|lombalgia|dorsalgia|colpo della strega',
    de: 'rucken|ruckenschmerz*|rucken schmerzen|ruckenweh|kreuzweh|im kreuz|kreuzschmerz*|kreuz schmerzen|lendenwirbel*|lendenwirbelsaule|brustwirbelsaule|wirbelsaule|lws|hexenschuss',
    ca: 'esquena|lumbar|lumbars|columna|lumbago|mal d esquena',
    pt: 'costas*|lombar|lombares|coluna|lombalgia|dor nas costas|dor de costas',
    ar: 'ظهر|ظهري|الظهر|العمود الفقري|ضهر|ضهري|dahr|dhar|dahri|dhari|ظهري كيضرني|=فقرات|=الفقرات|=فقراتي|=بالفقرات|=فالفقرات|=فقرات الظهر|dhahri|dhahr|=fagarat|=fa9arat|=lfagarat|=lfa9arat',
  },
  neck: {
    en: 'neck|cervical|stiff neck|nape',
    es: 'cuello|cervical*|nuca|torticolis',
    fr: 'cou|cervical*|nuque|torticolis',
    it: 'collo|cervicale|cervicali|dolore al collo|torcicollo|nuca',
    de: 'nacken|nackenschmerz*|nacken schmerzen|genick|halswirbelsaule|hws|steifer nacken|verspannter nacken|schiefhals',
    ca: 'coll|cervical*|clatell|torticoli*',
    pt: 'pescoco|cervical*|nuca|torcicolo',
    ar: 'رقبه|رقبتي|الرقبه|عنق|ra2be|ra9ba|rakba',
  },
  shoulder: {
    en: 'shoulder|shoulders|rotator cuff|frozen shoulder',
    es: 'hombro*|manguito rotador',
    fr: 'epaule|epaules|coiffe des rotateurs|epaule gelee|capsulite',
    it: 'spalla|spalle|cuffia dei rotatori|spalla congelata|capsulite adesiva|capsulite alla spalla|periartrite',
    de: 'schulter*|schulter schmerzen|rotatorenmanschette|frozen shoulder|schultersteife|kalkschulter',
    ca: 'espatlla|espatlles|espatlla congelada',
    pt: 'ombro|ombros|coifa dos rotadores|ombro congelado|capsulite',
    ar: 'كتف|كتفي|الكتف|اكتاف|ktef|katf|ktafi',
  },
  knee: {
    en: 'knee|knees|kneecap|meniscus|acl|cruciate',
    es: 'rodilla|rodillas|menisco|ligamento cruzado|rotula',
    fr: 'genou|genoux|menisque|ligament croise|rotule',
    it: 'ginocchio|ginocchia|menisco|legamento crociato|crociato|rotula',
    de: 'knie|kniescheibe|knieschmerz*|knie schmerzen|meniskus|kreuzband|kreuzbandriss',
    ca: 'genoll|genolls|menisc|lligament encreuat|rotula',
    pt: 'joelho|joelhos|menisco|ligamento cruzado|rotula',
    ar: 'ركبه|ركبتي|الركبه|rekba|rokba|rkba',
  },
  hip: {
    en: 'hip|hips|pelvis|pelvic',
    es: 'cadera|caderas|pelvis|pelvic*',
    fr: 'hanche|hanches|bassin|pelvi*',
    it: "anca|dolore all'anca|protesi d'anca|pelvi*|coxartrosi|pavimento pelvico",
    de: 'hufte|huften|huftschmerz*|hufte schmerzen|huftgelenk|beckenboden*|iliosakralgelenk|isg blockade',
    ca: 'maluc|malucs|pelvis|pelvi*',
    pt: 'anca|ancas|quadril|bacia|pelvi*',
    ar: 'ورك|الورك|حوض|الحوض|warik|=hawd|=l7awd|=7awd',
  },
  ankle: {
    en: 'ankle|ankles|achilles|heel|plantar|foot|feet',
    es: 'tobillo|tobillos|aquiles|talon|planta del pie|pie|pies|fascitis',
    fr: 'cheville|chevilles|achille|talon|voute plantaire|pied|pieds|fasciite',
    it: "caviglia|caviglie|tendine d'achille|achille|tallone|pianta del piede|il piede|al piede|mal di piedi|dolore al piede|piede piatto|piedi piatti|fascite plantare|alluce valgo",
    de: 'knochel|sprunggelenk|achillessehne|ferse|fersensporn|fusssohle|plantarfasziitis|mein fuss|meinen fuss|meinem fuss|am fuss|fussschmerz*|fuss schmerzen|plattfuss*|senkfuss*|spreizfuss*|hallux valgus',
    ca: 'turmell|turmells|aquilles|talo|planta del peu|fasciitis',
    pt: 'tornozelo|tornozelos|aquiles|calcanhar|planta do pe|fascite',
    ar: 'كاحل|الكاحل|كعب|قدم|القدم|ka7el|kahel|9dem',
  },
  /**
   * The arm: where a vaccine goes and what swells after it, a laser area ("full arms"). German "arm" is also
   * poor, so only with an article or a possessive there; Darija and Egyptian "دراع" beside the standard ذراع.
   */
  arm: {
    en: 'arm|arms|upper arm|upper arms|full arms',
    es: 'brazo|brazos|el brazo|los brazos',
    fr: 'bras|haut du bras|le bras|les bras',
    it: 'braccio|braccia|il braccio|le braccia',
    de: 'am arm|der arm|den arm|mein arm|meinen arm|oberarm|oberarme|arme|die arme',
    ca: 'brac|bracos|el brac|els bracos',
    pt: 'braco|bracos|o braco|os bracos',
    ar: 'ذراع|ذراعي|دراع|دراعي|دراعه|دراعها|الدراع|dra3|dra3i|dra3o|dra3ha|draa3',
  },
  wrist: {
    en: 'wrist|wrists|finger|fingers|thumb|carpal tunnel|elbow|tennis elbow|forearm',
    es: 'muneca|munecas|dedo|dedos|pulgar|tunel carpiano|codo|epicondilitis|antebrazo',
    fr: 'poignet|poignets|doigt|doigts|pouce|canal carpien|coude|epicondylite|avant bras',
    it: 'polso|polsi|dito della mano|dita della mano|dito indice|dito a scatto|dolore al dito|dolore alle dita|pollice|tunnel carpale|gomito|gomito del tennista|epicondilite|avambraccio',
    de: 'handgelenk*|fingergelenk*|schnappfinger|triggerfinger|mein finger*|meinen finger*|am finger*|finger* gebrochen|finger* verstaucht|daumengelenk|daumensattelgelenk|karpaltunnel*|ellbogen|ellenbogen|tennisarm|tennisellbogen|golferarm|unterarm',
    ca: 'canell|canells|dit|dits|polze|tunel carpia|colze|epicondilitis|avantbrac',
    pt: 'pulso|pulsos|dedo|dedos|polegar|tunel carpico|tunel do carpo|cotovelo|epicondilite|antebraco',
    ar: 'معصم|اصبع|اصابع|كوع|ساعد|kou3|kou3i',
  },
  head: {
    en: 'head|headache|headaches|migraine|migraines|dizzy|dizziness|vertigo|fear of heights|afraid of heights|scared of heights|terrified of heights|acrophobia|no head for heights',
    es: 'cabeza|dolor de cabeza|cefalea|migraña|migrañas|mareo|mareos|vertigo|miedo a las alturas|miedo de las alturas|miedo a la altura|acrofobia|tengo vertigo',
    fr: 'tete|mal de tete|maux de tete|cephalee|migraine*|vertige*|etourdissement*|peur du vide|peur des hauteurs|peur de la hauteur|acrophobie',
    it: 'mal di testa|dolore alla testa|mi gira la testa|giramenti di testa|giramento di testa|cefalea|emicrania|emicranie|capogiro|capogiri|vertigine|vertigini|paura altezza|paura delle altezze|paura del vuoto|acrofobia|soffro di vertigini',
    de: 'kopfschmerz*|kopf schmerzen|kopfweh|am kopf|mein kopf|migrane|schwindel|schwindelig|schwindlig|drehschwindel|spannungskopfschmerz*|hohenangst|nicht schwindelfrei|angst vor der hohe|hohenkrank|akrophobie',
    ca: 'mal de cap|cefalea|migranya|migranyes|mareig|vertigen|por a les altures|por de les altures|por a altura|vertigen|acrofobia',
    pt: 'cabeca|dor de cabeca|dores de cabeca|cefaleia|enxaqueca*|tontura*|vertigem|medo de altura|medo de alturas|medo das alturas|acrofobia|tenho vertigens',
    ar: 'راس|راسي|صداع|شقيقه|دوخه|دايخ|ras|rasi|soda3|sda3|dokha|خوف من المرتفعات|رهاب المرتفعات|فوبيا المرتفعات|خوف من العلو',
  },
  sprain: {
    en: 'sprain|sprained|twisted my|strain|strained|pulled muscle|=torn|tendinitis|tendonitis|tendon|ligament',
    es: 'esguince|torcedura|me torci|torcido|distension|tiron|rotura fibrilar|tendinitis|tendon|ligamento',
    fr: 'entorse|foulure|claquage|dechirure|elongation|tendinite|tendon|ligament',
    it: 'distorsione|distorsioni|storta|slogatura|slogat*|stiramento|strappo muscolare|contrattura|tendinite|tendine|legamento|legamenti',
    de: 'verstauch*|umgeknickt|zerrung|muskelzerrung|muskelfaserriss|faserriss|banderriss|banderdehnung|band gerissen|bander gerissen|sehnenentzundung|sehnenscheidenentzundung|sehnenreizung|sehnenriss',
    ca: 'esquinc|torcada|estirada|trencament fibril lar|tendinitis|tendo|lligament',
    pt: 'entorse|torcao|torci|distensao|rotura|estiramento|tendinite|tendao|ligamento',
    ar: 'التواء|لويت|تمزق|شد عضلي|وتر|رباط|tfekket|tfakkat|tamazzuq',
  },
  /** Sciatica and the disc behind it; "back problems" as a whole name it too (a slipped disc is one). */
  sciatica: {
    en: 'back problems|back problem|back issues|back injury|back injuries|sciatica|sciatic|pinched nerve|trapped nerve|herniated disc|slipped disc|disc herniation|hernia|bulging disc|disc bulge|prolapsed disc|disc prolapse|disc protrusion',
    es: 'problemas de espalda|ciatica|nervio ciatico|pinzamiento|hernia discal|hernia|protrusion|disco herniado',
    fr: 'problemes de dos|probleme de dos|sciatique|nerf sciatique|nerf coince|hernie discale|hernie|protrusion discale|discopathie',
    it: 'problemi alla schiena|problemi di schiena|sciatica|sciatalgia|lombosciatalgia|nervo sciatico|nervo schiacciato|nervo infiammato|ernia del disco|ernia discale|ernia|protrusione|discopatia',
    de: 'ruckenprobleme|ischias|ischiasnerv|ischiasschmerz*|ischias schmerzen|eingeklemmter nerv|nerv eingeklemmt|bandscheibenvorfall|bandscheibe*|diskusprolaps|vorwolbung|hernie',
    ca: "problemes d'esquena|ciatica|nervi ciatic|pincament|hernia discal|hernia|protrusio discal",
    pt: 'problemas de coluna|problemas nas costas|ciatica|nervo ciatico|nervo pincado|hernia discal|hernia|protrusao discal',
    ar: 'مشاكل في الظهر|مشاكل بالظهر|عرق النسا|ديسك|انزلاق غضروفي|3er9 nsa|disk',
  },
  posture: {
    en: 'posture|hunched|desk job|sitting all day|ergonomic*',
    es: 'postura|mala postura|encorvad*|trabajo de oficina|sentado todo el dia',
    fr: 'posture|mauvaise posture|voute|travail de bureau|assis toute la journee',
    it: "postura|cattiva postura|postura scorretta|ingobbit*|lavoro d'ufficio|seduto tutto il giorno|seduta tutto il giorno|ergonomi*",
    de: 'korperhaltung|fehlhaltung|schlechte haltung|krumme haltung|haltungsschaden|haltungsschwache|haltung verbessern|rundrucken|burojob|buroarbeit|schreibtischarbeit|sitze den ganzen tag|den ganzen tag sitzen|ergonomi*',
    ca: 'postura|mala postura|encorbat*|treball d oficina|assegut tot el dia',
    pt: 'postura|ma postura|curvad*|trabalho de escritorio|sentado o dia todo',
    ar: 'وضعيه|وضعية الجلوس|قاعد طول النهار',
  },
  physio: {
    en: 'physio|physiotherapy|physiotherapist|physical therapy|physical therapist|pt session|osteo|osteopath*|chiro|chiropract*',
    es: 'fisio|fisioterapia|fisioterapeuta|osteopata|osteopatia|quiropract*',
    fr: 'kine|kinesitherapie|kinesitherapeute|kinesi|physiotherapie|osteo|osteopath*|chiropract*',
    it: 'fisio|fisioterapia|fisioterapista|fisioterapisti|fisiatra|osteopata|osteopatia|osteo|chiropratic*|chiroprat*',
    de: 'physio|physiotherapie|physiotherapeut*|krankengymnastik|manuelle therapie|osteopath*|chiropraktik*|chiropraktiker*|chiro',
    ca: 'fisio|fisioterapia|fisioterapeuta|osteopata|osteopatia|quiropract*',
    pt: 'fisio|fisioterapia|fisioterapeuta|osteopata|osteopatia|quiropra*',
    ar: 'علاج طبيعي|العلاج الطبيعي|ترويض|الترويض|كينيزي|فيزيو|=kine|=lkine|tarwid',
  },
  /** The ribs and the rib cage ("côté", a side, is not a rib). */
  ribs: {
    en: 'rib|ribs|ribcage|rib cage',
    es: 'costilla*|caja toracica',
    fr: 'cage thoracique|cotes flottantes|cote felee|cote cassee|cotes cassees',
    it: 'costola|costole|gabbia toracica',
    de: 'rippe|rippen|rippenbogen|brustkorb',
    ca: 'costella|costelles|caixa toracica',
    pt: 'costela|costelas|caixa toracica',
    ar: 'ضلع|ضلوع|الضلوع|القفص الصدري|dlou3|dla3',
  },
} satisfies PhraseTable<string>;
