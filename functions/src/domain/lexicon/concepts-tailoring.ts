/**
 * Concepts of tailors and alteration workshops: what their customers ask
 * about in their own words ("accorciare le maniche", "die Anprobe", "fer el
 * baix dels pantalons", "la zip si è rotta", "my own fabric", "vestit de
 * comunió") against what the owner wrote in another language. See
 * phrases.ts for the syntax. The occasion itself (a wedding, a communion
 * party) is the beauty table's `occasion`; `firstCommunion` is the narrower
 * concept, so a communion suit is not any wedding's text.
 *
 * Every message is also read in English, and a salon's, a clinic's, a
 * school's or a vet's customers write some of these words too, so these are
 * kept only beside a garment word, or as written ("=" in the tables):
 * - en: "material" (an implant's), "lining" alone (the womb's, the stomach's),
 *   "take up" (a hobby), "fitting" beside a bike, a hearing aid or a coil
 *   is still read, and only adds to what the stem already shares;
 * - es: "bajo" alone (low, a bass guitar, a ground floor), "cierre" (closing
 *   time), "ante" alone (before), "piel" alone (skin), "tejido" (body
 *   tissue), "prueba" alone (a test: a lab's, an allergy's);
 * - fr: "cuir" alone ("cuir chevelu", the scalp), "manche" as a handle is
 *   rare enough to keep;
 * - it: "pelle" alone (skin), "prova" alone (a trial lesson, a test);
 * - de: "Futter" alone (animal food), "kürzen" only as written (its stem is
 *   "kurz", short: "kurz fragen");
 * - ca: "baix" (low, the ground floor), "vora" (beside), "prova" alone;
 * - pt: "pele" (skin), "prova" alone (a test), "fecho" alone (a latch);
 * - ar: "كم" (how much), "جلد" (skin), "سحاب" (clouds), "تقصير" alone (a
 *   shortcoming: a complaint's word).
 */
import type { PhraseTable } from './phrases.js';

