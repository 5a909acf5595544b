/**
 * Concepts of practices that treat the spine and joints (chiropractic,
 * osteopathy, physiotherapy, sports and remedial massage): the customer's
 * condition in their own words (a slipped disc, scoliosis, whiplash,
 * pins and needles) and what such a practice does or does not do (an
 * adjustment, cupping, spinal decompression, an MRI). Body parts, pain,
 * sciatica, posture, physiotherapy and chiropractic as such, an X-ray and
 * shockwave are older tables' (body, services). See phrases.ts for the
 * syntax.
 *
 * Left out on their own, for what they mean at other businesses:
 * "adjustment", "ajuste", "réglage" (an appointment moved, glasses or a
 * brace adjusted), "crack" (a cracked tooth or screen), "manipulation",
 * "disc", "disco", "disque" (a brake disc, a record), "traction" (a
 * car's), "hernia", "hernie" alone (an inguinal hernia, a puppy's
 * umbilical one), "cupping" and "cup" (a bra size, a menstrual cup),
 * "ventouse" alone (a birth by suction), "scan" (the services table's
 * X-ray), "tingling" after a filling's anaesthetic is the care table's
 * numbness only when the customer says "numb".
 * Sudden numbness with weakness is a stroke sign the safety rules read on
 * their own; this table does not touch them.
 */
import type { PhraseTable } from './phrases.js';

