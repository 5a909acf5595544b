/**
 * Safety signals for accidents at a stable, on a beach, in the sea or on a
 * dive: a kick or a trampling by a horse or a cow, an animal loose on a
 * road, a sting from a venomous fish, symptoms after a dive, water breathed
 * in, and a urinary catheter that has stopped draining. Each is a meaning in
 * every language; domain/safety.ts combines them. Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const ACCIDENT_SIGNALS = {
  /** Kicked, trampled or stamped on (by a horse, a cow, a pony): a blow that may bleed inside. */
  animalKick: {
    en: 'kicked by|got kicked|was kicked|been kicked|kicked him|kicked her|kicked me|kicked in the|a kick from|kick in the stomach|kick in the belly|trampled|stamped on|stood on him|stood on her|kicked my|kicked our|kicked his|kicked the child|kicked the boy|kicked the girl',
    es: 'coz|una coz|coces|pateado|pateada|le pateo|le dio una patada|le ha dado una patada|una patada en|pisotead*|le piso|le ha pisado',
    fr: 'coup de sabot|coup de pied|ruade|lui a rue dessus|a rue sur|pietine|pietinee|pietine par|piétiné',
    it: 'un calcio|calcio di cavallo|calcio nella pancia|calcio allo stomaco|scalciat*|preso a calci|calpestat*|zoccolata',
    de: 'getreten|huftritt|einen tritt|tritt bekommen|tritt abbekommen|tritt in den bauch|ausgeschlagen|zertrampelt|niedergetrampelt|uberrannt',
    ca: 'guitza|una guitza|guitzada|cop de peu|puntada de peu|trepitjat|trepitjada|li ha trepitjat',
    pt: 'coice|um coice|levou um coice|deu um coice|escoiceou|escoicead*|pontape|um pontape|pisotead*|pisado por',
    ar: 'رفسه|رفسها|رفسني|رفسه حصان|رفسة|لبطه|لبطها|ضربه برجله|rafso|rafasha|rafsa|lbto|lbtha',
  },
  /** Loose, escaped, got out: an animal where it should not be. */
  loose: {
    en: 'is loose|are loose|got loose|on the loose|running loose|loose on|loose in|loose horse|loose horses|loose pony|loose dog|loose cow|loose cows|got out|escaped|broke out|broke free|running free|jumped the fence',
    es: 'suelto|suelta|sueltos|escapad*|se ha escapado|se escapo|anda suelto|se ha soltado|se solto',
    fr: 'en liberte|echappe|echappee|s est echappe|s est echappee|s est sauve|divague|en divagation|detache|detachee',
    it: 'libero|libera|sciolto|sciolta|scappat*|in liberta|fuggit*|e scappato|e scappata',
    de: 'ausgebrochen|entlaufen|lauft frei|frei herum|losgerissen|abgehauen|ausgebuxt|ausgebuchst',
    ca: 'solt|solta|solts|escapat|escapada|s ha escapat|deslligat|deslligada',
    pt: 'solto|solta|soltos|fugiu|fugido|fugida|escapou|a solta|anda solto',
    ar: 'هارب|هربان|هربانه|سايب|سايبه|فالت|فلت|طالق|مطلوق|harb|harban|sayeb|sayba|falet|tal9|metlo9',
  },
  /** A road with traffic: where a loose animal is a danger to people now. */
  road: {
    en: 'road|roads|roundabout|motorway|highway|freeway|main road|traffic|cars|junction|carriageway|dual carriageway|the street',
    es: 'carretera|rotonda|glorieta|autovia|autopista|trafico|coches|cruce|arcen|circulacion|la calle|en medio de la calle',
    fr: 'route|rond point|autoroute|nationale|departementale|voie rapide|circulation|voitures|carrefour|la rue|au milieu de la rue',
    it: 'strada|rotonda|rotatoria|autostrada|statale|provinciale|superstrada|traffico|macchine|incrocio|la via',
    de: 'strasse|strase|landstrasse|bundesstrasse|kreisel|kreisverkehr|autobahn|verkehr|autos|kreuzung|fahrbahn',
    ca: 'carretera|rotonda|autovia|autopista|transit|cotxes|cruilla|voral|circulacio|el carrer|mig del carrer',
    pt: 'estrada|rotunda|rotatoria|autoestrada|rodovia|transito|carros|cruzamento|faixa|a rua|meio da rua',
    ar: 'الطريق|طريق|الشارع|شارع|الاوتوروت|اوتوستراد|السيارات|الطوموبيلات|الكرارس|ettri9|triq|tri9|chari3|charia|sayarat|tomobilat|rond point',
  },
  /** A venomous sea creature: stonefish, lionfish, scorpionfish, weever, stingray, box jellyfish, sea snake, cone snail. */
  venomousSea: {
    en: 'stonefish|stone fish|lionfish|lion fish|scorpionfish|scorpion fish|stingray|sting ray|weever|weever fish|weeverfish|box jellyfish|man o war|portuguese man of war|sea snake|cone snail|cone shell|blue ringed octopus',
    es: 'pez piedra|pez leon|pez escorpion|escorpora|pez arana|faneca brava|pastinaca|pez raya|mantarraya|cubomedusa|medusa de caja|avispa de mar|carabela portuguesa|serpiente marina|serpiente de mar|caracol cono',
    fr: 'poisson pierre|poisson lion|poisson scorpion|rascasse|rascasse volante|une vive|piqure de vive|pique par une vive|raie pastenague|pastenague|cubomeduse|meduse boite|guepe de mer|galere portugaise|physalie|serpent de mer|serpent marin|cone marin',
    it: 'pesce pietra|pesce leone|pesce scorpione|scorfano|tracina|tracine|pastinaca|trigone|cubomedusa|vespa di mare|caravella portoghese|serpente marino|serpente di mare|cono marino',
    de: 'steinfisch|rotfeuerfisch|feuerfisch|skorpionfisch|drachenkopf|petermannchen|stachelrochen|wurfelqualle|seewespe|portugiesische galeere|seeschlange|kegelschnecke',
    ca: 'peix pedra|peix lleo|peix escorpi|escorpora|rascassa|aranya de mar|peix aranya|ratjada|milana|cubomedusa|vespa de mar|caravella portuguesa|serp marina|serp de mar',
    pt: 'peixe pedra|peixe leao|peixe escorpiao|peixe aranha|arraia|raia|uge|cubomedusa|vespa do mar|caravela portuguesa|caravela|serpente marinha|cobra do mar|caramujo cone',
    ar: 'سمكه حجريه|السمكه الحجريه|سمكه الحجر|سمكه الاسد|السمكه الاسد|سمكه العقرب|السمكه العقرب|عقرب البحر|الراي اللساع|سمكه الراي|الدبابير البحريه|قنديل البحر الصندوقي|ثعبان البحر|حيه البحر|samaka 7agareya|samaka 7agariya|samakt el 7agar|samaket el 7agar|samaka asad|samakt el asad|samaket el asad|3a2rab el ba7r',
  },
  /** Said to have dived, or just back up from a dive: what follows may be decompression sickness. */
  afterDive: {
    en: 'dived|after diving|after the dive|after the dives|after a dive|after our dive|after his dive|after her dive|after my dive|after two dives|since the dive|since diving|went diving|surfaced too fast|came up too fast|rapid ascent|decompression sickness|the bends',
    es: 'despues de bucear|despues de la inmersion|despues de las inmersiones|despues del buceo|tras bucear|tras la inmersion|ha buceado|hemos buceado|he buceado|bucee|buceo ayer|buceamos ayer|subio muy rapido|enfermedad descompresiva|enfermedad por descompresion',
    fr: 'apres la plongee|apres plongee|apres les plongees|apres avoir plonge|apres deux plongees|depuis la plongee|a plonge hier|ai plonge hier|avons plonge|remonte trop vite|remontee rapide|accident de decompression|accident de deco',
    it: 'dopo l immersione|dopo le immersioni|dopo immersione|dopo due immersioni|dopo aver fatto immersione|dopo essersi immerso|dopo essermi immerso|ha fatto immersione|ha fatto due immersioni|abbiamo fatto immersione|si e immerso|risalito troppo veloce|risalita rapida|malattia da decompressione|malattia decompressiva',
    de: 'nach dem tauchen|nach dem tauchgang|nach den tauchgangen|nach zwei tauchgangen|nach dem tauchgang gestern|gestern getaucht|hat getaucht|haben getaucht|habe getaucht|ist getaucht|zu schnell aufgetaucht|dekompressionskrankheit|dekounfall|deko unfall|taucherkrankheit',
    ca: 'despres de bussejar|despres de la immersio|despres de les immersions|ha bussejat|hem bussejat|he bussejat|va bussejar ahir|malaltia descompressiva|malaltia per descompressio',
    pt: 'depois do mergulho|depois dos mergulhos|depois de mergulhar|apos o mergulho|apos mergulhar|mergulhou ontem|mergulhamos ontem|mergulhei ontem|subiu muito rapido|doenca descompressiva|doenca de descompressao',
    ar: 'بعد الغطس|بعد الغوص|بعد الغطسه|غطس امبارح|غطسنا امبارح|غطست امبارح|غاص امبارح|مرض تخفيف الضغط|مرض الغواص|ba3d el ghats|ba3d el ghos|ghetes embare7|ghatasna embare7',
  },
  /** Water: swallowed or breathed in while swimming, snorkelling or diving. */
  water: {
    en: 'water|seawater|sea water|pool water',
    es: 'agua|agua de mar|agua de la piscina',
    fr: 'eau|eau de mer|eau de la piscine|la tasse',
    it: 'acqua|acqua di mare|acqua della piscina',
    de: 'wasser|meerwasser|salzwasser|poolwasser',
    ca: 'aigua|aigua de mar|aigua de la piscina',
    pt: 'agua|agua do mar|agua da piscina',
    ar: 'الماء|ماء|الميه|ميه|مايه|المويه|الما|mayya|mayye|l ma|lma|el maya',
  },
  /** Nearly drowned, pulled out from under the water. */
  drowning: {
    en: 'nearly drowned|almost drowned|near drowning|was drowning|started drowning|went under|pulled him out of the water|pulled her out of the water',
    es: 'casi se ahoga|casi se ahogo|se estaba ahogando|por poco se ahoga|casi ahogado|casi ahogada|lo sacamos del agua|la sacamos del agua',
    fr: 'a failli se noyer|a failli noyer|presque noye|presque noyee|etait en train de se noyer|quasi noyade|l avons sorti de l eau|l avons sortie de l eau',
    it: 'quasi annegato|quasi annegata|stava annegando|per poco annegava|e quasi annegato|e quasi annegata|tirato fuori dall acqua|tirata fuori dall acqua',
    de: 'fast ertrunken|beinahe ertrunken|ware fast ertrunken|ist fast ertrunken|am ertrinken|untergegangen|aus dem wasser gezogen',
    ca: 'gairebe s ofega|quasi s ofega|per poc s ofega|s estava ofegant|gairebe ofegat|gairebe ofegada|l hem tret de l aigua',
    pt: 'quase se afogou|quase afogou|quase afogado|quase afogada|estava se afogando|estava a afogar se|tiramos da agua',
    ar: 'كان غادي يغرق|كانت غاديه تغرق|كاد يغرق|كادت تغرق|كان هيغرق|كانت هتغرق|كان رح يغرق|طلعناه من الماء|kan ghadi ighr9|kan hayghra2|kanet hatghra2',
  },
  /** Coughing, on and on. */
  cough: {
    en: 'coughing|keeps coughing|cough|coughs|coughing fit',
    es: 'tose|tosiendo|tos|no para de toser|toser',
    fr: 'tousse|toux|toussant|tousser|n arrete pas de tousser',
    it: 'tossisce|tosse|tossendo|tossire',
    de: 'hustet|husten|hustend|hustenanfall',
    ca: 'tus|tossint|tosseix|tossir',
    pt: 'tosse|tossindo|tossir|tossiu',
    ar: 'كيكح|كتكح|يكح|تكح|بيكح|بتكح|كحه|سعال|يسعل|تسعل|kayk7e7|katk7e7|bykoh|bitkoh|ka7a',
  },
  /** A urinary catheter and its bag. */
  catheter: {
    en: 'catheter|urinary catheter|foley|catheter bag|urine bag|leg bag',
    es: 'sonda|sonda vesical|sonda urinaria|bolsa de orina|bolsa de la sonda',
    fr: 'sonde|sonde urinaire|sonde vesicale|poche a urine|poche de la sonde',
    it: 'catetere|catetere vescicale|catetere urinario|sacca delle urine|sacchetto delle urine',
    de: 'katheter|blasenkatheter|dauerkatheter|urinbeutel|katheterbeutel',
    ca: 'sonda|sonda vesical|sonda urinaria|bossa d orina|bossa de la sonda',
    pt: 'sonda|sonda vesical|sonda urinaria|algalia|saco da urina|saco coletor',
    ar: 'قسطره|القسطره|قسطره بوليه|السونده|سونده|الصونده|sonda|sonde|qastara|9astara',
  },
  /** Nothing draining: no urine comes out, the bag stays empty, the tube is blocked. */
  notDraining: {
    en: 'not draining|stopped draining|nothing in the bag|bag is empty|bag is still empty|no urine in the bag|nothing coming out|no urine coming out|not filling|blocked catheter|catheter is blocked',
    es: 'no sale nada|no sale orina|no sale pis|no drena|no baja la orina|no baja nada|no ha salido orina|no cae nada|la bolsa esta vacia|bolsa vacia|sonda atascada|sonda obstruida|esta atascada',
    fr: 'ne coule plus|ne coule pas|rien ne sort|rien ne coule|poche vide|la poche est vide|rien dans la poche|sonde bouchee|sonde obstruee|est bouchee',
    it: 'non scende|non scende niente|non esce niente|non esce urina|non esce la pipi|sacca vuota|la sacca e vuota|niente nella sacca|catetere ostruito|catetere bloccato|catetere tappato',
    de: 'lauft nichts|lauft nichts mehr|kommt nichts|kommt kein urin|kein urin im beutel|beutel ist leer|beutel bleibt leer|katheter verstopft|katheter ist verstopft',
    ca: 'no surt res|no surt orina|no baixa res|no baixa l orina|no drena|bossa buida|la bossa esta buida|sonda obstruida|sonda tapada',
    pt: 'nao sai nada|nao sai urina|nao drena|nao desce nada|nao desce urina|saco vazio|o saco esta vazio|sonda entupida|sonda obstruida',
    ar: 'لا ينزل البول|ما ينزل البول|ما كينزلش|ما نزلش البول|ما نازلش|ما كيخرجش البول|ما فيه والو|الكيس فارغ|الكيس خاوي|القسطره مسدوده|مسدوده|ma kaynzelch|ma nzelch|msdouda|mesdouda|lkis khawi',
  },
} satisfies PhraseTable<string>;