export const TAILORING_CONCEPTS = {
  /** A garment's sleeves: shortening, lengthening or narrowing them. */
  sleeves: {
    en: 'sleeve|sleeves|sleeve length|shirt cuffs|jacket cuffs',
    es: 'manga|mangas|largo de manga|largo de las mangas',
    fr: 'manche|manches|longueur des manches',
    it: 'manica|maniche|lunghezza delle maniche',
    de: 'armel|aermel|armellange|jackenarmel|hemdarmel',
    ca: 'maniga|manigues|manega|manegues',
    pt: 'manga|mangas|comprimento das mangas',
    ar: 'اكمام|الاكمام|كمام الجاكيت|manches',
  },
  /** A hem, or a garment shortened: trousers, jeans, a dress, a skirt. */
  hem: {
    en: 'hem|hems|hemmed|hemming|hemline|turn ups|shorten|shortened|shortening|take up the trousers|take up my trousers|take up the hem|taken up|trousers taken up|jeans taken up|dress taken up',
    es: 'dobladillo|bajo del pantalon|bajo de pantalon|bajos de pantalon|bajo del vaquero|bajo de vaquero|bajo del vestido|bajo de la falda|hacer un bajo|hacer el bajo|hacerme el bajo|coger el bajo|cogerle el bajo|prueba del bajo|acortar|acortarlo|acortarla|acortarme|acortado|acortada',
    fr: 'ourlet|ourlets|faire un ourlet|raccourcir|raccourci|raccourcie|raccourcis|raccourcies|raccourcissement',
    it: 'orlo|orli|fare l orlo|accorciare|accorciarli|accorciarle|accorciarlo|accorciarla|accorciato|accorciata|accorciatura',
    de: 'saum|=saume|umsaumen|=kurzen|=gekurzt|=kurzt|kurzer machen|hose kurzen|hosen kurzen|kleid kurzen',
    ca: 'fer el baix|el baix dels pantalons|el baix del vestit|baixos dels pantalons|escurcar|escurcar lo|escurcar la|escurcat|escurcada',
    pt: 'bainha|bainhas|fazer a bainha|encurtar|encurtado|encurtada|encurtar as calcas',
    ar: 'تقصير البنطلون|تقصير السروال|تقصير الفستان|تقصير الكم|نقصر البنطلون|نقصر السروال|ourlet',
  },
  /** A garment's lining, torn or to replace. */
  lining: {
    en: 'jacket lining|coat lining|new lining|the lining is torn|the lining is ripped|torn lining|ripped lining|reline|relined|relining|replace the lining',
    es: 'forro|forros|forrar|forrado',
    fr: 'doublure|doublures|redoubler la veste',
    it: 'fodera|fodere|foderare|foderato|foderata',
    de: 'innenfutter|jackenfutter|mantelfutter|futterstoff|das futter ist|neues futter',
    ca: 'folre|folres|folrar',
    pt: 'forro|forros|forrar',
    ar: 'البطانه|بطانه الجاكيت|بطانه المعطف|doublure',
  },
  /** A zip (zipper): broken, stuck, to replace. */
  zip: {
    en: '=zip|=zips|zipper|zippers|zip fly',
    es: 'cremallera|cremalleras',
    fr: 'fermeture eclair|fermetures eclair|fermeture a glissiere|tirette',
    it: 'cerniera|cerniere|chiusura lampo|lampo',
    de: 'reissverschluss*|reisverschluss*',
    ca: 'cremallera|cremalleres',
    pt: 'fecho eclair|fecho ecler|ziper|zipper|o fecho da|fecho das calcas|fecho do casaco|fecho do vestido',
    ar: 'سوسته|السوسته|سحاب الجاكيت|سحاب البنطلون|سحاب الفستان|fermeture',
  },
  /** Cloth a garment is made of: the customer's own, or the tailor's sample books. */
  fabric: {
    en: 'fabric|fabrics|cloth|=tweed|suiting|swatch*|cut length',
    es: 'tela|telas|muestrario|muestrarios|pano',
    fr: 'tissu|tissus|etoffe|etoffes',
    it: 'tessuto|tessuti|stoffa|stoffe',
    de: 'stoff|stoffe|anzugstoff|stoffmuster',
    ca: 'tela|teles',
    pt: 'tecido|tecidos',
    ar: 'قماش|القماش|قماشه|tissu',
  },
  /** A fitting of a garment being made or altered: trying it on, pinned or basted. */
  garmentFitting: {
    en: 'each fitting|first fitting|second fitting|final fitting|last fitting|next fitting|how many fittings|suit fitting|dress fitting|for the fitting|to the fitting|fittings for|try it on|try on|trying it on|pinned|pin the|pin his|pin her|pin my|basted',
    es: 'prueba del traje|pruebas del traje|prueba del vestido|pruebas del vestido|prueba del bajo|cuantas pruebas|las pruebas para|empezar las pruebas|primera prueba|ultima prueba|probarme el traje|probarme el vestido|probarme los pantalones|hilvanado|alfileres',
    fr: 'essayage|essayages|essayer le costume|essayer la robe',
    it: 'prove del vestito|prove dell abito|prova dell abito|prova del vestito|quante prove|provarmi|spilli',
    de: 'anprobe|anproben|anprobieren|anprobetermin*',
    ca: 'quantes proves|provar me|emprovar me|emprovar',
    pt: 'provas do fato|prova do fato|prova do vestido|provas do vestido|quantas provas|provar o fato|provar o vestido|alfinetes',
    ar: 'بروفه|البروفه|تجربه الفستان|تجربه البدله|قياس البدله|essayage',
  },
  /** A First Communion: the child's suit or dress for it, and the season of them. */
  firstCommunion: {
    en: 'first communion|holy communion|communion suit|communion suits|communion dress',
    es: 'comunion|comuniones|primera comunion',
    fr: 'communion|communions|premiere communion|communiant|communiante',
    it: 'comunione|comunioni|prima comunione',
    de: 'kommunion|erstkommunion|kommunionanzug|kommunionkleid',
    ca: 'comunio|comunions|primera comunio',
    pt: 'comunhao|comunhoes|primeira comunhao',
    ar: 'المناوله الاولى|المناوله|communion',
  },
  /** Leather and suede garments: a leather jacket, a suede coat. */
  leather: {
    en: 'leather|suede|sheepskin|biker jacket',
    es: 'cuero|de cuero|chaqueta de piel|chaquetas de piel|cazadora de piel|abrigo de piel|chupa de cuero|chaqueta de ante|abrigo de ante',
    fr: 'en cuir|de cuir|veste en cuir|blouson en cuir|daim|en daim',
    it: 'cuoio|camoscio|giacca di pelle|giacche di pelle|giubbotto di pelle|giubbotti di pelle|giacca in pelle|giacche in pelle|in pelle|chiodo di pelle',
    de: 'leder|lederjacke*|wildleder|ledermantel',
    ca: 'de cuir|jaqueta de cuir|jaqueta de pell|jaquetes de pell|abric de pell',
    pt: 'couro|camurca|casaco de pele|blusao de couro|jaqueta de couro|casaco de couro',
    ar: 'جاكيت جلد|جاكيت الجلد|جاكيت ديال الجلد|جلد طبيعي|cuir',
  },
  /** Shoes: those worn with a garment, which set a hem's length (heels, flats, barefoot), and sports shoes. */
  shoes: {
    en: 'shoes|heels|high heels|stilettos|barefoot|in my socks|sneakers|running trainers|tennis trainers|my trainers|proper trainers|running shoes|tennis shoes|court shoes|footwear|flip flops|flipflops|flip flop|sandals|sliders|crocs|closed toe|open toe|closed shoes|boots|ankle boots|heeled boots|wellies|wellingtons|hiking boots',
    es: 'zapatos|tacones|tacon|zapato de tacon|descalza|descalzo|en calcetines|zapatillas|zapatilla|deportivas|bambas|chanclas|chancletas|sandalias|calzado|zapato cerrado|zapatos cerrados|con tenis|en tenis|unos tenis|mis tenis|ir de tenis|venir de tenis|botas|botines|tacon alto|tacones altos|botas de tacon',
    fr: 'chaussures|talons|talons hauts|escarpins|pieds nus|baskets|chaussures de sport|tongs|sandales|claquettes|chaussures fermees|bottes|bottines|a talons|bottes a talons',
    it: 'scarpe|tacchi|tacco|scalza|scalzo|a piedi nudi|scarpe da ginnastica|scarpette|sneakers|infradito|sandali|ciabatte|scarpe chiuse|calzature|stivali|stivaletti|tacco alto|tacchi alti|col tacco|coi tacchi',
    de: 'schuhe|absatze|absatzschuhe|high heels|barfuss|pumps|turnschuhe|sportschuhe|hallenschuhe|laufschuhe|tennisschuhe|sneaker|sneakers|sandalen|flip flops|zehentrenner|geschlossene schuhe|schuhwerk|stiefel|stiefeletten|gummistiefel|wanderschuhe',
    ca: '=sabates|=sabata|talons|descalca|descalc|sabatilles|sabatilla|bambes|vambes|xancletes|sandalies|sabates tancades|botes|botins|talons alts',
    pt: 'sapatos|saltos|salto alto|descalca|descalco|sapatilhas|sapatilha|tenis de corrida|chinelos|chinelo|havaianas|sandalias|calcado|sapato fechado|sapatos fechados|com tenis|ir de tenis|vir de tenis|uns tenis|meu tenis|meus tenis|usar tenis|calcar tenis|botas|botins|saltos altos',
    ar: 'صباط|الصباط|سباط|السباط|سبابط|صبابط|جوتي|الجوتي|جواتي|نعال|النعال|بالنعال|شبشب|الشبشب|شباشب|صندل|صنادل|الصنادل|=sabbat|=sebbat|=sbabet|=sbebet|=sabbet|حذاء|الحذاء|كعب عالي|talons|حذاء رياضي|سبادري|espadrilles|sbadri|جزمه|جزمة|بوت|البوت|جزم',
  },
  /** A garment washed or clean before it is altered: "must I wash the jeans first?", "it has never been washed". */
  washedClothes: {
    en: 'washed|unwashed|never washed|wash them first|wash it first|wash the jeans|wash my jeans|clean clothes|dry cleaned|laundered',
    es: 'ropa limpia|prenda limpia|prendas limpias|lavar la ropa|lavarla antes|lavarlos antes|=lavados|=lavadas|sin lavar|recien lavado|recien lavada',
    fr: 'vetements propres|vetement propre|laver le jean|laver mon jean|laver les vetements|jamais lave|jamais laves|deja lave|sans le laver|le laver avant',
    it: 'lavare i jeans|lavare i pantaloni|lavarli prima|lavarlo prima|=lavati|mai lavati|mai lavato|capi puliti|vestiti puliti',
    de: 'gewaschen|ungewaschen|vorher waschen|erst waschen|saubere kleidung|frisch gewaschen',
    ca: 'roba neta|rentar la roba|rentar los|=rentats|=rentada|sense rentar',
    pt: 'roupa limpa|roupa lavada|lavar a roupa|lavar as calcas|lavar os jeans|=lavados|=lavadas|sem lavar',
    ar: 'مغسول|مغسوله|نغسلو الحوايج|نغسل الحوايج|الحوايج نقيين|lave',
  },
} as const satisfies PhraseTable<string>;
