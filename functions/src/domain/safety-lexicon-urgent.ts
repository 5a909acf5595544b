/**
 * Safety signals for emergencies that customers write in their own words,
 * with words between the ones that matter: too many pills taken ("took way
 * too many of my sleeping pills"), a permanent tooth knocked out, red lines
 * spreading from an infected tattoo or piercing, bloody diarrhoea in a pet,
 * a sock or a toy swallowed and then vomiting, an eye that burns and will
 * not open after a tint, waters breaking. Each is a meaning in every
 * language; domain/safety.ts combines them. Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const URGENT_SIGNALS = {
  /** Smoke: from an engine, a car, a room (with engineBay: a car that may catch fire). */
  smoke: {
    en: 'smoke|smoking engine|smoking car|smokes|is smoking|are smoking|started smoking|was smoking|began smoking',
    es: 'humo|humea|humeando|sale humo',
    fr: 'fumee|fume',
    it: 'fumo|fuma|fumante',
    de: 'rauch|raucht|qualm|qualmt',
    ca: 'fum|fumeja',
    pt: 'fumo|fumaca|fumega',
    ar: 'دخان|الدخان|دخان طالع|dokhan|dkhan|d5an|fumee',
  },
  /** The engine or the bonnet of a vehicle: where smoke means a fire may start. */
  engineBay: {
    en: 'engine|bonnet|hood|under the hood|motor',
    es: 'motor|capo|capot',
    fr: 'moteur|capot',
    it: 'motore|cofano',
    de: 'motor|motorhaube|motorraum|haube',
    ca: 'motor|capo|capot',
    pt: 'motor|capo|capot',
    ar: 'موتور|الموتور|المحرك|محرك|capot|moteur|motor',
  },
  /**
   * A device's rechargeable battery: a phone's, a laptop's, an e-bike's or a scooter's. Smoke from one, or one
   * on fire, is a fire (a lithium battery that smokes can burst into flames within seconds).
   */
  battery: {
    en: 'battery|batteries|power bank|powerbank|charger|charging',
    es: 'bateria|baterias|cargador|cargando|power bank',
    fr: 'batterie|batteries|chargeur|en charge|powerbank',
    it: 'batteria|batterie|caricatore|in carica|caricabatterie|powerbank',
    de: 'akku|akkus|batterie|ladegerat|ladekabel|ladt|beim laden|powerbank',
    ca: 'bateria|bateries|carregador|carregant|powerbank',
    pt: 'bateria|baterias|carregador|a carregar|carregando|powerbank',
    ar: 'بطاريه|البطاريه|باتري|الباتري|الشارجور|شارجور|batri|batterie|charjor',
  },
  /** Something on fire, said outright (with smoke or an engine: see domain/safety.ts). */
  onFire: {
    en: 'on fire|caught fire|catching fire|in flames|flames coming|burst into flames',
    es: 'en llamas|se esta quemando el coche|se quema el coche|ardiendo|se ha incendiado|incendio|fuego en el',
    fr: 'en feu|prend feu|a pris feu|pris feu|des flammes|en flammes|incendie',
    it: 'in fiamme|prende fuoco|ha preso fuoco|preso fuoco|sta bruciando la|fiamme dal|incendio',
    de: 'in flammen|feuer gefangen|brennt lichterloh|es brennt|fangt feuer|flammen kommen',
    ca: 'crema el|en flames|s ha incendiat|incendi|flames',
    pt: 'pegou fogo|a pegar fogo|pegando fogo|em chamas|chamas|incendio',
    ar: 'حريق|حريقه|شعلت فيها النار|النار شاعله|ch3lat fiha nar|en feu',
  },
  /** A vehicle on fire, said in one breath: "my car is on fire", "la voiture a pris feu". */
  burningVehicle: {
    en: 'car is on fire|car on fire|car caught fire|car is burning|van is on fire|van caught fire|bike is on fire|camper is on fire',
    es: 'coche en llamas|coche esta ardiendo|coche se esta quemando|se ha incendiado el coche|se incendio el coche|carro se incendio|carro en llamas|auto en llamas',
    fr: 'voiture en feu|voiture a pris feu|voiture brule|voiture prend feu|la voiture est en feu',
    it: 'macchina in fiamme|auto in fiamme|macchina ha preso fuoco|auto ha preso fuoco|macchina prende fuoco|auto prende fuoco|la macchina brucia',
    de: 'auto brennt|wagen brennt|auto steht in flammen|auto in flammen|auto hat feuer gefangen|wagen in flammen',
    ca: 'cotxe en flames|cotxe s ha incendiat|cotxe crema|el cotxe crema',
    pt: 'carro pegou fogo|carro esta a arder|carro em chamas|carro a pegar fogo|carro pegando fogo',
    ar: 'الطوموبيل شعلت|السياره ولعت|السياره تحترق|الطوموبيل كتحرق|السياره فيها حريق|tomobil ch3lat',
  },
  /** Fumes that poison: an engine running in a closed space, exhaust, carbon monoxide, a gas leak. */
  fumes: {
    en: 'carbon monoxide|monoxide|exhaust fumes|engine running|engine on|motor running|motor on|gas leak|smell of gas|smells of gas|smell gas|water heater|gas heater',
    es: 'monoxido|monoxido de carbono|gases del escape|humos del escape|motor encendido|motor en marcha|fuga de gas|olor a gas|huele a gas|brasero|calentador de gas',
    fr: 'monoxyde|monoxyde de carbone|gaz d echappement|moteur allume|moteur en marche|moteur qui tourne|fuite de gaz|odeur de gaz|sent le gaz|chauffe eau|poele a gaz',
    it: 'monossido|monossido di carbonio|gas di scarico|motore acceso|fuga di gas|odore di gas|puzza di gas|scaldabagno|stufa a gas',
    de: 'kohlenmonoxid|co vergiftung|abgase|laufendem motor|motor lief|motor laufen lassen|motor an|gasleck|gasgeruch|riecht nach gas|gastherme|gasofen',
    ca: 'monoxid|monoxid de carboni|fums del tub|motor engegat|fuita de gas|olor de gas|fa olor de gas|escalfador',
    pt: 'monoxido|monoxido de carbono|gases de escape|motor ligado|fuga de gas|vazamento de gas|cheiro a gas|cheiro de gas|esquentador|aquecedor a gas',
    ar: 'تسرب الغاز|ريحه الغاز|ريحة الغاز|البوطا|بوطاغاز|الشوفو|chauffe eau|ri7t lgaz|lbota|monoxyde',
  },
  /** Took or swallowed (medicines): as done, not "to take" ("is it bad to take too many?"). */
  tookMeds: {
    en: 'took|taken|swallowed|popped|downed|ate',
    es: '=tome|=tomado|=tomo|=trague|=tragado|=trago|=tomaste|=tomaron|=metido',
    fr: '=pris|=prise|=avale|=avalee|=avales|=gobe',
    it: '=preso|=presa|=prese|=presi|=ingoiato|=ingoiata|=ingoiate|=mandato giu',
    de: 'genommen|geschluckt|eingenommen|eingeworfen|reingehauen',
    ca: '=pres|=presa|=preses|=empassat|=empassada|=vaig prendre|=va prendre',
    pt: '=tomei|=tomou|=tomado|=tomaram|=engoli|=engoliu|=engolido',
    ar: 'شربت|شرب|شربات|كليت|كلا|كلات|بلعت|بلع|بلعات|خديت|خدا|خدات|chrb|chreb|chrbat|chrbt|chrebt|klit|bla3t|khdit|khda',
  },
  /** More than a dose: too many, a whole box, a handful. */
  tooMany: {
    en: 'too many|too much|way too many|whole box|whole bottle|whole packet|whole pack|whole strip|the whole lot|a handful of|handful of|loads of|double the dose|triple the dose|a bunch of',
    es: 'demasiadas|demasiados|demasiado|toda la caja|una caja entera|todo el bote|el bote entero|un punado de|un monton de|la caja entera',
    fr: 'trop de|toute la boite|une boite entiere|la boite entiere|toute la plaquette|une poignee de|plein de|tout le tube|tout le flacon',
    it: 'troppe|troppi|tutta la scatola|una scatola intera|la scatola intera|una manciata di|un sacco di|tutto il flacone',
    de: 'zu viele|zuviele|zu viel|die ganze packung|eine ganze packung|die ganze schachtel|eine handvoll|alle auf einmal|die ganze dose|den ganzen blister',
    ca: 'massa|tota la capsa|una capsa sencera|la capsa sencera|un grapat de|un munt de',
    pt: 'demais|a mais|a caixa toda|uma caixa inteira|a caixa inteira|um punhado de|um monte de|a cartela toda',
    ar: 'بزاف|كامل|الكل|ktir|كتير|bzaf|kaml|kamlin|علبه كامله|3olba kamla',
  },
  /** Pills, tablets, medicines: what an overdose is of. */
  pills: {
    en: 'pills|pill|tablets|tablet|meds|medication|medications|medicine|painkillers|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|sleeping pills|antidepressants|xanax|valium|diazepam|insulin|benzos|opioids',
    es: 'pastillas|pastilla|pastis|comprimidos|medicamentos|medicinas|somniferos|paracetamol|ibuprofeno|aspirinas|antidepresivos|ansioliticos|orfidal|lorazepam|diazepam|trankimazin|insulina|nolotil',
    fr: 'cachets|cachet|comprimes|medicaments|medocs|pilules|somniferes|doliprane|paracetamol|ibuprofene|aspirine|antidepresseurs|anxiolytiques|xanax|lexomil|insuline',
    it: 'pastiglie|pasticche|pillole|compresse|farmaci|medicine|medicinali|sonniferi|tachipirina|paracetamolo|ibuprofene|aspirine|antidepressivi|ansiolitici|xanax|insulina',
    de: 'tabletten|pillen|medikamente|schlaftabletten|schmerzmittel|schmerztabletten|paracetamol|ibuprofen|aspirin|antidepressiva|beruhigungsmittel|insulin',
    ca: 'pastilles|pastilla|comprimits|medicaments|somnifers|paracetamol|ibuprofe|antidepressius|ansiolitics|insulina',
    pt: 'comprimidos|comprimido|pilulas|remedios|medicamentos|calmantes|soniferos|paracetamol|ibuprofeno|antidepressivos|ansioliticos|insulina|ben u ron',
    ar: 'دوا|الدوا|دواء|الدواء|حبوب|الحبوب|كاشيات|الكاشيات|حبات|dwa|ddwa|kachiyat|7bob|7boub|7bobat',
  },
  /** A whole tooth out of its socket: knocked out, whole, with the root. */
  tooth: {
    en: 'tooth|teeth|front tooth|incisor',
    es: 'diente|dientes|paleta|paletas|incisivo|muela',
    fr: '=dent|=dents|incisive',
    it: 'dente|denti|incisivo|incisivi',
    de: 'zahn|zahne|schneidezahn|vorderzahn|frontzahn',
    ca: '=dent|=dents|incisiu|queixal',
    pt: 'dente|dentes|incisivo',
    ar: 'سنه|سني|سن|سنان|ضرس|snna|snni|sna|sennti|ders',
  },
  /** Knocked out by a blow (not pulled by a dentist, not an animal "knocked out" for a dental): replant within the hour. */
  knockedOut: {
    en: 'tooth knocked out|teeth knocked out|tooth got knocked out|teeth got knocked out|knocked my tooth out|knocked out my tooth|knocked out a tooth|knocked a tooth out|knocked out his tooth|knocked out her tooth|knocked his tooth out|knocked her tooth out|knocked out two teeth|knocked clean out|came clean out',
    es: 'de cuajo|saltado un diente|saltado el diente|salto un diente|salto el diente|saltado una paleta|saltado la paleta',
    fr: 'dent a saute|dent est sautee|dent sautee|expulsee',
    it: 'saltato via un dente|saltato via il dente|avulso|avulsione',
    de: 'ausgeschlagen|rausgeschlagen|herausgeschlagen',
    ca: 'saltat una dent|saltat la dent',
    pt: 'saltou um dente|saltou o dente',
    ar: 'طارت ليه سنه|طارت ليا سنه|tarat lih snna|tarat lia snna',
  },

  /** A whole tooth: one that came out whole has its root, a permanent tooth out of its socket. */
  wholeTooth: {
    en: 'whole tooth|entire tooth|whole thing|in one piece|with the root|root and all',
    es: 'entero|entera|completo|completa|con la raiz|con raiz',
    fr: 'entiere|entier|en entier|avec la racine',
    it: 'intero|intera|tutto intero|con la radice',
    de: 'ganzer zahn|ganze zahn|komplett|ganz|mit wurzel|samt wurzel',
    ca: 'sencera|sencer|amb l arrel',
    pt: 'inteiro|inteira|com a raiz',
    ar: 'كامله|كامل|بالجدر|kamla|kaml|bljdr',
  },
  /** A tooth that came out: with a blow or a fall named, a knocked-out tooth. */
  toothOut: {
    en: 'fell out|came out|popped out|flew out|got knocked|is gone',
    es: 'se me ha caido|se me cayo|se le cayo|se le ha caido|se salio|se ha salido|se me salio|se le salio|se le ha salido|se me ha salido|salto|saltado',
    fr: 'tombee|est tombee|est sortie|a saute|sautee|perdu une dent|perdu sa dent|perdu ma dent',
    it: 'caduto|e caduto|e uscito|saltato via|e saltato|perso un dente|perso il dente',
    de: 'rausgefallen|herausgefallen|ausgefallen|ist raus|rausgeflogen|abgebrochen und raus',
    ca: 'caigut|ha caigut|ha sortit|saltat|ha saltat|perdut una dent',
    pt: 'caiu|saiu|saltou|perdi um dente|perdeu um dente|perdeu o dente',
    ar: 'طاحت|طاح|خرجات|تقلعات|t9l3at|ta7t|khrjat',
  },
  /** A blow, a fall, a sport: what knocks a tooth out (not a baby tooth that is ready). */
  toothBlow: {
    en: 'football|soccer|rugby|hockey|basketball|boxing|fight|punched|punch|elbow|elbowed|ball hit|got hit|was hit|hit by|hit in the face|hit my face|bike|bicycle|scooter|skateboard|trampoline|fell off|fell on|when i fell|when he fell|when she fell|accident|crash|faceplant|smacked',
    es: 'golpe|golpazo|balonazo|pelotazo|codazo|punetazo|bici|bicicleta|patinete|monopatin|futbol|pelea|accidente|al caerme|al caerse|me cai|se cayo de|me he caido|se ha caido de|trompazo|hostia|castanazo|cabezazo',
    fr: 'coup|choc|coup de poing|coup de coude|ballon|velo|trottinette|skate|foot|rugby|bagarre|accident|en tombant|je suis tombe|il est tombe|elle est tombee|chute',
    it: 'colpo|botta|pugno|gomitata|pallonata|pallone|bici|bicicletta|monopattino|calcio|partita|rissa|incidente|cadendo|sono caduto|sono caduta|e caduto dalla|e caduta dalla|caduta',
    de: 'schlag|faustschlag|ellbogen|ball|fahrrad|rad|roller|skateboard|fussball|eishockey|rugby|schlagerei|unfall|sturz|gesturzt|hingefallen|hingeflogen|beim fallen',
    ca: 'cop|cop de puny|colze|pilotada|bici|bicicleta|patinet|futbol|partit|baralla|accident|en caure|vaig caure|va caure|caiguda',
    pt: 'pancada|soco|cotovelada|bolada|bola|bicicleta|bike|trotinete|patinete|futebol|jogo|briga|luta|acidente|queda|cai|caiu da|ao cair|levei um tombo|levou um tombo',
    ar: 'ضربه|ضربني|ضربو|طحت|طاح من|ماتش|كوره|الكوره|البيكالا|بيكالا|دراجه|كسيدا|حادثه|darba|drbni|t7t|ta7 mn|match|kora|bikala|ksida',
  },
  /** A baby tooth, a crown, a filling: what falls out without an emergency. */
  notToothEmergency: {
    en: 'baby tooth|baby teeth|milk tooth|milk teeth|loose tooth|wobbly tooth|wisdom tooth|wisdom teeth|chip|chipped|a piece|piece of|a bit of|corner of|crown|filling|veneer|temporary|bridge|retainer|brace|braces|bracket|implant|denture|dentures|aligner',
    es: 'diente de leche|dientes de leche|diente flojo|se movia|muela del juicio|trozo|trocito|pedazo|cachito|astillado|desportillado|corona|funda|empaste|carilla|provisional|puente|bracket|brackets|retenedor|implante|dentadura|protesis|ferula',
    fr: 'dent de lait|dents de lait|dent qui bouge|dent de sagesse|morceau|bout de|ebrechee|ebreche|eclat|couronne|plombage|obturation|facette|provisoire|bridge|bague|bagues|implant|dentier|appareil|gouttiere',
    it: 'dente da latte|denti da latte|dentino|dente che si muoveva|dente del giudizio|pezzo|pezzetto|scheggiato|scheggia|corona|capsula|otturazione|faccetta|provvisorio|ponte|bracket|apparecchio|impianto|dentiera|protesi',
    de: 'milchzahn|milchzahne|wackelzahn|weisheitszahn|stuck|stuckchen|ecke|abgesplittert|angeschlagen|krone|fullung|plombe|veneer|provisorium|brucke|bracket|zahnspange|implantat|prothese|gebiss',
    ca: 'dent de llet|dents de llet|queixal del seny|tros|trosset|bocí|esquerdada|corona|empast|funda|carilla|provisional|pont|bracket|implant|dentadura|protesi',
    pt: 'dente de leite|dentes de leite|dente mole|dente do siso|siso|pedaco|pedacinho|bocado|lasca|lascado|coroa|obturacao|restauracao|faceta|provisorio|ponte|aparelho|bracket|implante|dentadura|protese',
    ar: 'سنه ديال الحليب|سنان الحليب|سن الحليب|snan l7lib|sna dyal l7lib|كورونه|couronne|تركيبه',
  },
  /** Red lines or streaks spreading from a wound, a tattoo, a piercing: an infection in the lymph vessels. */
  redStreak: {
    en: 'red lines|red line|red streaks|red streak|red stripes|streaks going up|lines going up|redness spreading|spreading redness|redness is spreading|red is spreading|red track',
    es: 'lineas rojas|linea roja|rayas rojas|raya roja|estrias rojas|la rojez se extiende|rojez que se extiende|enrojecimiento que se extiende|rojo que sube',
    fr: 'trainees rouges|trainee rouge|lignes rouges|ligne rouge|rougeur qui s etend|rougeur s etend|la rougeur monte|stries rouges',
    it: 'strisce rosse|striscia rossa|linee rosse|linea rossa|rossore che si allarga|il rossore si allarga|il rossore si estende|striature rosse',
    de: 'roter strich|roten strich|rote strich|rote striche|roten streifen|rote streifen|roter streifen|rote linie|rote linien|rotung breitet sich aus|rotung wandert|blutvergiftung',
    ca: 'linies vermelles|linia vermella|ratlles vermelles|ratlla vermella|la vermellor s estén|vermellor que s estén',
    pt: 'linhas vermelhas|linha vermelha|riscas vermelhas|risca vermelha|listras vermelhas|vermelhidao a espalhar|vermelhidao se espalhando|vermelhidao que sobe',
    ar: 'خطوط حمرا|خط حمر|خطوط حمراء|الحمورية كتزيد|khtot 7mrin|khtout 7omr',
  },
  /** Diarrhoea with blood: in a puppy (parvovirus) or any animal, an emergency. */
  bloodyDiarrhea: {
    en: 'bloody diarrhea|bloody diarrhoea|bloody poo|bloody poop|bloody stool|bloody stools|diarrhea with blood|diarrhoea with blood|blood in his poo|blood in her poo|blood in the poo|blood in his stool|blood in her stool|blood in the diarrhea|blood in the diarrhoea|poo full of blood|pooping blood|diarrhea is bloody|diarrhoea is bloody|diarrhea and blood|diarrhoea and blood',
    es: 'diarrea con sangre|diarrea sanguinolenta|diarrea de sangre|heces con sangre|caca con sangre|sangre en las heces|sangre en la caca|diarrea y sangre|hace sangre|caga sangre',
    fr: 'diarrhee sanglante|diarrhee avec du sang|diarrhee de sang|selles avec du sang|selles sanglantes|du sang dans les selles|du sang dans la diarrhee|caca avec du sang|diarrhee et du sang',
    it: 'diarrea con sangue|diarrea emorragica|diarrea sanguinolenta|feci con sangue|sangue nelle feci|cacca con sangue|diarrea e sangue|fa sangue',
    de: 'blutiger durchfall|blutigen durchfall|durchfall mit blut|blut im kot|blutiger kot|blutigen kot|kot mit blut|blut im stuhl|blutiger stuhl|durchfall und blut',
    ca: 'diarrea amb sang|diarrea sanguinolenta|femta amb sang|caca amb sang|sang a la femta|diarrea i sang',
    pt: 'diarreia com sangue|diarreia sanguinolenta|diarreia de sangue|fezes com sangue|coco com sangue|sangue nas fezes|diarreia e sangue',
    ar: 'اسهال بالدم|اسهال فيه الدم|الاسهال بالدم|كرشو جاريه بالدم|كرشها جاريه بالدم|الدم فالبراز|ishal b dem|kerchou jarya b dem|kerchha jarya b dem|diarrhee avec du sang',
  },
  /** Not vaccinated: with bloody diarrhoea or vomiting in a puppy, parvovirus until a test says otherwise. */
  unvaccinated: {
    en: 'not vaccinated|unvaccinated|no vaccines|no vaccinations|not had his vaccines|not had her vaccines|no jabs|has not had his jabs|has not had her jabs|not fully vaccinated|not had his shots|not had her shots|no shots',
    es: 'no vacunado|no vacunada|sin vacunar|sin vacunas|no tiene las vacunas|no tiene vacunas|no esta vacunado|no esta vacunada',
    fr: 'pas vaccine|pas vaccinee|non vaccine|non vaccinee|sans vaccin|pas de vaccins|pas encore vaccine|pas encore vaccinee',
    it: 'non vaccinato|non vaccinata|senza vaccini|non ha fatto i vaccini|non ha i vaccini|non e vaccinato|non e vaccinata',
    de: 'nicht geimpft|ungeimpft|keine impfung|keine impfungen|noch nicht geimpft',
    ca: 'no vacunat|no vacunada|sense vacunar|sense vacunes|no esta vacunat|no esta vacunada',
    pt: 'nao vacinado|nao vacinada|sem vacinas|sem vacinar|nao tem as vacinas|nao esta vacinado|nao esta vacinada',
    ar: 'ما ملقحش|ماملقحش|ما ملقحاش|بلا تلقيح|بلا فاكسان|ma ml9e7ch|bla vaccin|bla t9li7',
  },
  /**
   * A baby under three months: named so, or by its age in days or weeks (domain/safety.ts marks "my 6 week
   * old", "bebé de 3 semanas" with this word). A fever in one, or one gone floppy, is an emergency.
   */
  newborn: {
    en: 'newborn|newborns|new born|neonate|newborn baby',
    es: 'recien nacido|recien nacida|neonato|neonata',
    fr: 'nouveau ne|nouveau nee|nouveau-ne|nourrisson|neonat*',
    it: 'neonato|neonata|neonati',
    de: 'neugeboren*|saugling',
    ca: 'nado|nadons|nounat|nounada|nou nat',
    pt: 'recem nascido|recem nascida|recem-nascido|neonato',
    ar: 'رضيع|رضيعه|الرضيع|مولود جديد|المولود|nouveau ne|radi3',
  },
  /** A baby gone floppy, limp or hard to wake (not "flat", which a baby's head may be). */
  floppy: {
    en: 'floppy|limp|lethargic|listless|unresponsive|hard to wake|will not wake|wont wake|not waking up|does not react|not reacting',
    es: 'flojo|floja|flacido|flacida|sin tono|no reacciona|no se despierta|cuesta despertarlo|cuesta despertarla|aletargad*|hipotonic*',
    fr: 'tout mou|toute molle|tres mou|tres molle|il est mou|elle est molle|ne reagit pas|ne reagit plus|ne se reveille pas|ne se reveille plus|lethargi*|hypoton*',
    it: 'floscio|floscia|flaccido|flaccida|tutto molle|tutta molle|non reagisce|non si sveglia|letargic*|ipoton*',
    de: 'schlaff|schlapp|reagiert nicht|reagiert kaum|wacht nicht auf|kaum wach zu kriegen|lethargisch|apathisch',
    ca: 'flonjo|flonja|flacid*|no reacciona|no es desperta|costa despertar lo|costa despertar la|letargic*|hipotonic*',
    pt: 'molinho|molinha|todo mole|toda mole|muito mole|flacido|flacida|nao reage|nao acorda|letargic*|hipotonic*',
    ar: 'مرخي|مرخيه|رخو|ما كيفيقش|ما بيفيق|ما عم يفيق|ما كيتجاوبش|mrkhi|mrekhi',
  },
  /** Young, weak, listless: what makes bloody diarrhoea in an animal an emergency. */
  weak: {
    en: 'very weak|so weak|really weak|is weak|lethargic|listless|flat|not moving|will not get up|wont get up|floppy|no energy',
    es: 'muy debil|debil|decaido|decaida|apatico|apatica|sin fuerzas|no se levanta|no se mueve|tirado',
    fr: 'tres faible|faible|abattu|abattue|amorphe|apathique|sans force|ne se leve plus|ne bouge plus',
    it: 'molto debole|debole|abbattuto|abbattuta|apatico|apatica|senza forze|non si alza|non si muove',
    de: 'sehr schwach|schwach|apathisch|schlapp|matt|kraftlos|steht nicht auf|bewegt sich nicht',
    ca: 'molt feble|feble|decaigut|decaiguda|apatic|apatica|sense forces|no s aixeca|no es mou',
    pt: 'muito fraco|muito fraca|fraco|fraca|abatido|abatida|apatico|apatica|sem forcas|nao se levanta|nao se mexe',
    ar: 'ضعيف|ضعيفه|عيان|عيانه|مريض بزاف|ما كيتحركش|d3if|d3ifa|3yan|3yana',
  },
  /** An object that blocks a gut: a sock, a toy, a stone, a corn cob, a string. */
  foreignObject: {
    en: 'sock|socks|toy|toys|ball|stone|stones|rock|pebble|corn cob|corncob|string|thread|hair tie|hairband|elastic|rubber band|underwear|knickers|glove|plastic|bone|bones|stick|coin|coins|magnet|magnets|battery|lego|rope|towel|tampon|fish hook|hook|needle|skewer|kebab stick|peach stone|plum stone|ring|earring|bottle cap|lid',
    es: 'calcetin|calcetines|juguete|juguetes|pelota|piedra|piedras|mazorca|hilo|cuerda|goma del pelo|coletero|gomilla|goma elastica|braga|bragas|calzoncillo|guante|plastico|hueso|huesos|palo|moneda|monedas|iman|imanes|pila|lego|toalla|tampon|anzuelo|aguja|brocheta|palillo|hueso de melocoton|anillo|pendiente|tapon',
    fr: 'chaussette|chaussettes|jouet|jouets|balle|caillou|cailloux|pierre|epi de mais|ficelle|fil|elastique|chouchou|culotte|slip|gant|plastique|os|baton|piece|pieces|aimant|aimants|pile|lego|corde|serviette|tampon|hamecon|aiguille|brochette|noyau|bague|boucle d oreille|bouchon',
    it: 'calzino|calzini|calzetto|gioco|giochino|giocattolo|pallina|palla|sasso|sassi|pietra|pannocchia|filo|spago|elastico|mutande|mutandine|guanto|plastica|osso|ossa|bastone|legnetto|moneta|monete|calamita|magnete|pila|lego|corda|asciugamano|assorbente|amo|ago|spiedino|nocciolo|anello|orecchino|tappo',
    de: 'socke|socken|spielzeug|ball|balle|stein|steine|kieselstein|maiskolben|schnur|faden|haargummi|gummiband|unterhose|slip|handschuh|plastik|knochen|stock|stockchen|munze|munzen|magnet|magnete|batterie|lego|seil|handtuch|tampon|angelhaken|haken|nadel|spiess|schaschlikspiess|kern|ring|ohrring|deckel',
    ca: 'mitjo|mitjons|joguina|joguines|pilota|pedra|pedres|panotxa|fil|corda|goma dels cabells|goma elastica|calces|calcotets|guant|plastic|os|ossos|pal|moneda|monedes|iman|imants|pila|lego|tovallola|tampo|ham|agulla|broqueta|pinyol|anell|arracada|tap',
    pt: 'meia|meias|peuga|peugas|brinquedo|brinquedos|bola|bolinha|pedra|pedras|espiga de milho|maçaroca|fio|linha|corda|elastico|cueca|calcinha|luva|plastico|osso|ossos|pau|moeda|moedas|iman|ima|pilha|lego|toalha|tampao|anzol|agulha|espeto|palito|caroco|anel|brinco|tampa',
    ar: 'تقاشر|تقشيره|قشيره|لعبه|كوره|حجره|حجر|خيط|بلاستيك|عظم|عظمه|عود|فلوس|بيسه|حديده|ابره|tqachr|t9achr|tqchira|lo3ba|kora|7jra|khit|plastik|3dem|3dma|3od|ibra',
  },
  /** An eye that will not open, or is swollen shut. */
  eyeShut: {
    en: 'can not open my eye|can not open my eyes|can not open it|can not open them|cant open my eye|cant open my eyes|cant open it|cant open them|unable to open|will not open|wont open|swollen shut|glued shut|can not keep it open|cant keep it open|can not keep my eye open|cant keep my eye open',
    es: 'no puedo abrir el ojo|no puedo abrir los ojos|no puedo abrirlo|no puedo abrirlos|no lo puedo abrir|no lo puede abrir|no la puede abrir|no puede abrir el ojo|no puede abrirlo|no se me abre|no consigo abrir|no abre el ojo|cerrado de la hinchazon',
    fr: 'peux pas ouvrir|peux plus ouvrir|peut pas ouvrir|arrive pas a ouvrir|arrive plus a ouvrir|arrive pas a l ouvrir|ne s ouvre plus|ne s ouvre pas',
    it: 'non riesco ad aprire|non riesco ad aprirlo|non riesco ad aprirli|non riesco ad aprire l occhio|non riesce ad aprire|non si apre|non lo apro|non riesco a tenerlo aperto',
    de: 'kann das auge nicht offnen|kann die augen nicht offnen|kann es nicht offnen|bekomme das auge nicht auf|kriege das auge nicht auf|krieg das auge nicht auf|geht nicht mehr auf|geht nicht auf|zugeschwollen',
    ca: 'no puc obrir l ull|no puc obrir els ulls|no el puc obrir|no puc obrir lo|no pot obrir l ull|no s obre',
    pt: 'nao consigo abrir o olho|nao consigo abrir os olhos|nao consigo abri lo|nao consigo abrir|nao consegue abrir|nao abre|nao consigo manter aberto',
    ar: 'ما قادرش نحل عيني|ماقادرش نحل عيني|ما قادراش نحل عيني|ما كتحلش|ماكتحلش|عيني ما بقاتش كتحل|ma 9adrach n7el 3ini|ma 9adrch n7el 3ini|makat7elch|ma kat7elch|ما يقدر يفتحها|ما يقدر يفتح عينه|ما تقدر تفتحها|ما تقدر تفتح عينها|ما يقدرش يفتحها|ما يقدرش يفتح عينه|مش قادر يفتحها|مش قادر يفتح عينه|مش قادره تفتحها|ما قادر يفتحها|ما يگدر يفتحها|ما يگدر يفتح عينه|مايقدر يفتحها|ma yigdar yifta7ha|mayigdar yifta7ha|ma y2dar yefta7ha|mish 2ader yefta7ha|ma y9der yfte7ha',
  },
  /** Waters breaking: labour has begun, or the membranes broke early. */
  watersBroke: {
    en: 'water broke|waters broke|water has broken|waters have broken|water just broke|waters just broke|my water broke|my waters broke|water is broken|waters are broken|water breaking|waters breaking|broke my water|broke my waters|lost my waters|leaking amniotic fluid|amniotic fluid',
    es: 'acabo de romper aguas|acabo de romper la bolsa|acaba de romper aguas|acaba de romper la bolsa|rompi aguas|rompio aguas|he roto aguas|ha roto aguas|roto la bolsa|rompi la bolsa|rompio la bolsa|se me rompio la bolsa|se ha roto la bolsa|se rompio la bolsa|se me rompio la fuente|rompi fuente|rompio fuente|he roto fuente|perdiendo liquido amniotico|liquido amniotico',
    fr: 'perdu les eaux|perte des eaux|je perds les eaux|poche des eaux|rompu la poche|la poche s est rompue|la poche a rompu|liquide amniotique',
    it: 'rotto le acque|rotte le acque|rottura delle acque|si sono rotte le acque|mi si sono rotte le acque|rottura del sacco|rotto il sacco|liquido amniotico',
    de: 'fruchtblase geplatzt|fruchtblase ist geplatzt|blasensprung|fruchtwasser|fruchtblase gesprungen|die blase ist geplatzt',
    ca: 'trencat aigues|he trencat aigues|ha trencat aigues|trencat la bossa|s ha trencat la bossa|se m ha trencat la bossa|liquid amniotic',
    pt: 'rebentou a bolsa|rompeu a bolsa|a bolsa rompeu|a bolsa rebentou|a bolsa estourou|estourou a bolsa|rompi a bolsa|rebentaram as aguas|liquido amniotico',
    ar: 'تفرقعت الما|تفرقعت الماء|تفرقعت الحفاظه|ضربتني الما|نزل ليا الما|الما نزل|الماء نزل|نزل الما|ماء الجنين|السائل الامنيوسي|perdu les eaux|tfr9e3 lma|tfer9e3t lma|nzel lia lma|lma nzel|lma nzel lia|nzel lma|lma nzlat',
  },
  /** Sight lost in one go: nothing seen out of an eye, gone blind (a detached retina, a stroke of the eye). */
  sightLoss: {
    en: 'can not see anything|cant see anything|can not see a thing|cant see a thing|can not see out of|cant see out of|lost my vision|lost the vision|lost my sight|lost sight|went blind|gone blind|going blind|blind in one eye|blind in my|everything went black|everything went dark|stopped seeing|can not see out of one eye|cant see out of one eye|lost his sight|lost her sight|lost the sight|lost sight in|lost vision in|cannot see from one eye|can not see from one eye',
    es: 'no veo nada|no ve nada|no veo por el ojo|no veo por un ojo|no veo de un ojo|no veo del ojo|perdi la vision|perdi la vista|he perdido la vision|he perdido la vista|perdida de vision|perdida de la vista|me he quedado ciego|me he quedado ciega|se ha quedado ciego|se ha quedado ciega|ciego de un ojo|ciega de un ojo|se me ha ido la vista|se me fue la vista',
    fr: 'je ne vois rien|vois plus rien|voit plus rien|ne vois rien de|ne voit rien de|perdu la vue|perte de la vue|perte de vue|devenu aveugle|devenue aveugle|aveugle d un oeil|vois plus de l oeil|vois plus d un oeil',
    it: 'non vedo niente|non vedo nulla|non ci vedo|non ci vedo piu|ho perso la vista|perso la vista|perdita della vista|cieco da un occhio|cieca da un occhio|non vedo piu da un occhio',
    de: 'sehe nichts|sehe gar nichts|sehe nichts mehr|nichts mehr sehen|kann nichts mehr sehen|kann nichts sehen|auf einem auge blind|blind auf einem auge|erblindet|sehkraft verloren|sehe auf einem auge nichts',
    ca: 'no hi veig|no veig res|no hi veig res|he perdut la vista|perdut la visio|cec d un ull|cega d un ull',
    pt: 'nao vejo nada|nao enxergo nada|nao enxergo|perdi a visao|perdi a vista|fiquei cego|fiquei cega|cego de um olho|cega de um olho|nao vejo de um olho|nao vejo do olho',
    ar: 'ما كنشوفش|ماكنشوفش|ما بقيتش كنشوف|مابقيتش كنشوف|عميت|makanchoufch|ma kanchoufch|ma b9itch kanchouf|mab9itch kanchouf|ما اشوف زين|ما اشوف عدل|ما اشوف ولا شي|ما اشوف شي بعيني|ما قاعد اشوف زين|مو شايف زين|مو شايفه زين|ما شايف زين|ما شايفه زين|ما عم شوف منيح|ما عم بشوف منيح|مش شايف كويس|مش شايفه كويس|مش شايف منيح|مش شايفه منيح|مش بشوف كويس|مش بشوف منيح|مش قادر اشوف|مش قادره اشوف|ما اقدر اشوف|ما قادر اشوف|لا ارى جيدا|لا ارى بوضوح|لا ارى شيئا|لا استطيع الرؤيه|لم اعد ارى|فقدت البصر|فقدت النظر|راح نظري|راح النظر|ضاع نظري|صار كل شي اسود|صار كلشي اسود|كل شي اسود|عيني ما تشوف|عيني ما بتشوف|عيني مش شايفه|ma ashoof zain|ma ashof zen|mo shayef zain|mesh shayef kwayes|mish shayfe kwayes|ma 3am shouf mni7|ما يشوف زين|ما تشوف زين|ما يشوف عدل|ما تشوف عدل|ما يشوف شي|ما تشوف شي|ما صار يشوف|ما صارت تشوف|ما عاد يشوف|ما عادت تشوف|ما يقدر يشوف|ما تقدر تشوف|مو قادر يشوف|مش قادر يشوف|مش بيشوف|مش بتشوف|ما بيشوف|ما بتشوف|ما كيشوفش|ما كتشوفش|راح نظره|راح نظرها|فقد البصر|فقدت بصرها',
  },
  /**
   * Sight gone blurred, foggy or hazy (not a blurred photo: with an eye, "all of a sudden", or right after an
   * injection in the face, domain/safety.ts): a retina, a stroke of the eye, a filler blocking its artery.
   */
  blurSight: {
    en: 'blurry|blurred|blurriness|foggy|fogged|hazy|misty|cloudy|fuzzy|went dark|gone dark|going dark|went black|gone black|turned black|went completely black|went completely dark|greyed out|grayed out|blacked out',
    es: 'borroso|borrosa|borrosidad|nublado|nublada|nublo|niebla|empanado|empanada|se me nublo|se me nublo la vista|oscuro|se oscurecio|todo negro',
    fr: 'flou|floue|brouille|brouillee|brouillard|voile|trouble la vue|vue trouble|tout noir|devenu noir|noir complet',
    it: 'sfocato|sfocata|appannato|appannata|annebbiato|annebbiata|nebbia|offuscato|offuscata|tutto nero|diventato nero|buio',
    de: 'verschwommen|unscharf|neblig|nebel|milchig|getrubt|trub|schleierig|alles schwarz|schwarz geworden|dunkel geworden',
    ca: 'borros|borrosa|entelat|entelada|ennuvolat|ennuvolada|boira|tot negre|negre del tot',
    pt: 'turvo|turva|embacado|embacada|desfocado|desfocada|nublado|nublada|enevoado|enevoada|nevoa|tudo preto|ficou preto|escureceu',
    ar: 'ضباب|ضبابي|ضبابيه|مغبش|مغبشه|تغبيش|غباش|مشوش|مشوشه|زغلله|مزغلل|مغشي|غشاوه|مضبب|مضببه|صار اسود|كل شي اسود|dbab|mghabbesh|mghbch|m9bch|mdbab|mdbba',
  },
  /** A curtain, a veil or a shadow coming over the sight, flashes of light: a retina coming away. */
  visionCurtain: {
    en: 'curtain|dark curtain|black curtain|veil over|shadow over|dark shadow|black shadow|flashes of light|flashing lights|shower of floaters|lots of new floaters',
    es: 'cortina|una cortina|un velo|velo negro|sombra negra|sombra oscura|destellos|destellos de luz|flashes de luz|lluvia de moscas',
    fr: 'rideau|un voile|voile noir|voile sombre|ombre noire|eclairs|flashs lumineux|eclairs lumineux|pluie de mouches',
    it: 'una tenda|tendina|un velo|velo nero|ombra nera|ombra scura|lampi di luce|lampi luminosi|flash luminosi',
    de: 'vorhang|schleier|schwarzer schleier|schatten vor dem auge|dunkler schatten|lichtblitze|blitze im auge|russregen',
    ca: 'cortina|un vel|vel negre|ombra negra|ombra fosca|llampecs|flaixos de llum',
    pt: 'cortina|um veu|veu escuro|sombra escura|sombra negra|flashes de luz|clarões|claroes|chuva de moscas',
    ar: 'ستاره|ستار|ظل كحل|ضو كيبرق|sitara|dell k7el',
  },
  /** A wound or a sore on the skin: with a fever, or gone black and foul, an infection spreading. */
  sore: {
    en: 'wound|sore|ulcer|open sore|cut on',
    es: 'herida|llaga|ulcera|ulceras|llagas',
    fr: 'plaie|blessure|ulcere|ulceres',
    it: 'ferita|piaga|ulcera|piaghe',
    de: 'wunde|geschwur|offene stelle|offene wunde',
    ca: 'ferida|llaga|ulcera|nafra',
    pt: 'ferida|chaga|ulcera|feridas',
    ar: 'جرح|جرحه|الجرح|قرحه|jar7|jer7a|jr7',
  },
  /** Skin gone black, or a foul smell from a wound: tissue dying (gangrene), above all with diabetes. */
  necrotic: {
    en: 'gone black|turned black|going black|gone dark|turned dark|black and smelly|smells bad|smells awful|smells terrible|smells horrible|foul smell|bad smell|stinks|gangrene|necrosis|necrotic|dead skin around',
    es: 'se ha puesto negra|se ha puesto negro|se puso negra|se puso negro|ennegrecid*|negruzc*|huele mal|huele fatal|huele muy mal|huele a podrido|mal olor|apesta|gangrena|necrosis|necrosad*',
    fr: 'devenu noir|devenue noire|noirci*|sent mauvais|sent tres mauvais|mauvaise odeur|odeur horrible|pue|gangrene|necrose',
    it: 'diventata nera|diventato nero|annerit*|puzza|cattivo odore|odore terribile|cancrena|necrosi',
    de: 'schwarz geworden|schwarz verfarbt|riecht schlecht|riecht ubel|stinkt|ubler geruch|brand|gangran|nekrose',
    ca: 's ha posat negra|s ha posat negre|ennegrit*|fa mala olor|fa pudor|pudor|gangrena|necrosi',
    pt: 'ficou preta|ficou preto|enegrecid*|escureceu|cheira mal|mau cheiro|cheiro horrivel|fede|gangrena|necrose',
    ar: 'ولات كحله|كحلات|ريحه خايبه|كتخنز|خانزه|الغرغرينا|wlat k7la|k7lat|kat5nez|khanza',
  },
  /** A hand, a foot, a leg, fingers or toes: cold and white all at once is a blocked artery. */
  extremity: {
    en: 'foot|feet|toe|toes|leg|legs|hand|hands|finger|fingers|arm',
    es: 'pie|pies|dedo|dedos|pierna|piernas|mano|manos|brazo',
    fr: 'pied|pieds|orteil|orteils|jambe|jambes|main|mains|doigt|doigts|bras',
    it: 'piede|piedi|dito|dita|gamba|gambe|mano|mani|braccio',
    de: 'fuss|fusse|zeh|zehe|zehen|bein|beine|hand|hande|finger|arm',
    ca: 'peu|peus|dit|dits|cama|cames|ma|mans|brac',
    pt: 'pe|pes|dedo|dedos|perna|pernas|mao|maos|braco',
    ar: 'رجل|رجلي|رجلو|رجلها|صبع|صباع|يد|يدي|يدها|rjel|rjli|sba3|yed',
  },
  limbCold: {
    en: 'cold|ice cold|icy|freezing cold|stone cold',
    es: 'frio|fria|helado|helada|congelado|congelada',
    fr: 'froid|froide|glace|glacee|gele|gelee',
    it: 'freddo|fredda|gelido|gelida|ghiacciato|ghiacciata',
    de: 'kalt|eiskalt|eisig',
    ca: 'fred|freda|gelat|gelada',
    pt: 'frio|fria|gelado|gelada',
    ar: 'بارد|بارده|برد|bared|barda',
  },
  limbWhite: {
    en: 'white|pale|grey|gray|blue|waxy',
    es: 'blanco|blanca|palido|palida|gris|azulado|azulada|morado|morada',
    fr: 'blanc|blanche|pale|gris|grise|bleu|bleue|bleuatre|violace|violacee',
    it: 'bianco|bianca|pallido|pallida|grigio|grigia|bluastro|bluastra|viola',
    de: 'weiss|blass|bleich|grau|blau|blaulich',
    ca: 'blanc|blanca|pal|pallid|pallida|gris|blavos|blavosa',
    pt: 'branco|branca|palido|palida|cinzento|cinzenta|azulado|azulada|roxo|roxa',
    ar: 'بيض|بيضا|ابيض|زرق|زرقا|byed|bida|zr9a',
  },
  /** Hearing lost in one go: nothing heard in an ear, gone deaf (a sudden deafness: treated within days or lost). */
  hearingLost: {
    en: 'can not hear anything|cant hear anything|without hearing anything|stopped hearing|can not hear a thing|cant hear a thing|can not hear out of|cant hear out of|can not hear from|cant hear from|can not hear with|cant hear with|lost my hearing|lost the hearing|gone deaf|went deaf|deaf in one ear|deaf in my',
    es: 'no oigo nada|no oye nada|sin oir nada|deje de oir|dejo de oir|no oigo por el oido|no oigo de un oido|no oigo del oido|no oye por el oido|perdi la audicion|he perdido la audicion|perdida de audicion|me he quedado sordo|me he quedado sorda|se ha quedado sordo|se ha quedado sorda|sordo de un oido|sorda de un oido',
    fr: 'n entends plus rien|sans rien entendre|entends plus rien|entend plus rien|je n entends rien|n entend rien|perdu l audition|perdu l ouie|devenu sourd|devenue sourde|sourd d une oreille|sourde d une oreille',
    it: 'non sento niente|non sento piu niente|senza sentire niente|senza sentire nulla|non sento nulla|non sente niente|non sente piu niente|ho perso l udito|perso l udito|sordo da un orecchio|sorda da un orecchio',
    de: 'ohr nichts mehr|ohr nichts|hore nichts|hore nichts mehr|hor nichts mehr|hort nichts mehr|hort nichts|gehor verloren|taub auf einem ohr|auf einem ohr taub|horsturz',
    ca: 'no hi sento|no sento res|no hi sento res|no hi sent|he perdut l audicio|sord d una orella|sorda d una orella',
    pt: 'nao oico nada|nao ouco nada|sem ouvir nada|sem ouvir|deixei de ouvir|deixou de ouvir|nao oico|nao ouco|nao ouve nada|nao ouve|perdi a audicao|fiquei surdo|fiquei surda|surdo de um ouvido|surda de um ouvido',
    ar: 'ما كنسمعش|ماكنسمعش|ما بقيتش كنسمع|مابقيتش كنسمع|طرشت|makansm3ch|ma kansm3ch|ma b9itch kansm3',
  },
  /** Woke up with it: what was fine last night and is not this morning came all at once. */
  wokeUp: {
    en: 'woke up|i woke|this morning i woke|since i woke|when i woke',
    es: 'me desperte|me he despertado|al despertarme|al despertar|desde que me desperte',
    fr: 'reveille|reveillee|me suis reveille|me suis reveillee|au reveil|en me reveillant',
    it: 'mi sono svegliato|mi sono svegliata|svegliato|svegliata|al risveglio',
    de: 'aufgewacht|aufgestanden|beim aufwachen|heute fruh aufgewacht',
    ca: 'm he despertat|em vaig despertar|en despertar me|al despertar',
    pt: 'acordei|acordou|ao acordar|quando acordei',
    ar: 'فقت|فاق|نضت|fe9t|nodt',
  },
  /** An ear or a nose: what is pushed into one, or bleeds from one after a fall. */
  earNose: {
    en: 'ear|ears|nose|nostril',
    es: 'oido|oidos|oreja|orejas|nariz',
    fr: 'oreille|oreilles|nez|narine',
    it: 'orecchio|orecchie|orecchia|naso|narice',
    de: 'ohr|ohren|nase|nasenloch',
    ca: 'orella|orelles|oida|nas',
    pt: 'ouvido|ouvidos|orelha|orelhas|nariz|narina',
    ar: 'ودن|الودن|ودنو|ودنيه|اذن|الاذن|انف|نيف|الخنونه|wden|oudn|nif',
  },
  /** A button battery or a magnet: in a child's ear or nose it burns through within hours. */
  buttonBattery: {
    en: 'battery|batteries|button battery|button cell|magnet|magnets',
    es: 'pila|pilas|pila de boton|iman|imanes',
    fr: 'pile|piles|pile bouton|aimant|aimants',
    it: 'pila|pile|pila a bottone|batteria|calamita|magnete',
    de: 'batterie|batterien|knopfzelle|knopfbatterie|magnet|magnete',
    ca: 'pila|piles|pila de boto|iman|imant',
    pt: 'pilha|pilhas|pilha de botao|bateria|iman|ima',
    ar: 'بيله|بيلا|البيله|بطاريه|مغناطيس|pila|pile',
  },
  /** Pushed into an ear or a nose and will not come out. */
  pushedIn: {
    en: 'pushed a|shoved a|pushed it in|shoved it in|got it stuck|won t come out|wont come out|will not come out|can not get it out|cant get it out',
    es: 'se ha metido|se metio|metio una|metio un|ha metido|se le ha metido|no sale|no le sale|no se la puedo sacar|no puedo sacarla|no puedo sacarlo|no se lo puedo sacar',
    fr: 'a mis une|a mis un|s est mis|s est enfonce|a enfonce|ne sort pas|n arrive pas a l enlever|impossible de l enlever|impossible de la retirer',
    it: 'si e infilato|si e infilata|si e messo|ha infilato|ha messo una|ha messo un|non esce|non riesco a toglierla|non riesco a toglierlo',
    de: 'gesteckt|reingesteckt|hineingesteckt|geht nicht raus|kommt nicht raus|bekomme sie nicht raus|bekomme es nicht raus',
    ca: 's ha ficat|ha ficat|s ha posat|no surt|no la puc treure|no el puc treure',
    pt: 'enfiou|meteu|enfiou uma|meteu uma|nao sai|nao consigo tirar|nao sai de la',
    ar: 'دخل ليه|دخلات ليه|دخلها|ما بغاتش تخرج|ما كتخرجش|dkhel lih|dkhlat lih',
  },
  /** A body burning hot to the touch: with panting and vomiting or staggering, heatstroke whatever caused it. */
  bodyHot: {
    en: 'very hot|burning up|so hot|really hot|hot to the touch|boiling hot|too hot',
    es: 'muy caliente|ardiendo|calentisimo|calentisima|caliente al tacto|hirviendo',
    fr: 'tres chaud|brulant|brulante|tout chaud|bouillant',
    it: 'caldissimo|caldissima|molto caldo|molto calda|bollente|scotta',
    de: 'sehr heiss|ganz heiss|glueht|gluht|total heiss|brennend heiss',
    ca: 'molt calent|molt calenta|cremant|bullint',
    pt: 'muito quente|a ferver|quentissimo|quentissima|quente ao toque|fervendo',
    ar: 'سخون بزاف|سخونه بزاف|كيغلي|s5oun bzaf|skhoun bzaf',
  },
  /**
   * Malaria, or the tablets against it: a fever in someone who names it (back from a trip, pills stopped
   * early) is malaria until a blood test says otherwise, and a doctor is needed the same day.
   */
  malaria: {
    en: 'malaria|antimalarial*|anti malarial*|malarone|doxycycline|lariam',
    es: 'malaria|paludismo|antipaludic*|antimalaric*',
    fr: 'paludisme|palu|malaria|antipaludi*|antipalu',
    it: 'malaria|antimalaric*',
    de: 'malaria|malariaprophylaxe|malariatabletten|malariamittel',
    ca: 'malaria|paludisme|antipaludic*',
    pt: 'malaria|paludismo|antimalaric*',
    ar: 'ملاريا|الملاريا|الملاريه|ملاريه|malarya|malaria|el malaria',
  },
  /** An electric shock from a socket, a charger, a cable: with a burn, numbness or a racing heart, a doctor now. */
  electricShock: {
    en: 'electric shock|electrocuted|got electrocuted|got shocked|gave me a shock|gave me an electric shock|shocked me|zapped me|got zapped',
    es: 'descarga electrica|me dio una descarga|me ha dado una descarga|me dio corriente|me ha dado corriente|me dio calambre|me ha dado calambre|calambrazo|electrocutad*|electrocuto',
    fr: 'decharge electrique|electrocut*|m a donne une decharge|j ai pris une decharge|pris une decharge|pris le jus|pris une chataigne|choc electrique',
    it: 'scossa elettrica|preso la scossa|preso una scossa|mi ha dato la scossa|mi ha dato una scossa|folgorat*|fulminat*',
    de: 'stromschlag|elektrischer schlag|elektroschock|einen schlag bekommen|einen schlag gekriegt|hat mir einen schlag gegeben',
    ca: 'descarrega electrica|m ha donat corrent|m ha donat una descarrega|electrocutat*',
    pt: 'choque eletrico|choque electrico|apanhei um choque|levei um choque|deu me um choque|me deu um choque|deu um choque|eletrocutad*|electrocutad*',
    ar: 'صعقه كهربائيه|صعقه كهربا|صعقتني الكهربا|ضربتني الكهرباء|ضربتني الكهربا|ضربني الكهربا|ضربتني الضو|ضربني الضو|ضربني التريسيتي|مكهرب|kahraba darbatni|darbatni lkahraba|darbni dow|darbatni dow|electrocute',
  },
  /** A smell of burning: with smoke, something is on fire. */
  burnSmell: {
    en: 'smells of burning|smell of burning|smells like burning|burning smell|smell burning|smells burnt|smell of smoke|burnt smell',
    es: 'olor a quemado|huele a quemado|olor de quemado|olor a humo|huele a humo',
    fr: 'odeur de brule|sent le brule|odeur de cramé|sent le cramé|odeur de fumee|ca sent le brule',
    it: 'puzza di bruciato|odore di bruciato|sa di bruciato|puzza di fumo|odore di fumo|puzza di plastica bruciata',
    de: 'brandgeruch|riecht verbrannt|riecht nach verbranntem|verbrannter geruch|riecht angebrannt|riecht nach rauch|verschmorter geruch|riecht verschmort',
    ca: 'olor de cremat|fa olor de cremat|pudor de cremat|olor de fum',
    pt: 'cheiro a queimado|cheiro de queimado|cheira a queimado|cheirando a queimado|cheiro a fumo|cheiro de fumaca',
    ar: 'ريحه الحريق|ريحه حريق|ريحه محروق|ريحه الدخان|ri7a d l7ri9|ri7t l7ri9|ri7et 7ari2',
  },
  /** A phone, a laptop, a tablet, a console: a device whose battery may swell, smoke and catch fire. */
  gadget: {
    en: 'phone|mobile|cellphone|iphone|smartphone|laptop|tablet|ipad|console|controller|e bike|ebike|scooter|vape',
    es: 'movil|telefono|celular|iphone|portatil|tablet|ipad|consola|mando|patinete|vaper',
    fr: 'telephone|portable|iphone|ordinateur|ordi|tablette|ipad|console|manette|trottinette|vapoteuse',
    it: 'telefono|cellulare|telefonino|iphone|portatile|computer|tablet|ipad|console|controller|monopattino',
    de: 'handy|telefon|smartphone|iphone|laptop|notebook|tablet|ipad|konsole|controller|e bike|ebike|roller',
    ca: 'mobil|telefon|iphone|portatil|tauleta|tablet|ipad|consola|comandament|patinet',
    pt: 'telemovel|telefone|celular|iphone|portatil|computador|tablet|ipad|consola|comando|trotinete|patinete',
    ar: 'تلفون|التلفون|تيليفون|موبايل|الموبايل|بورطابل|البورطابل|لابتوب|اللابتوب|تابلت|ايفون|tilifon|telephone|portable|laptop|mobile',
  },
  /**
   * Tiny purple or dark red spots (petechiae, purpura): with a fever, or not fading under a pressed glass, the
   * sign of meningitis or sepsis, above all in a child. Bruises after a treatment are no such spots: the rule wants
   * a fever or the glass beside them.
   */
  petechiae: {
    en: 'purple spots|purple dots|purple rash|purple blotches|purplish spots|tiny red spots|tiny red dots|pinprick spots|pinprick rash|pinpoint spots|pinpoint red|dark red spots|petechiae|petechial|purpura',
    es: 'puntitos morados|puntos morados|manchitas moradas|manchas moradas|puntitos rojo oscuro|puntitos rojos|petequias|purpura',
    fr: 'taches violettes|petites taches violettes|taches violacees|points violets|petits points rouges|points rouges foncés|petechies|purpura',
    it: 'puntini viola|macchie viola|macchioline viola|macchie violacee|puntini rossi|petecchie|porpora',
    de: 'lila flecken|violette flecken|lila punkte|violette punkte|rote punktchen|dunkelrote punkte|petechien|purpura',
    ca: 'puntets morats|taques morades|puntets vermells|petequies|purpura',
    pt: 'pintinhas roxas|pintas roxas|manchinhas roxas|manchas roxas|pontinhos roxos|pontinhos vermelhos|pintinhas vermelhas|petequias|purpura',
    ar: 'نقط بنفسجيه|نقط بنفسجي|بقع بنفسجيه|حبوب بنفسجيه|نقط حمرا صغار|نقط حمراء صغيره|بقع حمرا صغار|nou9at banafsaji|b9a3 banafsajiya',
  },
  /** Spots that stay: "they don't fade", "não desaparecem" (with the petechiae or the glass, below, never alone). */
  noFade: {
    en: 'do not fade|does not fade|dont fade|doesnt fade|not fading|wont fade|will not fade|do not go away|dont go away|does not blanch|doesnt blanch|non blanching|nonblanching|still there|stay|stayed',
    es: 'no desaparecen|no desaparece|no se quitan|no se van|no se borran|siguen ahi|se quedan',
    fr: 'ne disparaissent pas|ne disparait pas|ne s effacent pas|ne s efface pas|restent|toujours la',
    it: 'non scompaiono|non scompare|non spariscono|non sparisce|restano|rimangono',
    de: 'verschwinden nicht|verschwindet nicht|gehen nicht weg|geht nicht weg|bleiben|bleibt sichtbar',
    ca: 'no desapareixen|no desapareix|no marxen|es queden',
    pt: 'nao desaparecem|nao desaparece|nao somem|nao some|nao saem|continuam la|ficam',
    ar: 'ما كتمشيش|ما بتروح|ما بيروحو|لا تختفي|ما بتختفي|ما كيمشيوش|ما زالت|باقيين',
  },
  /** A glass pressed on a rash to see whether it fades: the tumbler test for meningitis. */
  glassTest: {
    en: 'glass test|tumbler test|under a glass|pressed a glass|press a glass|pressing a glass|rolled a glass|with a glass',
    es: 'prueba del vaso|con un vaso|apretando un vaso|apretado un vaso|debajo de un vaso',
    fr: 'test du verre|avec un verre|sous un verre|appuye un verre|appuyant un verre',
    it: 'test del bicchiere|con un bicchiere|sotto un bicchiere|premuto un bicchiere',
    de: 'glastest|glas test|mit einem glas|mit dem glas|unter einem glas|trinkglas',
    ca: 'prova del got|amb un got|sota un got',
    pt: 'teste do copo|com um copo|carreguei com um copo|pressionei um copo|debaixo de um copo',
    ar: 'بالكاس|بكاس|اختبار الكاس|كاس ديال الزاج|b lkas|bl kas',
  },
  /** A baby in the womb that moves less or not at all: a midwife or a maternity unit now. */
  babyStill: {
    en: 'baby is not moving|baby isnt moving|baby not moving|baby has not moved|baby hasnt moved|baby stopped moving|baby has stopped moving|not felt the baby move|not felt baby move|havent felt the baby|cant feel the baby move|cant feel baby move|can not feel the baby move|fewer movements|less movements|reduced movements|no kicks|stopped kicking|not kicking|hasnt moved much|has not moved much|hasnt really moved|has not really moved|not really moved much|not moved much|not moving much|not been moving|hasnt been moving|has not been moving|hardly moving|hardly moved|barely moving|barely moved|not moving as much|moving less|less active than usual|quieter than usual|fewer kicks|less kicking|not felt her move|not felt him move|not felt her kick|not felt him kick|cant feel her move|cant feel him move|can not feel her move|can not feel him move|not felt any movement|no movement since|not much movement',
    es: 'el bebe no se mueve|bebe no se mueve|no se mueve el bebe|no siento al bebe|no noto al bebe|no siento moverse|no lo noto moverse|no la noto moverse|no noto movimientos|no siento movimientos|ha dejado de moverse|dejo de moverse|se mueve menos|menos movimientos|casi no se mueve|se mueve poco|apenas se mueve|no se ha movido|no se ha movido mucho|no lo he notado moverse|no la he notado moverse|no he notado movimientos',
    fr: 'bebe ne bouge plus|bebe ne bouge pas|le bebe ne bouge|ne sens plus bebe|ne sens plus le bebe|ne sens pas bebe bouger|ne le sens plus bouger|ne la sens plus bouger|moins de mouvements|ne sens plus les mouvements|plus de mouvements du bebe|bouge moins|bouge peu|bouge tres peu|bouge presque plus|a peu bouge|n a pas bouge|n a pas beaucoup bouge|ne l ai pas senti bouger|ne l ai pas sentie bouger',
    it: 'il bambino non si muove|bambino non si muove|non si muove piu|non lo sento muovere|non la sento muovere|non lo sento piu muovere|non sento piu il bambino|meno movimenti|si muove meno|non sento i movimenti|si muove poco|si muove pochissimo|non si e mosso|non si e mossa|quasi non si muove|non l ho sentito muovere|non l ho sentita muovere',
    de: 'baby bewegt sich nicht|bewegt sich nicht mehr|bewegt sich kaum|keine kindsbewegungen|kaum kindsbewegungen|weniger kindsbewegungen|spure das baby nicht|spure es nicht mehr|spure keine bewegungen|weniger bewegungen|bewegt sich weniger|hat sich kaum bewegt|hat sich nicht bewegt|kaum bewegungen|bewegt sich wenig|nicht mehr bewegt|kaum bewegt|kaum noch bewegt|wenig bewegt',
    ca: 'el nado no es mou|no es mou|no el noto moure|no la noto moure|no noto moviments|es mou menys|gairebe no es mou|no s ha mogut|es mou poc',
    pt: 'o bebe nao mexe|bebe nao mexe|nao se mexe|nao sinto o bebe|nao sinto o bebe mexer|nao o sinto mexer|nao sinto mexer|parou de mexer|deixou de mexer|mexe menos|menos movimentos|quase nao mexe|mexendo pouco|mexe pouco|nao mexeu|mexeu pouco|quase nao mexeu|nao senti mexer|nao sinto ele mexer|nao sinto ela mexer',
    ar: 'ما كيتحركش|ما كيتحركش في كرشي|البيبي ما كيتحركش|الجنين ما كيتحركش|ما بيتحرك|ما عم يتحرك|مش بيتحرك|مبيتحركش|ما يتحركش|حركه الجنين قلت|ma kaytharaksh|ma kaythareksh|ma kayt7arksh|ma kayt7arrakch|ma kayt7errekch|ma 3am yet7arrak|mabyet7arak|mabyet7arrak|mabyt7arakch|قلت حركته|قلت حركتها|قلت حركه الجنين|ما تحرك|ما تحركت|حركته قليله|حركتها قليله|ما حسيت فيه يتحرك|ما حسيت فيها تتحرك|ما حسيت بحركته|ما حسيت بحركتها|ما يتحرك|ما تتحرك',
  },
} satisfies PhraseTable<string>;
