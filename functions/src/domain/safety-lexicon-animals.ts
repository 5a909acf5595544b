/**
 * Safety signals for what goes wrong with animals (a vet, a groomer, a
 * pet hotel): a pet, what it swallowed, a swollen hard belly and retching
 * with nothing coming up (bloat), a cat straining in the litter box with
 * nothing (a blocked bladder), heavy panting in the heat, a bite, a
 * difficult birth. Each is a meaning in every language; domain/safety.ts
 * combines them. Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const ANIMAL_SIGNALS = {
  /** An animal, by its name or by its breed ("my yorkie ate chocolate"): breeds go under English, local names under theirs. */
  pet: {
    en: 'dog|dogs|cat|cats|puppy|kitten|pet|pup|doggy|kitty|tomcat|rabbit|bunny|ferret|horse|pony|yorkshire|yorkie|chihuahua|labrador|labradoodle|my lab|our lab|black lab|yellow lab|lab puppy|lab cross|golden retriever|retriever|beagle|bulldog|frenchie|pug|dachshund|sausage dog|westie|husky|border collie|collie|poodle|cavapoo|cockapoo|maltese|bichon|shih tzu|spaniel|cocker|cavalier|schnauzer|pomeranian|spitz|rottweiler|doberman|jack russell|terrier|staffie|greyhound|whippet|shiba|akita|samoyed|corgi|dalmatian|great dane|siamese|persian|maine coon|sphynx|ragdoll|british shorthair|bengal|foal|gelding|stallion|donkey|cow|cows|bull',
    es: 'perro*|perra*|perrit*|gato*|gata|gatas|gatit*|cachorr*|mascota|minino|conejo|huron|caballo|caniche|teckel|pastor aleman|galgo|podenco|bodeguero|carlino|bichon maltes|gato persa|gato siames|yegua|poni|potro|potra|burro|vaca|vacas|toro',
    fr: 'chien*|chat|chats|chatte|chiot|chaton|toutou|matou|minou|lapin|furet|cheval|caniche|teckel|berger allemand|bouledogue|carlin|bichon maltais|chat persan|chat siamois|jument|poney|poulain|ane|vache|vaches|taureau',
    it: 'cane|cani|cagna|cagnolin*|gatto|gatta|gatti|gattin*|micio|micia|cucciolo|cucciola|coniglio|furetto|cavallo|barboncino|bassotto|pastore tedesco|carlino|volpino|levriero|gatto persiano|gatto siamese|cavalla|giumenta|pony|puledro|puledra|asino|mucca|mucche|toro',
    de: 'hund|hundin|hunde|hundchen|hundli|hunderl|welpe|welpen|katze|katzen|kater|katzchen|katzerl|busi|busli|chatz|mieze|haustier|kaninchen|frettchen|pferd|pudel|dackel|dackl|schaferhund|mops|spitz|windhund|perserkatze|siamkatze|stute|pony|ponys|fohlen|wallach|esel|kuh|kuhe|stier',
    ca: "gos|gossa|gosset|gat|gata|gatet|gateta|moix|moixa|cadell|mascota|conill|cavall|canitxe|teckel|pastor alemany|carlí|carli|llebrer|gos d'atura|euga|poni|pony|poltre|poltra|ruc|vaca|vaques|brau",
    pt: 'cao|caes|cadela|cachorr*|gato*|gata|gatinh*|filhote|bichinho|coelho|furao|cavalo|poodle|salsicha|pastor alemao|pug|vira lata|viralata|lulu|galgo|gato persa|gato siames|egua|ponei|potro|potra|burro|vaca|vacas|touro',
    ar: 'كلب|جرو|الجرو|جروه|كليب|قطيطه|قطه|بسه|kalb|الكلب|كلبي|قط|القط|قطتي|المش|المشه|قطوس|القطوس|مشيشه|حصان|ارنب|kelb|klb|lkelb|9etta|lmech|chat|chien|chaton|chiot|فرس|الفرس|الخيل|حمار|بقره|البقره',
  },
  /** A child in the family: what a toddler swallowed is as urgent as what a dog did. */
  child: {
    en: 'son|daughter|toddler|baby|kid|child|my boy|my girl',
    es: 'hijo|hija|nino|nina|bebe|crio|cria|peque',
    fr: 'fils|fille|enfant|bebe|petit|petite',
    it: 'figlio|figlia|bambino|bambina|bimbo|bimba|neonato',
    de: 'sohn|tochter|kind|kleinkind|baby|kleine|kleiner',
    ca: 'fill|filla|nen|nena|nado|bebe|petit|petita',
    pt: 'filho|filha|crianca|bebe|menino|menina|nene',
    ar: 'ولدي|بنتي|الولد|الدري|الطفل|وليدي|ابني|ouldi|weldi|wldi|wlidi|bnti|binti|drri',
  },
  /**
   * What an animal or a child must not swallow: foods, human medicine, baits, toxic plants and bulbs, caterpillars,
   * and the objects that burn or block inside (a button battery, magnets, a coin, a pin, glass, a detergent pod).
   */
  toxic: {
    en: 'chocolate|xylitol|chewing gum|sugar free gum|bubble gum|grapes|grape|raisins|raisin|sultanas|onion|onions|garlic|ibuprofen|paracetamol|acetaminophen|tylenol|advil|nurofen|aspirin|painkillers|my pills|my tablets|my medication|my medicine|human medicine|rat poison|rat bait|mouse poison|slug pellets|slug bait|antifreeze|lily|lilies|caterpillar|caterpillars|toad|cannabis|marijuana|weed gummies|macadamia|battery|batteries|sago palm|oleander|foxglove|azalea|azaleas|yew|daffodil|daffodils|tulip bulbs|autumn crocus|sleeping pills|antidepressants|magnet|magnets|magnetic ball*|a coin|coins|a penny|battery|batteries|button cell|a screw|a nail|a needle|a pin|a safety pin|a thumbtack|a drawing pin|broken glass|a piece of glass|glass shard*|shard of glass|lego|a marble|marbles|detergent pod|washing pod|laundry pod|dishwasher tablet',
    es: 'chocolate|xilitol|chicle|chicles|uvas|uva|pasas|cebolla|ajo|ibuprofeno|paracetamol|aspirina|mis pastillas|mis medicamentos|mis medicinas|raticida|veneno para ratas|matarratas|anticongelante|lirio|lirios|azucena|antibabosas|anti babosas|cebo para caracoles|metaldehido|procesionaria|procesionarias|oruga|orugas|sapo|marihuana|porro|macadamia|pila|pilas|adelfa|laurel rosa|dedalera|azalea|tejo|narciso|narcisos|bulbos de tulipan|cica|somniferos|antidepresivos|iman|imanes|una moneda|monedas|bateria|un tornillo|un clavo|una aguja|un alfiler|un imperdible|una chincheta|cristal|un cristal|vidrio|lego|una canica|canicas|capsula de detergente|pastilla del lavavajillas',
    fr: 'chocolat|xylitol|chewing gum|raisin*|oignon|oignons|ibuprofene|paracetamol|doliprane|aspirine|mes medicaments|mes cachets|mes comprimes|une plaquette|mort aux rats|raticide|antigel|lys|anti limaces|antilimace*|metaldehyde|chenille*|processionnaire*|crapaud|cannabis|macadamia|pile bouton|une pile|des piles|la pile|laurier rose|azalee|narcisse|jonquille|bulbes de tulipe|cycas|colchique|somniferes|antidepresseurs|aimant|aimants|piece de monnaie|une piece|pieces de monnaie|une vis|un clou|une aiguille|une epingle|une punaise|un bout de verre|des morceaux de verre|du verre casse|lego|une bille|des billes|capsule de lessive|dosette de lessive|pastille lave vaisselle',
    it: 'cioccolato|cioccolata|cioccolatini|xilitolo|gomma da masticare|chewing gum|cicca|cicche|uva|uvetta|cipolla|aglio|ibuprofene|paracetamolo|tachipirina|aspirina|i miei farmaci|le mie pastiglie|le mie pillole|veleno per topi|topicida|esca per topi|antigelo|giglio|gigli|lumachicida|esca per lumache|metaldeide|processionaria|processionarie|bruco|bruchi|rospo|cannabis|macadamia|pila|batteria|oleandro|azalea|narciso|narcisi|bulbi di tulipano|cycas|colchico|sonniferi|antidepressivi|calamita|calamite|magnete|magneti|una moneta|monetina|monete|una vite|un chiodo|un ago|uno spillo|una spilla da balia|una puntina|vetro|un pezzo di vetro|lego|una biglia|biglie|capsula di detersivo|pastiglia lavastoviglie',
    de: 'schokolade|schoggi|schoki|xylit|xylitol|kaugummi|trauben|weintrauben|rosinen|sultaninen|zwiebel*|knoblauch|ibuprofen|paracetamol|aspirin|meine tabletten|meine medikamente|tablettenpackung|rattengift|mausegift|giftkoder|frostschutz*|lilie|lilien|schneckenkorn|schneckengift|metaldehyd|prozessionsspinner|raupe*|krote|cannabis|macadamia*|batterie*|knopfzelle|oleander|fingerhut|azalee|azaleen|eibe|narzisse*|tulpenzwiebel*|palmfarn|herbstzeitlose|schlaftabletten|antidepressiva|magnet|magnete|magnetkugel*|magneten|munze|munzen|geldstuck|eine schraube|einen nagel|eine nadel|eine stecknadel|eine sicherheitsnadel|einen reissnagel|glasscherbe|scherbe|lego|murmel|murmeln|waschmittelkapsel*|spulmaschinentab*',
    ca: 'xocolata|xocolate|xilitol|xiclet|xiclets|raim|raims|panses|ceba|ibuprofe|paracetamol|aspirina|les meves pastilles|els meus medicaments|raticida|veri per rates|anticongelant|lliri|lliris|matacargols|cargolicida|processionaria|processionaries|eruga|erugues|gripau|pila|piles|baladre|didalera|azalea|teix|narcis|bulbs de tulipa|cica|somnifers|antidepressius|iman|imants|una moneda|monedes|un clau|una agulla|un imperdible|una xinxeta|vidre|un tros de vidre|lego|capsula de detergent',
    pt: 'chocolate|xilitol|chiclete|chicletes|pastilha elastica|uvas|uva|passas|cebola|alho|ibuprofeno|paracetamol|dipirona|aspirina|meus comprimidos|meus remedios|meu remedio|veneno de rato|raticida|chumbinho|anticongelante|lirio|lirios|moluscicida|isca para lesmas|lagarta|lagartas|processionaria|processionarias|sapo|maconha|macadamia|pilha|pilhas|bateria|espirradeira|oleandro|dedaleira|azaleia|teixo|narciso|bulbos de tulipa|cica|comigo ninguem pode|soniferos|antidepressivos|calmantes|ima|imas|uma moeda|moedas|um parafuso|um prego|uma agulha|um alfinete|uma tacha|vidro|um caco de vidro|lego|bolinha de gude|berlinde|capsula de detergente',
    ar: 'شوكولا|شوكولاته|عنب|بصل|الشكلاط|شكلاط|العنب|بصله|زبيب|الزبيب|ثوم|علكه|مسكه|المسكه|الدوا ديالي|دوايا|الكاشيات ديالي|سم الفار|دوا الطوبات|دودة الصنوبر|دود الصنوبر|chocolat|chklat|3neb|zbib|meska|kachiyat|dwa dyal tobat|antigel|بيله|بيلا|pile|pila|الدفلى|الدفله|دفله|defla|دوا النعاس|بطاريه|بطاريات|حجر بطاريه|مغناطيس|مغناطيسات|عمله معدنيه|قطعه نقود|فلوس معدنيه|مسمار|ابره|دبوس|قطعه زجاج|زجاج مكسور|شظيه|bataria|batteria|maghnatis|aimant|msmar|ibra',
  },
  /**
   * What a poison does within hours: shaking, staggering, drooling, listless, restless. With a toxic food or
   * a poison eaten ("he ate chocolate and now he's shaking") it is a poisoning, whoever "he" is.
   */
  toxicSign: {
    en: 'shaking|shakes|shaky|trembling|trembles|tremors|tremor|twitching|twitches|wobbly|wobbling|staggering|stumbling|drooling|lethargic|listless|restless|hyper|racing heart|heart is racing|panting|diarrhea|diarrhoea|dilated pupils',
    es: 'tembl*|tiembla|tiritando|temblores|espasmos|se tambalea|tambaleando|tambalea|babea|babeando|aletargad*|decaid*|apagad*|muy inquiet*|jadea|jadeando|diarrea|pupilas dilatadas',
    fr: 'tremble|tremblements|tremblote|titube|titubant|bave|bave beaucoup|abattu|abattue|lethargique|amorphe|tres agite|tres agitee|halete|diarrhee|pupilles dilatees',
    it: 'trema|tremante|tremori|tremolii|barcolla|sbava|sbavando|letargic*|abbattut*|molto agitat*|ansima|ansimando|diarrea|pupille dilatate',
    de: 'zittert|zittern|zitterig|taumelt|torkelt|schwankt|sabbert|speichelt|apathisch|teilnahmslos|sehr unruhig|hechelt|durchfall|weite pupillen',
    ca: 'tremola|tremolant|tremolors|trontolla|bava|apatic|apatica|molt inquiet|molt inquieta|panteixa|diarrea|pupil les dilatades',
    pt: 'treme|tremendo|tremer|tremores|cambaleia|cambaleando|babando|baba muito|letargic*|prostrad*|apatic*|muito agitad*|ofegante|diarreia|pupilas dilatadas',
    ar: 'كيترعد|كترعد|كيرتعد|كترتعد|ترعد|رعشه|فيه الرعشه|كيتلوح|كيسيل ليه الريق|ريالتو|طايح|فشلان|الاسهال|سهال|kayter3ed|katter3ed|ter3ed|ra3cha|fchlan|ishal',
  },
  /**
   * Signs that an animal got at a poison, unseen: the box or the bag ripped or chewed open, emptied, its colour
   * round the mouth or on the paws, "may have eaten". With a pet and a poison, a poisoning even when it "seems
   * fine": rat bait, slug pellets, antifreeze act hours later.
   */
  gotAtIt: {
    en: 'ripped open|ripped apart|torn open|tore open|chewed open|chewed through|chewed up the box|chewed the box|chewed the bag|got at|got hold of|into the box|into the bag|round his mouth|round her mouth|round its mouth|around his mouth|around her mouth|around its mouth|on his mouth|on her mouth|on his lips|on her lips|on his muzzle|on her muzzle|on his paws|on her paws|on his face|on her face|on his tongue|on her tongue|box is empty|bag is empty|packet is empty|half empty|half of it gone|half gone|some missing|pieces missing|bits missing|might have eaten|may have eaten|could have eaten|might have had some|may have had some|might have licked|may have licked|not sure if he ate|not sure if she ate|not sure how much|do not know how much|dont know how much|no idea how much|no idea if he|no idea if she',
    es: 'ha roto la caja|ha roto el paquete|ha roto la bolsa|ha mordido la caja|ha mordido el paquete|ha mordido la bolsa|mordisqueado la caja|abierto a mordiscos|ha destrozado|destrozado la caja|destrozado el paquete|alrededor de la boca|alrededor del hocico|en el hocico|restos en la boca|restos en el hocico|en las patas|la caja vacia|caja vacia|el paquete vacio|paquete vacio|bolsa vacia|puede que haya comido|puede haber comido|igual ha comido|no se si ha comido|no se si se ha comido|no se cuanto',
    fr: 'eventre|eventree|dechire le sachet|dechire la boite|dechiquete|ouvert le sachet|ouvert la boite|autour de la gueule|autour de la bouche|autour du museau|sur les babines|sur le museau|sur les pattes|boite vide|boite est vide|sachet vide|sachet est vide|a peut etre mange|peut etre mange|peut etre avale|je ne sais pas s il a mange|je sais pas s il a mange|sais pas combien',
    it: 'ha strappato|strappato la scatola|strappato il sacchetto|ha aperto la scatola|ha aperto il sacchetto|rosicchiato la scatola|rosicchiato il sacchetto|ha distrutto la scatola|intorno alla bocca|intorno al muso|sul muso|sulle zampe|scatola vuota|sacchetto vuoto|forse ha mangiato|potrebbe aver mangiato|non so se ha mangiato|non so quanto',
    de: 'aufgerissen|zerrissen|aufgebissen|zerfetzt|zerkaut|um das maul|ums maul|um die schnauze|an der schnauze|an den lefzen|an den pfoten|packung ist leer|schachtel ist leer|tute ist leer|packung leer|schachtel leer|vielleicht gefressen|vielleicht was gefressen|vielleicht davon gefressen|konnte gefressen haben|weiss nicht ob er|weiss nicht ob sie|weiss nicht wie viel',
    ca: 'ha esquinçat|esquincat|ha obert la capsa|ha obert la bossa|ha mossegat la capsa|al voltant de la boca|al voltant del musell|al musell|a les potes|capsa buida|bossa buida|potser ha menjat|potser n ha menjat|no se si ha menjat|no se quant',
    pt: 'rasgou|rasgado|rasgada|abriu a caixa|abriu o saco|abriu o pacote|roeu a caixa|roeu o saco|roeu o pacote|a volta da boca|em volta da boca|ao redor da boca|a volta do focinho|no focinho|nas patas|caixa vazia|saco vazio|pacote vazio|pode ter comido|pode ter engolido|nao sei se comeu|nao sei quanto',
    ar: 'قطع الباكو|قطع العلبه|شرك العلبه|حل العلبه|فتح العلبه|فتح الكيس|شق الكيس|حوالين فمو|حوالين فمه|حول فمه|حول فمو|على فمو|على فمه|العلبه خاويه|العلبه فاضيه|الكيس فاضي|يمكن كلا|ممكن اكل|يمكن اكل|يمكن كل منه|ما عرفتش واش كلا|ما بعرف اذا اكل|مش عارف اذا اكل',
  },
  /** Saying one ate or drank it oneself ("I ate chocolate and I'm shaky"): no animal's or child's poisoning. */
  ateMyself: {
    en: 'i ate|i have eaten|i had eaten|i drank|i have drunk|i swallowed',
    es: '=comi|me =comi|he comido|me he comido|=bebi|he bebido|me tome',
    fr: 'ai mange|jai mange|ai bu|jai bu|ai avale|jai avale',
    it: 'ho mangiato|mi sono mangiato|mi sono mangiata|ho bevuto|ho ingoiato',
    de: 'ich habe gegessen|ich hab gegessen|habe ich gegessen|hab ich gegessen|ich habe getrunken|ich hab getrunken',
    ca: 'he menjat|vaig menjar|m he menjat|he begut|vaig beure',
    pt: 'eu =comi|=comi|eu =bebi|=bebi|eu engoli',
    ar: 'كليت|شربت|بلعت|klit|chrbt|chrebt|bla3t',
  },
  /** Processionary caterpillars: even a sniff or a lick burns a dog's tongue. */
  processionary: {
    en: 'processionary|processionary caterpillar|pine caterpillar',
    es: 'procesionaria|procesionarias',
    fr: 'processionnaire*',
    it: 'processionaria|processionarie',
    de: 'prozessionsspinner|eichenprozessionsspinner|pinienprozessionsspinner',
    ca: 'processionaria|processionaries',
    pt: 'processionaria|processionarias|lagarta do pinheiro',
    ar: 'دود الصنوبر|دودة الصنوبر|processionnaire',
  },
  belly: {
    en: 'belly|tummy|stomach|abdomen|tum|=calool|=caloosha|=calooshu|=calooshayda',
    es: 'barriga|barriguita|panza|pancita|tripa|abdomen|estomago|vientre',
    fr: 'ventre|abdomen|estomac|bide',
    it: 'pancia|pancino|addome|stomaco|ventre',
    de: 'bauch|bauchlein|buchli|magen|ranzen',
    ca: 'panxa|panxeta|ventre|abdomen|estomac',
    pt: 'barriga|barriguinha|abdomen|abdome|estomago|bucho',
    ar: 'كرش|كرشو|كرشها|الكرش|بطن|بطنو|بطنه|بطنها|المعده|karch|kerch|kerchou|krcho|batn',
  },
  /** Hard, tight, blown up like a drum: with a swollen belly and retching, bloat. */
  hardBelly: {
    en: 'hard|rock hard|tight|tight as a drum|like a drum|like a balloon|distended|bloated|rigid',
    es: 'dura|duro|durisima|durisimo|tensa|tenso|como un tambor|como un globo|distendid*|hinchadisima|hinchadisimo|rigida',
    fr: 'dur|dure|tendu|tendue|comme un tambour|comme un ballon|ballonne*|distendu*|rigide',
    it: 'dura|duro|durissima|durissimo|tesa|teso|come un tamburo|come un pallone|gonfissima|gonfissimo|dilatat*|distes*|rigida',
    de: 'hart|steinhart|prall|aufgeblaht|aufgetrieben|wie eine trommel|wie ein ballon|gespannt|trommelbauch',
    ca: 'dura|dur|tensa|tens|com un tambor|com un globus|rigida',
    pt: 'dura|duro|durinha|rigida|tensa|estufad*|distendid*|como um tambor|como um balao',
    ar: 'قاسح|قاصح|قاسحه|مطبل|مطبله|كيف الطبل|9as7|9asa7|m9ass7a|mtbbla',
  },
  /** A name for a twisted or bloated stomach: a dog that needs surgery within hours. */
  torsion: {
    en: '=bloat|=bloats|gdv|gastric torsion|twisted stomach|stomach twisted|gastric dilatation',
    es: 'torsion gastrica|torsion de estomago|estomago girado|dilatacion gastrica|vuelco de estomago',
    fr: 'torsion estomac|torsion de estomac|torsion gastrique|retournement estomac|dilatation torsion',
    it: 'torsione gastrica|torsione dello stomaco|dilatazione gastrica|stomaco girato',
    de: 'magendrehung|magentorsion|magendilatation',
    ca: 'torsio gastrica|torsio estomac|estomac girat',
    pt: 'torcao gastrica|torcao de estomago|torcao do estomago|dilatacao gastrica|estomago virado',
    ar: 'التواء المعده|المعده تلوات|الكرش تلوات|torsion',
  },
  retch: {
    en: 'retch*|dry heav*|trying to vomit|tries to vomit|trying to throw up|tries to throw up|trying to be sick|keeps gagging|gagging|heaving',
    es: 'arcadas|intenta vomitar|intentando vomitar|quiere vomitar|trata de vomitar|hace por vomitar|hace el gesto de vomitar|esfuerzos para vomitar',
    fr: 'haut le coeur|hauts le coeur|essaie de vomir|essaye de vomir|veut vomir|tente de vomir|efforts de vomissement|efforts pour vomir',
    it: 'conati|conati di vomito|cerca di vomitare|prova a vomitare|tenta di vomitare|vorrebbe vomitare',
    de: 'wurgt|wurgen|wurgreiz|versucht zu erbrechen|versucht zu kotzen|will erbrechen|versucht sich zu ubergeben|brechreiz',
    ca: 'arcades|fa arcades|intenta vomitar|vol vomitar',
    pt: 'ansia de vomito|ansias de vomito|tenta vomitar|tentando vomitar|quer vomitar|esforco para vomitar',
    ar: 'كيبغي يتقيا|كيحاول يتقيا|باغي يتقيا|كيبغي يرجع|بغا يرجع|kaybghi yrje3|kay7awel yt9ia|bgha yrje3',
  },
  /** Nothing comes of it: no vomit, no urine, no puppy. */
  nothingOut: {
    en: 'nothing comes out|nothing coming out|nothing comes up|nothing coming up|brings nothing up|nothing happens|but nothing|only foam|only saliva|just foam|only drops|a few drops|not a drop|no puppy|no kitten|no puppies|no kittens',
    es: 'no sale nada|no echa nada|no saca nada|sin sacar nada|solo espuma|solo saliva|ni una gota|solo unas gotas|unas gotitas|ningun cachorro|ningun gatito',
    fr: 'rien ne sort|rien ne vient|ne sort rien|sort rien|sans rien faire|sans rien rendre|que de la mousse|que de la bave|pas une goutte|quelques gouttes|aucun chiot|aucun chaton',
    it: 'non esce niente|non esce nulla|non butta fuori niente|senza risultato|solo schiuma|solo bava|neanche una goccia|qualche goccia|poche gocce|nessun cucciolo|nessun gattino',
    de: 'kommt nichts|kommt nix|nichts raus|nix raus|ohne erfolg|erfolglos|nur schaum|nur speichel|kein tropfen|nur ein paar tropfen|nur tropfen|kein welpe|kein katzchen',
    ca: 'no surt res|no treu res|nomes escuma|nomes saliva|ni una gota|unes gotes|cap cadell|cap gatet',
    pt: 'nao sai nada|nao sai|so espuma|so baba|nem uma gota|so umas gotas|so gotinhas|nenhum filhote',
    ar: 'ما كيخرج والو|ماكيخرج والو|ما خرج والو|ماكيخرج حتى حاجه|غير الرغوه|غير الريق|حتى نقطه|makaykhrej walo|ma kaykhrj walo|ghir rghwa',
  },
  litter: {
    en: 'litter box|litter tray|litterbox|litter',
    es: 'arenero|caja de arena|la arena|bandeja de arena',
    fr: 'litiere|bac a litiere|caisse a chat|caisse du chat',
    it: 'lettiera|cassetta|sabbietta',
    de: 'katzenklo|katzentoilette|katzenkiste|kistli|streu',
    ca: 'sorral|caixa de sorra|sorra|arener',
    pt: 'caixa de areia|caixinha|liteira',
    ar: 'الرمل|صندوق الرمل|litiere|la litiere|lbac',
  },
  /** Cannot pass urine, or strains to: a blocked male cat dies within a day or two. */
  noPee: {
    en: 'can not pee|cannot pee|not peeing|not peed|has not peed|unable to pee|no pee|no urine|straining to pee|trying to pee|tries to pee|trying to wee|blocked bladder|blocked cat|urinary blockage|urinary obstruction',
    es: 'no puede orinar|no puede hacer pis|no puede hacer pipi|no orina|no hace pis|no hace pipi|no ha orinado|no ha hecho pis|intenta orinar|intenta hacer pis|obstruccion urinaria|bloqueo urinario|retencion urinaria',
    fr: 'arrive pas a uriner|arrive pas a faire pipi|peut pas uriner|peut pas faire pipi|fait pas pipi|fait plus pipi|urine pas|urine plus|essaie uriner|essaie de faire pipi|obstruction urinaire|blocage urinaire|retention urinaire',
    it: 'non riesce a fare pipi|non riesce a urinare|non fa pipi|non fa la pipi|non urina|non ha fatto pipi|cerca di fare pipi|prova a fare pipi|ostruzione urinaria|blocco urinario|ritenzione urinaria|ostruito|ostruita',
    de: 'kann nicht pinkeln|kann nicht urinieren|kann nicht pieseln|pinkelt nicht|uriniert nicht|kein urin|versucht zu pinkeln|versucht zu urinieren|harnverhalt|harnrohrenverschluss|harnrohre verstopft|blase verstopft|blockiert',
    ca: 'no pot pixar|no pot orinar|no pixa|no orina|no ha pixat|intenta pixar|intenta orinar|obstruccio urinaria|bloqueig urinari',
    pt: 'nao consegue fazer xixi|nao consegue urinar|nao faz xixi|nao urina|nao fez xixi|tenta fazer xixi|tenta urinar|obstrucao urinaria|bloqueio urinario|retencao urinaria|entupido|obstruido',
    ar: 'ما كيبولش|ماكيبولش|مابقاش كيبول|ما بالش|ما قادرش يبول|makaybolch|ma kaybolch|ma bqach kaybol',
  },
  strain: {
    en: 'straining|strains|strain|pushing|squatting|crying in|going in and out|in and out|back and forth|keeps going|again and again|every few minutes|every five minutes',
    es: 'hace fuerza|se esfuerza|haciendo fuerza|empuja|entra y sale|entrando y saliendo|una y otra vez|cada rato|cada cinco minutos|se agacha',
    fr: 'pousse|force|pousser|va et vient|fait des allers retours|entre et sort|encore et encore|toutes les cinq minutes|accroupi',
    it: 'spinge|si sforza|sforzo|entra ed esce|va e viene|avanti e indietro|continuamente|ogni cinque minuti|si accovaccia',
    de: 'presst|pressen|druckt|drucken|rein und raus|geht rein und raus|immer wieder|standig|alle paar minuten|alle funf minuten',
    ca: 'fa forca|empeny|entra i surt|una i altra vegada|cada cinc minuts',
    pt: 'faz forca|fazendo forca|forcando|entra e sai|entrando e saindo|toda hora|o tempo todo|a cada cinco minutos|agachado',
    ar: 'كيزير|كيدفع|كيدخل ويخرج|كيدخل و يخرج|كل شويه|kayzir|kaydfe3|kaydkhol w ykhrej',
  },
  pant: {
    en: 'panting heavily|heavy panting|panting hard|panting a lot|panting like crazy|can not stop panting|will not stop panting|excessive panting|panting|breathing fast|breathing very fast|breathing really fast|breathing so fast|breathing quickly|breathing rapidly|rapid breathing|fast breathing',
    es: 'jadea*|jadeo|jadeando|respira muy rapido|respira rapido|respira muy deprisa|respira deprisa|respiracion rapida|respiracion muy rapida|respira agitad*|respira con la lengua fuera',
    fr: 'halete*|haletant|halètement|respire tres vite|respire vite|respiration rapide|souffle tres fort',
    it: 'ansima*|ansimante|affanno|affannat*|respira velocissimo|respira molto veloce|respira veloce|respira velocemente|respiro veloce|respiro accelerato',
    de: 'hechelt|hecheln|hechelt stark|atmet sehr schnell|atmet schnell|atmet ganz schnell|schnelle atmung|pumpt',
    ca: 'panteixa*|esbufega*|respira molt rapid|respira rapid|respiracio rapida',
    pt: 'ofegante|ofega*|arfando|arfa|respira muito rapido|respira rapido|respiracao rapida|respirando rapido|ofegando',
    ar: 'كيلهت|كيلهث|لهثان|كيتنفس بالزربه|kaylhet|kaylhat|lahtan|عم يلهث|عم تلهث|يلهث|بيلهث|بتلهث|يلهت|عم يلهت|بينهج|بتنهج|عم ينهج|ينهج|نهجان|نهجانه|لاهث|3am yelhath|3am yelhat|yelhat|byenhaj|3am yenhaj|nahjan|lahes',
  },
  hotPlace: {
    en: 'hot car|car in the sun|the heat|this heat|hot day|hot weather|heatwave|heat wave|in the sun|sauna|steam room|steam|hammam|hot tub|jacuzzi|sunbed|solarium|sun is hitting|sun hitting|sun beating|sun is beating|under the sun|full sun|direct sun|blazing sun|in the sunshine|beach all day|all day on the beach|all day at the beach|all day in the heat|all day out in the heat',
    es: 'coche al sol|playa todo el dia|todo el dia en la playa|dentro del coche|calor|sol|ola de calor|sauna|bano de vapor|vapor|hammam|jacuzzi|solarium',
    fr: 'voiture au soleil|plage toute la journee|toute la journee a la plage|toute la journee sur la plage|voiture en plein soleil|la chaleur|cette chaleur|forte chaleur|coup de chaud|canicule|soleil|chaud|sauna|hammam|bain de vapeur|jacuzzi|solarium',
    it: 'macchina al sole|spiaggia tutto il giorno|tutto il giorno in spiaggia|auto al sole|caldo|il calore|questo calore|sole|afa|sauna|bagno turco|hammam|idromassaggio|solarium',
    de: 'auto in der sonne|den ganzen tag am strand|ganzen tag am strand|heissen auto|die hitze|der hitze|dieser hitze|hitzewelle|sonne|heiss|sauna|dampfbad|hamam|hammam|whirlpool|solarium',
    ca: 'cotxe al sol|platja tot el dia|tot el dia a la platja|calor|sol|onada de calor|sauna|bany de vapor|hammam|jacuzzi',
    pt: 'carro ao sol|praia o dia todo|praia o dia inteiro|o dia todo na praia|o dia inteiro na praia|carro fechado|calor|sol|onda de calor|sauna|banho turco|hammam|jacuzzi|ofuro',
    ar: 'السخونيه|البحر طول النهار|طول النهار فالبحر|طول النهار في البحر|طول النهار على البحر|الحر|الشمس|الحمام|حمام|الصونا|sauna|hammam|l7er|chems|chams|lhammam|l7mam',
  },
  bite: {
    en: 'bitten|bit him|bit her|bite|bite wound|dog fight|attacked by|attacked|=mauled|=mauling|got into a fight|fight|fighting',
    es: 'mordid*|mordio|mordisco|mordedura|pelea|se pelearon|peleo|ataco|atacado|atacada',
    fr: 'mordu|mordue|mordre|fait mordre|morsure|bagarre|est battu|attaque par|attaque|attaquee',
    it: 'morso|morsicat*|morsicatura|azzannat*|rissa|aggredit*|attaccat*',
    de: 'gebissen|gebisse|bisswunde|hundebiss|katzenbiss|beisserei|rauferei|gerauft|angegriffen',
    ca: 'mossegat|mossegada|mossegades|baralla|atacat|atacada',
    pt: 'mordid*|mordeu|mordida|mordedura|briga|brigou|atacad*',
    ar: 'عضو|عضها|عضاتو|عضه|تعاركو|تضاربو|هجم عليه|3addo|3eddo|t3arko|hjem 3lih',
  },
  deepWound: {
    en: 'deep wound|deep cut|gash|open wound|torn open|ripped open|hole in|puncture|laceration|wound',
    es: 'herida|herida profunda|corte profundo|raja|desgarro|desgarrad*|agujero',
    fr: 'plaie|plaie profonde|entaille|blessure|blessure profonde|dechire*|trou',
    it: 'ferita|ferita profonda|taglio profondo|squarcio|lacerazion*|lacerat*|buco',
    de: 'wunde|tiefe wunde|offene wunde|aufgerissen|loch|platzwunde|fleischwunde|riss',
    ca: 'ferida|ferida profunda|tall profund|esquincat|forat',
    pt: 'ferida|ferida funda|ferida profunda|corte fundo|rasgo|rasgad*|buraco|lacerac*',
    ar: 'جرح|جرح كبير|مجروح|مشرك|jr7|mjrou7|mcherrek',
  },
  /** Giving birth: an animal in labour, or a woman whose labour has begun. */
  labour: {
    en: 'giving birth|in labour|in labor|whelping|queening|kittening|contractions',
    es: 'pariendo|de parto|en parto|dando a luz|contracciones',
    // Not 'accouchement' (a birth-preparation class, a birth last month): giving birth now.
    fr: 'met bas|en train de mettre bas|en train accoucher|en train d accoucher|elle accouche|accouche la|accouche maintenant|accouche en ce moment|en travail|contractions',
    it: 'partorendo|sta partorendo|in travaglio|doglie|contrazioni',
    de: 'wirft gerade|wehen|in den wehen|presswehen',
    ca: 'parint|de part|esta de part|contraccions|donant a llum',
    pt: 'parindo|dando a luz|trabalho de parto|em trabalho de parto|contracoes',
    // Not 'الولادة' (the birth: a class before it, a visit after it): giving birth now.
    ar: 'كتولد|راها كتولد|جاها الطلق|الطلق|المخاض|جاها المخاض|katwled|katwld',
  },
  /** Gums, tongue, lips: their colour tells a vet (and a nurse) how the blood carries oxygen. */
  mucosa: {
    en: 'gums|gum|tongue|lips|lip',
    es: 'encias|encia|lengua|labios|labio',
    fr: 'gencives|gencive|langue|levres|levre',
    it: 'gengive|gengiva|lingua|labbra|labbro',
    de: 'zahnfleisch|zunge|lippen|lippe|schleimhaut|schleimhaute',
    ca: 'genives|geniva|llengua|llavis|llavi',
    pt: 'gengivas|gengiva|lingua|labios|labio|mucosa|mucosas',
    ar: 'لثه|اللثه|لسانو|اللسان|لسان|شفايف|الشفايف|شفايفو|lsano|chfayef',
  },
  blue: {
    en: 'blue|bluish|purple|grey|gray|turning blue|gone blue',
    es: 'azul|azules|azulad*|morad*|gris|grises|grisace*',
    fr: 'bleu|bleue|bleues|bleus|bleuatre*|violet*|gris|grise|grises',
    it: 'blu|bluastr*|viola|violacee|violacea|grigie|grigia|cianotic*',
    de: 'blau|blaue|blaulich|lila|violett|grau|graue',
    ca: 'blau|blaus|blaves|blavos*|morad*|gris|grises',
    pt: 'azul|azuis|azulad*|roxa|roxas|roxo|arroxead*|cinzent*',
    ar: 'زرق|زرقا|ازرق|مزرق|مزرقين|zr9a|zer9a|mzr9a|bleu|bleues',
  },
  /** Pale or white gums, in an animal: shock or internal bleeding. */
  pale: {
    en: 'pale|very pale|whitish|white as',
    es: 'palidas|palida|blanquecinas|muy blancas|palido|muy palido|blanco como la pared|blanca como la pared',
    fr: 'pales|pale|blanchatres|toutes blanches|tres blanches|tout pale|toute pale|blanc comme un linge|blanche comme un linge',
    it: 'pallide|pallida|biancastre|bianchissime|pallido|pallidissim*|bianco come un cencio|bianca come un cencio',
    de: 'blass|blasse|bleich|kreidebleich|ganz weiss',
    ca: 'pallides|pallida|blanquinoses|molt blanques|pallid|molt pallid|blanc com el paper|blanca com el paper',
    pt: 'palidas|palida|esbranquicad*|muito brancas|branquinhas|palido|muito palido|branco como a cal|branca como a cal',
    ar: 'بيضين|بيضا|صفرين|biydin|bidin|sfrin|شاحب|شاحبه|مصفار|مصفاره|اصفر وجهه|اصفر وجهها|وجهو اصفر|وجهو صفار|وجهه اصفر|وجهها صفرا|وجهها صفار|وجهي اصفر|مصفر|مصفره|msfar|msaffar|wjahou asfar|wjahha safra|wjahou sfar|wajhou asfar|wajhha safra|wjhou asfar|wjhi asfar',
  },
} satisfies PhraseTable<string>;
