/**
 * Concepts of a practice's everyday questions that the desk, care and
 * service tables do not name: what a clinic asks for (a referral), what
 * to wear, treatments of physiotherapy (needling, rehabilitation after
 * surgery), what a laser clinic must know (tattoos, fasting, hormones, a
 * period), and a groomer's (several animals, anal glands, cages, a dog
 * that bites). Each in every language, with the forms people type. See
 * phrases.ts for the syntax.
 */
import type { PhraseTable } from './phrases.js';

export const PRACTICE_CONCEPTS = {
  referral: {
    en: 'discharge letter|discharge summary|discharge report|discharge papers|referral|referred|refer me|prescription|doctors note|doctor note|gp letter|note from my doctor|need a letter|prescribe|prescribes|prescribed|prescribing',
    es: 'informe del alta|informe de alta|informe medico|receta|volante|derivacion|prescripcion|me derive|me deriven|orden medica|pedido medico|informe del medico|volante del medico|recetar|recetarme|recetado',
    fr: 'lettre de sortie|compte rendu de sortie|bulletin de sortie|compte rendu d hospitalisation|ordonnance|prescription|lettre du medecin|mot du medecin|prescrire|prescrit|prescrite',
    it: 'lettera di dimissione|lettera di dimissioni|impegnativa|ricetta|prescrizione|richiesta del medico|certificato medico|lettera del medico|invio del medico|prescrivere|prescrive|prescritto|prescritta',
    de: 'entlassungsbrief|entlassbrief|entlassungsbericht|uberweisung|rezept|verordnung|heilmittelverordnung|arztbrief|attest|arztliche bescheinigung|schreiben vom arzt|verschreiben|verschreibt|verschrieben',
    ca: 'informe d alta|informe medic|recepta|volant|derivacio|prescripcio|paper del metge',
    pt: 'relatorio de alta|nota de alta|carta de alta|relatorio medico|prescricao|receita|credencial|encaminhamento|pedido medico|pedido do medico|requisicao medica|guia medica|receitar|receitou',
    ar: 'تقرير الخروج|ورقه الخروج|وصفه|وصفه طبيه|ورقه من الدكتور|تقرير طبي|rousheta|roshetta|wasfe|wasfa|ordonnance|اوردونانس|لوردونانس|اوردونونس|لوردونونس|روشيته|روشته|ورقه من الطبيب|ورقه ديال الطبيب|ورقه من عند الطبيب|wra9a dyal tbib|wra9a mn tbib|wra9a mn 3nd tbib',
  },
  clothing: {
    en: 'wear|wearing|clothes|clothing|outfit|=shorts|leggings|gown|undress|get changed|changing room|what to wear|what do i wear|what should we wear|t shirt|t shirts|tshirt',
    es: 'ropa|llevar puesto|que me pongo|ponerme|vestir|vestido|pantalon corto|pantalones cortos|chandal|desvestir*|cambiarme|que nos ponemos|que ponerse|como vestirse|como ir vestido|camiseta de manga corta',
    fr: 'porter|vetement*|tenue|=habits|habille|habillee|habilles|habillees|m habiller|s habiller|un short|en short|mon short|des shorts|legging*|deshabill*|me changer|vestiaire|quoi mettre|que mettre|on met quoi|je mets quoi|t shirt|tee shirt',
    it: 'indossare|vestiti|abbigliamento|pantaloncini|leggings|camice|spogliarmi|spogliarsi|cambiarmi|spogliatoio|cosa mi metto|cosa mettere|cosa ci mettiamo|come vestirsi|come ci vestiamo|maglietta|maglietta a maniche corte',
    de: 'anziehen|tragen|kleidung|klamotten|shorts|leggings|kittel|ausziehen|umziehen|umkleide|zieht man an|ziehe ich an|ziehen wir an|t shirt|t shirts',
    ca: 'roba|portar posat|que em pose|posar me|vestir|pantalons curts|xandall|despullar*|canviar me|que em poso|que ens posem|com vestir se|samarreta',
    pt: 'roupa|roupas|vestir|que levo|o que levar|calcoes|calcao|fato de treino|leggings|despir*|trocar de roupa|balneario|vestiario|o que visto|o que vestir|que roupa|t shirt|camiseta|camisola de manga curta',
    ar: 'ملابس|البس|لبس|تلبس|يلبس|تلبسين|تلبسون|يلبسون|نلبسو|يلبسو|تلبسو|شو البس|تياب|shu elbos|shu elbas|tyeb|malabes|lebes|نلبس|شنلبس|شنو نلبس|شنوة نلبس|حوايج|حوايجي|nelbes|nalbes|nlbes|n3ammer|7weyej|7wayej|شو نلبس|شو لازم نلبس|تيشيرت|تي شيرت',
  },
  /**
   * A head covering worn for faith: at a photo studio (an ID photo with it), a salon or a spa (a private room),
   * a gym or a pool. Not a bride's veil (en "veil", fr "voile de mariée", it "velo da sposa"), nor a
   * handkerchief (es "pañuelo", ca "mocador" alone).
   */
  headscarf: {
    en: 'hijab*|shayla|shaylas|headscarf|headscarves|head scarf|head scarves|head covering|head coverings|headcovering|niqab|turban|turbans|wear a scarf|wearing a scarf',
    es: 'hijab*|hiyab|panuelo en la cabeza|panuelo islamico|velo islamico|con velo|con el velo|niqab|turbante',
    fr: 'hijab*|foulard|=voilee|=voilees|porte le voile|je porte le voile|avec le voile|avec mon voile|avec un voile|sans mon voile|enlever le voile|enlever mon voile|niqab|turban',
    it: 'hijab*|velo islamico|con il velo|col velo|il mio velo|togliere il velo|foulard|niqab|turbante',
    de: 'hijab*|kopftuch|kopftucher|kopftuchs|kopfbedeckung|kopfbedeckungen|niqab|turban',
    ca: 'hijab*|mocador al cap|mocador islamic|vel islamic|amb el vel|niqab|turbant',
    pt: 'hijab*|lenco na cabeca|lenco islamico|veu islamico|com o veu|com veu|niqab|turbante',
    ar: 'حجاب|الحجاب|بالحجاب|حجابي|محجبه|محجبات|لابسه حجاب|نقاب|منقبه|الشيله|شيلتي|طرحه|الطرحه|hijab|7ijab|mo7ajaba|m7ajba|mu7ajjaba',
  },
  needling: {
    en: 'dry needling|needling|needles|needle',
    es: 'puncion seca|puncion|agujas|aguja',
    fr: 'dry needling|puncture seche|aiguilles|aiguille',
    it: 'dry needling|aghi|ago',
    de: 'dry needling|nadeln|nadel',
    ca: 'puncio seca|puncio|agulles|agulla',
    pt: 'agulhamento|agulhamento seco|puncao seca|agulhas|agulha',
    ar: 'ابر|الابر|وخز|الوخز بالابر|ibar|ebar',
  },
  /** Acupuncture (traditional, Chinese): an offering of its own, which dry needling is not. */
  acupuncture: {
    en: 'acupuncture|acupuncturist|accupuncture|acupunture|acupunctur*',
    es: 'acupuntura|acupuntor*|acupunctura',
    fr: 'acupuncture|acupuncteur|acupunctrice|acuponcture|acuponcteur',
    it: 'agopuntura|agopuntore|agopuntrice|agopuntor*|acupuntura',
    de: 'akupunktur|akupunkteur*|akkupunktur|akupunktieren|akupunktiert|ohrakupunktur',
    ca: 'acupuntura|acupuntor*|acupuntura xinesa',
    pt: 'acupunctura|acupuntura|acupunctor*|acupuntor*',
    ar: 'الوخز بالابر الصينيه|الابر الصينيه|ابر صينيه|الإبر الصينية|acupuncture|ibar sinia|ebar siniya',
  },
  /** Ear acupuncture and the seeds or tiny studs taped to the ear (auriculotherapy). */
  earSeeds: {
    en: 'ear seeds|seeds on my ear|seeds on the ear|seeds in my ear|auriculotherapy|auricular therapy|ear acupuncture|ear acupressure|ear tacks',
    es: 'semillas en la oreja|semillas de la oreja|semillitas en la oreja|auriculoterapia|acupuntura auricular|semillas auriculares',
    fr: 'graines sur l oreille|graines sur oreille|graines a l oreille|graines dans l oreille|auriculotherapie|acupuncture auriculaire',
    it: 'semi sull orecchio|semi sull orecchio|semini sull orecchio|semi auricolari|auricoloterapia|agopuntura auricolare',
    de: 'ohrsamen|samen am ohr|samen aufs ohr|samen auf dem ohr|ohrakupunktur|aurikulotherapie|ohrakupressur|dauernadeln im ohr',
    ca: 'llavors a l orella|llavors a orella|auriculoterapia|acupuntura auricular',
    pt: 'sementes na orelha|sementes da orelha|sementinhas na orelha|auriculoterapia|acupunctura auricular|acupuntura auricular',
    ar: 'بذور على الاذن|بذور في الاذن|وخز الاذن|العلاج بالاذن',
  },
  /** Kinesiology tape and functional strapping, a physiotherapy technique. */
  taping: {
    en: 'taping|kinesiotap*|kinesio tape|kinesio tapes|kinesio taping|k tape|kt tape|kinesiology tape|sports tape|strapping|tape|taped|tape it',
    es: 'vendaje neuromuscular|vendaje funcional|vendajes funcionales|vendaje|vendajes|kinesiotap*|kinesio tape|kinesio tapes|kinesio taping|taping|cinta kinesiologica|cintas kinesiologicas',
    fr: 'taping|strapping|bande kinesio|bandes kinesio|bandage neuromusculaire|bandage fonctionnel|contention adhesive|kinesiotap*|kinesio tape|kinesio tapes|kinesio taping|strap',
    it: 'taping|kinesiotap*|kinesio tape|kinesio tapes|kinesio taping|bendaggio funzionale|bendaggi funzionali|bendaggio neuromuscolare|cerotti kinesiologici|nastro kinesiologico|tape',
    de: 'tape|tapen|getaped|getapt|taping|tapeverband|kinesiotap*|kinesio tape|kinesio tapes|kinesio taping|funktioneller verband|sporttape',
    ca: 'embenat neuromuscular|embenat funcional|embenats funcionals|kinesiotap*|kinesio tape|kinesio tapes|kinesio taping|taping|cinta kinesiologica',
    pt: 'ligadura funcional|ligaduras funcionais|ligadura neuromuscular|ligaduras|kinesiotap*|kinesio tape|kinesio tapes|kinesio taping|taping|bandagem funcional|fita kinesio|tape',
    ar: 'تايب|التايب|شريط لاصق|الشريط اللاصق|كينيزيو تايب|taping|strapping',
  },
  surgery: {
    en: 'surgery|operation|operated|post op|post-op|postoperative|hip replacement|joint replacement|knee replacement|rehab|rehabilitation|recovering from',
    es: 'cirugia|operacion|operado|operada|operaron|me operaron|postoperatorio|protesis|rehabilitacion|rehab',
    fr: 'chirurgie|operation|opere|operee|postoperatoire|post operatoire|prothese|reeducation|rehabilitation',
    it: 'intervento|operazione|operat*|post operatori*|protesi d anca|protesi al ginocchio|riabilitazione|recupero dopo',
    de: 'operation|operiert|op|nach der op|postoperativ|huft op|huftprothese|knieprothese|reha|rehabilitation|nach einer operation',
    ca: 'cirurgia|operacio|operat|operada|em van operar|postoperatori|protesi|rehabilitacio',
    pt: 'cirurgia|operacao|operado|operada|fui operad*|pos operatorio|pos-operatorio|pos cirurgia|protese|reabilitacao',
    ar: 'عمليه|عملية جراحيه|جراحه|بعد العمليه|تأهيل|اعاده تأهيل|3amali*|l3amali*|el3amali*|jira7a',
  },
  tattoo: {
    en: 'tattoo*|tatoo*|tatto|ink|inked|get inked|tat|tats|tatt|tatts|tattooed|sleeve tattoo',
    es: 'tatua*|tattoo*|tatoo*|tatu|tatus|tatuaje*',
    fr: 'tatou*|tattoo*|tatoo*|tatouages|tatouer',
    it: 'tatua*|tattoo*|tatoo*|tatuatore|tatuatrice',
    de: 'tattoo*|tatoo*|tatowier*|tattowier*|tattoowieren|tatowierung*|tattoowierung*|tatoo|tattoos',
    ca: 'tatua*|tattoo*|tatoo*',
    pt: 'tatua*|tattoo*|tatoo*|tatu|tatuagem|tatuagens|tatuador|tatuadora',
    ar: 'تاتو|وشم|tattoo|tatu|washm|wishm|تاتواج|tatouage|tatwaj',
  },
  fasting: {
    // "fasting" only as written: its stem is "fast", which is quick ("how fast do I get them").
    en: '=fasting|=fasted|need to fast|have to fast|should i fast|must i fast|do i fast|to fast before|fast beforehand|fast for|hours fast|hour fast|hours of fasting|fast needed|ramadan|ramadhan|nothing to eat|no food|empty stomach|empty belly|empty tummy|stop eating|withhold food|without eating|no breakfast|nil by mouth',
    es: 'ayuno|ayunando|en ayunas|ramadan|sin comer|sin desayunar|estomago vacio|panza vacia|barriga vacia|dejar de comer',
    fr: 'jeune|jeuner|a jeun|ramadan|sans manger|estomac vide|ventre vide|le ventre vide|pas de croquettes|sans petit dejeuner|sans dejeuner',
    it: 'digiuno|digiunare|a digiuno|ramadan|senza mangiare|stomaco vuoto|pancia vuota|a pancia vuota|niente cibo|senza colazione',
    de: 'fasten|faste|ramadan|nuchtern|nichts essen|nichts fressen|leerer magen|leerem magen|mit leerem magen|kein futter|kein fruhstuck|ohne fruhstuck',
    ca: 'dejuni|dejunant|en dejuni|ramada|ramadan|sense menjar|estomac buit|panxa buida|sense esmorzar',
    pt: 'jejum|jejuar|em jejum|ramadao|ramadan|sem comer|estomago vazio|barriga vazia|deixar de comer|sem tomar cafe',
    ar: 'صايم|صايمه|صائم|صائمه|صيام|صوم|رمضان|sayem|sayme|sayma|saymeh|siyam|ramadan|ramadhan|بلا ماكله|بدون اكل|معده فارغه|bla makla|a jeun|عالريق|على الريق|ع الريق|على ريق|ما افطر|ما نفطر|بلا فطور|بدون فطور|من غير فطار|من غير فطور|3al ri2|3a ri2|3ala ri2|3ar ri2|3la ri9|3la ri9i|3al ri9|3al ri9i|3a ri9|3ala ri9|3ar ri9|على ريقي|عالريق متاعي|bala ftour|bdoun ftour|ma aftar|ma afta6er',
  },
  /**
   * A full bladder for a scan, and whether to pee before it ("vessie pleine", "vescica piena", "volle Blase",
   * "can I pee before?"): how a pelvic or a bladder ultrasound is prepared. "Pee", "pipi", "bladder" alone are left
   * out (a dog that pees on the floor, bladder leaks, a urine test): only the bladder full or the peeing before.
   */
  fullBladder: {
    en: 'full bladder|bladder full|bladder to be full|bladder needs to be full|fill my bladder|fill the bladder|hold my pee|hold my wee|hold my bladder|pee before|wee before|urinate before|go to the toilet before|empty my bladder|empty the bladder|not urinate|not to urinate|not pee|not to pee',
    es: 'vejiga llena|con la vejiga llena|llenar la vejiga|orinar antes|hacer pis antes|hacer pipi antes|no orinar|sin orinar|aguantar el pis|aguantar las ganas de orinar|vaciar la vejiga|ir al bano antes',
    fr: 'vessie pleine|la vessie pleine|vessie remplie|remplir la vessie|uriner avant|faire pipi avant|pipi avant|ne pas uriner|sans uriner|pas uriner|vider la vessie|aller aux toilettes avant|retenir mon pipi',
    it: 'vescica piena|la vescica piena|riempire la vescica|fare pipi prima|fare la pipi prima|pipi prima|urinare prima|non urinare|senza urinare|trattenere la pipi|svuotare la vescica|andare in bagno prima',
    de: 'volle blase|voller blase|blase voll|volle harnblase|blase fullen|vorher pinkeln|vorher auf die toilette|vorher aufs klo|nicht pinkeln|nicht urinieren|blase leeren|blase entleeren',
    ca: 'bufeta plena|la bufeta plena|omplir la bufeta|orinar abans|fer pipi abans|pixar abans|no orinar|sense orinar|aguantar el pipi|buidar la bufeta|anar al lavabo abans',
    pt: 'bexiga cheia|a bexiga cheia|encher a bexiga|urinar antes|fazer xixi antes|xixi antes|nao urinar|sem urinar|segurar o xixi|esvaziar a bexiga|ir a casa de banho antes|ir ao banheiro antes',
    ar: 'مثانه ممتلئه|المثانه ممتلئه|المثانه عامره|مثانه عامره|المثانه عامرة|ما ندخلش للمرحاض|لا تدخلي المرحاض|ولا تدخلي المرحاض|نبول قبل|vessie pleine|mathana 3amra|lmathana 3amra',
  },
  /**
   * Water to drink, and how much of it (before a scan, in a class, on a hike): "how much water", "buvez un litre
   * d'eau", "quanta acqua devo bere", "ein Glas Wasser". Water alone is left out (a pool's, a phone dropped in it,
   * hot water at a spa).
   */
  drinkWater: {
    en: 'drink water|drinking water|drink some water|drink a lot of water|glass of water|litre of water|liter of water|bottle of water|water bottle|how much water|still water|plain water',
    es: 'beber agua|tomar agua|litro de agua|vaso de agua|botella de agua|cuanta agua|agua sin gas',
    fr: "boire de l'eau|boire un peu d'eau|litre d'eau|verre d'eau|bouteille d'eau|combien d'eau|eau plate",
    it: "bere acqua|bere l'acqua|bere dell'acqua|quanta acqua|litro d'acqua|litro di acqua|bicchiere d'acqua|bottiglia d'acqua|acqua naturale",
    de: 'wasser trinken|liter wasser|glas wasser|flasche wasser|wieviel wasser|wie viel wasser|stilles wasser',
    ca: "beure aigua|litre d'aigua|got d'aigua|ampolla d'aigua|quanta aigua|aigua sense gas",
    pt: 'beber agua|litro de agua|copo de agua|garrafa de agua|quanta agua|agua sem gas',
    ar: 'نشرب الماء|شرب الماء|نشرب الما|لتر من الماء|لترا من الماء|لتر ديال الما|كاس ديال الما|كاس ماء|قنينه ديال الما|قنينه ماء|nchreb lma|kass dyal lma',
  },
  /**
   * A video taken or given ("do you give a video of the scan?", "on peut filmer ?", "ein Video vom Ultraschall"):
   * a recording, not a video call (the visit table's remoteConsultation holds those phrases).
   */
  video: {
    en: 'video|videos|a video|film it|record a video|video of|filmed|filming|record it|get it on video|gopro',
    es: 'video|videos|un video|grabar un video|grabar video|filmar|grabar|grabarlo|grabarla|grabar el vuelo|grabacion|grabaciones|me graben|nos graben',
    fr: 'video|videos|une video|filmer|faire une video|filme|tourner une video|gopro',
    it: 'video|un video|filmato|filmati|filmare|fare un video|registrare il volo|filmarlo|filmarla',
    de: 'video|videos|ein video|filmen|aufzeichnen|gefilmt',
    ca: 'video|videos|un video|gravar un video|filmar|gravar|gravar-ho|gravacio|gravacions',
    pt: 'video|videos|um video|gravar um video|filmar|gravar|gravacao|gravacoes|me gravem',
    ar: 'فيديو|فيديوهات|الفيديو|فيديوات|video|fidyo|vidyo',
  },
  /** Breaking the fast at sunset in Ramadan, and the visits after it: "después del ftour", "after iftar", "بعد الإفطار". */
  iftar: {
    en: 'iftar|ftour|break the fast|breaking the fast|breaks the fast|broken the fast',
    es: 'iftar|ftour|ftur|romper el ayuno|rompe el ayuno|romper ayuno',
    fr: 'iftar|ftour|f tour|rupture du jeune|rompre le jeune|casser le jeune|coupure du jeune',
    it: 'iftar|rottura del digiuno|rompere il digiuno',
    de: 'iftar|fastenbrechen|fastenbrechens|das fasten brechen',
    ca: 'iftar|ftour|trencar el dejuni|ruptura del dejuni',
    pt: 'iftar|quebra do jejum|quebrar o jejum',
    ar: 'الافطار|افطار|افطار رمضان|iftar|mn ba3d lftour|b3d lftour|ba3d lftour|ftour ramadan',
  },
  hormones: {
    en: 'hormone*|hormonal|pcos|polycystic|ovaries|ovary|thyroid',
    es: 'hormona*|hormonal*|ovario*|poliquistic*|sop|tiroides',
    fr: 'hormone*|hormonal*|ovaire*|polykystique*|sopk|thyroide',
    it: 'ormon*|ovaio policistico|pcos|ovaie|ovaio|tiroide',
    de: 'hormon*|pcos|polyzystisch*|eierstocke|schilddruse',
    ca: 'hormona*|hormonal*|ovari*|poliquistic*|tiroide',
    pt: 'hormona*|hormonio*|hormonal*|ovario*|policistic*|sop|tiroide',
    ar: 'هرمون|هرمونات|هرموني|تكيس|تكيس المبايض|مبايض|الغده الدرقيه|hormonat',
  },
  menstruation: {
    en: 'on my period|my period|periods|period pain|menstruation|menstruating|time of the month|ive just come on|i ve just come on|just come on my|just started my period|aunt flo|on my cycle|on the blob',
    es: 'regla|con la regla|menstruacion|menstruando|menstrual',
    fr: 'regles|mes regles|menstruation*|indisposee',
    it: 'ciclo mestruale|mestruazioni|mestruo|ho il ciclo|dolori mestruali|le mie cose',
    de: 'periode|meine tage|menstruation|regelblutung|regelschmerzen|periodenschmerzen',
    ca: 'regla|amb la regla|menstruacio|menstrual',
    pt: 'menstruada|menstruacao|menstruar|menstrual|naqueles dias',
    ar: 'الدوره الشهريه|دوره شهريه|حيض|الحيض|عندي الدوره|dawra shahriye|اجتني الدوره|اجتني الدوره الشهريه|جاتني الدوره|اجاتني الدوره|اجت الدوره|اجتها الدوره|نزلت الدوره|نزلتلي الدوره|علي الدوره|عليا الدوره|وانا بالدوره|وانا عليي الدوره|ijatni el dawra|2ijatni el dawra|jatni el dawra|ejatni el dawra|2ajatni el dawra|nezlet el dawra|3alayi el dawra|3alayye el dawra|3layi el dawra|ma3i el dawra|3andi el dawra',
  },
  multiplePets: {
    en: 'two dogs|2 dogs|two cats|2 cats|both dogs|both my dogs|second dog|second pet|multiple pets|several dogs|dogs together',
    es: 'dos perros|2 perros|dos gatos|2 gatos|los dos perros|el segundo perro|varios perros|perros juntos',
    fr: 'deux chiens|2 chiens|deux chats|2 chats|mes deux chiens|plusieurs chiens|deuxieme chien|second chien',
    it: 'due cani|2 cani|due gatti|2 gatti|entrambi i cani|secondo cane|piu animali|diversi cani|cani insieme',
    de: 'zwei hunde|2 hunde|zwei katzen|2 katzen|beide hunde|zweiter hund|mehrere tiere|mehrere hunde|hunde zusammen',
    ca: 'dos gossos|2 gossos|dos gats|2 gats|els dos gossos|el segon gos|diversos gossos',
    pt: 'dois caes|2 caes|dois cachorros|2 cachorros|dois gatos|2 gatos|os dois cachorros|segundo cao|segundo cachorro|varios caes',
    ar: 'كلبين|قطتين|اكثر من كلب|كلبين مع بعض|kalbein|kalbeen|2 kleb',
  },
  glands: {
    en: 'anal gland*|gland|glands|scooting|scoots|dragging his butt|dragging her butt|drags his bum|drags her bum|bum on the floor',
    es: 'glandula*|glandulas anales|se arrastra|arrastra el culo|arrastra el trasero',
    fr: 'glande*|glandes anales|se frotte les fesses|traine les fesses|traine son derriere',
    it: 'ghiandole anali|ghiandola|ghiandole|si trascina sul sedere|striscia il sedere|sedere per terra',
    de: 'analdrusen|analdruse|druse|drusen|schlittenfahren|rutscht auf dem po|po uber den boden',
    ca: 'glandul*|glandules anals|arrossega el cul',
    pt: 'glandula*|glandulas anais|arrasta o bumbum|arrasta o rabo|se arrasta',
    ar: 'غدد|الغدد|الغدد الشرجيه|يجر مؤخرته',
  },
  cage: {
    en: 'cage|cages|caged|crate|crates|crated|kennel|kennels|cat carrier|pet carrier|dog carrier|the carrier|his carrier|her carrier|a carrier|travel box|transport box',
    es: 'jaula|jaulas|enjaulad*|transportin*|transportadora|caseta|casetas',
    fr: 'cage|cages|caisse|caisses|enferme*|caisse de transport|cage de transport|panier de transport|sac de transport|boite de transport',
    it: 'gabbia|gabbie|trasportin*|box|recinto|pensione per cani|borsa per il trasporto',
    de: 'kafig|box|hundebox|transportbox|transportkorb*|katzenkorb|katzenbox|transportchorbli|zwinger*|kennel',
    ca: 'gabia|gabies|engabiat*|transporti*|transportin*|caseta',
    pt: 'gaiola|gaiolas|jaula|jaulas|engaiolad*|enjaulad*|caixa de transporte|transportadora|bolsa de transporte|=canil|=canis',
    ar: 'قفص|اقفاص|بالقفص|كنل|2afas|afas|a2fas|صندوق النقل|sac de transport|caisse de transport',
  },
  aggressive: {
    en: 'aggressive|aggression|bites|bite|biting|bitey|snappy|snaps|nippy|nips|reactive|growls|growling|difficult dog',
    es: 'agresiv*|muerde|morder|mordio|bravo|brava|mordedor*|grune|grunir|reactiv*',
    fr: 'agressi*|mord|mordre|morsure|grogne|grogner|reactif|reactive',
    it: 'aggressiv*|morde|mordere|morso|ringhia|ringhiare|reattivo|reattiva|cane difficile',
    de: 'aggressiv*|beisst|beissen|gebissen|schnappt|knurrt|knurren|reaktiv|schwieriger hund',
    ca: 'agressiu|agressiva|agressivitat|mossega|mossegar|grunyeix|reactiu|reactiva',
    pt: 'agressiv*|morde|morder|mordeu|bravo|brava|rosna|rosnar|reativ*',
    ar: 'عدواني|عدوانيه|يعض|بيعض|عضاض|شرس|شرسه|bi3od|y3od|3odwani',
  },
  /**
   * A customer's records from a previous practice: the medical history, the old papers, the file. Not the
   * vaccination card alone (`vaccine`) nor an identity document (`documents`).
   */
  medicalRecords: {
    en: 'records|medical records|vet records|old records|previous records|his records|her records|the records|medical history|health history|medical file|the papers|his papers|her papers|old papers|medical papers|paperwork from',
    es: '=records|historial|historial medico|historial clinico|historia clinica|expediente|expediente medico|los papeles|sus papeles|papeles de|papeles del|informes medicos',
    fr: 'dossier medical|son dossier|le dossier|ancien dossier|historique medical|antecedents|comptes rendus|les papiers|ses papiers',
    it: 'cartella clinica|cartella medica|storia clinica|documentazione clinica|referti|vecchi referti|i documenti clinici|le carte',
    de: 'krankenakte|patientenakte|die akte|seine akte|ihre akte|befunde|vorbefunde|alte befunde|krankengeschichte|alte unterlagen|die unterlagen',
    ca: 'historial|historial medic|historia clinica|expedient|informes medics|els papers|els seus papers',
    pt: 'historico|historico medico|historico clinico|prontuario|ficha clinica|registos|registros|relatorios medicos|os papeis|papeis do',
    ar: 'الملف الطبي|ملف طبي|ملفه الطبي|ملفها الطبي|السجل الطبي|سجل طبي|سجلات طبيه|السجلات|التقارير الطبيه|تقارير طبيه|التاريخ الطبي|التاريخ المرضي|الاوراق القديمه|ورقه من الدكتور|records|dossier medical',
  },
  /**
   * An animal that hides or cannot be caught when someone comes (under the bed, behind the sofa). Not "hide" alone
   * (hiding a piercing, a scar: `hidePiercing` and others).
   */
  hiding: {
    en: '=hides|hides under|hiding under|hide under|hid under|hides from|hiding from|goes into hiding|vanishes|disappears under|under the bed|under the couch|under the sofa|behind the couch|behind the sofa|cant catch her|cant catch him|wont come out',
    es: 'se esconde|se escondio|se escondio debajo|escondido|escondida|debajo de la cama|debajo del sofa|bajo la cama|detras del sofa|no puedo agarrarlo|no puedo agarrarla|no lo puedo agarrar|no la puedo agarrar',
    fr: 'se cache|se cachent|cache sous|cachee sous|sous le lit|sous le canape|derriere le canape|je n arrive pas a l attraper|impossible de l attraper',
    it: 'si nasconde|si nascondono|nascosto sotto|nascosta sotto|sotto il letto|sotto il divano|dietro il divano|non riesco a prenderlo|non riesco a prenderla',
    de: 'versteckt sich|verstecken sich|verkriecht sich|unter dem bett|unters bett|unter dem sofa|unters sofa|hinter dem sofa|lasst sich nicht fangen|kann ihn nicht fangen|kann sie nicht fangen',
    ca: '=amaga|=amaguen|amagat sota|amagada sota|sota el llit|sota el sofa|darrere el sofa|no el puc agafar|no la puc agafar',
    pt: 'se esconde|esconde se|se escondem|escondido debaixo|escondida debaixo|debaixo da cama|embaixo da cama|debaixo do sofa|embaixo do sofa|atras do sofa|nao consigo pegar',
    ar: 'يتخبى|تتخبى|يختبي|تختبي|يستخبى|تستخبى|يتخبا|تتخبا|تحت السرير|تحت الكنبه|ورا الكنبه|ما اقدر امسكه|ما اقدر امسكها|kaytkhba|yetkhabba|tetkhabba',
  },
  /**
   * A try-out before the real occasion: a bridal make-up, hair or henna trial. Not "trial" alone (a clinical
   * trial) nor a trial lesson (`trialLesson`), nor a patch test before a dye.
   */
  trialRun: {
    en: 'trial run|test run|trial first|trial before|a trial before|bridal trial|makeup trial|make up trial|henna trial|hair trial|hairstyle trial',
    es: 'prueba de maquillaje|prueba de peinado|prueba de henna|prueba de novia|ensayo de maquillaje|ensayo de peinado',
    fr: 'essai maquillage|essai coiffure|essai de maquillage|essai de coiffure|essai henne|essai de henne|essai mariee|essai mariage',
    it: 'prova trucco|prova del trucco|prova acconciatura|prova dell acconciatura|prova henne|prova dell henne|prova sposa|prova trucco sposa',
    de: 'probetermin|probe termin|probe make up|probe makeup|make up probe|makeup probe|brautprobe|braut probe|probefrisur|probe frisur|probestyling|henna probe|probelauf',
    ca: 'prova de maquillatge|prova de pentinat|prova de henna|prova de nuvia|assaig de maquillatge',
    pt: 'prova de maquilhagem|prova de maquiagem|prova de penteado|teste de maquiagem|teste de maquilhagem|prova de noiva|prova de hena|teste de hena',
    ar: 'بروفه|البروفه|اعمل تجربه|اسوي تجربه|نسوي تجربه|نعمل تجربه|تسوون تجربه|تعملوا تجربه|تجربه العروس|التجربه دي|هالتجربه|tajruba|tajriba',
  },
} satisfies PhraseTable<string>;
