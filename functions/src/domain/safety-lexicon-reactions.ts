/**
 * Safety signals for a body that reacts to a treatment (a hair dye, a
 * bleach, a lash tint, a wax, a laser, a peel, an injection, a massage oil,
 * a vaccine or a flea treatment for a pet): the treatment, the itch, the
 * burning, where it swells (face, neck, scalp, eyes), the words that make
 * the treatment the cause ("after the dye", "the oil gave me") or the remedy
 * asked for ("would a facial help?"); and for injuries an owner or a physio
 * sees: a limb that cannot move or bear weight, a cat breathing with its
 * mouth open, an animal that breathes badly. Each is a meaning in every
 * language; domain/safety.ts combines them. Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const REACTION_SIGNALS = {
  /** Something put on or into the body that it may react to: with a swelling, an itch or blisters, a reaction. */
  treatment: {
    en: 'dye|hair dye|hair colour|hair color|colouring|coloring|tint|tinted|lash tint|brow tint|bleach|bleached|bleaching|highlights|balayage|platinum|toner|perm|relaxer|keratin|wax|waxed|waxing|laser|ipl|chemical peel|a peel|the peel|peel treatment|injection|injections|filler|fillers|botox|henna|massage oil|oil|lash lift|lash extensions|brow lamination|lamination|microblading|tattoo|a facial|the facial|facial treatment|cream|numbing cream|treatment|vaccine|vaccination|jab|shampoo|flea treatment|spot on',
    es: 'tinte|tintes|tenido|decoloracion|decolorante|decolorar|mechas|balayage|platino|platinado|matiz|permanente|alisado|keratina|cera|depilacion|laser|peeling|inyeccion|inyecciones|relleno|botox|henna|hena|aceite|lifting de pestanas|extensiones de pestanas|laminado de cejas|microblading|tatuaje|limpieza facial|crema|tratamiento|vacuna|champu|pipeta|antiparasitario',
    fr: 'teinture|defrisage|defrisant|coloration|couleur|decoloration|decolorant|meches|balayage|platine|permanente|lissage|keratine|cire|epilation|laser|peeling|injection|injections|acide hyaluronique|botox|henne|huile|huile de massage|rehaussement de cils|extensions de cils|lamination|microblading|tatouage|soin du visage|creme|traitement|vaccin|shampoing|pipette|antiparasitaire',
    it: 'tinta|tintura|colore|colorazione|decolorazione|decolorante|meches|colpi di sole|balayage|platino|permanente|stiratura|cheratina|ceretta|cera|epilazione|laser|peeling|iniezione|iniezioni|filler|botox|henne|henna|olio|laminazione|extension ciglia|ciglia|microblading|tatuaggio|pulizia del viso|trattamento|crema|vaccino|shampoo|antiparassitario',
    de: 'farb*|haarfarb*|wimpernfarb*|augenbrauenfarb*|getont|tonung|blondier*|strahnchen|balayage|platin|dauerwelle|glattung|keratin|wachs|waxing|enthaarung|laser|peeling|spritze|injektion|filler|botox|henna|massageol|ol|wimpernlifting|wimpernverlangerung|lamination|microblading|tattoo|tatowierung|gesichtsbehandlung|behandlung|creme|impfung|shampoo|spot on|flohmittel',
    ca: 'tint|tintura|coloracio|decoloracio|metxes|balayage|platinat|permanent|allisat|queratina|cera|depilacio|laser|peeling|injeccio|injeccions|farciment|botox|henna|oli|lifting de pestanyes|extensions de pestanyes|tatuatge|neteja facial|tractament|crema|vacuna|xampu',
    pt: 'tinta|tintura|coloracao|descoloracao|descolorante|descolorir|luzes|mechas|balayage|platinado|platinar|matizador|progressiva|alisamento|relaxamento|queratina|cera|depilacao|laser|peeling|injecao|injecoes|preenchimento|botox|hena|henna|oleo|lash lifting|extensao de cilios|cilios|laminacao|microblading|tatuagem|limpeza de pele|tratamento|creme|vacina|shampoo|xampu|antipulgas',
    ar: 'صبغه|الصبغه|صباغه|الصباغه|ديكولوراسيون|الميش|ميش|الشمع|شمع|الليزر|ليزر|تقشير|التقشير|حقنه|الحقنه|حقن|فيلر|الفيلر|بوتوكس|البوتوكس|الحنه|حنه|زيت|الزيت|الكيراتين|كيراتين|البروتين|علاج|العلاج|كريم|الكريم|اللقاح|لقاح|التلقيح|تلقيح|sbagha|sbigha|decoloration|couleur|laser|keratine|botox|filler',
  },
  /**
   * An injection into the face or the body: a filler (hyaluronic acid, a skin booster), a sclerotherapy, an
   * injection of any kind. Its needle can block an artery: skin that goes grey, white or mottled, or sight that
   * blurs, after it is an emergency (domain/safety.ts). Not botox, which blocks no artery.
   */
  injected: {
    en: 'filler|fillers|dermal filler|lip filler|lip fillers|cheek filler|cheek fillers|tear trough|tear troughs|hyaluronic|skin booster|skin boosters|profhilo|sculptra|radiesse|juvederm|restylane|liquid rhinoplasty|non surgical rhinoplasty|nose filler|injection|injections|injected|sclerotherapy|mesotherapy',
    es: 'relleno|rellenos|acido hialuronico|hialuronico|filler|fillers|inyeccion|inyecciones|me inyectaron|rinomodelacion|aumento de labios|esclerosis de varices|mesoterapia',
    fr: 'acide hyaluronique|hyaluronique|filler|fillers|injection|injections|injecte|injectee|comblement|rhinoplastie medicale|mesotherapie|sclerotherapie',
    it: 'filler|acido ialuronico|ialuronico|iniezione|iniezioni|punturina|punturine|rinofiller|biorivitalizzazione|scleroterapia|mesoterapia',
    de: 'filler|hyaluron*|unterspritz*|aufgespritzt|gespritzt|spritze|injektion|injektionen|verodung|mesotherapie',
    ca: 'farciment|acid hialuronic|hialuronic|filler|fillers|injeccio|injeccions|mesoterapia|escleroterapia',
    pt: 'preenchimento|preenchimentos|acido hialuronico|hialuronico|filler|fillers|injecao|injecoes|rinomodelacao|bioestimulador|escleroterapia|mesoterapia',
    ar: 'فيلر|الفيلر|فلر|حقن|حقنه|الحقنه|الحقن|ابره|الابره|ابر|هيالورونيك|الهيالورونيك|filler|fillers|filer',
  },
  /**
   * Skin that turns grey, white, bluish or mottled (a net of purple, livedo): with pain, or worse by the hour,
   * after an injection, the filler has blocked an artery. Not a bruise where the needle went (lookalike).
   */
  skinColour: {
    en: 'grey|gray|greyish|grayish|blue grey|blue gray|bluish|blueish|dusky|mottled|marbled|blotchy|lacy|net like|livedo|went white|turned white|gone white|going white|white patch|white patches|pale patch|pale patches|blanched|blanching|purple patches|purple blotches|blue patches|bluish patches|dark patches|discoloured|discolored|discolouration|discoloration|went purple|turned purple|going purple',
    es: 'gris|grisacea|grisaceo|azulada|azulado|azuladas|azulados|amoratada|amoratado|jaspeada|jaspeado|marmorea|marmoreo|moteada|moteado|manchas blancas|manchas azuladas|manchas grises|manchas moradas|se puso blanca|se puso blanco|se quedo blanca|blanquecina|livedo|cambio de color|descolorida|descolorido',
    fr: 'gris|grise|grisatre|bleutee|bleute|bleuatre|marbree|marbre|marbrures|taches blanches|taches bleues|taches grises|taches violettes|devenue blanche|devenu blanc|blanchie|blanchi|livedo|violacee|violace|decoloree',
    it: 'grigio|grigia|grigiastr*|bluastr*|violace*|marmorizzat*|chiazze|a chiazze|macchie bianche|macchie blu|macchie viola|diventata bianca|diventato bianco|sbiancat*|livedo',
    de: 'grau|graulich|blaulich|blaugrau|marmoriert|fleckig|gefleckt|weisse flecken|weiss geworden|livedo|verfarbt|verfarbung|lila flecken|dunkle flecken',
    ca: 'gris|grisa|grisenca|blavosa|blavos|violacia|marbrejada|taques blanques|taques blaves|taques violetes|blanquinosa|livedo',
    pt: 'cinzenta|cinzento|cinza|acinzentad*|azulad*|arroxead*|marmorizad*|manchada|manchado|manchas brancas|manchas azuis|manchas roxas|ficou branca|ficou branco|esbranquicad*|livedo',
    ar: 'رمادي|رماديه|رصاصي|رصاصيه|ازرق|زرقا|زرقاء|مزرق|مزرقه|مبقع|مبقعه|بقع زرقا|بقع بيضا|بقع رماديه|صار لونه|صار لونها|تغير لونه|تغير لونها|لونه تغير|لونها تغير|صار ابيض|صارت بيضا|ولا بيض|ولات بيضا|rmadi|zar2a|mzr9a',
  },
  /** Painful, sore, throbbing: pain said as a quality of a place (with a colour after an injection, an artery blocked). */
  painful: {
    en: 'painful|sore|so sore|really sore|throbbing|agony|agonising|agonizing|killing me',
    es: 'doloroso|dolorosa|dolorido|dolorida|me mata|punzante|palpita',
    fr: 'douloureux|douloureuse|endolori|endolorie|lancine|lancinant|elance',
    it: 'doloroso|dolorosa|dolorante|pulsa|mi fa malissimo|lancinante',
    de: 'schmerzhaft|tut so weh|tut total weh|tut extrem weh|pocht|pochend|hollisch weh',
    ca: 'dolorós|dolorosa|adolorit|adolorida|em fa molt mal|palpita',
    pt: 'doloroso|dolorosa|dolorido|dolorida|lateja|latejando|doi muito|doendo muito',
    ar: 'يوجعني|بيوجعني|عم يوجعني|كيوجعني|يعورني|تعورني|يعور|يالمني|توجعني|بتوجعني|موجوع|موجوعه|الم شديد|وجع شديد|كيضرني|كتضرني|y3awerni|ywaja3ni|kaydrni',
  },
  /**
   * A piercing of the tongue or a lip: it swells for days as a matter of course, so a swollen tongue or lip after
   * one is no allergic reaction unless breathing or swallowing is hard (domain/safety.ts).
   */
  airwayPiercing: {
    en: 'tongue piercing|tongue pierced|pierced tongue|pierced my tongue|pierced her tongue|pierced his tongue|got my tongue done|had my tongue done|tongue done|lip piercing|lip pierced|pierced lip|pierced my lip|got my lip done|labret|medusa piercing|monroe piercing|smiley piercing|frenulum piercing|tongue web',
    es: 'piercing en la lengua|piercing de la lengua|piercing de lengua|piercing lengua|me perfore la lengua|perforacion de lengua|perforacion en la lengua|piercing en el labio|piercing del labio|piercing de labio|me perfore el labio|labret|medusa',
    fr: 'piercing a la langue|piercing langue|piercing de la langue|percer la langue|perce la langue|fait percer la langue|piercing a la levre|piercing levre|percer la levre|fait percer la levre|labret|medusa',
    it: 'piercing alla lingua|piercing lingua|piercing sulla lingua|bucato la lingua|bucata la lingua|piercing al labbro|piercing labbro|bucato il labbro|labret|medusa',
    de: 'zungenpiercing|zunge stechen|zunge gestochen|zunge piercen|zunge gepierct|lippenpiercing|lippe stechen|lippe gestochen|lippe gepierct|labret|medusa piercing',
    ca: 'piercing a la llengua|piercing de llengua|foradat la llengua|piercing al llavi|piercing de llavi|labret',
    pt: 'piercing na lingua|piercing de lingua|piercing lingua|furei a lingua|furar a lingua|piercing no labio|piercing de labio|furei o labio|labret|medusa',
    ar: 'بيرسنج اللسان|بيرسينغ اللسان|بيرسينج اللسان|خزام اللسان|ثقب اللسان|ثقبت لساني|بيرسنج الشفه|بيرسينغ الشفه|ثقب الشفه|piercing langue',
  },
  /** A treatment said as done ("I dyed my hair", "pintei o cabelo", "صبغت شعري"): the cause of what follows, as it is. */
  treatmentDone: {
    en: 'dyed|bleached|waxed|tinted|coloured|colored|lasered|injected|got my hair done|had my hair done|got my lashes tinted|had my lashes tinted',
    es: 'me tenia|me tenian|me teñi|me tenieron|me decolore|me decoloraron|me depile|me depilaron|me inyectaron',
    fr: 'teint|teinte|teints|decolore|decoloree|decolores|epile|epilee|me suis fait teindre|me suis fait epiler',
    it: 'tinto|tinta i capelli|tinti|decolorato|decolorata|decolorati|depilata|depilato',
    de: 'gefarbt|blondiert|gewachst|gelasert|gespritzt|aufgespritzt',
    ca: 'tenyit|tenyida|tenyits|decolorat|decolorada|depilat|depilada',
    pt: 'pintei|pintado|tingi|descolori|descolorido|platinei|depilei|depilado',
    ar: 'صبغت|صبغت شعري|صبغو|صبغولي|sbght|sbeght|sba8t',
  },
  /** Before a treatment, what makes it the cause: "after the dye", "since the bleach", "I had a peel", "fiz platinado". */
  sinceMarker: {
    en: 'after|since|ever since|following|because of|due to|from the|i had|had my|had a|had the|i got|got my|got a|got the|i did|did my|did a|i used|used|i put|put on|applied|yesterdays',
    es: 'despues|dsp|dsps|dps|tras|desde|por culpa|a causa|con el|con la|me hice|me hizo|me hicieron|me han hecho|me he hecho|me puse|me pusieron|me aplique|me aplicaron|use',
    fr: 'apres|depuis|suite|a cause|avec la|avec le|ai fait|fait faire|me suis fait|mis|applique|utilise',
    it: 'dopo|da quando|a causa|con la|con il|ho fatto|fatto|messo|usato|applicato|mi hanno fatto',
    de: 'nach|nachm|seit|seitdem|wegen|habe|hab|hatte|benutzt|aufgetragen|verwendet|machen lassen',
    ca: 'despres|des de|des que|per culpa|amb el|amb la|em vaig fer|em van fer|vaig fer|em vaig posar|he fet|em van posar',
    pt: 'depois|dps|dpois|desde|apos|por causa|com a|com o|fiz|fizeram|fez|usei|passei|apliquei|coloquei|botei|me fizeram',
    ar: 'بعد|من بعد|مورا|من نهار|بسبب|درت|دارت ليا|دارو ليا|عملت|سويت|حطيت|استعملت|mn b3d|b3d|mora|dert|drt|3mlt|7tit',
  },
  /** After a treatment, what makes it the cause: "the dye yesterday", "the oil gave me", "la tinta mi ha fatto". */
  thenMarker: {
    en: 'yesterday|this morning|last night|gave me|gave her|gave him|made my|made me|caused|has caused|is causing|done',
    es: 'ayer|esta manana|anoche|me dio|me ha dado|me provoco|me ha provocado|me ha hecho|me hizo',
    fr: 'hier|ce matin|hier soir|m a donne|a provoque|m a fait|a fait',
    it: 'ieri|stamattina|ieri sera|mi ha dato|mi ha fatto|ha provocato|ha causato|fatto',
    de: 'gestern|heute morgen|gestern abend|gemacht|hat verursacht|hat ausgelost',
    ca: 'ahir|aquest mati|ahir al vespre|em va donar|em va fer|ha provocat',
    pt: 'ontem|hoje de manha|esta manha|ontem a noite|me deu|me causou|provocou|me fez',
    ar: 'البارح|امس|البارحه|لبارح|عطاتني|دارت ليا|سبباتلي|lbar7|lbare7',
  },
  /** Asking how to soothe or what helps against a swelling, an itch: the treatment is the remedy, not the cause. */
  remedy: {
    en: 'reduce|bring down|get rid of|soothe|calm down|help with|help for|helps with|help reduce|good for|recommend|what cream|which cream|do you have a cream|treatment for',
    es: 'reducir|bajar la hinchazon|deshinchar|desinflamar|calmar|aliviar|ayuda con|ayuda para|sirve para|va bien para|es bueno para|recomiendas|recomendais|recomiendan|que crema|tratamiento para',
    fr: 'reduire|faire degonfler|degonfler|apaiser|calmer|soulager|aider pour|aide pour|bon pour|recommandez|conseillez|quelle creme|soin pour|soin contre',
    it: 'ridurre|sgonfiare|calmare|alleviare|lenire|aiuta|serve per|fa bene per|consigliate|consigli|che crema|trattamento per',
    de: 'reduzieren|abschwellen|lindern|beruhigen|hilft gegen|hilft bei|hilft eine|hilft ein|gut gegen|empfehlt|empfehlen sie|welche creme|behandlung gegen|behandlung fur',
    ca: 'reduir|desinflar|calmar|alleujar|ajuda amb|va be per|recomaneu|quina crema|tractament per',
    pt: 'reduzir|desinchar|aliviar|acalmar|ajuda com|ajuda a|serve para|bom para|recomendam|recomenda|que creme|qual creme|tratamento para',
    ar: 'ينقص|تنقص|نقص|يهبط|كيهبط|يساعد|كيعاون|تنصحوني|شنو الكريم|علاج ل|علاج للحكه|ضد',
  },
  /** A sting or a venomous bite: a bee, a wasp, a hornet, a spider, a snake. With a swelling that spreads or breathing that wheezes, anaphylaxis. */
  sting: {
    en: 'stung|sting|stings|bee sting|wasp sting|stung by|insect bite|bitten by an insect|spider bite|bitten by a spider|snake bite|bitten by a snake|adder bite|bitten by an adder|bee|wasp|hornet',
    es: 'picadura|picaduras|le pico|le ha picado|me pico|me ha picado|picado por|picada por|abeja|avispa|avispon|mordedura de serpiente|mordido por una serpiente|vibora|escorpion',
    fr: "piqure|piqures|pique par|piquee par|s'est fait piquer|fait piquer par|abeille|guepe|frelon|morsure de serpent|mordu par un serpent|vipere",
    it: "puntura|punture|punto da|punta da|l'ha punto|l'ha punta|mi ha punto|ape|vespa|calabrone|morso di serpente|morso da una vipera|vipera",
    de: 'stich|gestochen|bienenstich|wespenstich|insektenstich|hornissenstich|biene|wespe|hornisse|schlangenbiss|kreuzotter|von einer schlange gebissen',
    ca: "picada|picades|l'ha picat|m'ha picat|picat per|picada per|abella|vespa|vesprot|mossegada de serp|escurco",
    pt: 'picada|picadas|ferroada|ferrada|picado por|picada por|abelha|vespa|marimbondo|mordida de cobra|picada de cobra|mordido por uma cobra|vibora',
    ar: 'لسعه|لسعات|لسعاتو|لسعاتها|قرصاتو|قرصاتها|قرصو|نحله|النحله|دبور|الدبور|زنبور|الزنبور|لدغه|حنش|الحنش|ne7la|n7la|la9sato|9rsato',
  },
  /** Wheezing: breath that whistles, a narrowed airway (asthma, an allergic reaction). */
  wheeze: {
    en: 'wheez*|whistling breath|whistles when breathing|breathing noisily|noisy breathing|raspy breathing|rasping',
    es: 'silbidos|silbido al respirar|pitos al respirar|sibilancias|respira con silbido|respira haciendo ruido|ruido al respirar|le silba el pecho',
    fr: 'sifflement*|respiration sifflante|siffle en respirant|respire en sifflant|respiration bruyante|respire bruyamment',
    it: 'sibili|sibilo|respiro sibilante|fischia quando respira|fischio quando respira|respira rumorosamente|respiro rumoroso',
    de: 'pfeift beim atmen|pfeifende atmung|pfeifendes atmen|giemen|keucht|keuchen|rochelt|rocheln|atmet pfeifend|gerausch beim atmen',
    ca: 'xiulet|xiulets|xiula quan respira|respiracio sibilant|respira fent soroll|soroll en respirar',
    pt: 'chiado|chiando|sibilo|sibilancia|sibilancias|respira com chiado|respiracao ruidosa|respira fazendo barulho',
    ar: 'كيصفر|كتصفر|الصفير|صفير|صدرو كيصفر|صدرها كيصفر|كيخرخر|كتخرخر|kaysfer|katsfer|kaykhrkher',
  },
  /** Growing by the minute: a swelling that spreads fast is a reaction, not a bump. */
  spreading: {
    en: 'fast|quickly|rapidly|by the minute|more and more|getting bigger|getting worse|spreading|keeps growing|really fast|so fast',
    es: 'rapido|rapidamente|muy rapido|cada vez mas|por momentos|se extiende|va a mas|empeora',
    fr: "vite|rapidement|tres vite|de plus en plus|a vue d'oeil|se propage|s'etend|empire",
    it: "veloce|velocemente|in fretta|rapidamente|sempre di piu|a vista d'occhio|si allarga|peggiora",
    de: 'schnell|rasch|immer mehr|immer dicker|zusehends|breitet sich aus|wird schlimmer|wird immer',
    ca: "rapid|rapidament|molt rapid|cada cop mes|cada vegada mes|a ull nu|s'esten|empitjora",
    pt: 'rapido|rapidamente|muito rapido|cada vez mais|a olhos vistos|esta espalhando|esta a espalhar|piorando|a piorar',
    ar: 'بالزربه|بزربه|كيزيد|كتزيد|كيكبر|كتكبر|كيتزاد|bzerba|kayzid|katzid|kaykber',
  },
  itch: {
    en: 'itch*|itchy',
    es: 'pica|pican|picaba|picor|picores|picazon|comezon|prurito',
    fr: 'demange*|gratte|grattent|prurit|envie de gratter',
    it: 'prurito|pizzica|pizzicore|prude|prudono|mi gratto',
    de: 'juck*',
    ca: 'picor|pica|piquen|coissor',
    pt: 'coceira|cocando|coca muito|comichao|comichoes|prurido',
    ar: 'حكه|الحكه|كيحكني|كتحكني|كيحكو|يحكني|بيحكني|تحكني|حكني|عم يحكني|حكان|حكاك|kay7kni|kat7kni|7ekka|7kka|7okka',
  },
  /** A burning, a stinging: what a chemical on the skin or in an eye feels like. */
  burning: {
    en: 'burning|burns|stinging|stings|on fire',
    es: 'arde|arden|ardor|ardiendo|escuece|escuecen|escozor|me quema|quemazon',
    fr: 'brule|brulent|brulure|ca brule|ca pique|picote|picotements',
    it: 'brucia|bruciano|bruciore|pizzica',
    de: 'brennt|brennen|brennend|sticht',
    ca: 'em cou|couen|coissor|crema molt',
    pt: 'arde|ardendo|ardencia|ardor|queimando|queima muito',
    ar: 'كيحرقني|كتحرقني|كيحرقوني|كيحرقو|كيحرق|كتحرق|عم يحرقني|بيحرقني|حريق|الحريق|حرقه|الحرقه|كيشعل|kay7r9ni|kat7r9ni|7ri9|7er9a',
  },
  /** Where a reaction shows that a doctor must see now: the face, the neck, the scalp, around the eyes. */
  reactionArea: {
    en: 'face|neck|scalp|eyes|eye|eyelids|eyelid|lips|lip|ears|ear|tongue|throat|head|whole body|all over my body|muzzle|snout',
    es: 'cara|cuello|cuero cabelludo|ojos|ojo|parpados|parpado|labios|labio|orejas|oreja|lengua|garganta|cabeza|todo el cuerpo|hocico|morro',
    fr: 'visage|figure|cou|cuir chevelu|yeux|oeil|paupieres|paupiere|levres|levre|oreilles|oreille|langue|gorge|tete|tout le corps|museau|babines',
    it: 'viso|faccia|collo|cuoio capelluto|occhi|occhio|palpebre|palpebra|labbra|labbro|orecchie|orecchio|lingua|gola|testa|tutto il corpo|muso|musetto',
    de: 'gesicht|hals|nacken|kopfhaut|augen|auge|augenlider|augenlid|lider|lippen|lippe|ohren|ohr|zunge|kopf|ganzen korper|schnauze|maul|lefzen',
    ca: 'cara|coll|cuir cabellut|ulls|ull|parpelles|parpella|llavis|llavi|orelles|orella|llengua|gola|el cap|al cap|tot el cos|musell|morro',
    pt: 'rosto|cara|pescoco|couro cabeludo|olhos|olho|palpebras|palpebra|labios|labio|orelhas|orelha|lingua|garganta|cabeca|corpo todo|todo o corpo|focinho',
    ar: 'وجه|الوجه|وجهي|وجهها|وجهو|رقبه|الرقبه|رقبتي|راس|راسي|الراس|فروه الراس|عين|عيني|عينيا|العين|عينيه|جفون|الجفون|شفايف|شفايفي|ودني|وذني|لسان|لساني|حلقي|جسمي|الجسم|wjhi|wejhi|wjh|ra9ba|rasi|ras|3ini|3inia|3in|chfayfi|خنونه|فمو|فمها',
  },
  /** A limb, a joint or its bone (not a nose or a jaw, which a question about their shape names too). */
  limbBone: {
    en: 'ankle|wrist|elbow|knee|shoulder|finger|thumb|toe|arm|forearm|leg|shin|foot|collarbone|hip',
    es: 'tobillo|muneca|codo|rodilla|hombro|dedo|brazo|antebrazo|pierna|espinilla|pie|clavicula|cadera',
    fr: 'cheville|poignet|coude|genou|epaule|doigt|pouce|orteil|bras|avant bras|jambe|tibia|pied|clavicule|hanche',
    it: 'caviglia|polso|gomito|ginocchio|spalla|dito|pollice|braccio|avambraccio|gamba|stinco|piede|clavicola|anca',
    de: 'knochel|knechel|handgelenk|ellbogen|ellenbogen|knie|schulter|finger|daumen|zeh|arm|unterarm|bein|schienbein|fuss|fouss|schlusselbein|hufte',
    ca: 'turmell|canell|colze|genoll|espatlla|dit|polze|brac|avantbrac|cama|tibia|peu|clavicula|maluc',
    pt: 'tornozelo|pulso|cotovelo|joelho|ombro|dedo|polegar|braco|antebraco|perna|canela|pe|clavicula|anca',
    ar: 'كاحل|الكاحل|كاحلي|كاحله|كاحلها|رسغ|الرسغ|رسغي|معصم|المعصم|معصمي|كوع|الكوع|كوعي|مرفق|ركبه|الركبه|ركبتي|ركبته|ركبتها|ركبتو|كتف|الكتف|كتفي|كتفه|كتفها|اصبع|الاصبع|اصبعي|صبع|صبعي|صباعي|صبعو|ذراع|ذراعي|ذراعه|دراع|دراعي|دراعه|دراعو|ايدي|ايده|ايدها|ايدو|يدي|يده|يدها|يدو|رجلي|رجله|رجلها|رجلو|اجري|اجره|اجرها|ساق|ساقي|قدم|قدمي|ترقوه|الترقوه|ورك|الورك|وركي|cheville|poignet|genou|epaule|ka7el|ka7li|ka7lo|kahli|rekbe|rekbti|rokba|rokbti|rkbti|kitfi|ketfi|ktfi|kitfo|sab3i|sba3i|sob3i|sbe3i|dra3i|dra3o|dra3ha|2idi|2ido|eidi|eido|idi|ido|rus8|rusgh|rsgh|mi3sam|m3sam|rejli|rijli|rjli|rejlo|2ejri|ejri|ijri|الورك|وركها|وركه|lwerk|werkha',
  },
  /** A limb standing the wrong way: all crooked, at a strange angle (a fracture or a dislocation until seen). */
  deformed: {
    en: 'stuck at an angle|stayed crooked|stayed bent|stuck crooked|all crooked|standing crooked|sitting crooked|is crooked|looks crooked|totally crooked|completely crooked|at a weird angle|at a strange angle|at an odd angle|at a funny angle|at a wrong angle|wrong angle|bent the wrong way|pointing the wrong way|facing the wrong way|misshapen|all bent|looks bent|is bent|bent backwards|looks deformed|deformed',
    es: 'quedado torcid*|queda torcid*|quedo torcid*|chueco|chueca|todo torcido|toda torcida|torcidisim*|muy torcido|muy torcida|en un angulo raro|en una posicion rara|para el otro lado|al reves|deformad*',
    fr: 'restee tordue|reste tordu|reste tordue|restee de travers|reste de travers|toute tordue|tout tordu|completement tordu*|vraiment tordu*|de travers|angle bizarre|un drole d angle|dans le mauvais sens|deform*|plus droit|plus droite|pas droit|pas droite',
    it: 'rimasta storta|rimasto storto|resta storta|resta storto|tutto storto|tutta storta|angolo strano|posizione strana|girato al contrario|girata al contrario|deformat*',
    de: 'ganz schief|steht schief|schief|krumm|verbogen|verformt|komischen winkel|komischer winkel|seltsamen winkel|falsche richtung|verkehrt herum|steet schief',
    ca: 'quedat tort|quedat torta|queda torta|queda tort|tot tort|tota torta|angle estrany|posicio estranya|deformat*',
    pt: 'ficou torta|ficou torto|fica torta|fica torto|todo torto|toda torta|angulo estranho|posicao estranha|virado ao contrario|virada ao contrario|deformad*',
    ar: 'معوج|معووج|اعوج|أعوج|عوجا|ملتوي|ملوي|مشوه|منحرف|بزاويه غريبه|في وضع غريب|مش بمحلو|مش بمكانه|مو بمكانه|مش في مكانه|مو في مكانه|طالع من محله|طالع من مكانه|خارج من مكانه|ماشي فبلاصتو|خرج من بلاصتو|خارج من بلاصتو|مقلوب|ma3wouj|m3awwaj|m3wej|m3wja|a3waj|3awja|mesh bma7allo|mish bmakano|mo bmakano|tale3 mn ma7allo|khrej mn blastou|bzawye ghariba|مدوره|مدور|ملويه|mdwra|mdowra|mdwer|mlwiya',
  },
  /** Something pressing under the skin or through it, or the bone showing: a bone out of place. */
  underSkin: {
    en: 'under the skin|beneath the skin|underneath the skin|through the skin|poking out|sticking out|see the bone|bone showing|bone is showing|bone is sticking|bone sticking',
    es: 'bajo la piel|debajo de la piel|abajo de la piel|se ve el hueso|se le ve el hueso|sale el hueso|hueso salido|sobresale|atraviesa la piel',
    fr: 'sous la peau|a travers la peau|on voit l os|l os depasse|os qui depasse|qui depasse|qui ressort|perce la peau',
    it: 'sotto la pelle|attraverso la pelle|si vede l osso|osso che sporge|sporge|esce l osso',
    de: 'unter der haut|durch die haut|sieht man den knochen|knochen sieht man|knochen schaut raus|knochen steht raus|steht raus|sticht raus|ennert der haut',
    ca: 'sota la pell|a traves de la pell|es veu l os|surt l os|sobresurt',
    pt: 'debaixo da pele|sob a pele|por baixo da pele|da para ver o osso|ve se o osso|osso saindo|osso para fora|saindo pela pele',
    ar: 'تحت الجلد|تحت الجلده|تحت جلده|طالع من الجلد|خارج من الجلد|طالع من الجلده|العظم طالع|العظمه طالعه|العظم بارز|عظم بارز|باين العظم|بان العظم|العظم باين|شايف العظم|شايفين العظم|كتبان العظمه|العظم خارج|العظمه خارجه|ta7t el jeld|ta7t ljeld|ta7t jeldo|ta7t el jelde|el 3adem tale3|l3adem tale3|l3dem khrej|bayen el 3adem|ba2en el 3adem|l3dem baiyn',
  },
  /** A joint twisted or rolled (a sprain, unless it stands crooked after it). */
  sprain: {
    en: 'twisted|twist|rolled|sprained|went over on|turned my ankle',
    es: 'torci|torcio|me torci|se torcio|esguince|doble el tobillo|se doblo',
    fr: 'tordu|tordue|foule|foulee|foulure|entorse',
    it: 'storto la caviglia|storta la caviglia|slogat*|distorsione|girata la caviglia|girato la caviglia',
    de: 'verdreht|umgeknickt|verstaucht|verdreint|umgeknackt',
    ca: 'torcat|torcada|vaig torcar|esquinc',
    pt: 'torci|torceu|entorse|virei o pe|virou o pe',
    ar: 'التوى|التوت|التواء|التوا|انلوى|انلوت|اتلوى|اتلوت|لويت|انفتل|انفتلت|فتلت|فدع|فدعت|انفدع|انفدعت|تفدعت|تفدع|تفكعت|تفكع|تلوات|تلوا|اتكعبل|اتكعبلت|iltawa|iltawat|ltawet|etlawet|etlawat|lawet|fada3t|fad3at|fda3t|tfda3t|tfek3at|tfak3at|tlwat|tlwa|etka3bel|etka3balt|entorse|foulure',
  },
  /** A joint out of its socket: a shoulder "popped out", a kneecap gone sideways (a doctor puts it back, not a friend). */
  dislocated: {
    en: 'dislocated|dislocation|popped out|out of its socket|out of the socket|out of joint|came out of its socket|slipped out of place',
    es: 'luxacion|luxado|luxada|dislocad*|desencajad*|se ha salido de su sitio|se salio de su sitio|se le salio el hombro|se me salio el hombro|fuera de su sitio|se le ha salido el|se me ha salido el|se le salio el|se me salio el|salido el hombro|salio el hombro|salido la rodilla|salio la rodilla|salido el codo|salio el codo',
    fr: "luxation|s est luxe|se luxe|s'est luxe|luxee|deboite|deboitee|s'est deboite|s'est deboitee|sorti de son logement|sortie de son logement|sorti de sa place|sortie de sa place",
    it: 'lussazione|lussat*|uscita dalla sede|uscito dalla sede|uscita la spalla|uscito il ginocchio|fuori sede|fuori posto',
    de: 'ausgerenkt|ausgekugelt|luxiert|luxation|rausgesprungen|herausgesprungen|aus dem gelenk|ausgsprungen|auskegelt',
    ca: 'luxacio|luxat|luxada|dislocat|dislocada|desencaixat|desencaixada|fora de lloc|sortit de lloc',
    pt: 'luxacao|luxad*|deslocad*|desloquei|deslocou|saiu do lugar|fora do lugar',
    ar: 'انخلع|انخلعت|تخلع|اتخلع|اتخلعت|خلع في الكتف|خلع بالكتف|خلع فالكتف|خلع ف الكتف|خرج من بلاصتو|خرجت من بلاصتها|طلع من مكانه|طلعت من مكانها|nkhla3|tkhla3|etkhala3|et5ala3|t5la3|luxation',
  },
  /** A crack or a snap heard or felt as it happened: with a twist or a fall and a foot that bears no weight, a fracture. */
  crack: {
    en: 'heard a crack|heard a snap|heard a pop|felt a crack|felt a snap|felt a pop|it cracked|went crack|loud crack|loud snap|loud pop|a crack|a snap|cracked|snapped|crunched',
    es: 'crujido|cruji*|chasquido|hizo crack|hizo crac|sono un crack|sono un crac|oi un crack|escuche un crack|escuche un crujido|crac|crack',
    fr: 'craquement|a craque|ca a craque|entendu un crac|entendu un craquement|fait crac|crac|crack|claque',
    it: 'scrocchio|schiocco|ha fatto crac|ha fatto crack|sentito un crac|sentito un crack|ha scrocchiato|crac|crack',
    de: 'geknackt|geknackst|knacks|knacken gehort|hat gekracht|es hat gekracht|gekracht|knackgerausch|knall gehort|krachen gehort|hats knackt|gknackt',
    ca: 'cruixit|ha cruixit|va cruixir|espetec|crec|crac|crack',
    pt: 'estalo|estalou|estalido|ouvi um estalo|ouvi um crack|fez crack|fez crac|crack',
    ar: 'سمعت طقه|سمعنا طقه|سمع طقه|طقت|طقطقت|طقطق|سمعت صوت طق|tra9|ter9at|t9at|ta9ta9at|crac|craquement',
  },
  /** What people are most often dangerously allergic to: eaten, then hives and vomiting, it is anaphylaxis. */
  foodAllergen: {
    en: 'peanut*|nut|nuts|cashew*|pistachio*|hazelnut*|walnut*|almond*|pecan*|shellfish|prawn*|shrimp*|sesame|lobster',
    es: 'cacahuete*|cacahuate*|mani|nuez|nueces|frutos secos|anacardo*|pistacho*|avellana*|almendra*|marisco*|gamba*|camaron*|sesamo|langostino*',
    fr: 'cacahuete*|arachide*|noix|noisette*|amande*|pistache*|fruits a coque|crevette*|fruits de mer|sesame|homard',
    it: 'arachid*|noccioline|frutta secca|noci|nocciol*|pistacch*|mandorl*|anacardi|gamber*|frutti di mare|crostacei|sesamo',
    de: 'erdnuss*|nuss|nusse|haselnuss*|walnuss*|cashew*|pistazie*|mandel*|garnele*|krabben|meeresfruchte|sesam',
    ca: 'cacauet*|fruits secs|nous|avellan*|ametll*|pistatx*|gamba*|gambes|marisc*|sesam',
    pt: 'amendoim|amendoins|castanha*|nozes|avela*|amendoa*|pistacio*|camarao|camaroes|marisco*|gergelim|sesamo',
    ar: 'فول سوداني|الفول السوداني|كاوكاو|الكاوكاو|كاكاوي|الكاكاوي|فستق|الفستق|مكسرات|المكسرات|لوز|اللوز|جوز|الجوز|قمرون|جمبري|سمسم|kawkaw|kaoukaou|kaw kaw|cacahuete*|arachide*|noix|crevette*|fruits de mer|sesame|fosto9|loz|gambri',
  },
  /** Hives or raised red spots come up on the skin (after a food or a sting: one half of anaphylaxis). */
  hives: {
    en: 'hives|welts|rash|red blotches|blotches|red spots|spots all over|red bumps|bumps all over|broke out in',
    es: 'ronchas|habones|urticaria|manchas rojas|sarpullido|erupcion|granitos|le salieron granos|le salieron manchas',
    fr: 'urticaire|plaques rouges|des plaques|plaques|boutons partout|des boutons|petits boutons|rougeurs|eruption',
    it: 'orticaria|pomfi|chiazze rosse|macchie rosse|bolle rosse|eruzione|puntini rossi|sfogo',
    de: 'quaddeln|nesselsucht|ausschlag|rote flecken|rote pusteln|pusteln|rote punkte|flecken am ganzen',
    ca: 'urticaria|habons|taques vermelles|granets|erupcio|vermellor',
    pt: 'urticaria|manchas vermelhas|placas vermelhas|brotoeja*|empolas|pintas vermelhas|bolinhas vermelhas|erupcao',
    ar: 'حبوب|طلعو حبوب|طلعلو حبوب|طلعلها حبوب|طلعت حبوب|بقع حمرا|بقع حمراء|طفح|طفح جلدي|شري|الشري|حبيبات|7boub|7bob|7bouba|7boubat|tla3lou 7boub|tla3lha 7boub|boutons|plaques|urticaire|bou9a3',
  },
  /** A limb that cannot move or bear weight: after a fall, with a swelling, a fracture until an X-ray says otherwise. */
  immobile: {
    en: 'can not move|unable to move|can not put weight|can not bear weight|can not stand on|can not walk|unable to walk|will not put weight|not putting weight|not bearing weight|can not lift|cant put weight|cant bear weight|cant stand on|cant walk|cant move|cant put any weight|cant take weight|can not take weight|wont put weight|wont bear weight|not putting any weight|no weight on|will not stand on|wont stand on|wont walk|will not walk|limping badly|holding his leg up|holding her leg up|holding his paw up|holding her paw up',
    es: 'no puedo mover|no puede mover|no puedo moverla|no puedo moverlo|no puedo apoyar|no puede apoyar|no apoya|no puedo andar|no puede andar|no puedo caminar|no puede caminar|no puedo levantar',
    fr: 'peux pas bouger|peut pas bouger|peux plus bouger|peut plus bouger|peux pas poser|peut pas poser|pose plus|pose pas|peux pas appuyer|peux pas marcher|peut pas marcher|peut plus marcher|peux plus marcher',
    it: 'non riesco a muovere|non riesce a muovere|non riesco piu a muovere|non posso muovere|non riesco ad appoggiare|non riesce ad appoggiare|non appoggia|non riesco a camminare|non riesce a camminare',
    de: 'nicht bewegen|nicht mehr bewegen|nicht auftreten|tritt nicht auf|nicht belasten|belastet nicht|nicht laufen|nicht mehr laufen|nicht gehen|nicht mehr gehen',
    ca: 'no puc moure|no pot moure|no puc recolzar|no pot recolzar|no recolza|no puc caminar|no pot caminar',
    pt: 'nao consigo mexer|nao consegue mexer|nao consigo mover|nao consegue mover|nao consigo andar|nao consegue andar|nao consigo apoiar|nao consegue apoiar|nao apoia|nao consigo pisar|nao consegue pisar|nao mexe',
    ar: 'مش قادر يحرك|مش قادره تحرك|ما قادر يحرك|مش قادر يتحرك|ما بيقدر يحرك|ما قادرش نحرك|ماقادرش نحرك|ما قادرش يحرك|ما نقدرش نحرك|ما قادرش نمشي|ما قادرش يمشي|ما بقاش كيمشي|ما كيحطش رجلو|لا استطيع تحريك|لا يستطيع تحريك|لا استطيع المشي|لا يستطيع المشي|مش قادر احرك|ما بقدر حرك|ma 9adrch n7rk|ma n9drch n7rk|ma 9adrch nmchi',
  },
  /** A cat, a rabbit or a guinea pig, whose open-mouthed breathing (unlike a dog's panting) means it is short of air. */
  cat: {
    en: 'cat|cats|kitten|kitty|tomcat|rabbit|rabbits|bunny|guinea pig',
    es: 'gato|gata|gatito|gatita|minino|conejo|coneja|conejito|conejita|cobaya|cuyo',
    fr: 'chat|chatte|chaton|matou|minou|lapin|lapine|lapereau|cochon d inde|cobaye',
    it: 'gatto|gatta|gattino|gattina|micio|micia|coniglio|coniglia|coniglietto|porcellino d india|cavia',
    de: 'katze|kater|katzchen|mieze|kaninchen|hase|hasi|meerschweinchen',
    ca: 'gat|gata|gatet|gateta|moix|moixa|conill|conilla|conillet|conilleta|conillet d indies',
    pt: 'gato|gata|gatinho|gatinha|coelho|coelha|coelhinho|porquinho da india',
    ar: 'قطه|القطه|قطتي|قط|القط|المش|المشه|مشيشه|قطوس|القطوس|9etta|lmech|lmch|mech|ارنب|الارنب|ارنبي|arnab|gnina|قنينه',
  },
  openMouth: {
    en: 'open mouth|mouth open|open mouthed|through his mouth|through her mouth|through its mouth',
    es: 'boca abierta|por la boca',
    fr: 'bouche ouverte|gueule ouverte|par la bouche|par la gueule',
    it: 'bocca aperta|con la bocca',
    de: 'offenem maul|offenem mund|maul offen|mund offen|maulatmung|durch das maul|durch den mund',
    ca: 'boca oberta|per la boca',
    pt: 'boca aberta|pela boca',
    ar: 'فمها محلول|فمو محلول|فمه محلول|فمها مفتوح|فمو مفتوح|فمه مفتوح|بفمها|بفمو|بفمه|fommha m7lol|fmha m7lol|fommo m7lol|fmo m7lol',
  },
  /** Breathing badly: hard, strangely, with effort or with pauses (an animal's, or a baby's: domain/safety.ts). */
  breathesBadly: {
    en: 'breathing weird|breathing strangely|breathing funny|breathing oddly|laboured breathing|labored breathing|not breathing well|not breathing properly|not breathing right|struggling to breathe|struggling for air|fighting for air|breathing with pauses|breathes with pauses|pauses in breathing|pauses in his breathing|pauses in her breathing|pauses between breaths|grunting with each breath|grunting when breathing',
    es: 'respira mal|respira raro|respira con pausas|pausas al respirar|pausas en la respiracion|respira con esfuerzo|respira con dificultad|no respira bien|le cuesta respirar',
    fr: 'respire mal|respire bizarrement|respire avec des pauses|pauses respiratoires|pauses dans sa respiration|respire difficilement|respire avec difficulte|ne respire pas bien|du mal a respirer',
    it: 'respira male|respira in modo strano|respira con delle pause|pause nel respiro|pause respiratorie|respira a fatica|respira con fatica|non respira bene|fa fatica a respirare',
    de: 'atmet schwer|atmet schlecht|atempausen|atemaussetzer|atmet mit pausen|atmet komisch|atmet angestrengt|atmet nicht richtig|atmet seltsam',
    ca: 'respira malament|respira estrany|respira amb pauses|pauses en la respiracio|no respira be|li costa respirar',
    pt: 'respira mal|respirando mal|respirando estranho|respira estranho|respira com pausas|pausas na respiracao|respirando com dificuldade|respira com dificuldade|nao respira bem|nao esta respirando bem|nao ta respirando bem',
    ar: 'ما كيتنفسش مزيان|ماكيتنفسش مزيان|ما كتنفسش مزيان|ماكتنفسش مزيان|ما بقاتش كتنفس مزيان|ما بقاش كيتنفس مزيان|كيتنفس بصعوبه|كتنفس بصعوبه|يتنفس بصعوبه|تتنفس بصعوبه|makaytnfsch mzyan|makatnfsch mzyan',
  },
} satisfies PhraseTable<string>;
