/**
 * Concepts of musculoskeletal practices (chiropractic, osteopathy,
 * physiotherapy, sports and remedial massage): the therapies their
 * customers ask for in their own words ("crack my back", "einrenken",
 * "hijama", "ventosas", "شد الفقرات") and the complaints they come with
 * (whiplash, scoliosis, pins and needles, a clicking jaw) against what the
 * practice wrote in another language. See phrases.ts for the syntax.
 * The body's parts and the everyday complaints are the body table's (back,
 * neck, shoulder, knee, hip, sciatica with a slipped disc and a pinched
 * nerve, posture, a sprain, and physio, which also holds the words
 * "osteo" and "chiro"), a sports injury the care table's (sport), a car
 * accident the school table's (accident), a massage the beauty table's
 * (massage, with sports massage and lymphatic drainage), shockwave and an
 * X-ray or a scan (MRI too) the service table's, dry needling, acupuncture
 * and taping the practice table's, and a child the care table's
 * (children), which is all a child's or a baby's visit needs: colic is
 * left out (a horse's at a vet, a kidney's, a period's).
 *
 * Offerings (concepts.ts, OFFERING_CONCEPTS): chiropractic, osteopathy,
 * cupping, spinal decompression and electrotherapy are therapies a
 * practice does or does not do, so they are named by the therapy's own
 * words even where the body table's physio also hears them ("do you do
 * chiro?" at a physio that never wrote of it asks what it cannot answer).
 * Whiplash, scoliosis, numbness and the jaw are the customer's own: not
 * offerings.
 * Left out on their own:
 * - "adjustment", "ajuste", "ajustement", "Anpassung" (an appointment
 *   changed, a brace, glasses or a bike's gears adjusted): only a spinal
 *   or chiropractic adjustment; "back adjustment", "neck adjustment" and
 *   "adjust my back" (a bike's back brake, a guitar's neck);
 * - "crack", "craquer", "knacken" (a cracked tooth, a cracked screen):
 *   only "crack my back", "crack joints" and the like, not "back cracked"
 *   (the back of a phone), and French "vous faites craquer ?" as written
 *   ("ça m'a fait craquer", it won me over); "manipulation" (of a person) but the spine's;
 * - "osteo" (also osteoarthritis: "I have osteo in my knee"; the body
 *   table's physio hears it), so only the osteopath's own words;
 * - "disc" and "disk" (a brake disc at a garage, a CD), "hernia" (an
 *   inguinal hernia, a pet's): the body table's sciatica has them;
 * - "traction" (a car's, a tyre's): only spinal, cervical or lumbar
 *   traction; "decompression" (a diver's) but the spine's; "scan" (a photo
 *   scan) is the service table's;
 * - "cupping" is read only as written ("cup" is its English stem: a cup of
 *   coffee, a bra's cup size), "ventosa" (a suction cup; a "ventosa"
 *   delivery), "ventoso" (windy) and "coppetta" (a menstrual cup) but in
 *   the plural or a therapy's words; Darija "الحجام" and "7jjam" (a
 *   barber) are not the cupping "حجامه";
 * - "tens" (Catalan and Portuguese "you have"), "corrientes" (a current
 *   account): only a TENS machine or interferential currents;
 * - "numb" (an anaesthetic's, at a dentist or a tattooist: the care
 *   table's anaesthesia), "taub" and "Taubheit" (German deaf, deafness),
 *   "se me duerme" (a baby falling asleep), "adormecimiento" and
 *   "adormiment" (their stems are the anaesthetic's "adormecer",
 *   "adormir"), "خدر" (the stem of مخدر, an anaesthetic);
 * - "فك" (to undo: braids, a knot), "queixo" (a chin, for a filler),
 *   "atm" in Arabizi; "طقطقه" alone (Gulf banter), "تقويم" alone
 *   (orthodontics, a calendar), "شد الرقبه" (a neck lift).
 * Numbness with sudden weakness is a stroke's sign, which the safety rules
 * handle; this concept only finds the practice's text about it.
 */
import type { PhraseTable } from './phrases.js';

