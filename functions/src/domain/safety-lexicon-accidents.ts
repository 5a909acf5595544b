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
  /** Something hot touched, or that splashed or steamed on the skin: what a burn came from. */
  hotSource: {
    en: 'hot engine|the engine was hot|hot exhaust|exhaust pipe|the iron|an iron|hot iron|steam from|the steam|boiling water|hot water spilled|hot oil|boiling oil|the stove|hot pan|hot plate|hotplate|oven door|kettle|hot radiator|straightener|straighteners|curling iron|curling tong*|kiln|the kiln|out of the kiln|from the kiln|fresh out of the kiln',
    es: 'motor caliente|motor ardiendo|el tubo de escape|la plancha|plancha caliente|el vapor|vapor de la plancha|agua hirviendo|aceite hirviendo|aceite caliente|la sarten|la olla|el horno|la vitro|vitroceramica|la hervidora|la tetera|el radiador|rizador|tenacillas|del horno|horno de ceramica|el horno ceramico',
    fr: 'moteur brulant|moteur chaud|pot d echappement|le fer a repasser|fer a repasser|la vapeur|vapeur du fer|eau bouillante|huile bouillante|huile chaude|la poele|la casserole|le four|la plaque|plaque de cuisson|la bouilloire|le radiateur|fer a lisser|lisseur|fer a friser|du four|four a ceramique|four de ceramique|sortie du four|sorti du four',
    it: 'motore bollente|motore caldo|la marmitta|il ferro da stiro|ferro da stiro|il vapore|vapore del ferro|acqua bollente|olio bollente|olio caldo|la padella|la pentola|il forno|la piastra|il bollitore|il termosifone|arricciacapelli|dal forno|forno per ceramica|forno ceramico|appena sfornat*',
    de: 'heissen motor|heisser motor|motor war heiss|auspuff|das bugeleisen|bugeleisen|dampf|dampfbugeleisen|kochendes wasser|kochendem wasser|heisses wasser|heisses ol|heissem ol|die pfanne|der herd|herdplatte|backofen|wasserkocher|heizkorper|glatteisen|lockenstab|brennofen|keramikofen|aus dem ofen|aus dem brennofen',
    ca: 'motor calent|motor cremant|el tub d escapament|la planxa|planxa calenta|el vapor|aigua bullint|oli bullint|oli calent|la paella|l olla|el forn|la placa|el bullidor|el radiador|arrissador|del forn|forn de ceramica|acabat de sortir del forn',
    pt: 'motor quente|motor a ferver|escape|o ferro de engomar|ferro de engomar|ferro de passar|o vapor|vapor do ferro|agua a ferver|agua fervendo|oleo a ferver|oleo quente|a frigideira|a panela|o forno|a placa|a chaleira|o radiador|prancha de cabelo|modelador|do forno|forno de ceramica|saiu do forno|acabou de sair do forno',
    ar: 'المكواه|مكواه|البخار|بالبخار|بخار المكواه|الماء المغلي|ماء مغلي|الما السخون|الزيت السخون|زيت سخون|الزيت المغلي|المحرك الحار|الماطور سخون|الموتور سخون|الشكمان|الطنجره|الفرن|الكاتل|البراد|lmakwa|makwa|lbokhar|bokhar|zit s5oun|lma s5oun|el mator 7ar|من الفرن|الكوشه|كوشه|من الكوشه|lkoucha|koucha|kousha|mel four',
  },
  /** A burn or a blister over a large area: the whole palm, hand, arm, leg, face or back. */
  largeArea: {
    en: 'whole palm|entire palm|whole hand|entire hand|whole arm|entire arm|whole leg|entire leg|whole face|entire face|whole foot|all over his hand|all over her hand|all over my hand|all over his arm|all over her arm|all over his face|all over her face|half his face|half her face',
    es: 'toda la palma|toda la mano|todo el brazo|toda la pierna|toda la cara|todo el pie|media cara|la mano entera|el brazo entero|la pierna entera|la cara entera|el pie entero|la palma entera',
    fr: 'toute la paume|toute la main|tout le bras|toute la jambe|tout le visage|toute la figure|tout le pied|la moitie du visage|la main entiere|le bras entier|la jambe entiere|le visage entier|la paume entiere',
    it: 'tutto il palmo|tutta la mano|tutto il braccio|tutta la gamba|tutta la faccia|tutto il viso|tutto il piede|mezza faccia|la mano intera|il braccio intero|la gamba intera|la faccia intera|il palmo intero',
    de: 'ganze handflache|ganze hand|ganzen hand|ganzer hand|ganze arm|ganzen arm|ganze bein|ganzen bein|ganze gesicht|ganzen gesicht|ganzen fuss|halbe gesicht',
    ca: 'tot el palmell|tota la ma|tot el bras|tota la cama|tota la cara|tot el peu|mitja cara|la ma sencera|el bras sencer|la cama sencera|la cara sencera',
    pt: 'palma toda|toda a palma|mao toda|toda a mao|braco todo|todo o braco|perna toda|toda a perna|cara toda|toda a cara|rosto todo|todo o rosto|pe todo|meia cara|a mao inteira|o braco inteiro|a perna inteira|a cara inteira|o rosto inteiro',
    ar: 'اليد كلها|يدها كلها|يده كلها|يدو كاملة|يدها كاملة|الكف كله|كفه كله|كفها كله|الدراع كله|الوجه كله|وجهه كله|وجهها كله|الرجل كلها|ليد كاملة|lyed kamla|yeddo kamla|yedha kamla|wjhha kaml',
  },
  /** A heavy thing that may fall on someone: a car, a jack, a wardrobe, a tree, a machine. */
  heavyThing: {
    en: 'car|the car|van|truck|jack|car jack|wardrobe|bookcase|shelf|shelving|furniture|tree|branch|beam|machine|motorbike|motorcycle|quad|tractor|horse|rock|boulder|wall|gate|garage door|engine|tyre|tire|wheel',
    es: 'coche|carro|furgoneta|camion|gato|el gato del coche|armario|estanteria|mueble|arbol|rama|viga|maquina|moto|quad|tractor|caballo|roca|piedra|pared|muro|porton|puerta del garaje|motor|rueda',
    fr: 'voiture|camionnette|camion|cric|armoire|etagere|bibliotheque|meuble|arbre|branche|poutre|machine|moto|quad|tracteur|cheval|rocher|pierre|mur|portail|porte de garage|moteur|pneu|roue',
    it: 'macchina|auto|furgone|camion|cric|il cric|armadio|scaffale|libreria|mobile|albero|ramo|trave|macchinario|moto|quad|trattore|cavallo|masso|roccia|muro|cancello|portone|motore|gomma|ruota',
    de: 'auto|wagen|transporter|lkw|wagenheber|schrank|kleiderschrank|regal|mobel|baum|ast|balken|maschine|motorrad|quad|traktor|pferd|fels|stein|mauer|wand|tor|garagentor|motor|reifen|rad',
    ca: 'cotxe|furgoneta|camio|gat|armari|prestatge|moble|arbre|branca|biga|maquina|moto|quad|tractor|cavall|roca|pedra|paret|mur|porta del garatge|motor|roda',
    pt: 'carro|carrinha|camiao|caminhao|macaco|armario|estante|movel|arvore|galho|ramo|viga|maquina|mota|moto|trator|tractor|cavalo|pedra|rocha|parede|muro|portao|motor|pneu|roda',
    ar: 'السياره|سياره|الكرهبه|الطوموبيل|الجك|الجاك|الرافعه|الدولاب|الخزانه|الرف|الشجره|الحيط|الجدار|الماكينه|الموتور|الحصان|الصخره|الباب|الكفر|العجله|sayyara|sayara|el sayyara|karhba|tomobil|jack|el jack|doulab|7ayt|maqina|motor',
  },
  /** Pinned, trapped or crushed under a weight. */
  trapped: {
    en: 'trapped under|trapped beneath|pinned under|pinned beneath|caught under|crushed under|crushed beneath|crushed by|stuck under the car|stuck under it',
    es: 'atrapado debajo|atrapada debajo|atrapado bajo|atrapada bajo|aplastado por|aplastada por|aplastado bajo|aplastada bajo|aplastado debajo|aplastada debajo',
    fr: 'coince sous|coincee sous|bloque sous|bloquee sous|ecrase sous|ecrasee sous|ecrase par|ecrasee par',
    it: 'incastrato sotto|incastrata sotto|bloccato sotto|bloccata sotto|schiacciato sotto|schiacciata sotto|schiacciato da|schiacciata da',
    de: 'eingeklemmt unter|eingeklemmt unterm|darunter eingeklemmt|darunter eingequetscht|unter dem auto eingeklemmt|begraben unter',
    ca: 'atrapat sota|atrapada sota|encallat sota|encallada sota|aixafat per|aixafada per|aixafat sota|aixafada sota',
    pt: 'preso debaixo|presa debaixo|preso embaixo|presa embaixo|preso por baixo|esmagado por|esmagada por|esmagado debaixo|esmagada debaixo',
    ar: 'محصور تحت|محبوس تحت|عالق تحت|محشور تحت|انحشر تحت|انحشرت تحت|مزنوق تحت|ma7shoor ta7t|ma7sour ta7t|3ali2 ta7t',
  },
  /** Onto a limb: what fell landed on someone's leg, foot or arm. */
  onLimb: {
    en: 'on his leg|on her leg|on my leg|on his legs|on her legs|on his foot|on her foot|on my foot|on his feet|on her feet|on his arm|on her arm|on my arm|on his hand|on her hand|on top of him|on top of her|onto his leg|onto her leg|onto his foot|onto her foot',
    es: 'en la pierna|sobre la pierna|sobre su pierna|en el pie|sobre el pie|sobre su pie|sobre el brazo|en el brazo|encima de la pierna|encima del pie|encima de el|encima de ella|le cayo encima|se le cayo encima|le ha caido encima',
    fr: 'sur sa jambe|sur la jambe|sur les jambes|sur son pied|sur le pied|sur son bras|sur le bras|sur sa main|lui est tombe dessus|lui est tombee dessus|tombe dessus|tombee dessus',
    it: 'sulla gamba|sulle gambe|sul piede|sul braccio|sulla mano|addosso|gli e caduto addosso|gli e caduta addosso|le e caduto addosso|le e caduta addosso',
    de: 'aufs bein|auf das bein|auf sein bein|auf ihr bein|auf die beine|auf den fuss|auf seinen fuss|auf ihren fuss|auf den arm|auf seinen arm|auf die hand|auf ihn drauf|auf sie drauf',
    ca: 'sobre la cama|a la cama|sobre el peu|al peu|sobre el bras|al bras|li ha caigut a sobre|li va caure a sobre|a sobre seu',
    pt: 'em cima da perna|na perna|em cima do pe|no pe|em cima do braco|no braco|caiu em cima dele|caiu em cima dela|caiu por cima dele|caiu por cima dela',
    ar: 'على رجله|على رجلها|على رجل|على رجلي|على رجليه|على يده|على يدها|على ايده|على ايدها|على ذراعه|عليه|عليها|فوقه|فوقها|3la rijl|3la rijlo|3ala rijl|3ala rijlo|3la rjel|3la rjlo|3la rijlha|3la ido|3la yedo|3la eido|3alih|3aleh|fo2o|fogah',
  },
  /** What fell on someone cannot be lifted off: "we can't lift it", "can't get it off him". */
  cannotLift: {
    en: 'can not lift it|cant lift it|cannot lift it|could not lift it|cant lift the|can not lift the|unable to lift|can not get it off|cant get it off|cannot get it off|can not move it off|cant move it off|too heavy to lift|can not pull him out|cant pull him out|can not pull her out|cant pull her out',
    es: 'no podemos levantarlo|no podemos levantarla|no puedo levantarlo|no puedo levantarla|no lo podemos levantar|no la podemos levantar|no lo puedo levantar|no la puedo levantar|no podemos quitarselo|no podemos sacarlo|no podemos sacarla|pesa demasiado',
    fr: 'arrive pas a la soulever|arrive pas a le soulever|arrivons pas a la soulever|arrivons pas a le soulever|peux pas la soulever|peux pas le soulever|pouvons pas la soulever|pouvons pas le soulever|peut pas la soulever|peut pas le soulever|arrive pas a le degager|arrive pas a la degager|trop lourd|trop lourde',
    it: 'non riusciamo a sollevarla|non riusciamo a sollevarlo|non riesco a sollevarla|non riesco a sollevarlo|non riusciamo ad alzarla|non riusciamo ad alzarlo|non riusciamo a toglierla|non riusciamo a toglierlo|non riusciamo a tirarlo fuori|troppo pesante',
    de: 'konnen es nicht anheben|konnen ihn nicht anheben|konnen sie nicht anheben|kriegen es nicht hoch|kriegen ihn nicht hoch|kriegen sie nicht hoch|bekommen es nicht hoch|bekommen ihn nicht hoch|kann es nicht anheben|zu schwer zum anheben|kriegen ihn nicht raus|bekommen ihn nicht raus',
    ca: 'no podem aixecar lo|no podem aixecar la|no la podem aixecar|no el podem aixecar|no puc aixecar lo|no puc aixecar la|no el puc aixecar|no la puc aixecar|pesa massa|no el podem treure|no la podem treure',
    pt: 'nao conseguimos levantar|nao consigo levantar o|nao consigo levantar a|nao conseguimos tirar|nao conseguimos tira lo|nao conseguimos tira la|nao conseguimos levanta lo|nao conseguimos levanta la|pesado demais|muito pesado para levantar',
    ar: 'ما نقدر نرفعها|ما نقدر نرفعه|ما نگدر نرفعها|ما نگدر نرفعه|مش قادرين نرفعها|مش قادرين نرفعه|ما قدرناش نهزوها|ما قادرينش نهزوها|ما قدرنا نرفعها|ما نقدر نشيلها|ما نقدر نشيله|ma negdar nrfa3ha|ma negdar nrfa3a|ma nigdar nrfa3ha|ma ngdar nrfa3ha|ma n9dar nrfa3ha|ma negdar nshilha|mish 2adrin nrfa3ha|ma 9dernach nhezouha',
  },
  /** Screaming or crying out (with pain, from what happened). */
  screaming: {
    en: 'screaming|screams|is screaming|keeps screaming|crying out|yelling|howling',
    es: 'grita|gritando|chillando|chilla|aullando',
    fr: 'hurle|hurlant|crie|criant|il hurle|elle hurle',
    it: 'urla|urlando|grida|gridando|strilla',
    de: 'schreit|schreien|brullt|kreischt',
    ca: 'crida|cridant|xiscla|xisclant',
    pt: 'grita|gritando|berra|berrando|a gritar',
    ar: 'يصيح|تصيح|يصرخ|تصرخ|كيغوت|كتغوت|عم يصرخ|عم تصرخ|بيصرخ|بتصرخ|يزعق|تزعق|y9ee7|y9ii7|ysee7|ysi7|yesrakh|ysrakh|tesrakh|kaygh0wt|kayghwt|kat ghwt|byesrakh|biyza3a2',
  },
  /** Shut in a car: locked in, left alone, the windows closed. */
  shutInCar: {
    en: 'locked in the car|locked in a car|locked inside the car|locked inside a car|locked in his car|locked in her car|locked in their car|left in the car|left in a car|left inside the car|alone in the car|alone in a car|alone inside the car|stuck in the car|trapped in the car|trapped inside the car|shut in the car|windows closed|windows are closed|windows shut|windows are shut|windows up|windows are up|windows rolled up|car is locked|locked car|in a closed car',
    es: 'encerrado en el coche|encerrada en el coche|encerrado en un coche|encerrada en un coche|solo en el coche|sola en el coche|dejado en el coche|dejada en el coche|dentro del coche cerrado|coche cerrado|ventanillas cerradas|ventanas cerradas|ventanillas subidas|encerrado en el carro|solo en el carro|carro cerrado',
    fr: 'enferme dans la voiture|enfermee dans la voiture|enferme dans une voiture|enfermee dans une voiture|seul dans la voiture|seule dans la voiture|laisse dans la voiture|laissee dans la voiture|coince dans la voiture|voiture fermee|voiture verrouillee|vitres fermees|fenetres fermees|vitres remontees',
    it: 'chiuso in macchina|chiusa in macchina|chiuso in auto|chiusa in auto|chiuso nella macchina|chiusa nella macchina|solo in macchina|sola in macchina|lasciato in macchina|lasciata in macchina|macchina chiusa|auto chiusa|finestrini chiusi|finestrini alzati',
    de: 'im auto eingesperrt|im auto eingeschlossen|im wagen eingesperrt|allein im auto|alleine im auto|im auto gelassen|im auto zuruckgelassen|im auto vergessen|abgeschlossenen auto|verschlossenen auto|auto ist abgeschlossen|fenster zu|fenster geschlossen|fenster sind zu|scheiben oben',
    ca: 'tancat al cotxe|tancada al cotxe|tancat dins el cotxe|tancada dins el cotxe|sol al cotxe|sola al cotxe|deixat al cotxe|deixada al cotxe|cotxe tancat|finestres tancades|vidres tancats',
    pt: 'trancado no carro|trancada no carro|fechado no carro|fechada no carro|sozinho no carro|sozinha no carro|deixado no carro|deixada no carro|esquecido no carro|esquecida no carro|carro trancado|vidros fechados|janelas fechadas|vidros subidos',
    ar: 'محبوس في السياره|محبوسه في السياره|مسكر عليه في السياره|مقفول عليه في السياره|لوحده في السياره|بروحه في السياره|بروحها في السياره|وحده في السياره|داخل السياره مقفله|السياره مقفله|السياره مسكره|الشبابيك مسكره|الدرايش مسكره|القزاز مقفول|m9foul 3lih f tomobil|bro7o fi el sayyara|lo7do fi el sayyara|el sayyara msakra|el shababik msakra',
  },
  /** A sunburn: the sun's burn, a question of skin care rather than a burn from something hot. */
  sunburn: {
    en: 'sunburn|sunburnt|sunburned|sun burn|sun burnt|burnt by the sun|burned by the sun|burnt in the sun|burned in the sun',
    es: 'quemadura solar|quemaduras solares|quemado por el sol|quemada por el sol|quemado del sol|quemada del sol|me queme con el sol|me quemo el sol|insolacion',
    fr: 'coup de soleil|coups de soleil|brule par le soleil|brulee par le soleil|brulure solaire|brulures solaires',
    it: 'scottatura solare|scottature solari|scottatura da sole|bruciato dal sole|bruciata dal sole|scottato dal sole|scottata dal sole|ustione solare',
    de: 'sonnenbrand|sonnenbrande|von der sonne verbrannt',
    ca: 'cremada solar|cremades solars|cremat pel sol|cremada pel sol|cremat del sol|cremada del sol',
    pt: 'queimadura solar|queimaduras solares|queimado do sol|queimada do sol|queimado pelo sol|queimada pelo sol|escaldao',
    ar: 'حروق الشمس|حرق الشمس|حرقتني الشمس|حرقاتني الشمس|محروق من الشمس|محروقه من الشمس|ضربه شمس|7r9atni chems|7ar2 el shams|7aro2 el shams',
  },
  /**
   * A landing (a balloon's basket, a paraglider, a parachute, a jump): with someone who cannot get up and hurts, a
   * fall; alone, the word of every flight ("where do we land?"), so no sign on its own.
   */
  landing: {
    en: 'landing|landed|touchdown',
    es: 'aterrizaje|aterrizamos|aterrizo|aterrizado',
    fr: 'atterrissage|atterri|atterrissons',
    it: 'atterraggio|atterrato|atterrata|atterrati',
    de: 'landung|gelandet|aufgesetzt',
    ca: 'aterratge|aterrat|aterrada|aterrar',
    pt: 'aterrissagem|aterragem|pouso|aterrissou|aterrou|pousou|pousamos',
    ar: 'الهبوط|هبوط|هبطنا|landing',
  },
  /**
   * An operation said as had (tonsils out, surgery): with blood spat, coughed or swallowed, a bleed after it. Not the
   * Arabic "عملية" alone: it stems to "عمل" (work, did), as the Arabizi "3amaliye" does to "3emel"; the tonsils say it.
   */
  surgery: {
    en: 'surgery|operation|operated|tonsillectomy|tonsils out|tonsils removed|tonsils taken out|adenoids out|adenoidectomy',
    es: 'operacion|operado|operada|operaron|cirugia|intervencion|amigdalectomia|le quitaron las amigdalas|le sacaron las amigdalas',
    fr: 'operation|opere|operee|chirurgie|intervention|amygdalectomie|amygdales enlevees|enleve les amygdales|retire les amygdales|vegetations',
    it: 'operazione|operato|operata|intervento|chirurgia|tonsillectomia|tolto le tonsille|tolte le tonsille|adenoidectomia',
    de: 'operation|operiert|op|mandel op|mandeln raus|mandeln entfernt|mandeln rausgenommen|eingriff|polypen raus',
    ca: 'operacio|operat|operada|cirurgia|intervencio|amigdalectomia|li van treure les amigdales',
    pt: 'cirurgia|operacao|operado|operada|operou|amigdalectomia|tirou as amigdalas|tirar as amigdalas|adenoide',
    ar: 'جراحه|عمليه جراحيه|شال اللوزتين|شالت اللوزتين|اللوزتين|اللوزات|لوزتين|jira7a|lawzet|lawztein|lawztayn',
  },
  /** Blood spat, coughed up, vomited or swallowed: after an operation on the throat, a bleed until seen. */
  bloodMouth: {
    en: 'spitting blood|spits blood|spat blood|spitting up blood|spit up blood|coughing blood|coughing up blood|coughs up blood|coughed up blood|vomiting blood|throwing up blood|threw up blood|vomited blood|swallowing blood|swallows blood|swallowed blood|blood in his mouth|blood in her mouth|blood from his mouth|blood from her mouth|blood from the mouth|blood out of his mouth|blood out of her mouth',
    es: 'escupe sangre|escupiendo sangre|escupio sangre|tose sangre|tosiendo sangre|vomita sangre|vomitando sangre|vomito sangre|traga sangre|tragando sangre|se traga la sangre|sangre por la boca|sangra por la boca|sangrando por la boca',
    fr: 'crache du sang|crache le sang|crachait du sang|tousse du sang|vomit du sang|vomi du sang|avale du sang|avale le sang|avale son sang|sang dans la bouche|saigne de la bouche|sang par la bouche|du sang de la bouche',
    it: 'sputa sangue|sputando sangue|sputato sangue|tossisce sangue|vomita sangue|vomitando sangue|vomitato sangue|ingoia sangue|ingoiando sangue|inghiotte sangue|sangue dalla bocca|sangue in bocca|sanguina dalla bocca',
    de: 'spuckt blut|blut spucken|blut gespuckt|spuckt immer blut|hustet blut|blut husten|blut gehustet|erbricht blut|blut erbrochen|blut gebrochen|schluckt blut|blut schlucken|blut geschluckt|blut im mund|blut aus dem mund|blutet aus dem mund',
    ca: 'escup sang|escupint sang|tus sang|tossint sang|vomita sang|vomitant sang|s empassa sang|empassant se sang|empassant sang|sang per la boca|sang a la boca|sagna per la boca',
    pt: 'cospe sangue|cuspindo sangue|cuspiu sangue|tosse sangue|tossindo sangue|vomita sangue|vomitando sangue|vomitou sangue|engole sangue|engolindo sangue|engoliu sangue|sangue pela boca|sangue na boca|sangrando pela boca',
    ar: 'يبزق دم|عم يبزق دم|بيبزق دم|بزق دم|تبزق دم|عم تبزق دم|يبلع دم|عم يبلع دم|بيبلع دم|تبلع دم|عم تبلع دم|يتفل دم|يستفرغ دم|عم يستفرغ دم|استفرغ دم|يكح دم|بيكح دم|دم من تمه|دم من فمه|دم من ثمه|دم من تمو|yebza2 dam|tebza2 dam|byebza2 dam|btebza2 dam|bizi2 dam|yebla3 dam|tebla3 dam|byebla3 dam|btebla3 dam|yestafregh dam|yt2aya dam|dam men temmo|dam mn temmo',
  },
} satisfies PhraseTable<string>;