export const SPINE_CONCEPTS = {
  /** A slipped, herniated or bulging disc. */
  disc: {
    en: 'slipped disc|slipped disk|herniated disc|herniated disk|bulging disc|bulging disk|disc herniation|disc bulge|disc prolapse|prolapsed disc|disc problem*|protruding disc|l4 l5|l5 s1|c5 c6',
    es: 'hernia discal|hernias discales|hernia de disco|protrusion discal|protrusiones discales|disco desplazado|discopatia|pinzamiento|l4 l5|l5 s1',
    fr: 'hernie discale|hernies discales|protrusion discale|disque deplace|discopathie|pincement discal|l4 l5|l5 s1',
    it: 'ernia del disco|ernia discale|ernie discali|protrusione discale|protrusioni discali|discopatia|l4 l5|l5 s1',
    de: 'bandscheibenvorfall|bandscheibenvorfalle|bandscheibe|bandscheiben|bandscheibenvorwolbung|bandscheibenprotrusion|l4 l5|l5 s1',
    ca: 'hernia discal|hernies discals|protrusio discal|disc desplacat|l4 l5|l5 s1',
    pt: 'hernia discal|hernia de disco|hernias discais|protrusao discal|disco deslocado|bico de papagaio|l4 l5|l5 s1',
    ar: 'ديسك|الديسك|انزلاق غضروفي|الانزلاق الغضروفي|فتق غضروفي|ديسك بالظهر|disk|disc|hernie discale|ghodrouf|ghadrouf',
  },
  scoliosis: {
    en: 'scoliosis|curved spine|curvature of the spine|spine curvature|kyphosis|hunchback|lordosis',
    es: 'escoliosis|cifosis|lordosis|desviacion de columna|columna desviada|chepa',
    fr: 'scoliose|cyphose|lordose|colonne deviee|deviation de la colonne|dos vouté|dos voute',
    it: 'scoliosi|cifosi|lordosi|colonna storta|deviazione della colonna|gobba',
    de: 'skoliose|kyphose|lordose|rundrucken|hohlkreuz|schiefe wirbelsaule|wirbelsaulenverkrummung',
    ca: 'escoliosi|cifosi|lordosi|columna desviada|desviacio de columna|gepa',
    pt: 'escoliose|cifose|lordose|coluna torta|desvio na coluna|corcunda',
    ar: 'جنف|انحناء العمود الفقري|انحراف العمود الفقري|اعوجاج الظهر|تقوس الظهر|حدبه|scoliose|scoliosis',
  },
  /** A neck hurt in a car crash: whiplash (not the accident alone, which a garage hears of too). */
  whiplash: {
    en: 'whiplash|whiplash injury|whiplash injuries',
    es: 'latigazo cervical|esguince cervical',
    fr: 'coup du lapin|entorse cervicale',
    it: 'colpo di frusta',
    de: 'schleudertrauma|hws trauma|hws syndrom|hws distorsion',
    ca: 'cop de fuet|esquinc cervical',
    pt: 'efeito chicote|lesao em chicote|entorse cervical',
    ar: 'ارتجاج الرقبه|اصابه الرقبه في حادث|coup du lapin|whiplash',
  },
  /** Pins and needles, tingling, a numb arm or leg that comes and goes. */
  tingling: {
    en: 'pins and needles|tingling|tingles|tingly|numb arm|numb hand|numb leg|numb fingers|numb foot|numbness in my|goes numb|going numb|gets numb',
    es: 'hormigueo|hormigueos|me hormiguea|adormecimiento|se me duerme la mano|se me duerme el brazo|se me duerme la pierna|se me duermen los dedos|entumecimiento|entumecid*',
    fr: 'fourmillement*|fourmis dans|picotement*|engourdissement*|engourdi|engourdie|main engourdie|bras engourdi',
    it: 'formicolio|formicolii|intorpidimento|mi si addormenta la mano|mi si addormenta il braccio|mano addormentata|braccio addormentato|parestesi*',
    de: 'kribbeln|kribbelt|ameisenlaufen|taubheit|taubheitsgefuhl|taube finger|eingeschlafene hand|arm schlaft ein|hand schlaft ein|bein schlaft ein',
    ca: "formigueig|formiguejos|em formigueja|adormiment|se m'adorm la ma|se m'adorm el brac|entumiment",
    pt: 'formigueiro|formigamento|dormencia|mao dormente|braco dormente|perna dormente|dedos dormentes|adormece a mao|adormecimento',
    ar: 'تنميل|تنمل|خدر|خدران|ايدي تنمل|رجلي تنمل|يدي تنمل|tanmil|tnmil|fourmillement',
  },
  /** A chiropractic or osteopathic adjustment: "cracking" the back or the neck. */
  spinalAdjustment: {
    en: 'crack joints|crack your joints|cracking joints|crack the joints|joint cracking|the cracking thing|cracking thing|=manipulations|crack my back|crack my neck|cracking my back|cracking my neck|crack the back|crack the neck|back cracking|neck cracking|spinal adjustment*|chiropractic adjustment*|get adjusted|spinal manipulation|realign my spine|put my back back',
    es: 'crujidos|=manipulaciones|crujir la espalda|crujir el cuello|me crujan la espalda|que me crujan|hacer crujir|ajuste quiropractico|ajuste vertebral|ajustes vertebrales|manipulacion vertebral|colocar las vertebras|recolocar la columna',
    fr: 'faites craquer|faire craquer|fait craquer|craquement*|=manipulations|craquer le dos|craquer la nuque|craquer mon dos|faire craquer|ajustement chiropratique|ajustement vertebral|manipulation vertebrale|remettre les vertebres|remettre le dos en place|debloquer le dos',
    it: 'scrocchi|=manipolazioni|scrocchiare la schiena|scrocchiare il collo|far scrocchiare|aggiustamento chiropratico|aggiustamento vertebrale|manipolazione vertebrale|sbloccare la schiena|rimettere a posto la schiena',
    de: 'einrenken|eingerenkt|renkt ein|wirbel einrenken|ruckenknacken|knacken lassen|chiropraktische justierung|manipulation der wirbelsaule|blockade losen|blockierung losen',
    ca: "fer cruixir l'esquena|cruixir l'esquena|cruixir el coll|ajust quiropractic|ajust vertebral|manipulacio vertebral|collocar les vertebres",
    pt: 'estalos|=manipulacoes|estalar as costas|estalar o pescoco|estalar a coluna|ajuste quiropratico|ajuste da coluna|manipulacao vertebral|colocar a coluna no lugar|destravar a coluna',
    ar: 'طقطقه الظهر|طقطقه الرقبه|طقطقه|يطقطق|تطقطق|ترجيع الفقرات|تعديل الفقرات|تعديل العمود الفقري|ta9ta9a',
  },
  /** Cupping (hijama), dry or wet. */
  cupping: {
    en: 'cupping|cupping therapy|hijama|hijamah|wet cupping|dry cupping',
    es: 'ventosas|ventosaterapia|terapia de ventosas|hijama',
    fr: 'ventouses|ventousotherapie|hijama|cupping',
    it: 'coppettazione|coppette|cupping|hijama',
    de: 'schropfen|schropfkopfe|schropftherapie|schropfglaser|cupping|hijama',
    ca: 'ventoses|ventosateràpia|ventosaterapia|hijama',
    pt: 'ventosas|ventosaterapia|terapia com ventosas|hijama|cupping',
    ar: 'حجامه|الحجامه|حجامه جافه|حجامه رطبه|كاسات الهوا|hijama|7ijama|hjama|l7jama',
  },
  /** Spinal decompression or traction on a table. */
  decompression: {
    en: 'spinal decompression|decompression therapy|decompression table|spinal traction|back traction|neck traction|traction therapy|inversion table',
    es: 'descompresion vertebral|descompresion espinal|traccion vertebral|traccion cervical|traccion lumbar|mesa de traccion',
    fr: 'decompression vertebrale|decompression discale|traction vertebrale|traction cervicale|traction lombaire|table de decompression',
    it: 'decompressione vertebrale|decompressione spinale|trazione vertebrale|trazione cervicale|trazione lombare|lettino di trazione',
    de: 'wirbelsaulendekompression|dekompressionstherapie|dekompression|extensionstherapie|streckbehandlung|traktionstherapie|extensionsliege',
    ca: 'descompressio vertebral|traccio vertebral|traccio cervical|traccio lumbar',
    pt: 'descompressao vertebral|descompressao da coluna|tracao vertebral|tracao cervical|tracao lombar|mesa de tracao',
    ar: 'شد الفقرات|جهاز شد الظهر|تخفيف الضغط على الفقرات|شد العمود الفقري|décompression|decompression',
  },
  /** An MRI scan, brought or to be done. */
  mri: {
    en: 'mri|mri scan|mri scans|mri results|magnetic resonance',
    es: 'resonancia|resonancia magnetica|una resonancia|rmn|rm',
    fr: 'irm|une irm|mon irm|resonance magnetique',
    it: 'risonanza|risonanza magnetica|rmn|una risonanza',
    de: 'mrt|kernspin|kernspintomographie|magnetresonanz',
    ca: 'ressonancia|ressonancia magnetica|rmn',
    pt: 'ressonancia|ressonancia magnetica|rmn',
    ar: 'رنين|الرنين|رنين مغناطيسي|الرنين المغناطيسي|ام ار اي',
  },
} satisfies PhraseTable<string>;
