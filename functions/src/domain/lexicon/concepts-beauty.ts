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
 *
 * Lashes and brows: the words "lash", "pestañas", "sourcils", "حواجب"
 * are the coarse lashes and brows; the treatments a lash and brow studio's
 * customers tell apart (lift or extensions, infill, removal, lamination,
 * tint, shaping) are finer concepts beside them, each with what it leaves
 * out in its comment. Every concept here is an offering (concepts.ts).
 */
import type { PhraseTable } from './phrases.js';

/*
 * Arabic phrases of the finer lash and brow concepts, which the coarse lashes and brows hold too: in
 * Arabic a longer phrase of another concept drops the concepts of the words inside it (analyzer.ts), so
 * "تركيب رموش" would otherwise lose the #lashes of "رموش".
 */
const AR_LASH_LIFT =
  'رفع الرموش|رفع رموش|رفع رموشي|ليفتنج رموش|ليفتنج الرموش|ليفتنغ الرموش|ليفتينغ الرموش|لامينيشن الرموش|لامينيشن رموش|لاش ليفت|lash lift|lifting rmouch|lifting cils|rehaussement cils|raf3 rmouch|raf3 romoush';
const AR_LASH_EXTENSIONS =
  'تركيب رموش|تركيب الرموش|تركيب رمش|اكستنشن رموش|اكستنشن الرموش|رموش كلاسيك|رموش فوليوم|رموش هايبرد|رموش شعره شعره|رموش شعره بشعره|tarkib rmouch|tarkib romoush|extension rmouch|extension cils|extensions cils|lash extension*';
const AR_LASH_INFILL =
  'تعبئه الرموش|تعبئه رموش|صيانه الرموش|صيانه رموش|ريفيل رموش|ريفيل الرموش|ريفل رموش|refill rmouch|remplissage cils|remplissage des cils';
const AR_LASH_REMOVAL =
  'ازاله الرموش|ازاله رموش|شيل الرموش|شيل رموش|فك الرموش|فك رموش|نزع الرموش|نحيد الرموش|نحي الرموش|n7ayed rmouch|n7i rmouch|shil rmouch|depose cils';
const AR_LASH_TINT = 'صبغ الرموش|صبغه الرموش|صبغه رموش|صبغ رموش|تلوين الرموش|رموش صبغه|sbigha rmouch|teinture cils';
const AR_BROW_LAMINATION =
  'لامينيشن الحواجب|لامينيشن حواجب|لامنيشن الحواجب|تثبيت الحواجب|brow lamination|lamination hwajeb|lamination 7wajeb|rehaussement sourcils';
const AR_BROW_TINT =
  'تشقير الحواجب|تشقير حواجب|تشقير الحاجب|صبغ الحواجب|صبغه الحواجب|صبغه حواجب|صبغ حواجب|تلوين الحواجب|حواجب صبغه|tachkir hwajeb|tachkir 7wajeb|sbigha hwajeb|sbigha 7wajeb|teinture sourcils';
const AR_BROW_SHAPING =
  'تحديد الحواجب|تحديد حواجب|تنظيف الحواجب|تنظيف حواجب|ترتيب الحواجب|ترتيب حواجب|تشكيل الحواجب|تشكيل حواجب|تهذيب الحواجب|تهذيب حواجب|نتف الحواجب|نتف حواجب|تزيين الحواجب|تزيين حواجب|ta7did hwajeb|ta7did 7wajeb|n9i 7wajeb|n9i hwajeb|tanzif 7wajeb|epilation sourcils';