export const SPINE_CONCEPTS = {
  /** Chiropractic: a chiropractor, an adjustment, a manipulation of the spine, "crack my back". */
  chiropractic: {
    en: 'chiropract*|chiro|chiropracter|chiropracticioner|spinal adjustment*|spine adjustment*|chiropractic adjustment*|adjust my spine|spinal manipulation|spine manipulation|manipulation of the spine|crack my back|crack my neck|cracking my back|cracking my neck|get my back cracked|get my neck cracked|pop my back|crack joints|crack my joints|crack your joints|cracking joints|joint cracking|bonesetter|bone setter',
    es: 'quiropract*|quiropraxia|quiropraxis|quiro|ajuste quiropractico|ajustes quiropracticos|ajuste vertebral|ajustes vertebrales|manipulacion vertebral|manipulaciones vertebrales|tronar la espalda|tronarme la espalda|crujir la espalda|que me cruja la espalda|sonar la espalda|huesero',
    fr: 'chiropract*|chiropraxie|chiropraticien*|chiro|ajustement vertebral|ajustements vertebraux|ajustement chiropratique|manipulation vertebrale|manipulations vertebrales|faire craquer le dos|craquer le dos|craquer la nuque|faire craquer la nuque|=faites craquer|craquer les articulations|faire craquer les articulations|rebouteux|rebouteuse|remettre le dos en place',
    it: 'chiroprat*|chiropractic*|aggiustamento vertebrale|aggiustamenti vertebrali|aggiustamento chiropratico|manipolazione vertebrale|manipolazioni vertebrali|scrocchiare la schiena|scrocchiare il collo|aggiustaossa|conciaossa',
    de: 'chiropraktik*|chiropraktiker*|chiropraxis|chirotherapie|chirotherapeut*|chiro|einrenken|einrenkt|eingerenkt|wirbel einrenken|rucken einrenken|wirbelsaule einrenken|wirbel eingerenkt|manipulation der wirbelsaule|wirbelsaulenmanipulation|rucken knacken|nacken knacken',
    ca: "quiropract*|quiropraxi*|ajust vertebral|ajustos vertebrals|manipulacio vertebral|manipulacions vertebrals|fer petar l'esquena|petar l'esquena|cruixir l'esquena|trencaossos",
    pt: 'quiropra*|quiropraxia|quiropratico|quiropraxista|ajuste vertebral|ajustes vertebrais|ajuste quiropratico|manipulacao vertebral|manipulacoes vertebrais|estalar as costas|estalar a coluna|estalar o pescoco|endireita ossos|endireitar a coluna',
    ar: 'جلسات تقويم|جلسه تقويم|جلسات التقويم|تقويم ظهر|تقويم ظهري|تقويم الظهر|تقويم ضهري|تقويم الضهر|تقويم الرقبه|تقويم رقبه|تقويم رقبتي|تقويم فقرات|تقويم الفقرات|ta2weem el ra2be|ta2weem ra2bti|ta2weem dahri|ta2weem el dahr|taqweem|كايروبراكتيك|كيروبراكتيك|كايروبراكتك|كيروبراكتك|كايروبراكتر|كايرو|تقويم العمود الفقري|معالج العمود الفقري|طقطقه الظهر|طقطقه الرقبه|طقطقه العمود الفقري|تطقيق الظهر|يطقطق ظهري|طقطق ظهري|طقطقلي ظهري|chiropracteur|chiropraxie|chiropractic|chiropractor|chiro',
  },
  /** Osteopathy: an osteopath, cranial (craniosacral) and visceral osteopathy. */
  osteopathy: {
    en: 'osteopath*|cranial osteopathy|craniosacral|cranio sacral|visceral manipulation',
    es: 'osteopat*|osteopatia craneal|craneosacral|terapia craneosacral|osteopatia visceral',
    fr: 'osteopath*|osteopathie cranienne|craniosacre|cranio sacre|craniosacral*|osteopathie viscerale',
    it: 'osteopat*|osteopatia cranica|craniosacrale|cranio sacrale|osteopatia viscerale',
    de: 'osteopath*|kraniosakral*|craniosacral*|cranio sacral|viszerale osteopathie',
    ca: 'osteopat*|craniosacral|osteopatia cranial|osteopatia visceral',
    pt: 'osteopat*|craniossacral|cranio sacral|terapia craniossacral|osteopatia visceral',
    ar: 'اوستيوباثي|الاوستيوباثي|اوستيوباث|اوستيوبات|استيوباثي|العلاج العظمي|معالج عظمي|osteopathe|osteopathie|osteopath',
  },
  /** Cupping: dry, wet or fire cupping, hijama. */
  cupping: {
    en: '=cupping|=cupping therapy|wet =cupping|dry =cupping|fire =cupping|=cupping massage|hijama|hijamah',
    es: '=ventosas|ventosaterapia|ventosa terapia|terapia con ventosas|terapia de ventosas|masaje con ventosas|=cupping|hijama',
    fr: '=ventouses|ventousotherapie|therapie par ventouses|pose de ventouses|massage aux ventouses|=cupping|hijama|hijema',
    it: '=coppettazione|=coppette|fare le coppette|coppette cinesi|massaggio con le coppette|terapia con le coppette|=cupping|hijama',
    de: 'schropf*|=cupping|hijama',
    ca: '=ventoses|ventosateràpia|ventosoterapia|teràpia amb ventoses|=cupping|hijama',
    pt: '=ventosas|ventosaterapia|ventosoterapia|terapia com ventosas|massagem com ventosas|=cupping|hijama',
    ar: '=حجامه|=الحجامه|=بالحجامه|=حجامة|=الحجامة|=بالحجامة|=حجامه رطبه|=حجامه جافه|كاسات هوا|كاسات الهوا|كاسات الهواء|=hijama|=7ijama|=hijema|=7ijema|=l7ijama|=el7ijama|=hjama|ventouses',
  },
  /** Spinal decompression and traction: a decompression table, cervical or lumbar traction. */
  spinalDecompression: {
    en: 'spinal decompression|decompression therapy|disc decompression|decompression table|non surgical decompression|spinal traction|cervical traction|lumbar traction|neck traction|traction therapy|traction table|inversion table|inversion therapy',
    es: 'descompresion vertebral|descompresion espinal|descompresion discal|descompresion lumbar|descompresion cervical|traccion vertebral|traccion cervical|traccion lumbar|mesa de traccion|camilla de descompresion',
    fr: 'decompression vertebrale|decompression discale|decompression rachidienne|decompression lombaire|decompression cervicale|traction vertebrale|traction cervicale|traction lombaire|table de decompression|table de traction',
    it: 'decompressione vertebrale|decompressione spinale|decompressione discale|trazione vertebrale|trazione cervicale|trazione lombare|trazioni vertebrali|lettino di trazione',
    de: 'wirbelsaulendekompression|dekompressionstherapie|bandscheibendekompression|dekompression der wirbelsaule|extensionstherapie|extension behandlung|traktion behandlung|traktionstherapie|traktion der wirbelsaule|schlingentisch',
    ca: 'descompressio vertebral|descompressio discal|descompressio espinal|traccio vertebral|traccio cervical|traccio lumbar',
    pt: 'descompressao vertebral|descompressao espinhal|descompressao discal|descompressao da coluna|tracao vertebral|tracao cervical|tracao lombar|tracao da coluna|mesa de tracao',
    ar: 'شد الفقرات|شد فقرات|شد العمود الفقري|شد الظهر|جهاز شد الظهر|جهاز شد الفقرات|سحب الفقرات|فك الضغط عن الفقرات|تخفيف الضغط عن الفقرات|decompression vertebrale|traction cervicale',
  },
  /** Electrotherapy: a TENS machine, electrical muscle stimulation, interferential currents. */
  electrotherapy: {
    en: 'electrotherapy|electro therapy|electrical stimulation|electric stimulation|electrical muscle stimulation|muscle stimulation|=tens machine|=tens unit|=tens therapy|e stim|estim|interferential|interferential current*',
    es: 'electroterapia|electroestimulacion|electro estimulacion|electroestimulador|corrientes interferenciales|corrientes analgesicas|aparato tens|maquina tens',
    fr: 'electrotherapie|electrostimulation|electro stimulation|electrostim|courants interferentiels|appareil tens|neurostimulation',
    it: 'elettroterapia|elettrostimolazione|elettrostimolatore|elettro stimolazione|correnti interferenziali|tens antalgica|apparecchio tens',
    de: 'elektrotherapie|reizstrom*|elektrostimulation|elektro stimulation|tens gerat|interferenzstrom*|schwellstrom*|muskelstimulation',
    ca: 'electroterapia|electroestimulacio|electro estimulacio|corrents interferencials|aparell tens',
    pt: 'eletroterapia|electroterapia|eletroestimulacao|electroestimulacao|eletro estimulacao|correntes interferenciais|aparelho tens',
    ar: 'علاج كهربائي|العلاج الكهربائي|تحفيز كهربائي|التحفيز الكهربائي|التحفيز الكهربائي للعضلات|جلسات كهربا|جلسه كهربا|جلسات الكهربا|تنبيه كهربائي|electrotherapie|electrostimulation',
  },
  /** Whiplash: the neck's injury in a car accident. */
  whiplash: {
    en: 'whiplash|whip lash|wiplash',
    es: 'latigazo cervical|latigazo|esguince cervical|efecto latigo',
    fr: 'coup du lapin|entorse cervicale|traumatisme cervical|coup de fouet cervical|whiplash',
    it: 'colpo di frusta|distorsione cervicale|trauma cervicale|whiplash',
    de: 'schleudertrauma|hws trauma|hws distorsion|hws verletzung|peitschenschlagverletzung|beschleunigungstrauma',
    ca: 'cop de fuet|fuetada cervical|esquinç cervical|lesio cervical|latigazo',
    pt: 'chicotada cervical|efeito chicote|lesao em chicote|lesao de chicote|entorse cervical|traumatismo cervical|golpe de chicote|whiplash',
    ar: 'ارتجاج الرقبه|ارتجاج رقبي|الارتجاج الرقبي|اصابه الرقبه|اصابه في الرقبه|اصابه العنق|التواء الرقبه|التواء في الرقبه|whiplash|coup du lapin',
  },
  /** A curved spine: scoliosis, kyphosis, lordosis, a hump. */
  scoliosis: {
    en: 'scoliosis|scoliotic|curved spine|curvature of the spine|spinal curvature|curve in my spine|kyphosis|lordosis|hyperlordosis|hunchback|dowager hump|swayback',
    es: 'escoliosis|escoliotic*|cifosis|lordosis|hiperlordosis|hipercifosis|columna desviada|desviacion de columna|desviacion de la columna|joroba|chepa',
    fr: 'scoliose|scoliotique|cyphose|lordose|hyperlordose|hypercyphose|colonne deviee|deviation de la colonne',
    it: 'scoliosi|scoliotic*|cifosi|lordosi|iperlordosi|ipercifosi|colonna storta|deviazione della colonna|gobba',
    de: 'skoliose|skoliotisch*|kyphose|lordose|hyperlordose|hohlkreuz|wirbelsaulenverkrummung|krumme wirbelsaule|witwenbuckel',
    ca: 'escoliosi|cifosi|lordosi|hiperlordosi|columna desviada|desviacio de columna|gepa',
    pt: 'escoliose|cifose|lordose|hiperlordose|hipercifose|coluna torta|desvio da coluna|desvio na coluna|corcunda',
    ar: 'جنف|الجنف|انحراف العمود الفقري|انحناء العمود الفقري|اعوجاج العمود الفقري|اعوجاج الظهر|تقوس الظهر|تحدب الظهر|حدبه|الحدبه|scoliose|scoliosis|skoliosis|cyphose|lordose',
  },
  /** Numbness and tingling: pins and needles, a hand or a foot that goes to sleep. */
  numbness: {
    en: '=numbness|tingling|tingle|tingles|pins and needles|hand goes numb|hands go numb|arm goes numb|leg goes numb|foot goes numb|fingers go numb|numb fingers|numb hand|numb hands|numb arm|numb leg|numb foot|numb toes',
    es: 'hormigueo|hormigueos|entumecimiento|entumecid*|se me duerme la mano|se me duermen las manos|se me duerme el brazo|se me duerme la pierna|se me duermen los dedos|mano dormida|manos dormidas|acorchad*|parestesia*',
    fr: 'fourmillement*|fourmis dans|engourdissement*|engourdi|engourdie|engourdis|engourdies|paresthesie*',
    it: 'formicolio|formicolii|formicola|formicolano|intorpidimento|intorpidit*|mano addormentata|mani addormentate|braccio addormentato|gamba addormentata|parestesi*',
    de: 'kribbeln|kribbelt|kribbelnd|ameisenlaufen|taubheitsgefuhl*|taube finger|taube hand|taube hande|taubes gefuhl|eingeschlafene hand|eingeschlafene finger|eingeschlafener arm|hand schlaft ein|finger schlafen ein|parasthesie*|missempfindung*',
    ca: 'formigueig|formigueigs|formigues a|entumiment|entumit|entumida|parestesi*',
    pt: 'formigueiro|formigamento|formigueiros|dormencia|dormente|dormentes|mao dormente|maos dormentes|dedos dormentes|parestesia*',
    ar: 'تنميل|التنميل|تنمل|بتنمل|يتنمل|تنميله|نمنمه|tanmil|tnmil|tanmeel|fourmillements|engourdissement',
  },
  /** The jaw: the temporomandibular joint (TMJ), a clicking or locked jaw. */
  jaw: {
    en: 'jaw|jaws|tmj|tmd|temporomandibular|jaw joint|jaw pain|jaw clicking|clicking jaw|jaw clicks|lockjaw|locked jaw',
    es: 'mandibula|mandibular|atm|articulacion temporomandibular|temporomandibular|quijada|dolor de mandibula|me cruje la mandibula',
    fr: 'machoire|machoires|atm|articulation temporo mandibulaire|temporo mandibulaire|temporomandibulaire|sadam|mal a la machoire',
    it: 'mascella|mascelle|mandibola|atm|articolazione temporo mandibolare|temporomandibolare|dolore alla mascella',
    de: 'kiefer|kiefergelenk*|kieferschmerz*|kiefer knackt|kieferknacken|cmd|craniomandibulare dysfunktion|kraniomandibulare dysfunktion',
    ca: 'mandibula|maixella|atm|articulacio temporomandibular|temporomandibular',
    pt: 'mandibula|maxilar|maxilares|atm|articulacao temporomandibular|temporomandibular|disfuncao temporomandibular|dor na mandibula',
    ar: 'مفصل الفك|الم الفك|الم في الفك|وجع الفك|وجع في الفك|الفك يطقطق|طقطقه الفك|فكي يوجعني|فكي يعورني|الفك السفلي|tmj|machoire',
  },
  /**
   * Muscle soreness the day or two after exercise or a deep massage (DOMS: courbatures, agujetas, Muskelkater):
   * stiff, aching legs after a first sports massage or a match. Not a pain alone (the care table's), nor a cramp.
   */
  soreness: {
    en: 'sore muscles|muscle soreness|muscles are sore|muscles feel sore|legs are sore|legs are so sore|sore legs|aching muscles|achy muscles|doms|stiff legs|legs are stiff|legs feel like wood|legs feel like lead|can barely walk down the stairs',
    es: 'agujeta*|musculos adolorid*|musculos doloridos|dolor muscular|dolores musculares|piernas como piedra|piernas de piedra|estoy todo adolorido|estoy toda adolorida|todo molido|toda molida|apenas puedo bajar las escaleras',
    fr: 'courbature*|courbature|courbaturee|jambes raides|muscles raides|jambes en bois|jambes comme du bois|mal aux muscles|douleurs musculaires|douleur musculaire',
    it: 'indolenziment*|indolenzit*|dolori muscolari|dolore muscolare|muscoli doloranti|gambe di legno|gambe come legno|acido lattico',
    de: 'muskelkater|muskelkat*|muskelschmerz*|steife beine|beine sind steif|beine wie holz|beine wie blei|kaum die treppe runter',
    ca: 'agullet*|cruiximent*|cruixit|cruixida|musculs adolorits|dolor muscular|cames de fusta',
    pt: 'dor muscular|dores musculares|musculos doridos|musculos doloridos|dor nos musculos|coxas parecem de pau|parecem de pau|pernas de pau|todo moido|toda moida|todo partido|toda partida|acido latico|mal consigo descer as escadas|mal consigo descer escadas',
    ar: 'الم العضلات|آلام العضلات|الام العضلات|وجع العضلات|عضلاتي بتوجعني|عضلاتي توجعني|عضلاتي تعورني|جسمي مكسر|جسمي مكسّر|تكسير بالجسم|تكسير في الجسم|courbatures|3adalati|jesmi mkassar|مشدود|مشدوده|مشدودين|عضلاتي مشدوده|عضلاتي مشدودين|رجلي مشدوده|ظهري مشدود|mashdoud|mshdoud|mashdoude',
  },
} satisfies PhraseTable<string>;
