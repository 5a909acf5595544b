/**
 * Concepts of hair, beauty and spa businesses (barbers, hairdressers, nail,
 * lash and brow studios, spas and hammams) that the service table names
 * only broadly: `hair` joins a cut and a colour, these tell them apart, and
 * they join the words customers use to the owner's ("fade" and
 * "degradado", "shellac" and "semipermanente", "hammam" and "bain turc").
 * See phrases.ts for the syntax.
 *
 * A few phrases contain a word an older concept also holds ("corte de
 * pelo" is `hair` too): the narrower concept is added beside the broad
 * one, never instead of it. Words that change meaning between businesses
 * stay out on their own: "gel" (nails or an ultrasound), "tint" (hair,
 * brows or lashes), "shave" (a barber's service or the preparation for
 * laser), "extensions" (hair or lashes), "roots" (hair or teeth).
 */
import type { PhraseTable } from './phrases.js';

export const BEAUTY_CONCEPTS = {
  haircut: {
    en: 'haircut*|hair cut|hair trim|trim my hair|cut my hair|short back and sides|buzz cut|buzzcut|crew cut|skin fade|low fade|mid fade|high fade|taper fade|fade cut|scissor cut|clipper cut',
    es: 'corte de pelo|cortar el pelo|cortarme el pelo|corte de cabello|cortar las puntas|sanear las puntas|degradado|rapado|corte a maquina|corte a tijera',
    fr: 'coupe de cheveux|couper les cheveux|couper mes cheveux|couper les pointes|les pointes|degrade|coupe homme|coupe femme|coupe enfant|coupe tondeuse',
    ca: 'tall de cabell|tallar el cabell|tallar me el cabell|tallar les puntes|les puntes|degradat|rapat|tall a maquina',
    pt: 'corte de cabelo|cortar o cabelo|cortar cabelo|aparar as pontas|cortar as pontas|as pontas|degrade|corte a maquina|corte a tesoura',
    ar: 'قص الشعر|قصه شعر|حلاقه شعر|قصه شعري|قص شعري|qass sha3r|9ass cha3r',
  },
  beard: {
    en: 'beard*|goatee|stubble|hot towel|wet shave|straight razor|cut throat|moustache trim|mustache trim',
    es: 'barba|barbas|perfilado de barba|perfilar la barba|afeitado clasico|afeitado a navaja|navaja|toalla caliente',
    fr: "barbe|barbes|bouc|taille de barbe|tailler la barbe|rasage traditionnel|rasage a l'ancienne|coupe chou|serviette chaude",
    ca: 'barba|barbes|perfilar la barba|afaitat classic|afaitat amb navalla|navalla|tovallola calenta',
    pt: 'barba|barbas|cavanhaque|aparar a barba|fazer a barba|barba tradicional|navalha|toalha quente',
    ar: 'لحيه|اللحيه|لحيتي|دقن|دقني|تشذيب اللحيه|تحديد اللحيه|d9en',
  },
  hairColour: {
    en: 'hair colour|hair color|colour my hair|color my hair|dye|dyed|dyeing|hair dye|highlights|lowlights|babylights|balayage|ombre|root touch up|root colour|root color|regrowth|grey coverage|gray coverage|grey hair|gray hair|greys|bleach my hair',
    es: 'tinte|tintes|tenirme|tenir el pelo|tenirme el pelo|mechas|mechitas|reflejos|balayage|babylights|ombre|retoque de raiz|retocar la raiz|canas|cubrir canas|decolora*|matizar|color de pelo',
    fr: 'coloration|couleur de cheveux|teinture|meches|balayage|babylights|ombre|racines blanches|cheveux blancs|decoloration|decolorer|patine',
    ca: "tint de cabell|tintar|tenyir*|metxes|reflexos|balayage|babylights|retoc d'arrels|cabells blancs|canes|decolora*|matisar",
    pt: 'pintar o cabelo|pintar cabelo|tinta no cabelo|madeixas|nuances|balayage|babylights|ombre|retoque de raiz|raiz branca|cabelos brancos|cabelo branco|descolora*|matizar|tonalizar|coloracao',
    ar: 'صبغه|صبغ|صبغه شعر|صبغ الشعر|ميش|ميشات|هايلايت|بالياج|الشيب|شيب|شعر ابيض|sabgha|sbagha|sbigha|balayage',
  },
  styling: {
    en: 'updo|up do|hairstyle|hair style|hairdo|styling|curls|curling|beach waves|waves|braid*|plait*|cornrows|hair up|straighteners',
    es: 'peinado recogido|un recogido|semirecogido|ondas|rizos|trenza*|peinarme|planchado|plancha|ondas al agua',
    fr: 'chignon|coiffage|coiffer|ondulations|boucles aux cheveux|tresse*|lisseur|lissage au fer',
    ca: 'pentinat recollit|cabell recollit|ones|rinxols|trena|trenes|planxa|planxat|pentinar me',
    pt: 'penteado*|coque|cachos|ondas|ondulado|tranca*|trancas|chapinha|babyliss|prancha',
    ar: 'تسريحه|تسريحات|سشوار|استشوار|ويفي|ضفيره|ضفاير|tasri7a|seshwar|sechoir',
  },
  keratin: {
    en: 'keratin*|brazilian blowout|smoothing treatment|hair smoothing|hair straightening|straightening treatment|relaxer|frizz|frizzy|hair botox|nanoplast*',
    es: 'keratina|queratina|alisado*|alisar|alisarme|encrespado|frizz|botox capilar|nanoplastia',
    fr: 'keratine|lissage bresilien|lissage|lisser|frisottis|botox capillaire|nanoplastie',
    ca: 'queratina|keratina|allisat*|allisar|encrespat|frizz|botox capillar|botox capilar',
    pt: 'queratina|keratina|alisamento|alisar|progressiva|escova progressiva|frizz|botox capilar|nanoplastia|selagem|selante',
    ar: 'كيراتين|الكيراتين|فرد الشعر|تمليس|keratine|keratin',
  },
  hairExtensions: {
    en: 'hair extension*|tape in*|tape-in*|clip in*|clip-in*|weave|weaves|wefts|wig|wigs|micro rings|hair pieces|hairpiece',
    es: 'extensiones de pelo|extensiones de cabello|extensiones capilares|extensiones de queratina|peluca*|cortinilla*',
    fr: 'extensions de cheveux|extensions capillaires|extension cheveux|rajout*|perruque*|tissage*',
    ca: 'extensions de cabell|extensions capillars|perruca*',
    pt: 'extensoes de cabelo|extensao de cabelo|alongamento de cabelo|mega hair|megahair|apliques de cabelo|peruca*',
    ar: 'وصلات شعر|وصلات الشعر|اكستنشن شعر|باروكه|perruque',
  },
  hairLoss: {
    en: 'hair loss|losing hair|losing my hair|thinning hair|hair thinning|balding|bald patch*|alopecia|receding|hair fall|hair falling out|hair transplant',
    es: 'caida del pelo|caida del cabello|caida de pelo|se me cae el pelo|alopecia|calvicie|calvo|injerto capilar|trasplante capilar',
    fr: 'chute de cheveux|chute des cheveux|perte de cheveux|alopecie|calvitie|chauve|greffe de cheveux|greffe capillaire',
    ca: 'caiguda del cabell|caiguda de cabell|em cau el cabell|alopecia|calvicie|calb',
    pt: 'queda de cabelo|queda do cabelo|cai o cabelo|caindo cabelo|alopecia|calvicie|careca|transplante capilar',
    ar: 'صلع|اصلع|الصلع|زراعه شعر|زراعه الشعر|تساقط شعري|شعري بيوقع',
  },
  scalp: {
    en: 'scalp|dandruff|flaky scalp|itchy scalp|oily scalp|head spa|scalp treatment|scalp massage',
    es: 'cuero cabelludo|caspa|picor de cabeza|head spa|tratamiento capilar',
    fr: 'cuir chevelu|pellicules|demangeaisons du cuir|head spa|soin capillaire',
    ca: 'cuir cabellut|caspa|pell del cap|head spa|tractament capillar',
    pt: 'couro cabeludo|caspa|comichao no couro|head spa|tratamento capilar',
    ar: 'فروه الراس|قشره الشعر|قشره|حكه الراس|head spa',
  },
  occasion: {
    en: 'wedding*|bride|brides|bridal|bridesmaid*|hen party|hen do|bachelorette|engagement|prom|graduation|getting married',
    es: 'boda|bodas|nupcial|maquillaje de novia|peinado de novia|dama de honor|damas de honor|despedida de soltera|comunion|graduacion|me caso|nos casamos',
    fr: "mariage*|mariee*|demoiselle d'honneur|demoiselles d'honneur|evjf|enterrement de vie de jeune fille|je me marie|bal de promo",
    ca: "casament|casaments|boda|noces|maquillatge de nuvia|pentinat de nuvia|dama d'honor|comunio|graduacio|em case|em caso",
    pt: 'casamento|casamentos|maquilhagem de noiva|maquiagem de noiva|penteado de noiva|dia da noiva|madrinha*|despedida de solteira|batizado|formatura|vou casar|vou me casar',
    ar: 'عرس|عروس|عروسه|زفاف|خطوبه|ليله الحنه|3rousa|3arousa|zifaf',
  },
  gelNails: {
    en: 'gel nails|gel polish|gel manicure|gel pedicure|shellac|semi permanent polish|biab|builder gel|acrylic nails|acrylic set|polygel|nail extension*|gel infill|acrylic infill|nail infill|nail tips|press ons|soak off|gel removal|remove my gel|remove gel',
    es: 'esmaltado semipermanente|manicura semipermanente|pedicura semipermanente|semipermanente de manos|semipermanente en manos|semipermanente en pies|unas de gel|esmalte en gel|gel en las unas|unas acrilicas|unas de acrilico|unas postizas|unas esculpidas|esculpidas|polygel|relleno de unas|retirar el semipermanente|quitar el semipermanente|quitar el gel|retirar el gel|biab',
    fr: 'vernis semi permanent|ongles en gel|pose gel|vernis gel|gel sur ongles|capsules|faux ongles|ongles en acrylique|polygel|remplissage ongles|remplissage gel|depose gel|depose semi permanent|biab',
    ca: "esmaltat semipermanent|manicura semipermanent|ungles de gel|esmalt de gel|ungles acriliques|ungles d'acrilic|polygel|biab",
    pt: 'verniz gel|unhas de gel|unhas gel|gelinho|gel nas unhas|verniz semipermanente|manicure semipermanente|unhas acrilicas|unhas de acrilico|unhas em acrilico|unhas postica*|alongamento de unhas|fibra de vidro|polygel|manutencao das unhas|remocao de gel|tirar o gel|biab',
    ar: 'اظافر جل|طلاء جل|مناكير جل|اظافر اكريليك|اظافر صناعيه|تركيب اظافر|شيلاك|shellac',
  },
  nailArt: {
    en: 'nail art|nail design*|french manicure|french tips|chrome nails|nail stickers|rhinestones|nail gems',
    es: 'decoracion de unas|manicura francesa|francesita|nail art|dibujos en las unas|piedrecitas|unas decoradas',
    fr: "nail art|decoration d'ongles|ongles decores|french manucure|baby boomer|strass",
    ca: "decoracio d'ungles|ungles decorades|manicura francesa|nail art|pedretes",
    pt: 'nail art|decoracao de unhas|unhas decoradas|francesinha|desenhos nas unhas|pedrinhas',
    ar: 'رسم على الاظافر|رسومات اظافر|زينه اظافر|نيل ارت|nail art',
  },
  lashes: {
    en: 'lash*|eyelash*|lash lift|lash extensions|classic lashes|volume lashes|hybrid lashes|russian volume|lash infill|lash refill',
    es: 'pestana*|lifting de pestanas|extensiones de pestanas|pestanas pelo a pelo|volumen ruso|relleno de pestanas',
    fr: 'cils|cil|rehaussement de cils|extensions de cils|cil a cil|volume russe|remplissage de cils|lash lift',
    ca: 'pestany*|lifting de pestanyes|extensions de pestanyes|volum rus',
    pt: 'pestana*|cilios|extensoes de pestanas|extensao de cilios|lifting de pestanas|volume russo|fio a fio|manutencao de pestanas',
    ar: 'رموش|الرموش|رموشي|تركيب رموش|رفع الرموش|لاش ليفت|lash lift',
  },
  brows: {
    en: 'brow|brows|eyebrow*|brow lamination|brow tint|brow shape|brow wax|microblading|brow henna|hd brows|powder brows',
    es: 'ceja*|laminado de cejas|tinte de cejas|diseno de cejas|depilacion de cejas|microblading|microshading|henna de cejas',
    fr: 'sourcil*|rehaussement de sourcils|restructuration des sourcils|teinture des sourcils|microblading|brow lift',
    ca: 'cella|celles|laminat de celles|tint de celles|disseny de celles|microblading',
    pt: 'sobrancelha*|laminacao de sobrancelhas|design de sobrancelhas|henna de sobrancelhas|microblading|micropigmentacao de sobrancelhas',
    ar: 'حواجب|الحواجب|حاجب|حواجبي|رسم الحواجب|تشقير|تشقير الحواجب|ميكروبليدنج|microblading',
  },
  threading: {
    en: 'threading|eyebrow threading|threaded',
    es: 'depilacion con hilo|con hilo|hilo egipcio|hilo hindu',
    fr: 'epilation au fil|au fil|fil oriental',
    ca: 'depilacio amb fil|amb fil|fil egipci',
    pt: 'depilacao com linha|com linha|linha egipcia',
    ar: 'فتله|الفتله|خيط الحواجب|fetla|fatla|khit',
  },
  /** Wax as such, narrower than `hairRemoval` (which joins it with laser and shaving). */
  waxing: {
    en: 'wax|waxing|waxed|hot wax|strip wax|brazilian wax|hollywood wax|bikini wax|leg wax|lip wax',
    es: 'cera|depilacion con cera|depilacion a la cera|cera caliente|cera tibia|cera fria|cera de pino|ingles brasilenas',
    fr: 'cire|epilation a la cire|cire chaude|cire tiede|cire orientale|cire froide',
    ca: 'cera|depilacio amb cera|depilacio a la cera|cera calenta|cera tebia|cera freda',
    pt: 'cera|depilacao com cera|depilacao a cera|cera quente|cera morna|cera fria',
    ar: 'شمع|واكس|حلاوه|sham3|wax|7lawa',
  },
  facial: {
    en: 'facials|a facial|facial treatment*|face mask|chemical peel|chemical peels|facial peel|microdermabrasion|blackheads|open pores|enlarged pores|acne|pimples|anti ageing|anti aging|wrinkles|fine lines',
    es: 'limpieza facial|limpieza de cutis|tratamiento facial|peeling|exfoliacion facial|microdermoabrasion|puntos negros|poros dilatados|acne|granitos|espinillas|antiedad|antiarrugas|arrugas',
    fr: 'soin du visage|soins du visage|soin visage|nettoyage de peau|peeling|microdermabrasion|points noirs|pores dilates|acne|boutons|anti age|rides',
    ca: 'neteja facial|neteja de cutis|tractament facial|peeling|punts negres|porus dilatats|acne|antiedat|arrugues',
    pt: 'limpeza de pele|limpeza facial|tratamento facial|peeling|microdermoabrasao|pontos negros|cravos|poros dilatados|acne|borbulhas|espinhas|anti idade|antienvelhecimento|rugas',
    ar: 'تنظيف البشره|تنظيف بشره|فيشل|تقشير|حب الشباب|رؤوس سوداء|مسام|تجاعيد|peeling|facial',
  },
  makeup: {
    en: 'make up|makeup|make-up|mua|full glam|soft glam|airbrush makeup',
    es: 'maquillaje*|maquillar*|maquillarme|automaquillaje',
    fr: 'maquillage*|maquiller|maquilleuse|make up',
    ca: 'maquillatge*|maquillar*',
    pt: 'maquilhagem|maquiagem|maquilhar|maquiar|make up|makeup',
    ar: 'مكياج|ميك اب|ميكب|ميكاب|makeup|mekyaj|maquillage',
  },
  massage: {
    en: 'massage*|masseuse|masseur|deep tissue|swedish|sports massage|aromatherapy|lymphatic drainage|reflexology|shiatsu|thai massage|back rub',
    es: 'masaje*|masajista|drenaje linfatico|descontracturante|reflexologia|aromaterapia',
    fr: 'massage*|masser|masseuse|masseur|drainage lymphatique|reflexologie|aromatherapie|californien|suedois',
    ca: 'massatge*|massatgista|drenatge limfatic|descontracturant|reflexologia|aromaterapia',
    pt: 'massagem|massagens|massagista|drenagem linfatica|reflexologia|aromaterapia|shiatsu',
    ar: 'مساج|تدليك|مساجات|ماساج|masaj|massage|tadlik',
  },
  hotStones: {
    en: 'hot stone*|stones massage|lava shells',
    es: 'piedras calientes|piedras volcanicas|geotermal|geotermia',
    fr: 'pierres chaudes|pierres volcaniques',
    ca: 'pedres calentes|pedres volcaniques',
    pt: 'pedras quentes|pedras vulcanicas',
    ar: 'الاحجار الساخنه|احجار ساخنه|حجر ساخن|hot stone',
  },
  hammam: {
    en: 'hammam|hamam|turkish bath|moroccan bath|body scrub|exfoliating glove|kessa|black soap|steam room|steam bath|rhassoul',
    es: 'hammam|hamam|bano turco|bano arabe|banos arabes|exfoliacion corporal|guante kessa|kessa|jabon negro|sauna de vapor|bano de vapor|rhassoul',
    fr: 'hammam|bain turc|bain maure|gommage corporel|gommage au savon noir|savon noir|gant kessa|kessa|bain de vapeur|rhassoul',
    ca: 'hammam|bany turc|banys arabs|bany arab|exfoliacio corporal|guant kessa|sabo negre|bany de vapor',
    pt: 'hammam|hamam|banho turco|banho arabe|esfoliacao corporal|luva kessa|banho de vapor|rhassoul',
    ar: 'حمام مغربي|حمام تركي|الحمام المغربي|حمام بلدي|صابون بلدي|الصابون البلدي|تقشير الجسم|غاسول|hammam|7ammam|kessa|ghassoul',
  },
  spaCircuit: {
    en: 'jacuzzi|hot tub|whirlpool|spa pool|plunge pool|thermal circuit|wet area|relaxation room|spa circuit',
    es: 'jacuzzi|circuito termal|circuito spa|piscina climatizada|zona de aguas|zona humeda|sala de relax|bañera de hidromasaje|hidromasaje',
    fr: 'jacuzzi|bain a remous|parcours aquatique|espace detente|espace bien etre|piscine chauffee|balneo',
    ca: "jacuzzi|circuit termal|circuit spa|piscina climatitzada|zona d'aigues|sala de relax|hidromassatge",
    pt: 'jacuzzi|hidromassagem|circuito termal|circuito spa|piscina aquecida|zona humida|sala de relaxamento',
    ar: 'جاكوزي|ساونا|سونا|حوض استرخاء|jacuzzi',
  },
  couples: {
    en: 'couple|couples|for two|two people|2 people|side by side|with my partner|with my boyfriend|with my girlfriend|duo',
    es: 'en pareja|para dos|dos personas|2 personas|con mi novio|con mi novia|duo',
    fr: 'en couple|pour deux|deux personnes|2 personnes|en duo|duo|avec mon copain|avec ma copine',
    ca: 'en parella|per a dos|per a dues|dues persones|2 persones|amb el meu xicot|amb la meua xicota|duo',
    pt: 'casal|para dois|duas pessoas|2 pessoas|com o meu namorado|com a minha namorada|duo',
    ar: 'كابل|زوجين|شخصين|انا وزوجي|انا وزوجتي|انا وصاحبتي|لشخصين',
  },
  bodyWrap: {
    en: 'body wrap|body wraps|mud wrap|seaweed wrap|seaweed|cellulite|anti cellulite|body contouring|slimming|detox wrap',
    es: 'envoltura*|envoltorio corporal|barro|algas|celulitis|anticelulitis|reductor|reafirmante|moldeador',
    fr: 'enveloppement*|boue|cellulite|anticellulite|amincissant|minceur|raffermissant',
    ca: 'embolcall*|fang|cellulitis|celulitis|anticellulitis|reductor|reafirmant',
    pt: 'envolvimento corporal|envolvimento de algas|lama|algas|celulite|anticelulite|redutor|modelador|drenante',
    ar: 'لف الجسم|تنحيف|سيلوليت|السيلوليت|نحت الجسم|cellulite|tan7if',
  },
} satisfies PhraseTable<string>;