export const BEAUTY_CONCEPTS = {
  /** Botulinum toxin against wrinkles. */
  botox: {
    en: 'botox|anti wrinkle injection*|wrinkle injection*|botulinum|baby botox|~tox',
    es: 'botox|toxina botulinica|botulinica|~toxina',
    fr: 'botox|toxine botulique|botulique|~toxine',
    it: 'botox|botulino|tossina botulinica|~tossina',
    de: 'botox|botulinum|botulinumtoxin|faltenspritze',
    ca: 'botox|toxina botulinica',
    pt: 'botox|toxina botulinica|~toxina',
    ar: 'بوتوكس|البوتوكس|botox|boutox',
  },
  /** Fillers: hyaluronic acid injected into lips, cheeks or lines. */
  filler: {
    en: '=filler|=fillers|dermal filler*|lip filler*|hyaluronic|hyaluronic acid|lip injection*',
    es: 'relleno|rellenos|acido hialuronico|hialuronico|aumento de labios',
    fr: 'acide hyaluronique|hyaluronique|=filler|=fillers|injection des levres|injections des levres',
    it: '=filler|acido ialuronico|ialuronico|punturine|labbra con il filler',
    de: '=filler|hyaluron|hyaluronsaure|lippen aufspritzen|lippenunterspritzung|unterspritzung',
    ca: 'farciment|acid hialuronic|=filler',
    pt: 'preenchimento|preenchimentos|acido hialuronico|=filler|preenchimento labial',
    ar: 'فيلر|الفيلر|حقن الشفايف|حقن الشفاه|=filler',
  },
  /** Cheekbones and cheeks, where filler goes ("les pommettes", "gli zigomi", "los pómulos"). */
  cheeks: {
    en: 'cheekbones|cheekbone|cheek filler|cheeks',
    es: 'pomulos|pomulo|mejillas',
    fr: 'pommettes|pommette|joues',
    it: 'zigomi|zigomo|guance',
    de: 'wangenknochen|wangen|jochbein*',
    ca: 'pomuls|pomul|galtes',
    pt: 'macas do rosto|maca do rosto|bochechas|zigomas',
    ar: 'الخدود|خدود|الوجنات|عظام الخد|الخد',
  },
  haircut: {
    en: 'haircut*|hair cut|hair trim|trim my hair|cut my hair|short back and sides|buzz cut|buzzcut|crew cut|skin fade|low fade|mid fade|high fade|taper fade|fade cut|scissor cut|clipper cut|trim my beard and hair|get a cut|need a cut|lineup|shape up|taper',
    es: 'corte de pelo|cortar el pelo|cortarme el pelo|corte de cabello|cortar las puntas|sanear las puntas|degradado|rapado|corte a maquina|corte a tijera|pelarme|pelado|cortarme el cabello|rebajar el pelo',
    fr: 'coupe de cheveux|couper les cheveux|couper mes cheveux|couper les pointes|les pointes|degrade|=coupe homme|=coupe femme|=coupe enfant|=coupe tondeuse|me faire couper|une =coupe|rafraichir la =coupe|me couper les cheveux',
    it: 'taglio di capelli|taglio capelli|tagliare i capelli|tagliarmi i capelli|tagliare capelli|spuntare i capelli|spuntare le punte|spuntatina|taglio uomo|taglio donna|taglio bambino|taglio corto|sfumatura alta|sfumatura bassa|sfumatura media|rasato a zero|taglio a macchinetta|taglio con le forbici|sistemare i capelli|accorciare i capelli|taglietto',
    de: 'haarschnitt|haare schneiden|haare kurzen|haare abschneiden|spitzen schneiden|spitzen kurzen|herrenhaarschnitt|herrenschnitt|damenhaarschnitt|damenschnitt|kinderhaarschnitt|maschinenschnitt|kurzhaarschnitt|undercut|waschen schneiden fohnen|waschen schneiden|haare machen lassen|haare schneiden lassen|frisur|nachschneiden|fassonschnitt',
    ca: 'tall de cabell|tallar el cabell|tallar me el cabell|tallar les puntes|les puntes|degradat|rapat|tall a maquina|tallar-me els cabells|tallar els cabells|tallar me els cabells',
    pt: 'corte de cabelo|cortar o cabelo|cortar cabelo|aparar as pontas|cortar as pontas|as pontas|degrade|corte a maquina|corte a tesoura|aparar o cabelo|dar um corte|fazer o pezinho|pezinho|degradezinho|navalhado',
    ar: 'قص الشعر|قصه شعر|حلاقه شعر|قصه شعري|قص شعري|qass sha3r|9ass cha3r|نقص شعري|n9ess cha3ri|حلاقه|الحلاقه|=7ala2a|=7la2a|=hala2a|=7ila2a|=l7ala2a|=el7ala2a',
  },
  beard: {
    en: 'beard|beards|goatee|stubble|hot towel|wet shave|straight razor|cut throat|moustache trim|mustache trim',
    es: 'barba|barbas|perfilado de barba|perfilar la barba|afeitado clasico|afeitado a navaja|navaja|toalla caliente',
    fr: "barbe|barbes|bouc|taille de barbe|tailler la barbe|rasage traditionnel|rasage a l'ancienne|coupe chou|serviette chaude",
    it: 'barba|barbe|regolare la barba|sistemare la barba|rifinitura barba|fare la barba|pizzetto|baffi|rasatura tradizionale|rasatura con rasoio|rasoio a mano libera|panno caldo|asciugamano caldo',
    de: 'bart|barte|bartschnitt|bart trimmen|bart stutzen|bart schneiden|bartpflege|bartrasur|nassrasur|rasiermesser|heisses tuch|heisse tucher|schnurrbart|ziegenbart|kinnbart|vollbart',
    ca: 'barba|barbes|perfilar la barba|afaitat classic|afaitat amb navalla|navalla|tovallola calenta',
    pt: 'barba|barbas|cavanhaque|aparar a barba|fazer a barba|barba tradicional|navalha|toalha quente',
    ar: 'لحيه|اللحيه|لحيتي|دقن|دقني|تشذيب اللحيه|تحديد اللحيه|d9en|la7y*|l7y*|le7y*|lihy*',
  },
  hairColour: {
    en: 'hair colour|hair color|colour my hair|color my hair|dye|dyed|dyeing|hair dye|highlights|lowlights|babylights|balayage|ombre|root touch up|root colour|root color|regrowth|grey coverage|gray coverage|grey hair|gray hair|greys|bleach my hair|bleached|bleaching|platinum|platinum blonde|toner',
    es: 'tinte|tintes|tenirme|tenir el pelo|tenirme el pelo|mechas|mechitas|reflejos|balayage|babylights|ombre|retoque de raiz|retocar la raiz|canas|cubrir canas|decolora*|matizar|color de pelo',
    fr: 'coloration|couleur de cheveux|teinture|meches|balayage|babylights|ombre|racines blanches|cheveux blancs|decoloration|decolorer|patine',
    it: 'tinta capelli|tinta ai capelli|tinta per capelli|fare la tinta|farmi la tinta|tingere i capelli|tingermi i capelli|colore ai capelli|colore capelli|colorazione capelli|meches|mechès|schiariture|schiaritura|balayage|babylights|shatush|ritocco ricrescita|capelli bianchi|capelli grigi|coprire i capelli bianchi|decolorazione|decolorare|tonalizzante',
    de: 'haare farben|haare farben lassen|haarfarbe|haarfarben|strahnchen|strahnen|balayage|babylights|ansatz farben|ansatz nachfarben|ansatzfarbe|graue haare|graue strahnen|grau abdecken|blondierung|blondieren|haartonung|coloration',
    ca: "tint de cabell|tintar|tenyir*|metxes|reflexos|balayage|babylights|retoc d'arrels|cabells blancs|les canes|tapar canes|tapar les canes|cobrir canes|cobrir les canes|tinc canes|moltes canes|decolora*|matisar",
    pt: 'pintar o cabelo|pintar cabelo|platinado|platinada|platinar|nevou|nevado|pintei|tingi|tinta no cabelo|madeixas|nuances|balayage|babylights|ombre|retoque de raiz|raiz branca|cabelos brancos|cabelo branco|descolora*|matizar|tonalizar|coloracao',
    ar: 'صبغه|صبغ|صبغه شعر|صبغ الشعر|ميش|ميشات|هايلايت|بالياج|الشيب|شيب|شعر ابيض|sabgha|sbagha|sbigha|balayage',
  },
  styling: {
    en: 'updo|up do|hairstyle|hair style|hairdo|styling|curls|curling|beach waves|waves|braid*|plait*|cornrows|hair up|straighteners',
    es: 'peinado recogido|un recogido|semirecogido|ondas|rizos|trenza*|peinarme|planchado|plancha|ondas al agua',
    fr: 'chignon|coiffage|coiffer|ondulations|boucles aux cheveux|tresse*|lisseur|lissage au fer',
    it: 'acconciatura|acconciature|un raccolto|semiraccolto|capelli raccolti|chignon|messa in piega|fare la piega|farmi la piega|onde morbide|boccoli|treccia|trecce|piastra ai capelli|arricciare i capelli',
    de: 'hochsteckfrisur|hochstecken|frisur|frisuren|steckfrisur|flechtfrisur|zopf|zopfe|locken*|wellen legen|beach waves|fohnfrisur|styling',
    ca: 'pentinat recollit|cabell recollit|ones|rinxols|trena|trenes|planxa|planxat|pentinar me',
    pt: 'penteado*|coque|cachos|ondas|ondulado|tranca*|trancas|chapinha|babyliss|prancha',
    ar: 'تسريحه|تسريحات|سشوار|استشوار|ويفي|ضفيره|ضفاير|tasri7a|seshwar|sechoir',
  },
  /** Curly, coily and wavy hair, which some stylists specialise in cutting (not curls styled for an event). */
  curlyHair: {
    en: 'curly|curly hair|curlies|coily|coily hair|kinky hair|afro|afro hair|afro textured|textured hair|type 4 hair|4c hair|ringlets|curly girl|wavy hair',
    es: 'rizado|rizada|rizados|rizadas|pelo rizado|pelo chino|pelo crespo|rizos|crespo|crespos|afro|pelo afro|pelo ondulado',
    fr: 'cheveux boucles|cheveux frises|mes boucles|vos boucles|ses boucles|boucle par boucle|boucles naturelles|frise|frises|frisee|frisees|crepu|crepus|crepue|crepues|afro|cheveux afro|cheveux texture|cheveux textures|cheveux ondules',
    it: 'ricci|riccio|riccia|capelli ricci|ricciolini|crespi|capelli crespi|afro|capelli afro|capelli mossi',
    de: 'locken|lockig|lockige|lockigen|lockenkopf|lockenhaar|krause haare|krauses haar|kraus|afro|afrohaar|wellig|welliges haar|naturlocken',
    ca: 'arrissat|arrissats|arrissada|arrissades|cabell arrissat|cabells arrissats|rinxols|rinxolat|rinxolats|afro|cabell afro|crespos|ondulat|ondulats',
    pt: 'cacheado|cacheados|cacheada|cacheadas|cabelo cacheado|cachos|crespo|crespos|crespa|crespas|cabelo crespo|afro|cabelo afro|ondulado|cabelo ondulado|cabelo enrolado',
    ar: 'شعر كيرلي|كيرلي|مجعد|مجعده|شعر مجعد|كيرلي هير|curly|afro|kerly',
  },
  /**
   * Hair too short for a style, or cut right down (a "big chop", a "TWA"): whether braids, extensions or a colour
   * hold on it. Always said with the hair, never "short" alone (a short visit, a pair of shorts).
   */
  shortHair: {
    en: 'short hair|hair is short|hair is too short|hair is very short|hair this short|hair so short|hair that short|hair too short|very short hair|twa|teeny weeny afro|big chop|big chopped|buzz cut|shaved head',
    es: 'pelo corto|pelo muy corto|pelo tan corto|pelo demasiado corto|cabello corto|cabello muy corto|tengo el pelo corto|pelo cortito|rapada|rapado al cero',
    fr: 'cheveux courts|cheveux tres courts|cheveux trop courts|cheveux si courts|cheveux aussi courts|cheveux tout courts|cheveux ras|crane rase|big chop|twa',
    it: 'capelli corti|capelli cortissimi|capelli troppo corti|capelli cosi corti|capelli molto corti|rasata|rasato a zero',
    de: 'kurze haare|kurzen haaren|sehr kurze haare|haare sind kurz|haare sind zu kurz|haare zu kurz|so kurze haare|kurzhaar|kurzhaarschnitt|glatze',
    ca: 'cabell curt|cabells curts|cabell molt curt|cabell massa curt|cabells massa curts|pel curt|rapada|rapat',
    pt: 'cabelo curto|cabelo curtinho|cabelo muito curto|cabelo tao curto|cabelo curto demais|cabelo raspado|cabeca raspada|big chop|bigchop',
    ar: 'شعر قصير|شعري قصير|شعرها قصير|الشعر القصير|قصير كثير|sha3ri 2asir|sha3r 2asir|cha3ri qsir|sha3ri 9asir',
  },
  keratin: {
    en: 'keratin*|brazilian blowout|smoothing treatment|hair smoothing|hair straightening|straightening treatment|relaxer|frizz|frizzy|hair botox|nanoplast*',
    es: 'keratina|queratina|alisado*|alisar|alisarme|encrespado|frizz|botox capilar|nanoplastia',
    fr: 'keratine|lissage bresilien|lissage|lisser|frisottis|botox capillaire|nanoplastie',
    it: 'cheratina|keratina|trattamento alla cheratina|stiratura alla cheratina|stiratura brasiliana|lisciatura|lisciante|crespo|crespi|effetto crespo|botox capillare|botox per capelli|nanoplastica',
    de: 'keratin*|brazilian blowout|haarglattung|keratinglattung|brasilianische glattung|haare glatten lassen|krause haare|frizz|haarbotox|nanoplastie',
    ca: 'queratina|keratina|allisat*|allisar|encrespat|frizz|botox capillar|botox capilar',
    pt: 'queratina|keratina|alisamento|alisar|progressiva|escova progressiva|frizz|botox capilar|nanoplastia|selagem|selante',
    ar: 'كيراتين|الكيراتين|فرد الشعر|تمليس|keratine|keratin',
  },
  hairExtensions: {
    en: 'hair extension*|tape in*|tape-in*|clip in*|clip-in*|weave|weaves|wefts|wig|wigs|micro rings|hair pieces|hairpiece',
    es: 'extensiones de pelo|extensiones de cabello|extensiones capilares|extensiones de queratina|peluca*|cortinilla*',
    fr: 'extensions de cheveux|extensions capillaires|extension cheveux|rajout*|perruque*|tissage*',
    it: 'extension capelli|extension ai capelli|extension per capelli|extension di capelli|allungamento capelli|allungamento dei capelli|parrucca|parrucche|toupet',
    de: 'haarverlangerung|haarverlangerungen|echthaar extensions|tape extensions|extensions fur die haare|perucke|perucken|haarteil|haarteile|toupet',
    ca: 'extensions de cabell|extensions capillars|perruca*',
    pt: 'extensoes de cabelo|extensao de cabelo|alongamento de cabelo|mega hair|megahair|apliques de cabelo|peruca*',
    ar: 'وصلات شعر|وصلات الشعر|اكستنشن شعر|باروكه|perruque',
  },
  hairLoss: {
    en: 'hair loss|losing hair|losing my hair|thinning hair|hair thinning|balding|bald patch*|alopecia|receding|hair fall|hair falling out|hair transplant',
    es: 'caida del pelo|caida del cabello|caida de pelo|se me cae el pelo|alopecia|calvicie|calvo|injerto capilar|trasplante capilar',
    fr: 'chute de cheveux|chute des cheveux|perte de cheveux|alopecie|calvitie|chauve|greffe de cheveux|greffe capillaire',
    it: 'caduta dei capelli|caduta capelli|perdo i capelli|perdita dei capelli|perdita di capelli|mi cadono i capelli|diradamento|capelli radi|alopecia|calvizie|calvo|stempiatura|stempiato|trapianto di capelli|trapianto capelli',
    de: 'haarausfall|haare fallen aus|haare verlieren|verliere haare|verliere meine haare|lichtes haar|dunnes haar|kahle stelle|kahle stellen|glatze|geheimratsecken|alopezie|haartransplantation',
    ca: 'caiguda del cabell|caiguda de cabell|em cau el cabell|alopecia|calvicie|calb',
    pt: 'queda de cabelo|queda do cabelo|cai o cabelo|caindo cabelo|alopecia|calvicie|careca|transplante capilar',
    ar: 'صلع|اصلع|الصلع|زراعه شعر|زراعه الشعر|تساقط شعري|شعري بيوقع',
  },
  scalp: {
    en: 'scalp|dandruff|flaky scalp|itchy scalp|oily scalp|head spa|scalp treatment|scalp massage',
    es: 'cuero cabelludo|caspa|picor de cabeza|head spa|tratamiento capilar',
    fr: 'cuir chevelu|pellicules|demangeaisons du cuir|head spa|soin capillaire',
    it: 'cuoio capelluto|forfora|prurito alla testa|cute grassa|cute secca|cute sensibile|head spa|trattamento per la cute|massaggio alla testa',
    de: 'kopfhaut|schuppen|juckende kopfhaut|fettige kopfhaut|trockene kopfhaut|kopfhautpflege|kopfhaut behandlung|head spa|kopfmassage',
    ca: 'cuir cabellut|caspa|pell del cap|head spa|tractament capillar',
    pt: 'couro cabeludo|caspa|comichao no couro|head spa|tratamento capilar',
    ar: 'فروه الراس|قشره الشعر|قشره|حكه الراس|head spa',
  },
  occasion: {
    en: 'wedding*|bride|brides|bridal|bridesmaid*|hen party|hen do|bachelorette|engagement|prom|graduation|getting married',
    es: 'boda|bodas|nupcial|maquillaje de novia|peinado de novia|dama de honor|damas de honor|despedida de soltera|comunion|graduacion|me caso|nos casamos',
    fr: "mariage*|mariee*|demoiselle d'honneur|demoiselles d'honneur|evjf|enterrement de vie de jeune fille|je me marie|bal de promo",
    it: 'matrimonio|matrimoni|sposa|spose|sposi|nozze|trucco sposa|acconciatura sposa|damigella|damigelle|addio al nubilato|comunione|cresima|laurea|mi sposo|ci sposiamo|festa di fidanzamento',
    de: 'hochzeit|hochzeiten|braut|brautstyling|braut make up|brautfrisur|brautjungfer*|junggesellinnenabschied|jga|verlobung|abschlussball|abiball|konfirmation|kommunion|ich heirate|wir heiraten',
    ca: "casament|casaments|boda|noces|maquillatge de nuvia|pentinat de nuvia|dama d'honor|comunio|graduacio|em case|em caso",
    pt: 'casamento|casamentos|maquilhagem de noiva|maquiagem de noiva|penteado de noiva|dia da noiva|madrinha*|despedida de solteira|batizado|formatura|vou casar|vou me casar',
    ar: 'عرس|عروس|عروسه|زفاف|خطوبه|ليله الحنه|3rousa|3arousa|zifaf',
  },
  /** The man getting married ("the groom", "le marié", "el novio", "العريس"): not a dog's grooming (`groom`). */
  bridegroom: {
    en: 'bridegroom|the groom|groom to be|husband to be|future husband',
    es: 'el novio|al novio|futuro marido',
    fr: 'le marie|du marie|au marie|futur marie|futur mari',
    it: 'lo sposo|allo sposo|futuro marito',
    de: 'brautigam|verlobter|mein verlobter|zukunftiger mann',
    ca: 'el nuvi|al nuvi|futur marit',
    pt: 'o noivo|do noivo|ao noivo|futuro marido',
    ar: 'العريس|عريس',
  },
  gelNails: {
    en: 'gel nails|gel polish|gel manicure|gel pedicure|shellac|semi permanent polish|biab|builder gel|acrylic nails|acrylic set|polygel|nail extension*|gel infill|acrylic infill|nail infill|nail tips|press ons|soak off|gel removal|remove my gel|remove gel',
    es: 'esmaltado semipermanente|manicura semipermanente|pedicura semipermanente|semipermanente de manos|semipermanente en manos|semipermanente en pies|unas de gel|esmalte en gel|gel en las unas|unas acrilicas|unas de acrilico|unas postizas|unas esculpidas|esculpidas|polygel|relleno de unas|retirar el semipermanente|quitar el semipermanente|quitar el gel|retirar el gel|biab',
    fr: 'vernis semi permanent|ongles en gel|pose gel|gel pose|pose de gel|enlever le gel|enlevez le gel|retirer le gel|retrait du gel|retrait de gel|depose du gel|vernis gel|gel sur ongles|capsules|faux ongles|ongles en acrylique|polygel|remplissage ongles|remplissage gel|depose gel|depose semi permanent|biab',
    it: 'unghie in gel|unghie gel|gel sulle unghie|smalto semipermanente|semipermanente|il semi|del semi|un semi|lo semi|manicure semipermanente|pedicure semipermanente|semipermanente mani|semipermanente piedi|fare il semipermanente|togliere il semipermanente|rimozione semipermanente|ricostruzione unghie|ricostruzione delle unghie|unghie acriliche|unghie in acrilico|unghie finte|refill unghie|refill gel|copertura in gel|rimozione gel|togliere il gel|polygel|biab',
    de: 'gelnagel|gel nagel|shellac|gellack|gel lack|uv lack|acrylnagel|acryl nagel|kunstnagel|kunstliche nagel|nagelmodellage|gelmodellage|nagelverlangerung|gel auffullen|nagel auffullen|gel entfernen|gellack entfernen|polygel|biab',
    ca: "esmaltat semipermanent|manicura semipermanent|ungles de gel|esmalt de gel|ungles acriliques|ungles d'acrilic|polygel|biab",
    pt: 'verniz gel|unhas de gel|unhas gel|gelinho|gel nas unhas|verniz semipermanente|manicure semipermanente|unhas acrilicas|unhas de acrilico|unhas em acrilico|unhas postica*|alongamento de unhas|fibra de vidro|polygel|manutencao das unhas|remocao de gel|tirar o gel|biab',
    ar: 'اظافر جل|طلاء جل|مناكير جل|اظافر اكريليك|اظافر صناعيه|تركيب اظافر|شيلاك|shellac',
  },
  nailArt: {
    en: 'nail art|nail design*|french manicure|french tips|chrome nails|nail stickers|rhinestones|nail gems',
    es: 'decoracion de unas|manicura francesa|francesita|nail art|dibujos en las unas|piedrecitas|unas decoradas',
    fr: "nail art|decoration d'ongles|ongles decores|french manucure|baby boomer|strass",
    it: 'nail art|decorazioni unghie|decorazione unghie|unghie decorate|french manicure|disegni sulle unghie|strass sulle unghie|unghie cromate|effetto specchio',
    de: 'nail art|naildesign|nageldesign|nagel verzieren|verzierte nagel|french manicure|french nails|babyboomer nagel|glitzersteine|chrom nagel|chromnagel|nagelsticker',
    ca: "decoracio d'ungles|ungles decorades|manicura francesa|nail art|pedretes",
    pt: 'nail art|decoracao de unhas|unhas decoradas|francesinha|desenhos nas unhas|pedrinhas',
    ar: 'رسم على الاظافر|رسومات اظافر|زينه اظافر|نيل ارت|nail art',
  },
  /**
   * Lashes as a treatment area: the word alone ("lash", "pestañas", "cils", "cílios", "رموش"), whichever
   * treatment is meant. A phrase that names the treatment is the finer concept's (lashLift,
   * lashExtensions, lashInfill, lashRemoval, lashBrowTint), so "lash extensions" and "lash lift" meet on
   * the lash word's #lashes but not on the treatment's word. Arabic keeps those phrases here as well:
   * there a longer phrase of another concept drops the concepts of the words inside it (analyzer.ts).
   * French "rehaussement" on its own stays: "un rehaussement" is a lash lift ("mascara après un
   * rehaussement"), though "rehaussement de sourcils" (browLamination) then raises #lashes too. The
   * English "lash" and "brow" borrowed by other languages count there too; in German only as written
   * ("=lash", "=brow"): the German stem of "brown" is "brow".
   */
  lashes: {
    en: 'lash*|eyelash*',
    es: 'pestana*|lash|lashes',
    fr: 'cils|cil|rehaussement|lash|lashes',
    it: 'ciglia|ciglio|lash|lashes',
    de: 'wimper*|=lash|=lashes',
    ca: 'pestany*|lash|lashes',
    pt: 'pestana*|cilios|cilio|lash|lashes',
    ar: ['رموش|الرموش|رموشي|رمش|rmouch|rmoush|romoush', AR_LASH_LIFT, AR_LASH_EXTENSIONS, AR_LASH_INFILL]
      .concat(AR_LASH_REMOVAL, AR_LASH_TINT)
      .join('|'),
  },
  /**
   * A lash lift: the customer's own lashes curled (a lash perm; "lash lamination", "laminazione
   * ciglia" and "laminação de cílios" are the same treatment), not extensions.
   * Left out: "lift" and "lifting" on their own (a face lift, a lift to the clinic, an elevator),
   * "rehaussement" on its own (of the lashes or of the brows: the coarse lashes keeps it), "laminado",
   * "laminazione", "laminação" on their own (of the brows, or the hair), "رفع" on its own (any lifting).
   */
  lashLift: {
    en: 'lash lift*|lash lifting|eyelash lift*|lift lash*|lash lamination|lash lami|lash perm|eyelash perm|lvl lash*|keratin lift',
    es: 'lifting de pestanas|lifting pestanas|laminado de pestanas|laminacion de pestanas|permanente de pestanas|rizado de pestanas|lash lift',
    fr: 'rehaussement de cils|rehaussement des cils|rehaussement cils|rehausse de cils|lifting de cils|lifting des cils|lifting cils|permanente de cils|permanente des cils|lash lift|lash lifting',
    it: 'lifting ciglia|lifting delle ciglia|lifting alle ciglia|laminazione ciglia|laminazione delle ciglia|laminazione alle ciglia|permanente ciglia|permanente alle ciglia|lash lift|lash lifting',
    de: 'wimpernlifting|wimpern lifting|wimpernlift|wimpernwelle|wimpernlaminierung|wimpern laminierung|wimpern laminieren|lash lift|lash lifting|lashlifting',
    ca: 'lifting de pestanyes|lifting pestanyes|laminat de pestanyes|laminacio de pestanyes|permanent de pestanyes|lash lift',
    pt: 'lifting de pestanas|lifting das pestanas|lifting pestanas|lifting de cilios|lifting dos cilios|lifting cilios|laminacao de cilios|laminacao dos cilios|laminacao de pestanas|laminacao das pestanas|permanente de cilios|permanente de pestanas|lash lift',
    ar: AR_LASH_LIFT,
  },
  /**
   * Lash extensions: lashes glued on one by one or in fans (classic, hybrid, volume), a full set.
   * Left out: "extensions", "extensiones", "extension" on their own (a hair salon's), "full set" and
   * "set" (a nail salon's acrylics), "false lashes", "pestañas postizas", "faux cils", "ciglia finte",
   * "cílios postiços", "رموش صناعية" (the strip lashes of a make-up), "individual" and "cluster"
   * lashes (worn at home), "fio a fio" and "pelo a pelo" on their own (also brows drawn hair by hair,
   * a microblading), "volume" on its own (hair, a sound), "alongamento" on its own (nails, hair).
   */
  lashExtensions: {
    en: 'lash extension*|eyelash extension*|lash ext|lash exts|extension lash*|classic lash*|volume lash*|hybrid lash*|mega volume|russian volume|russian lash*|wispy lash*|wet look lash*|lash full set|full set of lash*|full set lash*|new set of lash*|lash set*|classic full set|volume full set|hybrid full set',
    es: 'extensiones de pestanas|extension de pestanas|extensiones pestanas|pestanas puestas|ponerme pestanas|poner pestanas|ponerse pestanas|pestanas pelo a pelo|pestanas pelo por pelo|pestanas clasicas|pestanas hibridas|pestanas de volumen|volumen ruso|mega volumen|megavolumen|set de pestanas',
    fr: 'extensions de cils|extension de cils|extensions cils|extension cils|extensions des cils|pose de cils|pose cils|pose des cils|pose cil a cil|cil a cil|volume russe|pose volume russe|pose volume mixte|pose de cils volume',
    it: 'extension ciglia|extension delle ciglia|extension alle ciglia|extension di ciglia|extensions ciglia|allungamento ciglia|allungamento delle ciglia|infoltimento ciglia|infoltimento delle ciglia|ciglia one to one|ciglia uno a uno|volume russo',
    de: 'wimpernverlangerung*|wimpern verlangerung|wimpernextension*|wimpern extension*|volumenwimpern|volumen wimpern|hybridwimpern|einzelwimpern|russian volume|russisches volumen|wimpernverdichtung|wimpern verdichtung|wimpern neuanlage|neuanlage wimpern|neuanlage der wimpern',
    ca: 'extensions de pestanyes|extensio de pestanyes|extensions pestanyes|pestanyes posades|posar pestanyes|pestanyes pel a pel|volum rus',
    pt: 'extensoes de pestanas|extensao de pestanas|extensoes pestanas|extensao de cilios|extensoes de cilios|extensao cilios|alongamento de cilios|alongamento dos cilios|alongamento cilios|alongamento de pestanas|cilios fio a fio|pestanas fio a fio|fio a fio de cilios|volume russo|volume brasileiro|volume egipcio|mega volume|colocar cilios|colocar pestanas|aplicacao de pestanas|aplicacao de cilios',
    ar: AR_LASH_EXTENSIONS,
  },
  /**
   * Filling lash extensions in between (an infill, a refill, a maintenance every two or three weeks).
   * Left out on their own: "infill", "refill", "fill" (a nail salon's gel or acrylic infill, a coffee,
   * a prescription), "relleno" (a filler, a nail infill), "remplissage" and "Auffüllen" (nails too),
   * "manutenção" and "maintenance" (a car's, a bike's, nails'), "manutenção do alongamento" (nails,
   * in Brazil), "manutenção do fio a fio" (also a microblading's retouch), "preenchimento" (a filler),
   * "retoque" and "ritocco" (a tattoo's, a hair colour's roots), "تعبئة" (its stem is "تعب", tired).
   */
  lashInfill: {
    en: 'lash infill*|lash fill*|lash refill*|eyelash infill*|infill lash*|refill lash*|fill my lash*|classic infill*|volume infill*|hybrid infill*|russian infill*|lash maintenance|lash top up*|top up my lash*',
    es: 'relleno de pestanas|relleno pestanas|relleno de extensiones|relleno de las extensiones|rellenar las pestanas|rellenar pestanas|retoque de pestanas|retoque pestanas|mantenimiento de pestanas|mantenimiento pestanas|mantenimiento de las pestanas|recarga de pestanas',
    fr: 'remplissage de cils|remplissage des cils|remplissage cils|remplissage extensions|remplissage des extensions|remplissage extension|retouche cils|retouche des cils|retouche de cils|entretien des cils|entretien cils|entretien de mes cils',
    it: 'refill ciglia|refill delle ciglia|refill extension ciglia|refill extension|refill delle extension|ritocco ciglia|ritocco delle ciglia|ritocco extension ciglia|riempimento ciglia|manutenzione ciglia|manutenzione delle ciglia|manutenzione extension ciglia',
    de: 'wimpern auffullen|wimpernauffullung|wimpern auffullung|auffullen der wimpern|auffullung der wimpern|auffullen wimpern|wimpern nachfullen|nachfullen der wimpern|wimpern refill|refill wimpern|wimpernrefill|refill der wimpern',
    ca: 'reompliment de pestanyes|reompliment pestanyes|reomplir les pestanyes|retoc de pestanyes|manteniment de pestanyes|manteniment pestanyes|relleno de pestanyes',
    pt: 'manutencao de cilios|manutencao dos cilios|manutencao cilios|manutencao de pestanas|manutencao das pestanas|manutencao pestanas|manutencao da extensao de cilios|manutencao do volume russo|retoque de pestanas|retoque de cilios|reposicao de cilios|reposicao de pestanas|recarga de pestanas',
    ar: AR_LASH_INFILL,
  },
  /**
   * Taking lash extensions off, at the salon.
   * Left out: "removal", "remove" and "remover" on their own (hair removal, tattoo removal, a make-up
   * remover: "=remove" is a verb as written, so "remover" does not count), "dépose", "retrait",
   * "rimozione", "Entfernung", "remoção" on their own (of nails, of a tattoo, of hair extensions), and
   * extensions taken off without a lash word (hair extensions are taken off too).
   */
  lashRemoval: {
    en: 'lash removal|lash extension removal|lash extensions removal|eyelash removal|eyelash extension removal|removal of lash*|removal of my lash*|=remove lash*|=remove eyelash*|=removing lash*|lash* =removed|take off my lash*|take my lash* off|get my lash* off|lash* taken off',
    es: 'retirar las pestanas|retirar pestanas|retirarme las pestanas|retirada de pestanas|retirada de extensiones de pestanas|retiro de pestanas|quitar las pestanas|quitar pestanas|quitarme las pestanas|quitar extensiones de pestanas|remocion de pestanas|desmontar pestanas',
    fr: 'depose de cils|depose des cils|depose cils|depose des extensions de cils|depose extensions de cils|retrait des cils|retrait de cils|retrait cils|retirer mes cils|retirer les cils|enlever mes cils|enlever les cils|enlever mes extensions de cils|retirer mes extensions de cils',
    it: 'rimozione ciglia|rimozione delle ciglia|rimozione extension ciglia|rimozione delle extension ciglia|rimuovere le ciglia|rimuovere ciglia|togliere le ciglia|togliere ciglia|togliermi le ciglia|togliere le extension ciglia',
    de: 'wimpern entfernen|wimpernentfernung|wimpern entfernung|entfernung der wimpern|entfernen der wimpern|wimpernextensions entfernen|wimpern extensions entfernen|wimpern ablosen|ablosen der wimpern|wimpern abnehmen',
    ca: 'retirar les pestanyes|retirar pestanyes|retirada de pestanyes|treure les pestanyes|treure pestanyes|treure me les pestanyes',
    pt: 'remocao de cilios|remocao dos cilios|remocao de pestanas|remocao das pestanas|remocao da extensao de cilios|remover os cilios|remover cilios|remover as pestanas|tirar os cilios|tirar cilios|tirar as pestanas|retirar os cilios|retirar as pestanas|retirada de cilios|retirada de pestanas',
    ar: AR_LASH_REMOVAL,
  },
  /** A fringe (bangs) and its trim between cuts. */
  fringe: {
    en: 'fringe|fringes|bangs|fringe trim|bang trim|curtain bangs|curtain fringe',
    es: 'flequillo|flequillos|cortar el flequillo|arreglar el flequillo',
    fr: 'frange|franges|rafraichir ma frange|couper la frange',
    it: 'frangia|frangetta|frange|spuntare la frangia',
    de: 'ponyschnitt|pony schneiden|pony nachschneiden|pony kurzen|pony trimmen|stirnfransen',
    ca: 'serrell|serrells|tallar el serrell',
    pt: 'franja|franjinha|cortar a franja',
    ar: 'غره|الغره|فرانج|قصه الغره|frange|fringe',
  },
  /**
   * Brows as a treatment area: the word alone ("brow", "cejas", "sourcils", "sobrancelha", "حواجب"),
   * whichever treatment is meant. A phrase that names the treatment is the finer concept's
   * (browLamination, lashBrowTint, browShaping; wax, thread and henna are waxing's, threading's and
   * henna's), so "brow tint" and "brow lamination" meet on the brow word's #brows but not on the
   * treatment's word. Arabic keeps those phrases here as well (see lashes). Microblading and other
   * permanent make-up are left out: they are an offering of their own (a semi-permanent tattoo), and a
   * business that does them names them; raising #brows from "microblading" answered "do you do
   * microblading?" with the brow lamination price.
   */
  brows: {
    en: 'brow|brows|eyebrow*',
    es: 'ceja*|brow|brows',
    fr: 'sourcil*|brow|brows',
    it: 'sopracciglia|sopracciglio|sopraciglia|brow|brows',
    de: 'augenbraue*|=brow|=brows',
    ca: 'cella|celles|brow|brows',
    pt: 'sobrancelha*|brow|brows',
    ar: ['حواجب|الحواجب|حاجب|حواجبي|7wajeb|hwajeb|7awajib|رسم الحواجب|خيط الحواجب', AR_BROW_LAMINATION]
      .concat(AR_BROW_TINT, AR_BROW_SHAPING)
      .join('|'),
  },
  /**
   * Brow lamination: the brow hairs set upright and brushed into shape.
   * Left out: "brow lift" (what salons in France, Italy and Germany call a lamination, but also a
   * cosmetic clinic's surgery or botox lift, in English as in any language that borrows it; its "brow"
   * is #brows everywhere), "lifting de cejas", "lifting des sourcils", "Augenbrauenlifting" and
   * "رفع الحواجب" (a clinic's too), "lamination", "laminado", "laminazione", "Laminierung", "laminação"
   * and "لامينيشن" on their own (a hair lamination; of the lashes: lashLift), "rehaussement" on its own
   * (of the lashes).
   */
  browLamination: {
    en: 'brow lamination*|eyebrow lamination*|laminated brow*|laminated eyebrow*|laminate my brow*|laminate brow*|lamination brow*|brow lami|lami brow*|brow perm|eyebrow perm',
    es: 'laminado de cejas|laminado cejas|laminacion de cejas|laminacion cejas|cejas laminadas|laminar las cejas|laminar cejas|laminarme las cejas|brow lamination|brow lami',
    fr: 'rehaussement de sourcils|rehaussement des sourcils|rehaussement sourcils|lamination des sourcils|lamination sourcils|laminage des sourcils|laminage sourcils|sourcils lamines|brow lamination',
    it: 'laminazione sopracciglia|laminazione delle sopracciglia|laminazione alle sopracciglia|laminazione sopraciglia|sopracciglia laminate|laminare le sopracciglia|brow lamination',
    de: 'augenbrauenlaminierung|augenbrauen laminierung|augenbrauen laminieren|laminierung der augenbrauen|brauenlaminierung|brow lamination',
    ca: 'laminat de celles|laminat celles|laminacio de celles|celles laminades|laminar les celles|brow lamination',
    pt: 'laminacao de sobrancelhas|laminacao de sobrancelha|laminacao das sobrancelhas|laminacao sobrancelha|sobrancelhas laminadas|sobrancelha laminada|laminar as sobrancelhas|laminar sobrancelha|brow lamination|brow lami',
    ar: AR_BROW_LAMINATION,
  },
  /**
   * Tinting the brows or the lashes (dye, bleaching brows light: "تشقير"), alone or with a lift, a
   * lamination or a wax ("lash lift & tint", "brow wax and tint").
   * Left out: "tint", "tinte", "tinta", "teinture", "tintura", "färben", "صبغة" on their own (a hair
   * colour: hairColour; a car's windows; a tattoo's ink), "root tint" and "cut and tint" (hair), "dye"
   * (hair, clothes), henna brows (henna's word is henna's concept), "pintar" on its own (painting,
   * hair), "mascara" (make-up). Arabic "تشقير" on its own stays: at a salon it bleaches the brows (and
   * the down of the face); hair is lightened with "صبغة" or "ميش".
   */
  lashBrowTint: {
    en: 'brow tint*|eyebrow tint*|lash tint*|eyelash tint*|tint* brow*|tint* eyebrow*|tint* lash*|tint* eyelash*|brow dye|eyebrow dye|lash dye|eyelash dye|dye my brow*|dye my lash*|dye my eyebrow*|lift tint*|lamination tint*|lami tint*|wax tint*|shape tint*|threading tint*|tint shape',
    es: 'tinte de cejas|tinte cejas|tinte de pestanas|tinte pestanas|tintar las cejas|tintar cejas|tintarme las cejas|tintar las pestanas|tintado de cejas|tintado de pestanas|tenir las cejas|tenirme las cejas|tenir las pestanas|tenirme las pestanas|cejas tintadas|pestanas tintadas|lifting tinte|laminado tinte|diseno tinte|depilacion tinte',
    fr: 'teinture des sourcils|teinture sourcils|teinture de sourcils|teinture des cils|teinture cils|teinture de cils|teindre les sourcils|teindre mes sourcils|teindre les cils|teindre mes cils|teinte sourcils|teinte cils|coloration des sourcils|coloration sourcils|coloration des cils|coloration cils|rehaussement teinture|lash lift teinture|restructuration teinture',
    it: 'tinta sopracciglia|tinta alle sopracciglia|tinta delle sopracciglia|tinta per sopracciglia|tinta ciglia|tinta alle ciglia|tinta delle ciglia|tinta per ciglia|tingere le sopracciglia|tingere le ciglia|tintura sopracciglia|tintura ciglia|colorazione sopracciglia|colorazione ciglia|laminazione tinta|lifting tinta|ciglia tinta|sopracciglia tinta',
    de: 'wimpern farben|wimpernfarben|wimpernfarbung|augenbrauen farben|augenbrauenfarben|augenbrauenfarbung|farben der wimpern|farben der augenbrauen|wimpern und augenbrauen farben|lifting mit farben|lifting farben|wimpernlifting farben|wimpernlifting mit farben|laminierung farben|laminierung mit farben|brow tint|lash tint',
    ca: 'tint de celles|tint celles|tint de pestanyes|tint pestanyes|tenyir les celles|tenyir les pestanyes|tenyir me les celles|tintar les celles|tintar les pestanyes',
    pt: 'tintura de sobrancelhas|tintura de sobrancelha|tintura nas sobrancelhas|tintura das sobrancelhas|tintura sobrancelha|tintura de cilios|tintura dos cilios|tintura de pestanas|tintura das pestanas|tingir as sobrancelhas|tingir sobrancelhas|tingir os cilios|tingir as pestanas|pintar as sobrancelhas|pintar a sobrancelha|pintar os cilios|pintar as pestanas|coloracao de sobrancelhas|coloracao das sobrancelhas|lifting tintura|laminacao tintura|design tintura|brow tint',
    ar: [AR_BROW_TINT, AR_LASH_TINT, 'تشقير|tachkir|tashqeer'].join('|'),
  },
  /**
   * Shaping the brows: a design, a tidy, plucking, by whatever method (wax and thread are also
   * waxing's and threading's, which tell the methods apart).
   * Left out: "shape" and "design" on their own (a haircut's, a tattoo's), "brow wax" and "brow
   * threading" (waxing's and threading's words; as much a shaping, but the method is what customers
   * choose between), "ceretta sopracciglia" (waxing), "fio a fio" and "pelo a pelo" (microblading),
   * "رسم الحواجب" (drawing brows, with a pencil or a microblading).
   */
  browShaping: {
    en: 'brow shap*|eyebrow shap*|shape brow*|shape eyebrow*|shaping brow*|brow design|eyebrow design|brow sculpt*|brow tidy|tidy brow*|tidy eyebrow*|brow clean up|brow cleanup|brow mapping|brow map|brow pluck*|pluck brow*|pluck eyebrow*|brow trim|trim brow*|trim eyebrow*|brow correction',
    es: 'diseno de cejas|diseno cejas|disenar las cejas|disenar cejas|perfilado de cejas|perfilar las cejas|perfilar cejas|perfilarme las cejas|arreglo de cejas|arreglar las cejas|arreglarme las cejas|arreglar cejas|depilacion de cejas|depilar las cejas|depilarme las cejas|mapping de cejas|visagismo de cejas',
    fr: 'restructuration des sourcils|restructuration sourcils|restructuration de sourcils|epilation des sourcils|epilation sourcils|epiler les sourcils|epiler mes sourcils|design des sourcils|design sourcils|mapping sourcils|redessiner les sourcils|forme des sourcils|entretien des sourcils',
    it: 'disegno sopracciglia|disegno delle sopracciglia|design sopracciglia|sistemare le sopracciglia|sistemata alle sopracciglia|sistemare sopracciglia|epilazione sopracciglia|epilazione delle sopracciglia|depilazione sopracciglia|pinzetta sopracciglia|sopracciglia con la pinzetta|rifinitura sopracciglia|modellare le sopracciglia|forma delle sopracciglia|sopracciglia ad ali di gabbiano',
    de: 'augenbrauen zupfen|augenbrauenzupfen|augenbrauen formen|augenbrauenformung|augenbrauen in form|augenbrauenkorrektur|augenbrauen korrektur|augenbrauen korrigieren|augenbrauen design|augenbrauendesign|augenbrauen styling|augenbrauenstyling|brow styling|brow design',
    ca: 'disseny de celles|disseny celles|perfilar les celles|perfilat de celles|arreglar les celles|arreglar me les celles|depilacio de celles|depilar les celles',
    pt: 'design de sobrancelhas|design de sobrancelha|design sobrancelha|sobrancelha design|designer de sobrancelha|designer de sobrancelhas|fazer a sobrancelha|fazer as sobrancelhas|fazer sobrancelha|depilacao de sobrancelhas|depilacao de sobrancelha|depilacao sobrancelha|modelagem de sobrancelhas|modelagem de sobrancelha|arrumar a sobrancelha|arrumar as sobrancelhas|tirar a sobrancelha|tirar as sobrancelhas|sobrancelha na pinca|mapeamento de sobrancelhas|visagismo de sobrancelhas',
    ar: AR_BROW_SHAPING,
  },
  threading: {
    en: 'threading|eyebrow threading|threaded',
    es: 'depilacion con hilo|con hilo|hilo egipcio|hilo hindu',
    fr: 'epilation au fil|au fil|fil oriental',
    it: 'threading|epilazione con filo|depilazione con filo|epilazione col filo|depilazione col filo|sopracciglia con filo|sopracciglia col filo|filo arabo|filo egiziano',
    de: 'threading|fadentechnik|fadenepilation|fadenmethode|mit faden zupfen|mit faden epilieren|augenbrauen mit faden|orientalische haarentfernung',
    ca: 'depilacio amb fil|amb fil|fil egipci',
    pt: 'depilacao com linha|com linha|linha egipcia',
    ar: 'فتله|الفتله|خيط الحواجب|خيط للحواجب|بالخيط|سويت خيط|اسوي خيط|تسوي خيط|نسوي خيط|اعمل خيط|fetla|fatla|=khit|=lkhit',
  },
  /** Wax as such, narrower than `hairRemoval` (which joins it with laser and shaving). */
  waxing: {
    en: 'wax|waxing|waxed|hot wax|strip wax|brazilian wax|hollywood wax|bikini wax|leg wax|lip wax',
    es: 'cera|depilacion con cera|depilacion a la cera|cera caliente|cera tibia|cera fria|cera de pino|ingles brasilenas',
    fr: 'cire|epilation a la cire|cire chaude|cire tiede|cire orientale|cire froide',
    it: 'ceretta|cerette|depilazione con cera|epilazione con cera|depilazione con la cera|cera calda|cera tiepida|cera a freddo|cera brasiliana|cera araba|ceretta brasiliana|ceretta inguine',
    de: 'waxing|waxen|warmwachs|heisswachs|kaltwachs|wachsstreifen|enthaarung mit wachs|haarentfernung mit wachs|brazilian waxing|bikini waxing|beine waxen',
    ca: 'cera|depilacio amb cera|depilacio a la cera|cera calenta|cera tebia|cera freda',
    pt: 'cera|depilacao com cera|depilacao a cera|cera quente|cera morna|cera fria',
    ar: 'شمع|واكس|حلاوه|sham3|wax|7lawa',
  },
  facial: {
    en: 'facials|a facial|facial treatment*|face mask|chemical peel|chemical peels|facial peel|microdermabrasion|blackheads|open pores|enlarged pores|acne|pimples|anti ageing|anti aging|wrinkles|fine lines',
    es: 'limpieza facial|limpieza de cutis|tratamiento facial|peeling|exfoliacion facial|microdermoabrasion|puntos negros|poros dilatados|acne|granitos|espinillas|antiedad|antiarrugas|arrugas',
    fr: 'soin du visage|soins du visage|soin visage|nettoyage de peau|peeling|microdermabrasion|points noirs|pores dilates|acne|boutons|anti age|rides',
    it: 'pulizia del viso|pulizia viso|trattamento viso|trattamenti viso|trattamento per il viso|maschera viso|un peeling|peeling chimico|peeling viso|microdermoabrasione|punti neri|pori dilatati|acne|brufoli|brufolo|foruncoli|antieta|anti age|antirughe|rughe',
    de: 'gesichtsbehandlung*|gesichts behandlung|gesichtsreinigung|gesichts reinigung|gesichtspflege|gesichtsmaske|ein peeling|chemisches peeling|gesichtspeeling|fruchtsaurepeeling|mikrodermabrasion|mitesser|grosse poren|vergrosserte poren|akne|pickel|anti aging|antiaging|gegen falten|falten im gesicht|meine falten|falten glatten|faltenbehandlung|falten behandlung|zornesfalte*|krahenfusse|feine linien',
    ca: 'neteja facial|neteja de cutis|tractament facial|peeling|punts negres|porus dilatats|acne|antiedat|arrugues',
    pt: 'limpeza de pele|limpeza facial|tratamento facial|peeling|microdermoabrasao|pontos negros|cravos|poros dilatados|acne|borbulhas|espinhas|anti idade|antienvelhecimento|rugas',
    ar: 'تنظيف البشره|تنظيف بشره|tanzeef el bashra|tanzif el bachra|tandif lbachra|فيشل|تقشير|حب الشباب|رؤوس سوداء|مسام|تجاعيد|peeling|facial',
  },
  makeup: {
    en: 'make up|makeup|make-up|mua|full glam|soft glam|airbrush makeup|mascara',
    es: 'maquillaje*|maquillar*|maquillarme|automaquillaje|rimel|rimmel|mascara de pestanas|mascara para pestanas',
    fr: 'maquillage*|maquiller|maquilleuse|make up|mascara|rimmel',
    it: 'trucco|truccare|truccarmi|truccatrice|truccatore|make up|makeup|mascara|rimmel',
    de: 'make up|makeup|schminken|geschminkt|schminke|visagist*|abend make up|wimperntusche|mascara',
    ca: 'maquillatge*|maquillar*|rimel|rimmel|mascara de pestanyes',
    pt: 'maquilhagem|maquiagem|maquilhar|maquiar|make up|makeup|rimel|rimmel|mascara de cilios|mascara para cilios|mascara de pestanas',
    ar: 'مكياج|ميك اب|ميكب|ميكاب|ماسكرا|الماسكرا|makeup|mekyaj|maquillage|mascara',
  },
  massage: {
    en: 'massage*|masseuse|masseur|deep tissue|swedish|sports massage|aromatherapy|lymphatic drainage|reflexology|shiatsu|thai massage|back rub|rubdown|back massage|body massage|relaxing massage',
    es: 'masaje*|masajista|drenaje linfatico|descontracturante|reflexologia|aromaterapia|masajito|masajitos|sobada|quiromasaje',
    fr: 'massage*|masser|masseuse|masseur|drainage lymphatique|reflexologie|aromatherapie|californien|suedois|massothérapie|massotherapie|massothérapeute|massotherapeute|modelage',
    it: 'massaggio|massaggi|massaggiatore|massaggiatrice|massaggiare|massoterapia|massoterapista|linfodrenaggio|drenaggio linfatico|riflessologia|shiatsu|aromaterapia|decontratturante|massaggio sportivo|massaggino|massaggini',
    de: 'massage*|massieren|masseur|masseurin|lymphdrainage|reflexzonen*|fussreflexzonen*|shiatsu|aromatherapie|thaimassage|sportmassage|massagen|massieren lassen|ruckenmassage|entspannungsmassage|ganzkorpermassage',
    ca: 'massatge*|massatgista|drenatge limfatic|descontracturant|reflexologia|aromaterapia|massatget|massatgets',
    pt: 'massagem|massagens|massagista|drenagem linfatica|reflexologia|aromaterapia|shiatsu|massagenzinha|massoterapia',
    ar: 'مساج|تدليك|مساجات|ماساج|masaj|massage|tadlik|مساجو|تمسيد',
  },
  hotStones: {
    en: 'hot stone*|stones massage|lava shells',
    es: 'piedras calientes|piedras volcanicas|geotermal|geotermia',
    fr: 'pierres chaudes|pierres volcaniques',
    it: 'pietre calde|pietre laviche|pietre vulcaniche|hot stone|massaggio con le pietre',
    de: 'hot stone*|heisse steine|warme steine|lavasteine|steinmassage|stein massage',
    ca: 'pedres calentes|pedres volcaniques',
    pt: 'pedras quentes|pedras vulcanicas',
    ar: 'الاحجار الساخنه|احجار ساخنه|حجر ساخن|hot stone',
  },
  hammam: {
    en: 'hammam|hamam|turkish bath|moroccan bath|body scrub|exfoliating glove|kessa|black soap|steam room|steam bath|rhassoul',
    es: 'hammam|hamam|bano turco|bano arabe|banos arabes|exfoliacion corporal|guante kessa|kessa|jabon negro|sauna de vapor|bano de vapor|rhassoul',
    fr: 'hammam|bain turc|bain maure|gommage corporel|gommage au savon noir|savon noir|gant kessa|kessa|bain de vapeur|rhassoul',
    it: 'hammam|hamam|bagno turco|bagno arabo|scrub corpo|scrub al corpo|esfoliazione corpo|guanto kessa|kessa|sapone nero|bagno di vapore|rhassoul|ghassoul',
    de: 'hammam|hamam|turkisches bad|orientalisches bad|dampfbad|korperpeeling|kessa|kessa handschuh|schwarze seife|rhassoul|ghassoul',
    ca: 'hammam|bany turc|banys arabs|bany arab|exfoliacio corporal|guant kessa|sabo negre|bany de vapor',
    pt: 'hammam|hamam|banho turco|banho arabe|esfoliacao corporal|luva kessa|banho de vapor|rhassoul',
    ar: 'حمام مغربي|حمام تركي|الحمام المغربي|حمام بلدي|صابون بلدي|الصابون البلدي|تقشير الجسم|غاسول|hammam|7ammam|kessa|ghassoul',
  },
  spaCircuit: {
    en: 'jacuzzi|hot tub|whirlpool|spa pool|plunge pool|thermal circuit|wet area|relaxation room|spa circuit',
    es: 'jacuzzi|circuito termal|circuito spa|piscina climatizada|zona de aguas|zona humeda|sala de relax|bañera de hidromasaje|hidromasaje',
    fr: 'jacuzzi|bain a remous|parcours aquatique|espace detente|espace bien etre|piscine chauffee|balneo',
    it: 'jacuzzi|idromassaggio|vasca idromassaggio|percorso termale|percorso spa|percorso benessere|area benessere|zona relax|sala relax|piscina riscaldata|le terme|centro termale',
    de: 'jacuzzi|whirlpool|sprudelbad|saunalandschaft|wellnessbereich|spa bereich|ruheraum|thermalbad|therme|beheizter pool|beheiztes schwimmbad',
    ca: "jacuzzi|circuit termal|circuit spa|piscina climatitzada|zona d'aigues|sala de relax|hidromassatge",
    pt: 'jacuzzi|hidromassagem|circuito termal|circuito spa|piscina aquecida|zona humida|sala de relaxamento',
    ar: 'جاكوزي|ساونا|سونا|حوض استرخاء|jacuzzi',
  },
  couples: {
    en: 'couples*|as a couple|a couple massage|massage for a couple|treatment for a couple|package for a couple|something for a couple|book for a couple|booking for a couple|we re a couple|we are a couple|couple massage|for two|two people|2 people|side by side|with my partner|with my boyfriend|with my girlfriend|duo',
    es: 'en pareja|somos pareja|para una pareja|para dos|dos personas|2 personas|con mi novio|con mi novia|duo',
    fr: 'en couple|un couple|on est un couple|nous sommes un couple|pour deux|deux personnes|2 personnes|en duo|duo|avec mon copain|avec ma copine',
    it: 'in coppia|di coppia|una coppia|siamo una coppia|per due persone|due persone|2 persone|con il mio ragazzo|con la mia ragazza|con il mio compagno|con la mia compagna|massaggio di coppia|duo',
    de: 'zu zweit|wir sind ein paar|zwei personen|2 personen|als paar|fur paare|paarmassage|paar massage|partnermassage|partner massage|mit meinem freund|mit meiner freundin|mit meinem partner|mit meiner partnerin|duo',
    ca: 'en parella|som parella|una parella|per a dos|per a dues|dues persones|2 persones|amb el meu xicot|amb la meua xicota|duo',
    pt: 'casal|para dois|duas pessoas|2 pessoas|com o meu namorado|com a minha namorada|duo',
    ar: 'كابل|=زوجين|=الزوجين|=للزوجين|شخصين|انا وزوجي|انا وزوجتي|انا وصاحبتي|لشخصين',
  },
  bodyWrap: {
    en: 'body wrap|body wraps|mud wrap|seaweed wrap|seaweed|cellulite|anti cellulite|body contouring|slimming|detox wrap',
    es: 'envoltura*|envoltorio corporal|barro|algas|celulitis|anticelulitis|reductor|reafirmante|moldeador',
    fr: 'enveloppement*|boue|cellulite|anticellulite|amincissant|minceur|raffermissant',
    it: 'impacco|impacchi|impacco al fango|fanghi|fango|alghe|bendaggio drenante|bendaggi drenanti|cellulit*|anticellulit*|drenante|rassodante|snellente|rimodellante',
    de: 'korperwickel|wickel|body wrap|algenpackung|schlammpackung|fangopackung|fango|cellulite|anti cellulite|straffung|straffend|figurformung|entschlackung',
    ca: 'embolcall*|fang|cellulitis|celulitis|anticellulitis|reductor|reafirmant',
    pt: 'envolvimento corporal|envolvimento de algas|lama|algas|celulite|anticelulite|redutor|modelador|drenante',
    ar: 'لف الجسم|تنحيف|سيلوليت|السيلوليت|نحت الجسم|cellulite|tan7if',
  },
  henna: {
    en: 'henna|hena|mehndi|mehendi|henna tattoo',
    es: 'henna|hena|alhena|tatuaje de henna',
    fr: 'henne|henna|tatouage au henne',
    it: "henne|henna|tatuaggio all'henne|tatuaggio henne",
    de: 'henna|henna tattoo|hennatattoo*|henna bemalung',
    ca: 'henna|henne|tatuatge de henna',
    pt: 'hena|henna|tatuagem de hena|tatuagem de henna',
    ar: 'حناء|حنه|الحناء|الحنه|نقش الحنه|نقش الحناء|نقش',
  },
  /** Perfume or cologne put on after a treatment or a grooming, or left off. */
  fragrance: {
    en: 'perfume|perfumed|cologne|scent|scented|fragrance|fragranced|fragrance free|smell nice|smell good|smells nice|smells good',
    es: 'colonia|perfume|perfumar|perfumado|perfumada|fragancia|huela bien|oler bien|olor a flores',
    fr: 'parfum|parfume|parfumee|eau de cologne|eau de toilette|sentir bon|sent bon|senteur*|fragrance',
    it: 'profumo|profumato|profumata|profumare|colonia|acqua di colonia|fragranza|profumino',
    de: 'parfum|parfumiert|duft|duftet|duftend|kolnisch wasser|eau de cologne|gut riechen|riecht gut|parfumfrei',
    ca: 'colonia|perfum|perfumar|perfumat|perfumada|fragancia|fer bona olor|olor a flors',
    pt: 'perfume|perfumar|perfumado|perfumada|colonia|cheiroso|cheirosa|fragrancia',
    ar: 'عطر|العطر|ريحه زوينه|ريحه حلوه|كولونيا|برفان|parfum|3tar|l3tar',
  },
  /** Argan oil, the Moroccan oil of hammams, massages and hair treatments. */
  argan: {
    en: 'argan|argan oil',
    es: 'argan|aceite de argan',
    fr: 'argan|huile d’argan',
    it: 'argan|olio di argan',
    de: 'argan|arganol|argan ol',
    ca: 'argan|oli d’argan',
    pt: 'argan|oleo de argan',
    ar: 'اركان|أركان|زيت اركان|زيت الاركان|argan|zit argan',
  },
  /** Black soap and clay (rhassoul, ghassoul): the products of a hammam ritual. */
  hammamProducts: {
    en: 'black soap|rhassoul|ghassoul|clay mask|clay',
    es: 'jabon negro|rhassoul|arcilla',
    fr: 'savon noir|rhassoul|ghassoul|argile',
    it: 'sapone nero|rhassoul|argilla',
    de: 'schwarze seife|rhassoul|heilerde|tonerde|lavaerde',
    ca: 'sabo negre|rhassoul|argila',
    pt: 'sabao preto|sabao negro|rhassoul|argila',
    ar: 'الصابون البلدي|صابون بلدي|صابون الاسود|الغاسول|غاسول|ghassoul|saboun beldi|savon noir',
  },
} satisfies PhraseTable<string>;
