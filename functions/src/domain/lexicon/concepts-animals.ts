/**
 * Concepts of veterinary clinics, pet hotels and groomers beyond grooming
 * itself (which concepts-services.ts covers): procedures, papers, the
 * animals other than cats and dogs, and what an owner worries about. See
 * phrases.ts for the syntax.
 *
 * Words that mean something else at a human practice stay out on their
 * own: "sterilise" (an animal or the instruments; the animal's phrases
 * name it), "put to sleep" and "endormir" (euthanasia or anaesthesia), "scan".
 */
import type { PhraseTable } from './phrases.js';

export const ANIMAL_CONCEPTS = {
  vet: {
    en: 'vet|vets|veterinar*|animal doctor',
    es: 'veterinari*|clinica veterinaria',
    fr: 'veterinaire*|veto|clinique veterinaire',
    it: 'veterinari*|clinica veterinaria|ambulatorio veterinario|dal vet',
    de: 'tierarzt*|tierklinik|tiermedizin*|veterinar*',
    ca: 'veterinari*|clinica veterinaria',
    pt: 'veterinari*|clinica veterinaria',
    ar: 'بيطري|البيطري|طبيب بيطري|دكتور بيطري|عياده بيطريه|baytari|beytari',
  },
  neuter: {
    en: 'neuter*|spay*|castrat*|desex*|sterilise my|sterilize my|sterilise her|sterilize her|sterilise him|sterilize him|get her fixed|get him fixed|snipped|the snip',
    es: 'castrar*|castracion|castrad*|capar|esterilizar gata|esterilizar perra|esterilizar gato|esterilizar perro|esterilizarla|esterilizarlo|esterilizada|esterilizado|ovariohisterectomia',
    fr: 'castrer|castration|castre|castree|steriliser ma chienne|steriliser ma chatte|steriliser mon chat|steriliser mon chien|sterilisee|ovariectomie',
    it: 'castra*|sterilizzare la gatta|sterilizzare la cagna|sterilizzare il gatto|sterilizzare il cane|sterilizzarla|sterilizzarlo|gatta sterilizzata|cagna sterilizzata|gatto sterilizzato|cane sterilizzato|ovariectomia|ovarioisterectomia',
    de: 'kastr*|katze sterilisieren|hundin sterilisieren|katze sterilisiert|hundin sterilisiert|sterilisation der katze|sterilisation der hundin',
    ca: 'castrar*|castracio|castrat|castrada|esterilitzar la gossa|esterilitzar la gata|esterilitzar el gos|esterilitzar el gat|esterilitzada',
    pt: 'castrar*|castracao|castrad*|esterilizar a cadela|esterilizar a gata|esterilizar o cao|esterilizar o gato|esterilizada|ovariohisterectomia',
    ar: 'خصي|اخصي|تعقيم القطه|تعقيم الكلبه|تعقيم الكلب|تعقيم القط|عمليه تعقيم|ta3qim|5asi|khasi',
  },
  deworming: {
    en: 'deworm*|de-worm*|worming|wormer|worms|internal parasites|heartworm|tapeworm*|roundworm*',
    es: 'desparasit*|lombrices|gusanos|parasitos internos|antiparasitario*',
    fr: 'vermifug*|deparasit*|vers intestinaux|parasites internes|antiparasitaire*',
    it: 'sverminare|sverminazione|svermina*|vermifugo|vermi intestinali|ha i vermi|parassiti interni|antiparassitario|antiparassitari|filaria|tenia',
    de: 'entwurm*|wurmkur|wurmmittel|wurmtablette*|wurmer|wurmbefall|bandwurm*|spulwurm*|herzwurm*|innere parasiten',
    ca: 'desparasit*|cucs|paracits interns|parasits interns|antiparasitari*',
    pt: 'desparasit*|vermifug*|lombrigas|parasitas internos|antiparasitario*',
    ar: 'ديدان|طارد الديدان|مضاد الطفيليات|طفيليات|تدويد',
  },
  microchip: {
    en: 'microchip*|pet passport|dog passport|cat passport|animal passport|animal health certificate|travel papers|travel with my dog|travel with my cat|get him chipped|get her chipped|is he chipped|is she chipped|need a chip|needs a chip|have a chip|chipped and registered',
    es: 'microchip|chip|pasaporte del perro|pasaporte del gato|pasaporte para mi perro|pasaporte para mi gato|pasaporte europeo|pasaporte de mascota|pasaporte para viajar|viajar con mi perro|viajar con mi gato',
    fr: "puce electronique|puce d'identification|pucer|passeport europeen|passeport pour mon chien|passeport pour mon chat|passeport animal|voyager avec mon chien|voyager avec mon chat",
    it: 'microchip*|il chip|mettere il chip|microcippatura|microchippare|passaporto del cane|passaporto del gatto|passaporto per il cane|passaporto per il gatto|passaporto per animali|passaporto europeo|viaggiare con il cane|viaggiare con il gatto|anagrafe canina',
    de: 'mikrochip|microchip|chip|einen chip|chippflicht|chip setzen|chippen|gechippt|gechipt|heimtierausweis|eu heimtierausweis|tierpass|eu pass|reisen mit hund|reisen mit katze|mit dem hund verreisen|mit der katze verreisen',
    ca: 'microxip|xip|passaport del gos|passaport del gat|passaport europeu|viatjar amb el gos|viatjar amb el gat',
    pt: 'microchip|chip|passaporte do cao|passaporte do gato|passaporte para animais|passaporte europeu|viajar com o cao|viajar com o gato',
    ar: 'شريحه|شريحه تعريف|مايكروشيب|ميكروشيب|جواز سفر للكلب|جواز سفر للقطه|جواز الكلب|جواز القطه|السفر مع الكلب|السفر مع القطه|microchip',
  },
  bloodTest: {
    en: 'blood test*|bloodwork|blood work|blood panel|lab test*|lab work|urine test|urine sample|stool sample|test results|lab results',
    es: 'analisis de sangre|analitica|analiticas|analisis de orina|prueba de sangre|muestra de orina|muestra de heces|resultados del analisis|hemograma|laboratorio',
    fr: "prise de sang|analyse de sang|analyses de sang|bilan sanguin|analyse d'urine|prelevement|resultats d'analyse|laboratoire",
    it: 'analisi del sangue|esami del sangue|esame del sangue|esami ematici|prelievo di sangue|prelievo del sangue|fare le analisi|le analisi|analisi delle urine|esame delle urine|campione di urine|campione di feci|risultati delle analisi|esito delle analisi|risultati degli esami|emocromo|laboratorio',
    de: 'blutuntersuchung|blut untersuchung|blutbild|blutwerte|blutabnahme|blut abnehmen|bluttest|laborwerte|im labor|ins labor|laboruntersuchung|labor untersuchung|urinprobe|urintest|kotprobe|stuhlprobe|testergebnisse|laborergebnisse',
    ca: "analitica|analitiques|analisi de sang|analisis de sang|analisi d'orina|mostra d'orina|hemograma|laboratori",
    pt: 'analises|analise ao sangue|analises ao sangue|analise de sangue|exame de sangue|analise a urina|amostra de urina|hemograma|laboratorio',
    ar: 'تحليل دم|تحاليل|تحليل|فحص دم|فحص الدم|مختبر|تحليل بول|ta7alil|ta7lil',
  },
  ultrasound: {
    en: 'ultrasound*|sonogram|echocardiogram|echography|abdominal scan',
    es: 'ecografia*|ecocardiograma',
    fr: 'echographie*|echocardiographie|echo cardiaque|=echo|=echos',
    it: 'ecografi*|ecocardio*|ecografo',
    de: 'ultraschalluntersuchung|ultraschall untersuchung|bauchultraschall|herzultraschall|ultraschall machen|ultraschall vom bauch|ultraschall vom herzen|sonographie|sonografie|echokardiogra*|herzecho',
    ca: 'ecografia*|ecocardiograma',
    pt: 'ecografia*|ecocardiograma|ultrassom|ultrassonografia',
    ar: 'ايكو|سونار|سونار بطن|موجات فوق صوتيه|التراساوند|التراسوند',
  },
  hospitalisation: {
    en: 'hospitalis*|hospitaliz*|overnight stay|stay overnight|stay the night|kept overnight|keep him overnight|keep her overnight|intensive care|icu|inpatient',
    es: 'hospitaliz*|ingresado|ingresada|ingresarlo|ingresarla|quedarse ingresado|quedarse a dormir|cuidados intensivos|uci',
    fr: 'hospitalis*|garder la nuit|passer la nuit|soins intensifs|reanimation',
    it: 'ricover*|degenza|tenerlo per la notte|tenerla per la notte|passare la notte|terapia intensiva|rianimazione',
    de: 'stationar|stationare aufnahme|stationar aufnehmen|uber nacht bleiben|uber nacht dableiben|uber nacht dabehalten|dabehalten|intensivstation|intensivpflege',
    ca: 'hospitalitz*|ingressat|ingressada|passar la nit|cures intensives|uci',
    pt: 'internamento|internad*|internar|hospitaliz*|passar a noite|cuidados intensivos|uci',
    ar: 'تنويم|راقد عندكم|راقده عندكم|راقد فالعياده|راقده فالعياده|راقد في العياده|تنويمه|مبيت|يبات عندكم|يبقى الليله|عنايه مركزه|العنايه المركزه',
  },
  euthanasia: {
    en: 'euthanas*|euthanis*|euthaniz*|put down|putting down|end of life|cremation|cremate*|pet cremation|ashes|urn|passed away|pass away|passes away|dies|died|dying|rainbow bridge',
    es: 'eutanasia|sacrificar|sacrificarlo|sacrificarla|incineracion|cremacion|crematorio|urna|cenizas|fallecido|fallecida|ha fallecido|ha muerto|se muere|se muera|se murio|fallezca',
    fr: 'euthanasi*|faire piquer|fin de vie|incineration|incinerer|cremation|cendres|urne|meurt|mourir|decede|decedee',
    it: "eutanasia|sopprimere|soppressione|fine vita|cremazion*|crematorio|urna|farlo cremare|farla cremare|ceneri|e morto|e morta|e deceduto|e deceduta|ci ha lasciato|muore|morira|ponte dell'arcobaleno",
    de: 'einschlafer*|eingeschlafert*|euthanasie|regenbogenbrucke|kremierung|kremation|einzelkremation|sammelkremation|krematorium|tierkrematorium|urne|einaschern|einascherung|tierbestattung|asche|verstorben|ist gestorben|stirbt|sterben|gestorben',
    ca: 'eutanasia|sacrificar|incineracio|cremacio|crematori|urna|cendres|ha mort|es mor|es mori|fi de vida',
    pt: 'eutanasia|fim de vida|cremacao|crematorio|urna|incineracao|cinzas|faleceu|morreu|morrer|morre|falecer',
    ar: 'القتل الرحيم|قتل رحيم|الموت الرحيم|موت رحيم|حرق الجثه|euthanasia|cremation',
  },
  exoticPets: {
    en: 'exotic*|rabbit*|bunny|bunnies|guinea pig*|hamster*|ferret*|bird|birds|parrot*|budgie*|reptile*|lizard*|bearded dragon|bearded dragons|snake*|tortoise*|turtle*|gecko*|chinchilla*|small animals|small pets',
    es: 'exotico*|exotica*|conejo*|cobaya*|conejillo de indias|hamster*|huron*|pajaro*|ave|aves|loro*|periquito*|canario*|reptil*|lagarto*|serpiente*|tortuga*|iguana*|gecko*|chinchilla*',
    fr: "nac|exotique*|lapin*|cochon d'inde|cochons d'inde|cobaye*|hamster*|furet*|oiseau*|perroquet*|perruche*|canari|canaris|reptile*|lezard*|serpent*|tortue*|gecko*|chinchilla*",
    it: "esotic*|coniglio|conigli|coniglietto|cavia|cavie|porcellino d'india|porcellini d'india|criceto|criceti|furetto|furetti|uccello|uccelli|uccellino|pappagall*|cocorit*|canarino|canarini|rettil*|lucertol*|serpent*|tartarug*|geco|gechi|iguana|cincill*|piccoli animali",
    de: 'exot*|kaninchen|zwergkaninchen|meerschweinchen|hamster|frettchen|vogel|wellensittich*|papagei*|kanarienvogel|reptil*|echse|echsen|eidechse*|meine schlange|schildkrot*|gecko*|chinchilla*|kleintier*|bartagame*|leguan*',
    ca: "exotic*|exotica*|conill*|conillet d'indies|cobai*|hamster*|fura|fures|ocell*|lloro*|periquit*|canari|canaris|reptil*|sargantana*|serps|serp|tortuga*|gecko*|xinxilla*",
    pt: 'exotico*|exotica*|coelho*|porquinho da india|porquinhos da india|cobaia*|hamster*|furao|furoes|passaro*|ave|aves|papagaio*|periquito*|canario*|reptil|repteis|lagarto*|serpente*|tartaruga*|gecko*|chinchila*',
    ar: 'ارنب|ارانب|ارنبي|عصفور|عصافير|طير|طيور|ببغاء|ببغاوات|كناري|سلحفاه|سلاحف|زواحف|سحليه|ثعبان|هامستر|همستر|خنزير غينيا|حيوانات اليفه صغيره',
  },
  diet: {
    en: 'diet|diets|kibble|wet food|dry food|prescription diet|prescription food|renal diet|overweight|obese|obesity|weight loss|lose weight|losing weight|how much weight|weight can i lose|how many kilos|how many kg|nutrition*',
    es: 'dieta*|el pienso|un pienso|pienso para|comida humeda|comida seca|sobrepeso|obesidad|obeso|obesa|perder peso|adelgazar|nutricion*',
    fr: 'regime|croquette*|patee|alimentation|surpoids|obese|obesite|perdre du poids|maigrir|nutrition*',
    it: 'dieta|diete|crocchette|cibo umido|cibo secco|mangime|dieta renale|dieta veterinaria|sovrappeso|obes*|perdere peso|dimagrire|alimentazione|nutrizione',
    de: 'diat|diatfutter|trockenfutter|nassfutter|futter|spezialfutter|nierendiat|ubergewicht|ubergewichtig|adipos*|gewicht verlieren|gewicht reduzieren|muss abnehmen|soll abnehmen|ernahrung*|futterumstellung',
    ca: 'dieta*|pinso*|menjar humit|menjar sec|sobrepes|obesitat|obes|obesa|perdre pes|aprimar*|nutricio',
    pt: 'dieta*|racao|racoes|comida humida|comida seca|excesso de peso|sobrepeso|obesidade|obeso|obesa|perder peso|emagrecer|nutricao',
    ar: 'رجيم|دايت|حميه|نظام غذائي|وزن زايد|سمنه|تخسيس|اكل الكلب|اكل القطه|الاكل الجاف|diet|rejim|regime',
  },
  digestive: {
    en: 'vomit*|throwing up|threw up|throws up|being sick|diarrh*|loose stool*|runny poo|upset stomach|wont eat|stopped eating|off his food|off her food',
    es: 'vomit*|devuelve|diarrea|cagalera|heces blandas|caca blanda|no quiere comer|ha dejado de comer|malestar de estomago',
    fr: 'vomi*|diarrhee|selles molles|ne mange plus|ne veut pas manger',
    it: 'vomit*|rigurgit*|diarrea|dissenteria|feci molli|cacca molle|non mangia|non vuole mangiare|ha smesso di mangiare|mal di pancia|mal di stomaco',
    de: 'erbrechen|erbricht|erbrochen|ubergibt sich|hat sich ubergeben|kotzt|durchfall|dunnpfiff|weicher kot|weicher stuhl|frisst nicht|frisst nichts|will nicht fressen|hort auf zu fressen|magen darm|magenverstimmung|bauchschmerzen|bauch schmerzen',
    ca: 'vomit*|vomita|diarrea|caca tova|no vol menjar|ha deixat de menjar',
    pt: 'vomit*|diarreia|coco mole|fezes moles|nao quer comer|deixou de comer|dor de barriga',
    ar: 'استفراغ|ترجيع|يستفرغ|بيستفرغ|اسهال|عنده اسهال|ما بدو ياكل|مش عم ياكل',
  },
  ears: {
    en: 'ear|ears|ear cleaning|ear infection|otitis|shaking his head|shaking her head',
    es: 'oreja*|oido|oidos|otitis|limpieza de oidos',
    fr: 'oreille*|otite*|nettoyage des oreilles',
    it: "orecchio|orecchie|orecchi|pulizia delle orecchie|pulizia orecchie|otite|otiti|infezione all'orecchio|scuote la testa",
    de: 'ohr|ohren|ohrenreinigung|ohren sauber machen|ohrenentzundung|ohrentzundung|otitis|schuttelt den kopf|kratzt sich am ohr',
    ca: 'orella*|oida|oides|otitis',
    pt: 'orelha*|no ouvido|nos ouvidos|dor de ouvido|infecao no ouvido|otite*|limpeza de ouvidos',
    ar: 'اذن|اذنه|اذنها|الاذن|اذان|ودن|ودانه|التهاب الاذن',
  },
  /** A dog on (or off) its leash: how animals wait and move inside. */
  leash: {
    en: 'leash|leashed|unleashed|on a lead|off lead|off the lead|on the lead|harness',
    es: 'correa|con correa|sin correa|atado|atada|arnes',
    fr: 'en laisse|sans laisse|tenu en laisse|tenus en laisse|la laisse|une laisse|harnais',
    it: 'guinzaglio|al guinzaglio|senza guinzaglio|pettorina',
    de: 'leine|an der leine|ohne leine|angeleint|anleinen|leinenpflicht',
    ca: 'corretja|amb corretja|sense corretja|lligat|lligada',
    pt: 'trela|com trela|sem trela|coleira|guia curta',
    ar: 'مربوط|مربوطه|مربوطين|بالحبل|بالسلسله|السلسله|merbout|mrbout',
  },
  /** Horses and their kin: which large animal, so a question about a mare finds the entry about horses, not the one about sheep. */
  horse: {
    en: 'horse|horses|pony|ponies|foal|foals|stallion|donkey*|mule|mules|equine',
    es: 'caballo*|yegua*|potro|potros|poni|ponis|burro*|mula|mulas|equino*',
    fr: 'cheval|chevaux|jument|juments|poulain*|etalon|etalons|poney*|ane|anes|mule|mules|equin*|equide*',
    it: 'cavallo|cavalli|giumenta|giumente|puledro|puledri|pony|asino|asini|mulo|muli|equin*',
    de: 'pferd*|stute|stuten|fohlen|hengst|pony|ponys|esel|maultier*',
    ca: 'cavall*|euga|eugues|poltre|poni|ponis|ruc|rucs|mula|mules',
    pt: 'cavalo*|egua|eguas|potro|potros|pônei|burro*|mula|mulas|equino*',
    ar: 'حصان|خيل|خيول|الخيل|الخيول|فرس|حمار|حمير|الحمير|بغل|بغال|الحصان|7san|l7san',
  },
  boarding: {
    en: 'boarding|board my dog|board my cat|board dogs|board cats|pet hotel|dog hotel|cat hotel|doggy daycare|dog daycare|pet daycare|pet sitting|dog sitting|cat sitting|look after my dog|look after my cat|while i am away|while we are away|holiday care',
    es: 'residencia canina|residencia felina|residencia para perros|guarderia canina|guarderia para perros|hotel para perros|hotel canino|hotel para gatos|cuidar a mi perro|cuidar a mi gato|mientras estoy de vacaciones',
    fr: 'faites pension|faire pension|pension ou garde|pension pour chien*|pension pour chat*|pension pour animaux|en pension|mettre en pension|garde d animaux|garde danimaux|garde des animaux|faire garder|pension canine|pension feline|pension pour chiens|pension pour chats|garderie pour chiens|hotel pour chiens|hotel pour chats|faire garder mon chien|faire garder mon chat|garde de chien|garde de chat|pendant la pension|a la pension|la pension',
    it: 'pensione per cani|pensione per gatti|pensione cani|pensione gatti|pensione per animali|hotel per cani|hotel per gatti|asilo per cani|dog sitter|dogsitter|pet sitter|petsitter|cat sitter|tenere il mio cane|tenere il mio gatto|mentre sono in vacanza|mentre siamo in vacanza',
    de: 'tierpension|hundepension|katzenpension|hundehotel|katzenhotel|tierhotel|hundetagesstatte|hundekita|hundebetreuung|katzenbetreuung|tierbetreuung|tiersitter|hundesitter|katzensitter|pet sitting|dog sitting|wahrend ich im urlaub bin|wahrend wir im urlaub sind|urlaubsbetreuung|auf meinen hund aufpassen|auf meine katze aufpassen',
    ca: 'residencia canina|residencia felina|guarderia canina|hotel per a gossos|hotel per a gats|cuidar el meu gos|cuidar el meu gat|mentre estic de vacances',
    pt: 'hotel para caes|hotel canino|hotel para gatos|creche canina|creche para caes|hospedagem|pet sitting|dog sitting|ficar com o meu cao|ficar com o meu gato|enquanto estou de ferias',
    ar: 'فندق كلاب|نخليه عندكم|نخليها عندكم|تخليو عندكم|نخلي الكلب عندكم|nkhallih 3andkom|nkhalliha 3andkom|katkhliw 3andkom|tkhliw 3andkom|فندق قطط|فندق حيوانات|فندق للكلاب|فندق للقطط|حضانه كلاب|حضانه للكلاب|ايواء',
  },
  /** Travelling or moving abroad with a pet: health certificates, entry rules, flights. */
  /** Big and small dogs, and whether they are kept apart: "me da pánico que lo pongáis con perros grandes". */
  dogSize: {
    en: 'big dogs|large dogs|small dogs|little dogs|big dog|small dog|little dog|large dog|large breed*|small breed*|toy breed*|big breed*',
    es: 'perros grandes|perros pequenos|perro grande|perro pequeno|perros chicos|perro chico|razas grandes|razas pequenas|raza grande|raza pequena|perritos pequenos',
    fr: 'grands chiens|petits chiens|grand chien|petit chien|chiens de grande taille|chiens de petite taille|grand gabarit|petit gabarit|grands gabarits|petits gabarits',
    it: 'cani grandi|cani piccoli|cane grande|cane piccolo|cani di taglia grande|cani di taglia piccola|taglia piccola|taglia grande|piccola taglia|grossa taglia|grande taglia',
    de: 'grosse hunde|kleine hunde|grosser hund|kleiner hund|kleinen hund|grossen hund|kleine rassen|grosse rassen|kleinhund*|grosshund*',
    ca: 'gossos grans|gossos xicotets|gossos petits|gos gran|gos xicotet|gos petit|races grans|races xicotetes|races petites',
    pt: 'caes grandes|caes pequenos|cao grande|cao pequeno|porte grande|porte pequeno|grande porte|pequeno porte|racas grandes|racas pequenas',
    ar: 'كلاب كبيره|كلاب صغيره|كلب كبير|كلب صغير|الكلاب الكبيره|الكلاب الصغيره',
  },
  /** A bitch in season (in heat): groomers and boarding take her at set times, if at all. */
  inSeason: {
    en: 'in season|into season|in heat|on heat|her season|her heat|in her season',
    es: 'en celo|el celo|su celo|entrar en celo|entra en celo',
    fr: 'en chaleur|en chaleurs|ses chaleurs|chaleurs',
    it: 'in calore|in estro|il calore|i calori',
    de: 'laufig*|laufigkeit|hitzig',
    ca: 'en zel|el zel|amb el zel',
    pt: 'no cio|com o cio|o cio|entrar no cio',
    ar: 'فترة التزاوج|فترة الشبق|في الشبق|في الحرارة',
  },
  /** Hand stripping (trimming) a wire coat: a grooming service of its own. */
  handStripping: {
    en: 'hand stripping|hand strip|hand stripped|handstrip*|hand-stripping|coat stripping|strippin*',
    es: 'strippin*|deslanado|deslanar|trimming|depilacion manual|depilado a mano|depilacion a mano',
    fr: 'strippin*|trimming|trimmage|epilation a la main|epiler a la main|epilation manuelle',
    it: 'strippin*|trimming|strippaggio|trimmaggio|stripping a mano',
    de: 'trimmen|trimmung|getrimmt|handtrimmen|handtrimming|trimming|strippin*',
    ca: 'strippin*|trimming|depilacio a ma|depilacio manual|stripping a ma',
    pt: 'strippin*|trimming|depilacao manual|depilacao a mao|stripping a mao',
    ar: 'stripping|trimming',
  },
  petTravel: {
    en: 'travel abroad|travelling abroad|traveling abroad|travel with my dog|travel with my cat|fly with my dog|fly with my cat|flying with my dog|flying with my cat|moving abroad|move abroad|moving back to|relocating|relocate|emigrating|health certificate|travel certificate|export certificate|pet passport|rabies titre|rabies titer|titer test|entry requirements',
    es: 'viajar al extranjero|viaje al extranjero|nos mudamos a|me mudo a|mudarme a|mudarnos a|mudanza al extranjero|certificado de salud|certificado sanitario|certificado de viaje|viajar con mi perro|viajar con mi gato|volar con mi perro|volar con mi gato|pasaporte de mascota',
    fr: "voyager a l'etranger|voyage a l'etranger|partir a l'etranger|demenager a l'etranger|on demenage|nous demenageons|certificat de sante|certificat sanitaire|certificat de voyage|voyager avec mon chien|voyager avec mon chat|prendre l'avion avec",
    it: "viaggiare all'estero|viaggio all'estero|trasferirci all'estero|ci trasferiamo|trasloco all'estero|certificato sanitario|certificato di salute|certificato di viaggio|viaggiare con il cane|viaggiare con il gatto|in aereo con",
    de: 'ins ausland|auslandsreise|ferien im ausland|urlaub im ausland|auswandern|wir ziehen nach|umzug ins ausland|gesundheitszeugnis|gesundheitszugnis|gsundheitszugnis|reisezeugnis|amtstierarzt*|einreisebestimmungen|einreise|ausreise|reisen mit hund|reisen mit katze|mit dem flugzeug|fliegen mit',
    ca: "viatjar a l'estranger|viatge a l'estranger|ens mudem|certificat sanitari|certificat de salut|viatjar amb el gos|viatjar amb el gat|en avio amb",
    pt: 'viajar para o estrangeiro|viajar para fora|viagem ao estrangeiro|vamos mudar para|mudanca para o estrangeiro|certificado de saude|certificado sanitario|atestado de saude|viajar com o cao|viajar com o gato|viajar com o cachorro|viajar de aviao com',
    ar: 'السفر مع|نسافر مع|شهاده صحيه|شهاده بيطريه|السفر للخارج|نسافر للخارج|برا البلاد|certificat sanitaire|nsafer m3a',
  },
  /** A cat's litter and its tray: what the customer's cat will only use. */
  catLitter: {
    en: 'litter|cat litter|litter box|litter tray|clumping|kitty litter',
    es: 'arena para gatos|arena del gato|arena aglomerante|arenero|bandeja de arena|tipo de arena|que arena',
    fr: 'litiere|litieres|bac a litiere|litiere agglomerante',
    it: 'lettiera|lettiere|sabbietta|sabbia per gatti|lettiera agglomerante',
    de: 'katzenstreu|streu|katzenklo|klumpstreu|katzentoilette',
    ca: 'sorra per a gats|sorra del gat|safata de sorra|quina sorra',
    pt: 'areia|areia para gatos|areia do gato|caixa de areia|liteira|areia aglomerante',
    ar: 'رمل القطط|رمل القط|صندوق الرمل|litiere|sable',
  },
  /** The animal's own things brought along: a blanket, a bed, a favourite toy. */
  comfortItems: {
    en: 'his toy|her toy|his toys|her toys|favourite toy|favorite toy|blanket|his blanket|her blanket|his bed|her bed|own bed|teddy|plushie|stuffed toy',
    es: 'juguete|juguetes|mantita|su manta|camita|su cama|peluche|su peluche',
    fr: 'jouet|jouets|doudou|sa couverture|couverture|plaid|son panier|son coussin|peluche',
    it: 'giocattolo|giocattoli|giochino|giochini|copertina|coperta|cuccia|la sua cuccia|peluche|topolino di pezza|pupazzo',
    de: 'spielzeug|lieblingsspielzeug|kuscheltier|decke|seine decke|ihre decke|korbchen|kuschelkissen',
    ca: 'joguina|joguines|manteta|la seva manta|el seu llit|peluix',
    pt: 'brinquedo|brinquedos|mantinha|manta|cobertor|caminha|peluche|pelucia',
    ar: 'لعبته|لعبتها|بطانيه|بطانيته',
  },
  /**
   * An animal that lives indoors and never goes out: an indoor cat ("precisa vacinar se a gata nunca sai?"). The
   * animal is named: "já não sai de casa" of an elderly mother is no indoor pet.
   */
  indoorPet: {
    en: 'indoor cat|indoor cats|indoor only cat|indoor pet|indoor dog|house cat|cat never goes out|cat never goes outside|cat does not go out|cat doesnt go out|cat never leaves the house|cat stays indoors',
    es: 'gato de interior|gata de interior|gato casero|gata casera|gato de casa|gata de casa|gato de piso|gata de piso|gato nunca sale|gata nunca sale|gatito nunca sale|gato no sale|gata no sale',
    fr: 'chat d interieur|chatte d interieur|chat d appartement|chatte d appartement|chat interieur|chatte interieur|chat appartement|chatte appartement|chat qui ne sort jamais|chat ne sort jamais|chatte ne sort jamais',
    it: 'gatto di casa|gatta di casa|gatto da appartamento|gatta da appartamento|gatto non esce mai|gatta non esce mai|gatto indoor',
    de: 'wohnungskatze|wohnungskatzen|wohnungskater|kein freiganger|keine freigangerin|reine wohnungshaltung|katze geht nie raus',
    ca: 'gat d interior|gata d interior|gat de pis|gata de pis|gat no surt mai|gata no surt mai|gat no surt de casa|gata no surt de casa',
    pt: 'gato de interior|gata de interior|gato de apartamento|gata de apartamento|gato caseiro|gata caseira|gato nunca sai|gata nunca sai|gatinho nunca sai|gatinha nunca sai|gato nao sai|gata nao sai',
    ar: 'قطه بيتيه|قط بيتي|القطه ما بتطلع|القطه ما تطلع|قطتي ما تطلع|قطتي ما بتطلع|chat d interieur',
  },
  /**
   * Sharks met in the sea (a dive centre's, a snorkel trip's "are there sharks?"). Arabic "قرش" alone is also a coin
   * (Egyptian and Levantine "قروش", money): only with the fish, the sea, or asked whether there are any.
   */
  sharks: {
    en: 'shark|sharks',
    es: 'tiburon|tiburones',
    fr: 'requin|requins',
    it: 'squalo|squali',
    de: 'haie|haien|haifisch*|gibt es hai|einen hai|ein hai',
    ca: 'tauro|taurons',
    pt: 'tubarao|tubaroes',
    ar: 'سمك القرش|اسماك القرش|سمكه قرش|سمكه القرش|قرش البحر|قروش البحر|قروش في البحر|قروش فالبحر|قروش بالبحر|فيه قروش|في قروش|كاين القرش|requin|requins|shark|sharks|2ersh|2irsh',
  },
} satisfies PhraseTable<string>;
