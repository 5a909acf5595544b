/**
 * Front-desk concepts about the visit itself that concepts-desk.ts does not
 * name: coming without an appointment, waiting, the premises (wifi,
 * toilets, showers), what to bring, groups, transfers and home visits,
 * reviews, products on sale, tips. See phrases.ts for the syntax.
 *
 * Left out on their own, since they change meaning: "online" (booking
 * online or a video consultation), "pick up" (a transfer or collecting a
 * dog), "at home" (a home visit or aftercare at home), "tips" (a gratuity,
 * advice or nail tips), "points" (loyalty or stitches), "cola"/"cua"/"queue"
 * in es/ca/fr (a queue or a tail).
 */
import type { PhraseTable } from './phrases.js';

export const VISIT_CONCEPTS = {
  /** Watching a pet or a child from home while they are in care: a live camera, an app, photos sent. */
  liveCam: {
    en: 'live cam|livecam|webcam|web cam|camera|cameras|live stream|livestream|watch my dog|watch my pup|watch my puppy|watch him during the day|watch her during the day',
    es: 'camaras|camara|webcam|en directo|verlo desde el movil|verla desde el movil|ver al perro desde',
    fr: 'camera|cameras|webcam|en direct|le voir en direct|la voir en direct|le voir depuis mon telephone',
    it: 'telecamera|telecamere|webcam|in diretta|vederlo dal telefono|vederla dal telefono',
    de: 'kamera|kameras|webcam|livestream|live zuschauen|live sehen',
    ca: 'cameres|camera|webcam|en directe|veure el gos des del mobil',
    pt: 'camera|cameras|webcam|ao vivo|ver pelo celular|ver pelo telemovel',
    ar: 'كاميرا|كاميرات|كاميره|بث مباشر|لايف',
  },
  walkIn: {
    en: 'walk in|walk-in|walk ins|walkins|without an appointment|without appointment|without booking|no appointment|just turn up|just show up|drop in|pop in|walkin|drop by|just drop by|stop by|swing by|rock up|just come in|just come by|without a booking|no booking|no reservation|without a reservation|without reservation|first come first served|first come first serve|no appointment needed|just rock up|just pop in|just pop by|just stop by|just swing by|do i need an appointment|do i need an appt|do i need a booking|do i need to book|do we need an appointment|do we need to book|do you need an appointment|do you need to book|is an appointment necessary|is an appointment required|is booking necessary|is booking required|appointment only|by appointment only|need to book or',
    es: 'sin cita|sin cita previa|sin reserva|sin reservar|sin pedir cita|sin pedir hora|por orden de llegada|sin turno|sin hora|sin avisar|sin agendar|pasar directamente|ir directamente|presentarme sin|pasarme sin|llegar sin|hace falta cita|hace falta pedir cita|hace falta reservar|hay que pedir cita|hay que reservar|es necesario reservar|se necesita cita|solo con cita',
    fr: "sans rendez vous|sans rdv|sans reservation|sans reserver|passer directement|venir directement|sans prendre rendez vous|à l'improviste|sans prevenir|premier arrive premier servi|passer comme ca|sans prendre rdv|faut il prendre rdv|faut il prendre rendez vous|faut il un rdv|faut il reserver|faut il prendre un rdv|on doit prendre rdv|doit on prendre rdv|doit on reserver|uniquement sur rdv|uniquement sur rendez vous",
    it: 'senza appuntamento|senza prenotazione|senza prenotare|senza prendere appuntamento|senza fissare|passare direttamente|in ordine di arrivo|accesso libero|ad accesso libero|fare un salto|senza avvisare|venire direttamente|presentarmi direttamente|passo direttamente|senza fissare appuntamento|serve l appuntamento|serve appuntamento|serve prenotare|bisogna prenotare|bisogna prendere appuntamento|occorre prenotare|e necessario prenotare|solo su appuntamento|si puo venire senza',
    de: 'ohne termin|ohne anmeldung|ohne voranmeldung|ohne terminvereinbarung|ohne vorher anzurufen|einfach vorbeikommen|spontan vorbeikommen|einfach vorbeischauen|spontan vorbeischauen|offene sprechstunde|freie sprechstunde|walk in|ohne reservierung|ohne buchung|einfach reinkommen|einfach so vorbeikommen|vorbeischneien|reinschneien|spontan kommen|spontan vorbei|braucht man einen termin|brauche ich einen termin|brauch ich einen termin|muss man einen termin|muss ich einen termin|muss man vorher buchen|muss ich vorher buchen|muss man reservieren|muss ich reservieren|nur mit termin|nur nach vereinbarung|reinspazieren|einfach reinspazieren|reinlaufen|einfach reinlaufen|einfach so rein|vorher einen termin ausmachen|vorher n termin ausmachen|vorher nen termin ausmachen|vorher einen termin machen|vorher termin machen|vorher einen termin|vorher n termin|vorher nen termin',
    ca: "sense cita|sense cita previa|sense reserva|sense reservar|per ordre d'arribada|passar directament|sense avisar|sense hora|anar directament|venir directament|sense demanar hora|cal demanar hora|cal reservar|fa falta cita|fa falta reservar|cal cita|nomes amb cita",
    pt: 'sem marcacao|sem marcar|sem agendamento|sem agendar|sem reserva|por ordem de chegada|passar sem marcar|sem hora marcada|sem avisar|dar um pulo|dar uma passada|aparecer sem|chegar sem marcar|ordem de chegada|e preciso marcar|precisa marcar|tem que marcar|e necessario marcar|precisa de marcacao|e preciso agendar|precisa agendar|so com marcacao|aparecer direto',
    ar: 'من غير ميعاد|بدون ميعاد|بلا ميعاد|من غير معاد|من غير ما احجز|من غير حجز مسبق|min gher mi3ad|men gher mi3ad|bedoon mi3ad|بدون موعد|بدون حجز|من غير موعد|من غير حجز|بلا موعد|بلا حجز|bidun maw3ed|bdoun maw3ed|bla maw3ed|بلا رونديفو|بدون رونديفو|bla rdv|bla rendez vous|bla randevu|nji direct|njiw direct|ndkhol direct|nji nichan|bla maw3id|bdoun maw3id|لازم موعد|يلزم موعد|خاص موعد|lazem maw3ed|lazem maw3id|khas maw3id|khass rdv',
  },
  waitingTime: {
    en: 'waiting time|wait time|long wait|how long is the wait|waiting list|waitlist|wait list|queue|queues|queuing|how long do i wait|have to wait long|wait long|is there a wait|any wait|how soon can|how quickly can|next available|earliest appointment|earliest available|first available',
    es: 'tiempo de espera|hay espera|mucha espera|esperar mucho|lista de espera|hacer cola|cuanto hay que esperar|cuanto se espera|hay que esperar mucho|hay demora|para cuando hay cita|cuando hay hueco|primera cita disponible|proxima cita disponible|cuanto tardan en dar cita',
    fr: "temps d'attente|attente|attendre longtemps|file d'attente|liste d'attente|faire la queue|combien de temps dattente|faut il attendre|faut attendre|delai pour un rendez vous|premier rendez vous disponible|prochain creneau|prochaine disponibilite|premiere disponibilite",
    it: "tempo di attesa|tempi di attesa|tempi d'attesa|lunga attesa|tanta attesa|quanto si aspetta|quanto bisogna aspettare|aspettare tanto|aspettare molto|lista d'attesa|lista di attesa|fare la fila|in fila|primo appuntamento disponibile|prima disponibilita|prossima disponibilita",
    de: 'wartezeit|wartezeiten|lange warten|wie lange warten|wartet man lange|muss man lange warten|warteliste|schlange stehen|wie lange muss ich warten|muss ich warten|wie schnell bekomme ich|wie schnell bekommt man|wie schnell kriege ich|nachster freier termin|nachsten freien termin|fruhester termin|wartet man auf|auf einen termin warten|wart ma|wart man|wart man auf',
    ca: "temps d'espera|hi ha espera|molta espera|llista d'espera|fer cua|quant cal esperar|cal esperar molt|primera hora disponible|quant trigueu a donar hora",
    pt: 'tempo de espera|ha espera|muita espera|esperar muito|lista de espera|fila de espera|fila|quanto tempo de espera|tem que esperar|demora para atender|tem fila|proxima vaga|primeira vaga|quanto tempo para marcar|quando ha vaga',
    ar: 'انتظار|الانتظار|وقت الانتظار|طابور|قائمه الانتظار|لازم استنى|بستنى كتير|ننتظر|ينتظر|تنتظرون|ننتظرو|نستناو|نستنو|قداش نستنو|قداش نستناو|قداش باش نستنى|قداش نستنى|قداش من وقت نستنو|قديش بدنا نستنى|قداش نقعد نستنى|9adech nestanna|9addech nestannew|9adech nestannaw|9adeh nestanna|gadesh nistanu|gaddesh nistanna|شحال نتسنا|نتسناو|شحال خاصني نتسنا|ntsna|chhal ntsna|خاص نتسنا|اقرب موعد|اول موعد متاح|فوقاش كاين موعد|a9rab maw3id',
  },
  wifi: {
    en: 'wifi|wi fi|wi-fi|internet|wifi password|charger|charge my phone',
    es: 'wifi|wi fi|internet|clave del wifi|contrasena del wifi|cargador|cargar el movil',
    fr: 'wifi|wi fi|internet|code wifi|mot de passe wifi|chargeur|recharger mon telephone',
    it: 'wifi|wi fi|internet|password del wifi|password wifi|caricatore del telefono|caricabatterie|caricare il telefono|caricare il cellulare',
    de: 'wlan|wifi|wi fi|internet|wlan passwort|wlan code|ladegerat|ladekabel|handy laden|handy aufladen',
    ca: 'wifi|wi fi|internet|contrasenya del wifi|carregador|carregar el mobil',
    pt: 'wifi|wi fi|internet|senha do wifi|carregador|carregar o telemovel|carregar o celular',
    ar: 'واي فاي|وايفاي|الوايفاي|انترنت|الانترنت|شاحن|wifi',
  },
  reviews: {
    en: 'review|reviews|google reviews|rating|ratings|testimonial*|trustpilot|what do people say',
    es: 'resena*|opiniones|opinion de clientes|comentarios en google|testimonio*',
    fr: 'avis google|avis clients|vos avis|les avis|temoignage*|note google',
    it: 'recensione|recensioni|recensioni su google|recensioni google|opinioni dei clienti|opinioni su google|testimonianz*|trustpilot',
    de: 'bewertung|bewertungen|google bewertungen|rezension|rezensionen|erfahrungsberichte|kundenerfahrungen|kundenmeinungen|kundenbewertungen|trustpilot',
    ca: 'ressenya|ressenyes|opinions|opinio de clients|testimoni*',
    pt: 'comentarios|opinioes|avaliacoes no google|avaliacoes google|testemunho*|reviews',
    ar: 'اراء العملاء|اراء الناس|ريفيو|ريفيوز|تقييمات جوجل|تقييمات العملاء|reviews',
  },
  portfolio: {
    en: 'portfolio|before and after|before and afters|photos of your work|pictures of your work|examples of your work|previous work|gallery',
    es: 'portafolio|antes y despues|fotos de vuestro trabajo|fotos de vuestros trabajos|fotos de trabajos|trabajos anteriores|galeria',
    fr: 'portfolio|avant apres|avant et apres|photos de vos realisations|vos realisations|realisations|galerie',
    it: 'portfolio|foto prima e dopo|il prima e dopo|foto dei vostri lavori|foto dei lavori|i vostri lavori|lavori precedenti|esempi dei vostri lavori',
    de: 'portfolio|vorher nachher bilder|vorher nachher fotos|vorher nachher vergleich|bilder eurer arbeiten|fotos eurer arbeiten|eure arbeiten|bisherige arbeiten|referenzen|beispielbilder',
    ca: 'portafoli|abans i despres|fotos dels vostres treballs|treballs anteriors|galeria',
    pt: 'portfolio|portefolio|antes e depois|fotos dos trabalhos|fotos do vosso trabalho|trabalhos anteriores|galeria',
    ar: 'قبل وبعد|صور قبل وبعد|صور شغلكم|صور اعمالكم|اعمالكم|بورتفوليو|portfolio',
  },
  /** The business's own shop, and browsing in it ("im Laden stöbern", "curiosear en la tienda"): not its products alone. */
  shop: {
    en: 'the shop|your shop|in the shop|the store|your store|in the store|gift shop|shop open|browse|browsing|have a browse|look around the shop|have a look around',
    es: 'la tienda|vuestra tienda|su tienda|tiendecita|tiendita|curiosear|echar un vistazo a la tienda',
    fr: 'la boutique|votre boutique|boutique|magasin|le magasin|au magasin|votre magasin|fouiner|flaner dans la boutique|faire un tour dans la boutique',
    it: 'il negozio|vostro negozio|negozietto|bottega|curiosare nel negozio|dare un occhiata al negozio|dare un occhiata in negozio',
    de: 'im laden|den laden|euren laden|ihren laden|der laden|ladengeschaft|stobern|umschauen|umsehen',
    ca: 'la botiga|botiga|botigueta|xafardejar|tafanejar|fer un tomb per la botiga',
    pt: 'a loja|sua loja|lojinha|loja de voces|dar uma olhada na loja|bisbilhotar',
    ar: 'المحل ديالكم|المتجر|متجركم|محلكم|البوتيك|boutique',
  },
  products: {
    en: 'products|product|sell products|buy products|retail|brands|which brand|what brand',
    es: 'productos|producto|comprar productos',
    fr: 'produits|produit|acheter des produits|marques|quelle marque',
    it: 'prodotti|prodotto|comprare prodotti|vendete prodotti|che marca|quale marca|di che marca',
    de: 'produkte|produkt|produkte kaufen|verkauft ihr produkte|welche marke|marke|marken',
    ca: 'productes|producte|comprar productes',
    pt: 'produtos|produto|comprar produtos',
    ar: 'منتجات|منتج|ماركه|ماركات|براند',
  },
  groups: {
    en: 'group|groups|group booking|party|parties|birthday party|corporate event|with friends|with my friends|several people|three of us|four of us|five of us',
    es: 'grupo|grupos|fiesta de cumpleanos|despedida|con amigas|con amigos|varias personas|somos 3|somos 4|somos 5|somos tres|somos cuatro|somos cinco',
    fr: "groupe|groupes|fete d'anniversaire|faire la fete|entre amies|entre amis|plusieurs personnes|on est 4|nous sommes 4|on sera 4",
    it: 'gruppo|gruppi|festa di compleanno|festa privata|addio al nubilato|con amiche|con amici|con le amiche|con gli amici|piu persone|diverse persone|siamo in 3|siamo in 4|siamo in 5|siamo in tre|siamo in quattro|siamo in cinque',
    de: 'gruppe|gruppen|gruppenbuchung|geburtstagsfeier|kindergeburtstag|feier|firmenevent|firmenfeier|mit freundinnen|mit freunden|mehrere personen|wir sind 3|wir sind 4|wir sind 5|wir sind zu dritt|wir sind zu viert|zu dritt|zu viert|zu funft',
    ca: "grup|grups|festa d'aniversari|amb amigues|amb amics|diverses persones|som 3|som 4|som 5|som tres|som quatre",
    pt: 'grupo|grupos|festa de aniversario|com amigas|com amigos|varias pessoas|somos 3|somos 4|somos 5|somos tres|somos quatro',
    ar: 'مجموعه|جروب|قروب|حفله|حفله عيد ميلاد|مع صحباتي|مع صحابي|مع اصحابي|عده اشخاص|كم شخص|group|احنا 3|احنا 4|احنا 5|احنا 6|نحن 4|كلنا مع بعض|كلنا سوا|كلنا سوى|كلنا مره وحده|كلنا في نفس الوقت|مع بعض في نفس الوقت|ahna 4|e7na 4|7na 4|kilna ma3 ba3d|kolna ma3 ba3d|kullna ma3 ba3d|kilna sawa|kolna sawa|kollna sawa',
  },
  hotelTransfer: {
    en: 'pick me up|pick us up|collect me|collect us|hotel pickup|hotel pick up|hotel transfer|transfer from|transfers|shuttle|from my hotel|from the hotel|from our hotel',
    es: 'recogida en el hotel|recoger en el hotel|recogernos en el hotel|traslado|traslados|transfer|desde el hotel|desde mi hotel|shuttle|recogernos|nos recogeis|nos recogen|venir a buscarnos|nos vienen a buscar|nos venis a buscar|pasar a buscarnos|pasais a buscarnos|pasan a buscarnos',
    fr: "navette|transfert|transferts|venir me chercher|venir nous chercher|chercher a l'hotel|depuis l'hotel|de mon hotel|de notre hotel|vous venez nous chercher|vous venez me chercher|passer nous prendre|passez nous prendre|venir nous prendre",
    it: "transfer dall'hotel|transfer in hotel|transfer dall'aeroporto|servizio transfer|servizio navetta|navetta|trasferimento dall'hotel|trasferimento in hotel|venire a prendermi|venirmi a prendere|venirci a prendere|prendermi in hotel|prenderci in hotel|venire a prenderci|venite a prenderci|venite a prendermi|ci venite a prendere|mi venite a prendere|passate a prenderci|passate a prendermi|passare a prenderci",
    de: 'shuttle|hoteltransfer|flughafentransfer|transferservice|transfer vom hotel|transfer zum hotel|abholung vom hotel|vom hotel abholen|mich abholen|uns abholen|holt ihr mich ab|holt ihr uns ab|holt ihr uns|holen sie uns ab|uns abholen lassen',
    ca: "recollida a l'hotel|recollir a l'hotel|recollir nos|trasllat|trasllats|des de l'hotel|venir a buscar nos|veniu a buscar nos|ens veniu a buscar|passar a buscar nos",
    pt: 'transfer|transferes|buscar ao hotel|buscar no hotel|recolha no hotel|desde o hotel|shuttle|vir buscar nos|vem buscar|vao buscar|vir nos buscar|buscar a gente|nos buscar no|nos buscam|passam a buscar',
    ar: 'توصيل من الفندق|تاخذوني من الفندق|تجيبوني من الفندق|من الفندق|نقل من الفندق|transfer',
  },
  homeVisit: {
    en: 'can come home|could come home|come home and|come home to do|come home to give|come home to put|at the client s home|at clients homes|at the customer s home|at customers homes|in clients homes|blood test at home|blood tests at home|home blood test|blood draw at home|home visit*|house call*|come to my home|come to my house|come to my place|come to me|come to the hotel|come to our hotel|come to the house|come to us|travel to us|home physio|home physiotherapy|physio at home|physiotherapy at home|home nursing|nurse at home|come out to|come out to us|come out to her|come out to him|come round to|come over to the house|come to her house|come to his house|come to her place|come to his place|mobile service|mobile groomer|mobile vet|mobile grooming|in my hotel room',
    es: 'a domicilio|servicio a domicilio|venir a casa|venir a la casa|venir hasta la casa|venir hasta casa|venir hasta mi casa|vengan a la casa|vengan hasta la casa|vienen a la casa|vienen hasta la casa|ir a la casa|ir hasta la casa|venir a mi casa|vengais a casa|vengan a casa|venis a casa|vienen a casa|venis hasta|pasar por casa|pasais por casa|en mi hotel|venir al hotel|os desplazais|desplazaros|se desplazan',
    fr: "prise de sang a la maison|analyses a la maison|prelevement a la maison|a domicile|domicile|venir chez moi|venir chez nous|venir chez ma|venir a l'hotel|vous deplacer|vous vous deplacez|se deplacer|deplacement|deplacements|frais de deplacement|vous deplacez a|venir a la maison|venez a la maison|venez jusque|venir jusque|vous venez jusqu|passer a la maison|passez a la maison|voir le bebe a la maison|voir le petit a la maison|dans ma chambre d'hotel",
    it: "a domicilio|domiciliare|domiciliari|visita domiciliare|visite a casa|visita a casa|venire in hotel|vi spostate|venire a casa|venite a casa|venire a casa mia|venite a casa mia|nella mia camera d'albergo|in camera d'albergo",
    de: 'bei kunden zu hause|bei kundinnen zu hause|bei der kundin zu hause|beim kunden zu hause|zu den kunden nach hause|zu kunden nach hause|zu kundinnen nach hause|bei mir zu hause|bei uns zu hause|hausbesuch*|mobiler service|mobiler tierarzt|mobile tierarztpraxis|mobiler hundefriseur|mobile hundepflege|kommt ihr zu mir|kommen sie zu mir|zu mir nach hause|zu uns nach hause|ins hotelzimmer|ins hotel kommen|kommt ihr ins hotel|zu uns kommen',
    ca: "a domicili|domicili|venir a casa|veniu a casa|venir a l'hotel|us desplaceu",
    pt: 'ao domicilio|domicilio|ir a casa|vir a casa|vem a casa|vem ate casa|vem ca a casa|vir ate casa|vao a casa|atendimento domiciliario|vir ao hotel|se deslocam|deslocam se',
    ar: 'يجي البيت|يجي للبيت|يجي عالبيت|تجي البيت|يجون البيت|يجيني البيت|تحليل في الدار|تحاليل في الدار|التحليل في الدار|التحاليل في الدار|تحليل فالدار|ta7lil f dar|t7alil f dar|prelevement a la maison|prise de sang a la maison|analyses a la maison|زياره منزليه|زيارات منزليه|الزيارات المنزليه|الزياره المنزليه|علاج طبيعي بالبيت|علاج طبيعي في البيت|عالبيت|ع البيت|في البيت عندي|الحجامه المنزليه|حجامه منزليه|تمريض منزلي|3al bet|3al beit|تجيو للدار|كتجيو للدار|katjiw l dar|katjiw ldar|tjiw l dar|خدمه منزليه|تجو للبيت|تيجوا للبيت|تجي للبيت|للمنازل|home service|تجيو للفندق|تجيو عندنا|تجيو لعندنا',
  },
  lunchBreak: {
    en: 'lunchtime|lunch time|lunch break|lunch hour|at lunch|midday break|siesta',
    es: 'mediodia|hora de comer|a la hora de comer|cerrais a mediodia|cierran a mediodia|siesta',
    fr: 'pause dejeuner|pause de midi|entre midi et deux|=dejeuner|a midi|le midi|les midis|au midi',
    it: "pausa pranzo|pranzo|ora di pranzo|all'ora di pranzo|a pranzo|mezzogiorno|chiudete a pranzo|chiusi a pranzo",
    de: 'mittagspause|mittagszeit|uber mittag|mittags geschlossen|mittags offen|mittags geoffnet|mittags auf|mittags zu',
    ca: "migdia|hora de dinar|a l'hora de dinar|tanqueu a migdia",
    pt: '=almoco|hora de almoco|hora do almoco|intervalo de almoco|meio dia',
    ar: 'استراحه الغدا|=الغدا|الغداء|وقت الغدا|وقت الغداء|استراحه الغداء|استراحه الظهر|بريك الغدا',
  },
  remoteConsultation: {
    en: 'facetime|on zoom|over zoom|via zoom|by zoom|on teams|on google meet|whatsapp video|video on whatsapp|video chat|videochat|facetiming|video call|video consultation|videocall|zoom call|teleconsult*|telehealth|telemedicine|online consultation|online session|remote consultation',
    es: 'facetime|por zoom|en zoom|por meet|por teams|videochat|video whatsapp|video por whatsapp|videollamada|video llamada|consulta online|consulta en linea|consulta por video|teleconsulta|consulta a distancia',
    fr: 'facetime|sur zoom|par zoom|via zoom|sur teams|sur meet|en visio|videochat|visio|visioconference|teleconsultation|consultation en ligne|consultation video|appel video|seance en ligne|consultation a distance',
    it: 'facetime|su zoom|via zoom|con zoom|su teams|su meet|videochat|videochiamata|video chiamata|videoconsulto|videoconsulenza|videovisita|consulto online|consulenza online|visita online|seduta online|consulto a distanza|teleconsulto|telemedicina',
    de: 'facetime|uber zoom|per zoom|via zoom|uber teams|per teams|videochat|videocall|video call|videoanruf|videosprechstunde|videoberatung|video beratung|videokonsultation|online sprechstunde|onlinesprechstunde|online beratung|onlineberatung|telemedizin|fernbehandlung|zoom call',
    ca: 'facetime|per zoom|pel zoom|via zoom|per teams|videochat|videotrucada|video trucada|consulta online|consulta en linia|teleconsulta|consulta a distancia',
    pt: 'facetime|pelo zoom|por zoom|no zoom|via zoom|pelo meet|pelo teams|videochat|video whatsapp|video por whatsapp|videochamada|video chamada|consulta online|teleconsulta|consulta por video|consulta a distancia',
    ar: 'مكالمه فيديو|على الزوم|عالزوم|ع الزوم|عن طريق الزوم|بالزوم|فيديو كول|استشاره اونلاين|جلسه اونلاين|استشاره عن بعد|جلسه عن بعد|video call',
  },
  /** The people who work there: the team, the staff, who looks after the customer (or the animal). */
  team: {
    en: 'the team|your team|our team|the staff|your staff|staff members|who works there|who will look after|who looks after|who takes care|who will take care|meet the team|employees',
    es: 'el equipo|vuestro equipo|su equipo|el personal|vuestro personal|quien atiende|quien se encarga|quien cuida|quien lo cuida|quien los cuida|quienes sois|empleados',
    fr: 'l equipe|votre equipe|le personnel|votre personnel|qui s occupe|qui occupe|qui va s occuper|qui va occuper|qui s occupera|qui occupera|qui travaille|qui etes vous|les employes',
    it: 'il team|lo staff|il vostro staff|il personale|il vostro team|chi si occupa|chi si prende cura|chi lavora|chi siete|i dipendenti',
    de: 'das team|euer team|ihr team|das personal|die mitarbeiter|eure mitarbeiter|wer kummert sich|wer betreut|wer arbeitet|wer seid ihr',
    ca: 'l equip|el vostre equip|el personal|qui s encarrega|qui encarrega|qui en te cura|qui cuida|qui sou',
    pt: 'a equipa|a equipe|a vossa equipa|o pessoal|os funcionarios|quem cuida|quem trata|quem toma conta|quem sao voces',
    ar: 'الفريق|فريقكم|الطاقم|الموظفين|شكون اللي كيتهلا|مين بيهتم|l equipe|equipe',
  },
  /** Heating: a heated room, a warm place in winter. */
  /** Heating a room, a car or the water: a heated pool and how warm its water is ("piscina climatizada", "lma skhoun?"). */
  heating: {
    en: 'heating|heated|heater|heaters|underfloor heating|water temperature|warm water|how warm is the water|how cold is the water|heated pool',
    es: 'calefaccion|calefactado|calefactada|calefactor|radiador|radiadores|climatizada|climatizado|agua caliente|agua templada|temperatura del agua|a cuantos grados',
    fr: 'chauffe|chauffee|chauffees|chauffes|chauffage|radiateur|radiateurs|temperature de l eau|temperature de eau|eau chaude|eau chauffee|combien de degres|eau est froide',
    it: 'riscaldato|riscaldata|riscaldate|riscaldati|riscaldamento|termosifone|termosifoni|temperatura dell acqua|acqua calda|quanti gradi|l acqua e fredda',
    de: 'geheizt|beheizt|heizung|heizungen|geheizte|beheizte|wassertemperatur|warmes wasser|wie warm ist das wasser|wie viel grad|wieviel grad',
    ca: 'calefaccio|calefactat|calefactada|radiador|radiadors|climatitzada|aigua calenta|temperatura de l aigua|quants graus',
    pt: 'aquecido|aquecida|aquecidos|aquecidas|aquecimento|aquecedor|radiador|climatizada|agua quente|temperatura da agua|quantos graus',
    ar: 'تدفئه|مدفأه|مدفاه|الشوفاج|الما سخون|الماء سخن|الماء دافئ|الما دافي|درجه حراره الماء|درجه حراره المي|lma skhoun|lma s5oun|lma sokhn|lma dafi|el maya sokhna|el maya dafya',
  },
  medicalCertificate: {
    en: 'medical certificate|doctors clearance|medical clearance|clearance letter|clearance from my doctor|clearance from your doctor|letter from my doctor|letter from your doctor|letter from the doctor|report from the doctor|report from my doctor|sick note|fit note|doctors certificate|certificate for work|certificate for my work|proof of attendance|attendance certificate|written report|medical report|sick leave|sick day|sick days|doctors note|doctor s note|note for work|note for my work|note for my boss|note for my employer|letter for work|letter for my work|letter for my boss|letter for my manager|letter for my employer|proof of attendance|proof i was there|proof i attended|proof for work|proof for my work|show i was at|to show i was',
    es: 'baja medica|autorizacion medica|autorizacion del medico|carta del medico|baja laboral|bajas laborales|baja por embarazo|baja de maternidad|baja por maternidad|certificado de asistencia|certificado para el trabajo|justificante de asistencia|justificante para el trabajo|constancia|constancia de asistencia|papel para el trabajo|papelito para el trabajo',
    fr: 'certificat medical|rapport medical|rapport du medecin|lettre du medecin|accord du medecin|feu vert du medecin|autorisation medicale|attestation|attestation de presence|arret de travail|arret maladie|justificatif de presence|justificatif pour le travail|justificatif pour mon employeur|justificatif pour mon patron|compte rendu',
    it: 'certificato medico|nulla osta medico|lettera del medico|autorizzazione medica|certificato di malattia|certificato di presenza|certificato per il lavoro|attestato di presenza|giustificativo|giustificazione per il lavoro|relazione medica|referto',
    de: 'attest|arztliche freigabe|freigabe vom arzt|freigabe von der arztin|arztbrief|arztliches attest|krankschreibung|krankgeschrieben|krankmeldung|arbeitsunfahigkeitsbescheinigung|au bescheinigung|bescheinigung|anwesenheitsbescheinigung|bescheinigung fur den arbeitgeber|arztbericht|befundbericht',
    ca: "certificat del metge|autoritzacio medica|carta del metge|justificant d'assistencia|justificant per a la feina|informe del metge",
    pt: 'atestado|laudo medico|liberacao medica|autorizacao medica|carta do medico|baixa medica|declaracao de presenca|declaracao para o trabalho|declaracao pro trabalho|declaracao para o patrao|declaracao pro patrao|declaracao para a empresa|comprovante de presenca|comprovante de comparecimento|atestado de comparecimento|relatorio',
    ar: 'شهاده طبيه|تقرير طبي|تقرير من الطبيب|تقرير من الطبيبه|تقرير من الدكتور|تقرير من الدكتوره|تقرير الطبيب|تقرير الدكتور|خطاب موافقه|خطاب من الطبيب|خطاب من الطبيبه|خطاب من الدكتور|موافقه الطبيب|موافقه الطبيبه|موافقه من الطبيب|موافقه من الطبيبه|موافقه طبيه|ورقه من الدكتور|ورقه من الدكتوره|ريبورت من الدكتور|taqrir tebbi|ta2rir tebbe|war2a mn el doctor|اجازه مرضيه|اجازات مرضيه|سكليف|عذر طبي|ورقه للشغل|ورقه للعمل|ورقه للدوام|شهاده حضور|اثبات حضور|certificat medical',
  },
  tipping: {
    en: 'tipping|gratuity|gratuities|service charge|leave a tip|do you accept tips|tip the|tip my|tip your|tip you|tip him|tip her|tip them|should i tip|do i tip|do people tip|tips are|cash tip|tip in cash',
    es: 'propina*',
    fr: 'pourboire*|un tip|de tip|des tips|laisser un tip',
    it: 'mancia|mance',
    de: 'trinkgeld*',
    ca: 'propina*',
    pt: 'gorjeta*',
    ar: 'بقشيش|البقشيش|ba2shish|baqshish',
  },
  facilities: {
    en: 'toilet|toilets|bathroom|restroom*|loo|wc|shower|showers|locker*',
    es: 'aseo|aseos|wc|ducha|duchas|ducharme|taquilla*|lavabo*|bano adaptado|banos adaptados|bano accesible|el bano es accesible',
    fr: 'les toilettes|des toilettes|wc|douche|douches|casier*',
    it: "toilette per i clienti|avete una toilette|bagno per i clienti|avete un bagno|avete il bagno|dov'è il bagno|servizi igienici|bagno accessibile|bagni accessibili|il bagno e accessibile|bagno per disabili|bagno disabili|wc|doccia|docce|armadietto|armadietti|spogliatoio|spogliatoi",
    de: 'die toiletten|gibt es toiletten|eine toilette|die toilette|kundentoilette|behindertentoilette|behinderten wc|wc|klo|badezimmer|dusche|duschen|umkleide|umkleidekabine|umkleideraum|spind|spinde|schliessfach|schliessfacher',
    ca: 'lavabo*|vater|wc|dutxa|dutxes|dutxar me|taquilla*',
    pt: 'casa de banho|banheiro|wc|chuveiro|duche|duches|cacifo*',
    ar: 'تواليت|دوره مياه|دورات المياه|دوره المياه|دوش|شاور|=لوكر|=اللوكر|=لوكرات|=اللوكرات|خزائن|خزاين|خزانات|غرف تبديل|غرفه تبديل|غرف الملابس',
  },
  /** A hair dryer to use after a swim, a shower or a class (a salon's blow-dry is its own service). */
  hairDryer: {
    en: 'hair dryer*|hairdryer*|hair drier*|hairdrier*|blow dryer*',
    es: 'secador|secadores|secador de pelo|secadores de pelo|secarme el pelo',
    fr: 'seche cheveux|seche-cheveux|secheur|sechoir|sechoirs|secher mes cheveux|secher les cheveux',
    it: 'phon|fon|asciugacapelli|asciugarmi i capelli|asciugare i capelli',
    de: 'fohn|fohne|haartrockner|haare fohnen|haare trocknen',
    ca: 'assecador|assecadors|assecador de cabells|assecar me els cabells',
    pt: 'secador|secadores|secador de cabelo|secadores de cabelo|secar o cabelo',
    ar: 'سشوار|سشوارات|استشوار|مجفف شعر|مجففات شعر|مجفف الشعر|مجففات الشعر|نشف شعري|sechoir|sechwar|seshwar',
  },
  /** What to bring along (a swimsuit, a towel, a reference photo): wearing is `clothing`. */
  bring: {
    en: 'what to bring|what should i bring|what do i bring|do i need to bring anything|need to bring anything|bring anything|should i bring anything|bring my own|what to pack|what should i pack|what do i pack|need to pack|have to pack|to pack for|pack for her|pack for him|pack for them|pack for my|bring our own|bring their own|bring his own|bring her own|bring your own|what should he bring|what should she bring|what should we bring|what must i bring|what must he bring|what must she bring|what must we bring|what does he need to bring|what does she need to bring|what do we need to bring|bring along',
    es: 'que tengo que traer|que hay que traer|hay que traer algo|tengo que traer algo|traer algo|que traigo|traer mi propio|traer mi propia|que traer|traer nuestro propio|traer nuestra propia|traer nuestros propios|traer nuestras propias|traer su propio|traer su propia',
    fr: 'que dois je apporter|faut il apporter|quoi apporter|apporter quelque chose|apporter mon propre|apporter ma propre|apporter notre propre|apporter nos propres|apporter son propre|apporter sa propre|apporter votre propre|amener notre propre|amener mon propre|amener ma propre',
    it: 'cosa devo portare|cosa porto|cosa bisogna portare|devo portare qualcosa|bisogna portare qualcosa|portare qualcosa|porto qualcosa|cosa serve portare|cosa portare|portare il nostro|portare la nostra|portare il proprio|portare la propria|portare il mio|portare la mia',
    de: 'was muss ich mitbringen|was soll ich mitbringen|was mitbringen|muss ich etwas mitbringen|muss ich was mitbringen|etwas mitbringen|was muss ich mitnehmen|was mitnehmen|eigenes mitbringen|eigene mitbringen',
    ca: 'que cal portar|cal portar alguna cosa|que he de portar|he de portar alguna cosa|que he de dur|portar alguna cosa|que portar|que dur|portar el nostre|portar la nostra|portar el meu propi|portar la meva propia',
    pt: 'o que trazer|que tenho de trazer|que tenho que trazer|trazer alguma coisa|tenho de trazer algo|preciso de trazer algo|que trago|trazer o nosso|trazer a nossa|levar o nosso|levar a nossa|trazer o meu proprio|trazer a minha propria',
    ar: 'شو اجيب معي|شو لازم اجيب|شو احضر معي|شو لازم احضر|لازم اجيب شي|اجيب معي|اجيب معاي|نجيب معايا|نجيب معي|جبت معي|جبت معايا|اذا جبت|لو جبت|الا جبت|ايلا جبت|jebet el|jibt el|jebt el|ajib el|ajeeb el|jib el|jeeb el|jib ma3i|jeeb ma3i|njib m3aya|njeeb m3aya|eza jebet|iza jebet|eza jibt|iza jibt|law jebt|law jibt|ila jbt|ila jebt',
  },
  petFriendly: {
    en: 'pet friendly|dog friendly|pets allowed|dogs allowed|pets welcome|dogs welcome|bring my dog with me',
    es: 'pet friendly|se admiten mascotas|admiten mascotas|mascotas permitidas|perros permitidos|entrar con mi perro|entrar con el perro|ir con mi perro',
    fr: 'pet friendly|animaux acceptes|animaux admis|chiens admis|chiens acceptes|entrer avec mon chien|venir avec mon chien',
    it: 'pet friendly|animali ammessi|cani ammessi|sono ammessi animali|sono ammessi cani|ammettete animali|ammettete cani|entrare con il cane|entrare con il mio cane|venire con il mio cane|venire col cane',
    de: 'pet friendly|hundefreundlich|tierfreundlich|hunde erlaubt|hunde willkommen|tiere erlaubt|haustiere erlaubt|hunde sind erlaubt|darf ich meinen hund mitbringen|darf mein hund mit|darf der hund mit|mit hund rein',
    ca: 'pet friendly|mascotes permeses|gossos permesos|entrar amb el gos|entrar amb el meu gos|venir amb el gos',
    pt: 'pet friendly|animais permitidos|caes permitidos|entrar com o cao|entrar com o meu cao|ir com o meu cao',
    ar: 'مسموح بالحيوانات|مسموح الحيوانات|مسموح الكلاب|ادخل مع كلبي|اجي مع كلبي|pet friendly',
  },
  /** A programme rewarding a customer who brings a friend ("parrainage"): not a doctor's referral. */
  referFriend: {
    en: 'referral program*|referral scheme|referral code|referral discount|referral bonus|refer a friend|refer friends|refer my friend|referring a friend|bring a friend discount|invite a friend',
    es: 'programa de referidos|referidos|recomienda a un amigo|recomendar a una amiga|trae a un amigo|trae a una amiga|codigo de amigo|codigo de invitacion|apadrina*',
    fr: 'parrainage|parrainer|parrain|marraine|referer une amie|referer un ami|code parrain|programme de reference',
    it: 'porta un amico|porta un amica|presenta un amico|presenta un amica|codice amico|codice invito|programma referral|invita un amico|invita un amica',
    de: 'freunde werben|freundin werben|kunden werben kunden|empfehlungsprogramm|empfehlungsrabatt|empfehlungsbonus|werbepramie|freundschaftswerbung',
    ca: 'porta un amic|porta una amiga|programa de referits|codi d amic|apadrina*',
    pt: 'programa de indicacao|=indicacao|=indicacoes|indique um amigo|indicar um amigo|indicar uma amiga|traga um amigo|traga uma amiga|codigo de indicacao',
    ar: 'برنامج الاحاله|ادعي صديق|جيب صاحبك|جيبي صاحبتك|parrainage',
  },
  /** At the customer's home ("exercises to do at home", "a colour done at home"): where, not a home visit. */
  atHome: {
    en: 'at home|at my place|at the house|at my house|at our house|at the villa|at my villa|at our villa|from home|home exercise*|home care|home kit|home dye|box dye',
    es: 'en casa|en mi casa|desde casa|de casa|ejercicios para casa',
    fr: 'a la maison|chez moi|chez soi|couleur maison|fait maison',
    it: 'a casa|in casa|da casa|a casa mia|esercizi per casa',
    de: 'zu hause|zuhause|daheim|von zu hause|heimubung*|hausaufgabe*',
    ca: 'a casa|des de casa|a casa meva|a casa meua',
    pt: 'em casa|na minha casa|de casa|exercicios para casa',
    ar: 'في البيت|بالبيت|فالبيت|فالدار|في الدار|f dar|fdar|f ddar|fi lbit|bel bet|fel bet',
  },
  /**
   * Watching a class or a session from the side: parents at a swimming or dance lesson, an owner at the
   * grooming table ("can we stay and watch?", "¿los padres podemos mirar?"). Not "see" or "ver" alone.
   */
  watch: {
    en: 'stay and look|look during the lesson|look during the class|watch during the lesson|watch the class|watch the lesson|watch the session|watch them|watch him|watch her|stay and watch|can we watch|can i watch|parents watch|watching the class|watching the lesson|watch from|spectators|viewing gallery|viewing area|just watch|only watch|just watching|only watching|hang out and watch|come and watch|come along and watch|come to watch|sit and watch|can she watch|can he watch|can they watch|spectate|spectating|not taking part|not participating|wont take part|will not take part',
    es: 'ver la clase|ver las clases|ver el entrenamiento|mirar la clase|mirando la clase|mirar desde|quedarnos mirando|quedarme mirando|quedarse mirando|ver como nadan|ver como nada|grada|gradas|espectadores|solo mirar|solo a mirar|solo a ver|venir a mirar|sin participar|no va a participar|de espectador|de espectadora|como espectador|como espectadora',
    fr: 'rester voir|rester les voir|regarder le cours|regarder la seance|regarder les cours|assister au cours|assister a la seance|voir le cours|rester regarder|rester pour regarder|les regarder|la tribune|les gradins|spectateurs|juste regarder|seulement regarder|venir regarder|sans participer|ne participe pas|ne va pas participer|en spectateur|en spectatrice|comme spectateur|comme spectatrice',
    it: 'guardare la lezione|guardare le lezioni|assistere alla lezione|vedere la lezione|restare a guardare|stare a guardare|guardarli|tribuna|gli spalti|spettatori|solo guardare|solo a guardare|venire a guardare|senza partecipare|non partecipa|non partecipera|come spettatore|come spettatrice',
    de: 'zuschauen|zusehen|zugucken|zuschauer|zuschauerbereich|tribune|beim kurs zuschauen|beim training zuschauen|nur zugucken|ohne mitzumachen|macht nicht mit|als zuschauerin',
    ca: 'veure la classe|mirar la classe|quedar-nos mirant|mirant la classe|grada|grades|espectadors|nomes mirar|nomes a mirar|venir a mirar|sense participar|com a espectador|com a espectadora',
    pt: 'ver a aula|ver as aulas|assistir a aula|assistir as aulas|ficar a ver|ficar vendo|ficar a assistir|bancada|bancadas|espectadores|so assistir|so para assistir|vir assistir|vir ver|sem participar|nao vai participar|como espectador|como espectadora',
    ar: 'نتفرج|نتفرجو|يتفرج|نشوف الحصه|نشوفهم|نبقى نتفرج|ntfarraj|nshouf l7ssa|متفرج|متفرجين|المتفرجين|للمتفرجين|نتفرج بس|نتفرج فقط|بس نتفرج|للمشاهدين فقط|بس تتفرج|تتفرج بس|يتفرج بس|تجي تتفرج|يجي يتفرج|بدون ما تشارك|بدون ما يشارك',
  },
  /** The room where customers wait before they are seen ("can my dog wait in the waiting room?"). */
  waitingRoom: {
    en: 'waiting room|waiting area|reception area|wait inside|sit and wait|place to wait|somewhere to wait|ac room|air conditioned room|customer lounge|wait here|wait there|can i wait here|stay and wait|wait during the|wait while he|wait while she|wait while they',
    es: 'sala de espera|sitio para esperar|lugar para esperar|esperar sentado|esperar sentada|esperar aqui|esperar dentro|quedarme esperando|esperar mientras',
    fr: "salle d'attente|salle d attente|salle dattente|endroit pour attendre|attendre sur place|attendre assis|attendre assise|attendre ici|attendre dedans|attendre a l interieur|attendre pendant",
    it: "sala d'attesa|sala di attesa|sala d attesa|posto per aspettare|aspettare seduto|aspettare seduta|aspettare qui|aspettare dentro|restare ad aspettare|aspettare mentre",
    de: 'wartezimmer|wartebereich|wartesaal|wartraum|warteraum|vor ort warten|sitzend warten|drinnen warten|hier warten|dort warten|warten wahrend',
    ca: "sala d'espera|sala d espera|lloc per esperar|esperar assegut|esperar asseguda|esperar aqui|esperar dins|esperar mentre",
    pt: 'sala de espera|lugar para esperar|esperar sentado|esperar sentada|esperar no local|esperar aqui|esperar dentro|ficar esperando|esperar enquanto',
    ar: 'قاعه الانتظار|صاله الانتظار|غرفه الانتظار|مكان انتظار|مكان الانتظار|مجلس انتظار|مجلس الانتظار|استراحه العملاء|salle d attente|salle dattente|فيي انطر|فيني انطر|بقدر انطر|انطر هون|انطر جوا|استنى هون|استنى جوا|استنى جوه|انتظر داخل|انتظر جوا|ينتظر داخل|تنتظر داخل|تنتظرني داخل|تنتظرني جوا|تستناني جوا|نتسنا لداخل|fiyye ontor|fiye ontor|fini ontor|fiyi ontor|ontor hon|ontor jowwa|estanna hon|astanna hon|astanna gowa|nt9ennaw lda5el',
  },
  loyalty: {
    en: 'loyalty|loyalty card|stamp card|reward points|rewards card|rewards programme|rewards program|regular customer|regular client',
    es: 'fidelidad|tarjeta de fidelidad|tarjeta de puntos|cliente habitual|clienta habitual|programa de puntos',
    fr: 'fidelite|carte de fidelite|programme de fidelite|client regulier|cliente reguliere|client fidele',
    it: 'fedelta|carta fedelta|tessera fedelta|tessera punti|raccolta punti|programma fedelta|cliente abituale|cliente fisso|cliente fissa|cliente affezionato|cliente affezionata',
    de: 'treuekarte|treueprogramm|treuepunkte|treuerabatt|stempelkarte|bonuskarte|bonusprogramm|stammkunde|stammkundin|stammkunden|kundenkarte',
    ca: 'fidelitat|targeta de fidelitat|targeta de punts|client habitual|clienta habitual',
    pt: 'fidelizacao|cartao de fidelidade|cartao cliente|cliente habitual|programa de pontos',
    ar: 'بطاقه ولاء|برنامج ولاء|نقاط ولاء|زبون دائم|زبونه دائمه',
  },
  /** What a spa or hammam gives or asks for: a swimsuit, towels, a robe, slippers. */
  spaKit: {
    en: 'swimsuit*|swimwear|swimming costume|bathing suit|swim =shorts|trunks|flip flops|slippers|robe|bathrobe|towel|towels',
    es: 'banador|banadores|biquini|toalla|toallas|albornoz|chanclas',
    fr: 'maillot de bain|serviette|serviettes|peignoir|tongs|claquettes|chaussons',
    it: 'costume da bagno|costumi da bagno|bikini|asciugamano|asciugamani|telo|accappatoio|ciabatte|ciabattine|infradito|pantofole',
    de: 'badeanzug|badesachen|badehose|bikini|badeschlappen|badelatschen|schlappen|hausschuhe|flip flops|bademantel|handtuch|handtucher|saunatuch|badetuch',
    ca: 'banyador|biquini|tovallola|tovalloles|barnus|xancletes',
    pt: 'fato de banho|biquini|toalha|toalhas|chinelos',
    ar: 'مايوه|بكيني|منشفه|مناشف|فوطه|شبشب|شباشب|روب استحمام',
  },
  /** How early to come before an appointment ("how early should I arrive?"), not how much notice a cancellation needs. */
  arriveEarly: {
    en: 'how early|arrive early|get there early|come early|be there early|show up early|turn up early|arrive before|get there before|show up before|turn up before|be there before|minutes early|ahead of my appointment|ahead of the appointment|before my appointment starts',
    es: 'llegar antes|llegar pronto|llegar temprano|llegar con antelacion|venir antes|estar antes|cuanto antes tengo que llegar|cuanto antes hay que llegar|minutos antes de la cita|antes de la hora',
    fr: 'en avance|arriver avant|arriver plus tot|venir avant|venir plus tot|etre la avant|arriver combien de temps avant|venir combien de temps avant|minutes avant le rendez vous|minutes avant le soin',
    it: "in anticipo|arrivare prima|venire prima|essere li prima|quanto prima devo arrivare|arrivare quanto tempo prima|minuti prima dell'appuntamento|con anticipo|arrivare in anticipo",
    de: 'fruher da sein|fruher kommen|fruher da|vorher da sein|wie fruh|wie viel fruher|wieviel fruher|minuten vorher|minuten fruher|vor dem termin da sein|rechtzeitig da sein|rechtzeitig kommen|zeitiger kommen',
    ca: "arribar abans|arribar aviat|arribar amb antelacio|venir abans|ser-hi abans|quant abans he d'arribar|minuts abans de la cita",
    pt: 'com antecedencia|chegar antes|chegar mais cedo|chegar cedo|vir antes|chegar quanto tempo antes|minutos antes da consulta|antes da hora',
    ar: 'الحضور قبل الموعد|نجي قبل|نوصل قبل|نكون قبل|شحال قبل|قديش قبل|كم دقيقه قبل|=بكري|nji 9bel|nwsl 9bel|9bel lmaw3id|chhal 9bel',
  },
  /** Somewhere safe for a phone, a passport, a bag during the visit: lockers, a safe. */
  valuables: {
    en: 'valuables|somewhere safe|keep it safe|keep them safe|safe place|safe deposit|safety deposit|locker*|belongings|leave my bag|leave my phone|leave my passport|leave my things|leave my stuff|store my things|store my bag|backpack|backpacks|rucksack|rucksacks|leave our bags|leave our things',
    es: 'objetos de valor|objeto de valor|pertenencias|taquilla*|consigna|caja fuerte|en un lugar seguro|guardar mis cosas|dejar mis cosas|dejar el movil|dejar mi bolso|dejar el pasaporte|mochila|mochilas|dejar las cosas|dejamos las cosas|dejar las mochilas',
    fr: 'objets de valeur|objet de valeur|en securite|en lieu sur|casier*|consigne|coffre fort|mes affaires|laisser mon sac|laisser mon telephone|laisser mon passeport|laisser mes affaires|sac a dos|sacs a dos|laisser nos affaires',
    it: 'oggetti di valore|oggetto di valore|effetti personali|armadiett*|cassaforte|cassetta di sicurezza|al sicuro|lasciare le mie cose|lasciare il telefono|lasciare la borsa|lasciare il passaporto|zaino|zaini|lasciare le cose|lasciare gli zaini',
    de: 'wertsachen|wertgegenstande|schliessfach*|spind|spinde|tresor|sicher aufbewahren|sicher verstauen|meine sachen|meine tasche lassen|handy lassen|rucksack|rucksacke|unsere sachen',
    ca: 'objectes de valor|objecte de valor|taquill*|consigna|caixa forta|en un lloc segur|les meves coses|deixar les meves coses|deixar el mobil|deixar la bossa|motxilla|motxilles',
    pt: 'objetos de valor|objeto de valor|pertences|cacifo*|cofre|em seguranca|lugar seguro|as minhas coisas|deixar as minhas coisas|deixar o telemovel|deixar o celular|deixar a bolsa|deixar o passaporte|armario com chave|mochila|mochilas|deixar as coisas|deixamos as coisas|guardar as coisas',
    ar: 'خزانه|خزائن|خزاين|خزانات|=لوكرات|=اللوكرات|=لوكر|=اللوكر|=لوكير|خزانه بالمفتاح|صندوق الامانات|اغراضي*|اغراض|الاغراض|=aghrad|=aghradh|=aghradi|=lighrad|حوايجي*|الحوايج ديالي|نخلي التلفون|نخلي الباسبور|نخلي حوايجي|casier|coffre|khzana|locker|مكان نخلي فيه|مكان نحط فيه|نخلي الشنط|نخلي فيه الشنط|نحط الشنط|نحط فيه الشنط|نترك الشنط|اترك الشنط|نخلي التلفونات|نخلي الاغراض|نخلي الجوالات',
  },
  /** Being naked or in underwear (a hammam, a sauna, a massage, a body treatment): what people ask before they undress. */
  nudity: {
    en: 'naked|nude|nudity|in the nude|birthday suit|undressed|fully undress|strip off|strip down|take everything off|topless|in my underwear|underwear|keep my underwear|knickers|briefs|without a swimsuit|without swimwear|without a bathing suit|without clothes|no swimsuit|no swimsuits|textile free|clothes on|clothing optional',
    es: 'desnudo|desnuda|desnudos|desnudas|desnudarme|desnudarse|desnudez|en pelotas|en bolas|sin banador|sin ropa|sin traje de bano|en ropa interior|ropa interior|topless|bragas|braguitas|calzoncillos',
    fr: 'nu|nue|nues|nus|nudite|tout nu|sans maillot|sans maillot de bain|sans vetements|toute nue|tout a poil|toute a poil|etre a poil|se mettre a poil|me mettre a poil|completement a poil|seins nus|torse nu|en sous vetements|sous vetements|culotte|slip',
    it: 'nuda|nude|stare nudi|stare nudo|essere nudi|essere nudo|tutti nudi|nudi in sauna|nudita|senza costume|senza il costume|senza vestiti|tutto nudo|tutta nuda|completamente nudo|completamente nuda|nudo integrale|in mutande|mutande|mutandine|biancheria intima|topless',
    de: 'nackt|nackig|nackert|nacktheit|textilfrei|hullenlos|fkk|unterwasche|unterhose|slip|oben ohne|ganz ausziehen|alles ausziehen|ohne badesachen|ohne badeanzug|ohne badehose|ohne badekleidung|ohne textil',
    ca: 'nu|nua|nues|nus|sense banyador|sense roba|despullat|despullada|despullats|despullades|en pilotes|roba interior|calces|calcotets|topless',
    pt: 'nu|nua|nus|nuas|pelado|pelada|sem fato de banho|sem biquini|sem roupa|sem roupa nenhuma|nudez|roupa interior|roupa intima|cueca|cuecas|calcinha|topless',
    ar: 'عريان|عريانه|عاري|عاريه|نتعرى|نتعرا|تعرى|كنتعراو|بلا حوايج|بلا ملابس|بدون ملابس|مزلط|كلسون|سليب|slip|nt3erra|nt3arra|t3erra|3eryan|3aryana|bla 7wayej|mzelet|culotte',
  },
  /** A photo or a picture sent or taken ("send me a pic when he's ready"); photos of past work are also a portfolio. */
  photo: {
    en: 'photo|photos|pic|pics|picture|pictures|selfie|screenshot*|screen shot',
    es: 'foto|fotos|fotito|fotografia|fotografias|captura de pantalla|pantallazo',
    fr: "photo|photos|photographie|capture d'ecran|screenshot",
    it: 'foto|fotografia|fotografie|fotina|screen|screenshot',
    de: 'foto|fotos|bild|bilder|bildchen|screenshot*',
    ca: 'foto|fotos|fotografia|fotografies|captura de pantalla',
    pt: 'foto|fotos|fotinho|fotinha|fotografia|print|printscreen|captura de tela|captura de ecra',
    ar: 'صوره|تصويره|تصاور|سكرين|photo|tswira|tsawer|screenshot|اصور|نصور|هصور|تصوير|asawar|asawwar|asawer|nsawar|nsawer|hasawar|tasweer|taswir',
  },
  /** Selling something to take home (products, food, a voucher): the verb, whatever is sold. */
  selling: {
    en: 'sell|sells|selling|sold|for sale|take home|to take home',
    es: 'venden|vendeis|vender|venta|a la venta|se vende|se venden|para llevar a casa|llevarme a casa',
    fr: 'vendez|vendre|vendu|vendus|vente|en vente|a vendre|ramener a la maison|emporter chez moi',
    it: 'vendete|vendere|vendono|vendita|in vendita|portare a casa',
    de: 'verkauft|verkaufen|verkauf|verkaufe|zu kaufen|zum mitnehmen|mit nach hause',
    ca: 'veneu|vendre|venda|a la venda|emportar me|endur me',
    pt: 'vendem|vender|vendes|venda|a venda|levar para casa|levar pra casa',
    ar: 'كتبيعو|تبيعو|تبيعون|تبيعوا|بيع|للبيع|نشري|katbi3o|kaybi3o',
  },
  /** Doing something for the first time, a beginner: whether it suits someone who has never done it. */
  beginner: {
    en: 'beginner|beginners|never driven|never drove|never raced|never been karting|never sailed|never danced|never flown|never surfed|never climbed|never paddled|never kayaked|never done it before|never done this before|complete beginner|total beginner|newbie|first timer|never done|never tried|never been to a|never had one|never skied|never been skiing|never snowboarded|never ridden|never been on a horse|never sat on a horse|never dived|never been diving|is my first|it my first|that my first|my very first|first ever|never cooked|never really cooked|can t cook|cant cook|cannot cook|know how to cook|no cooking experience|no experience|zero experience|without experience|no previous experience|slow everyone down|slow the group down|slow the others down|hold everyone up|hold the group up|keep up with the group|keep up with the others|never played|never done one|easiest|the easy one|anything too hard|nothing too hard|not too hard|nothing too difficult|make a fool of myself|look ridiculous|look silly|look stupid|feel ridiculous|feel silly|embarrass myself|people like me|someone like me|never touched',
    es: 'principiante*|novato|novata|nunca he conducido|nunca he manejado|nunca he navegado|nunca he bailado|nunca he volado|nunca he surfeado|nunca he escalado|nunca he remado|nunca he jugado|nunca he hecho|nunca he probado|nunca he esquiado|nunca ha hecho|nunca ha probado|nunca ha montado|nunca he montado|nunca se ha subido a un caballo|nunca me he subido a un caballo|nunca ha buceado|nunca he buceado|no he nunca|no he en mi vida|nunca lo he probado|nunca he estado en|mi primer|mi primera|nunca he cocinado|nunca hemos cocinado|no se cocinar|no sabemos cocinar|saber cocinar|sin experiencia|ninguna experiencia|cero experiencia|retrasar al grupo|retrasar a los demas|seguir el ritmo del grupo|nunca hemos hecho|nunca hemos jugado|mas facil|hacer el ridiculo|quedar en ridiculo|quedar como tonto|quedar como tonta|gente como yo|alguien como yo|nunca he tocado|no he tocado nunca|en mi vida he|no he tocado en mi vida',
    fr: 'debutant*|novice|jamais conduit|jamais navigue|jamais danse|jamais vole|jamais surfe|jamais pilote|jamais fait|jamais essaye|jamais skie|jamais monte|jamais montee|jamais plonge|jamais ete dans|mon premier|ma premiere|jamais cuisine|jamais cuisiner|sais pas cuisiner|savons pas cuisiner|savoir cuisiner|sans experience|aucune experience|pas d experience|zero experience|ralentir le groupe|ralentir les autres|suivre le rythme du groupe|plus facile|me ridiculiser|etre ridicule|avoir l air ridicule|avoir l air bete|des gens comme moi|quelqu un comme moi|jamais touche',
    it: 'principiant*|alle prime armi|mai guidato|mai navigato|mai ballato|mai volato|mai arrampicato|mai pilotato|mai fatto|mai provato|mai sciato|mai andato a cavallo|mai andata a cavallo|mai montato a cavallo|mai stato in|mai stata in|il mio primo|la mia prima|mai cucinato|non so cucinare|non sappiamo cucinare|saper cucinare|saper gia cucinare|sapere cucinare|senza esperienza|nessuna esperienza|zero esperienza|rallentare il gruppo|rallentare gli altri|stare al passo con il gruppo|piu facile|fare brutta figura|fare figuracce|rendermi ridicolo|rendermi ridicola|sembrare ridicolo|sembrare ridicola|gente come me|persone come me|qualcuno come me|mai toccato',
    de: 'anfanger*|neuling|noch nie|nie ski gefahren|mein erstes|meine erste|mein erster|nie gekocht|kann nicht kochen|konnen nicht kochen|kochen konnen|keine erfahrung|ohne erfahrung|keine vorkenntnisse|die gruppe aufhalten|die anderen aufhalten|mit der gruppe mithalten|einfachste*|leichteste*|nicht zu schwer|mich blamieren|blamiere mich|lacherlich machen|mich lacherlich|leute wie mich|jemanden wie mich|jemand wie ich|nie angefasst|noch nie angefasst|in meinem leben noch nie',
    ca: 'principiant*|novell*|mai he conduit|mai he navegat|mai he ballat|mai he volat|mai he pilotat|mai he fet|mai he provat|mai he esquiat|mai ha muntat|mai he muntat|mai ha pujat a cavall|no he mai|no he en la vida|el meu primer|la meva primera|la meua primera|mai he cuinat|no se cuinar|saber cuinar|sense experiencia|cap experiencia|endarrerir el grup|seguir el ritme del grup|mes facil|mai hem fet|fer el ridicul|quedar en ridicul|quedar com un ximple|gent com jo|algu com jo|no he tocat|mai he tocat|en ma vida|en la meva vida|en la meua vida|no n he fet mai',
    pt: 'iniciante*|principiante*|novato|novata|nunca dirigi|nunca conduzi|nunca guiei|nunca velejei|nunca dancei|nunca voei|nunca surfei|nunca escalei|nunca pilotei|nunca fiz|nunca experimentei|nunca esquiei|nunca montou|nunca montei|nunca andou a cavalo|nunca mergulhou|nunca mergulhei|nunca estive num|meu primeiro|minha primeira|nunca cozinhei|nunca cozinhamos|nao sei cozinhar|nao sabemos cozinhar|saber cozinhar|sem experiencia|nenhuma experiencia|zero experiencia|atrasar o grupo|atrasar os outros|acompanhar o ritmo do grupo|estreante*|mais facil|nunca fizemos|nunca jogamos|pagar mico|passar vergonha|fazer papel de bobo|fazer papel de boba|parecer ridiculo|parecer ridicula|gente como eu|alguem como eu|nunca toquei|nunca mexi',
    ar: 'مبتدئ|مبتدئه|اول تجربه|عمري ما سقت|ما قد سقت|اول مره اسوق|اول مره اسوق كارت|عمري ما درت|عمري ما جربت|ma3mri ma dert|ma3mri ma jrbt|debutant|debutante|ما كنعرفش نطيب|ma kan3rafch ntyb|بلا خبره|ما عندي خبره|ma 3ndi khibra|نفضح راسي|نحشم|ناس بحالي',
  },
  /** When a pet, an order or a result is ready: "send me a photo when he's ready", "quan estigui llest". */
  ready: {
    en: 'he ready|she ready|it ready|is ready|they are ready|be ready|ready for pick up|ready to pick up|ready to collect|ready for collection',
    es: 'este listo|este lista|esten listos|esta listo|esta lista|estara listo|estara lista|cuando termineis|cuando terminen',
    fr: 'sera pret|sera prete|est pret|est prete|quand il est pret|quand elle est prete|quand vous avez fini|quand vous aurez fini',
    it: 'sara pronto|sara pronta|e pronto|e pronta|quando avete finito|quando finite',
    de: 'fertig ist|fertig sind|fertig bin|abholbereit|abholfertig|wenn ihr fertig seid|wenn sie fertig sind',
    ca: 'estigui llest|estigui llesta|estara llest|estara llesta|esta llest|esta llesta|quan acabeu',
    pt: 'estiver pronto|estiver pronta|estara pronto|estara pronta|esta pronto|esta pronta|ficar pronto|ficar pronta|quando acabarem|quando terminarem',
    ar: 'يكون واجد|تكون واجده|ملي يكون واجد|ملي تكون واجده|ملي تكملو|yakoun wajed|tkoun wajda|mli tkmlo|تجهز|يجهز|تجهزون|تكون جاهزه|يكون جاهز|تصير جاهزه|يصير جاهز',
  },
  /**
   * Someone else acting for the customer: collecting results, signing, coming "in my place" or "on my behalf".
   * "For me" alone is left out (any request is for someone), and so is a relative alone (a backstory's).
   */
  proxy: {
    en: 'on my behalf|our nanny|the nanny|my nanny|a nanny|babysitter|baby sitter|au pair|our driver|my driver|the driver|our maid|the maid|share my package|share the package|share my pack|share my sessions|share sessions|share my bundle|use my package|use my sessions|use the sessions left|use my remaining sessions|transfer my package|transfer my sessions|give my sessions|on her behalf|on his behalf|in my place|instead of me|someone else|somebody else|another person|a family member|in my name|authorise someone|authorize someone|power of attorney',
    es: 'en mi lugar|la canguro|una canguro|la ninera|una ninera|la au pair|el chofer|nuestro chofer|compartir el bono|compartir mi bono|compartir las sesiones|compartir el paquete|usar mi bono|usar mis sesiones|pasar mi bono|traspasar el bono|traspasar las sesiones|transferir el bono|en mi nombre|en nombre mio|de parte mia|otra persona|alguien de mi familia|un familiar|autorizacion para recoger|autorizar a alguien',
    fr: "a ma place|la nounou|notre nounou|une nounou|la baby sitter|la babysitter|la nourrice|au pair|notre chauffeur|partager mon forfait|partager le forfait|partager mes seances|partager le carnet|utiliser mes seances|utiliser mon forfait|transferer mon forfait|ceder mes seances|ceder mon forfait|a sa place|quelqu'un d'autre|quelqu un d autre|une autre personne|un proche|un membre de ma famille|en mon nom|procuration",
    it: "al mio posto|la babysitter|la baby sitter|la tata|una tata|la ragazza alla pari|l autista|condividere il pacchetto|condividere le sedute|usare le mie sedute|usare il mio pacchetto|cedere il pacchetto|cedere le sedute|trasferire il pacchetto|al posto mio|un'altra persona|un altra persona|qualcun altro|qualcun'altro|un familiare|a mio nome|per conto mio|delega|con delega",
    de: 'an meiner stelle|babysitter|unsere babysitterin|die babysitterin|kindermadchen|au pair|tagesmutter|unser fahrer|paket teilen|sitzungen teilen|meine sitzungen nutzen|paket ubertragen|paket weitergeben|sitzungen ubertragen|fur mich abholen|jemand anderes|jemand anders|eine andere person|ein angehoriger|eine angehorige|ein familienmitglied|in meinem namen|vollmacht',
    ca: 'al meu lloc|la cangur|una cangur|la mainadera|la au pair|compartir el bo|compartir les sessions|fer servir el meu bo|traspassar el bo|en el meu lloc|una altra persona|algu altre|un familiar|en nom meu|de part meva',
    pt: 'no meu lugar|a baba|uma baba|nossa baba|a minha baba|a ama|a empregada|o motorista|nosso motorista|partilhar o pacote|compartilhar o pacote|dividir o pacote|usar as minhas sessoes|usar minhas sessoes|passar o pacote|transferir o pacote|em meu nome|em nome meu|outra pessoa|um familiar|alguem da familia',
    ar: 'في بلاصتي|المربيه|مربيه|مربية|الخدامه|الشغاله|السايق|السواق|سواقنا|الدادة|الداده|=dada|=mourabbiya|=el sayeg|=sayeg|اشارك الباقه|مشاركه الباقه|يستخدم الباقه|يستعمل الباقه|انقل الباقه|تحويل الباقه|فبلاصتي|بدالي|عوضي|بالنيابه عني|بالنيابه|واحد من العايله|واحد من العائله|حد من العيله|شخص اخر|شخص آخر|واحد اخر|توكيل|fi blasti|f blasti|fblasti|bdali|3awdi|3ewdi|wa7ed men l3ayla|7ad men l3ayla',
  },
  /** Collecting a pet, an order or a person from the business ("what time can I pick him up?"); a hotel pick-up is a transfer too. */
  collect: {
    en: 'pick up|picking up|pick him up|pick her up|pick it up|pick them up|pickup|collect|collecting|collection time|grab the bike|grab my bike|grab the car|grab my car|grab him|grab her|fetch the bike|fetch my bike|fetch the car|fetch my car|come and get the|come and get my|come get the|come get my',
    es: 'recoger|recogerlo|recogerla|recogerlos|recogida|=recojo|=recoja|=recojas|=recojan|pasar a buscar|venir a buscar|ir a buscar|paso a buscar|vengo a buscar',
    fr: 'recuperer|venir chercher|aller chercher|allez chercher|vont chercher|allez les chercher|aller les chercher|va les chercher|passer chercher|passer prendre|viens le chercher|viens la chercher|recuperation|venir me chercher|venez me chercher|passer me chercher|passez me chercher|passer me prendre|passez me prendre',
    it: 'ritirare|ritirarlo|ritirarla|ritiro|venire a prendere|passare a prendere|riprenderlo|riprenderla|vengo a prendere|passo a prendere',
    de: 'abholen|abholung|abhole|abholzeit|holen ab|hole ihn ab|hole sie ab|abzuholen',
    ca: 'recollir|recollir lo|recollir la|recollida|venir a buscar|passar a buscar|anar a buscar|vinc a buscar|vens a buscar|veniu a buscar|ve a buscar|vindre a buscar|vindre a recollir|passo a buscar|buscar lo|buscar la',
    pt: 'ir buscar|vai buscar|vao buscar|vamos buscar|vem buscar|buscar ele|buscar ela|quem busca|quem vai buscar|vir buscar|vou buscar|venho buscar|passar para buscar|recolher|recolha|levantar o cao|buscar o cao|buscar o cachorro|buscar a cadela',
    ar: 'نجي ناخدو|نجي ناخدها|نجي نديه|نجي نديها|نجي نجيبو|نجي نجيبها|nji nakhdo|nji ndih|nji ndiha|nji njibo|يجيب النتائج|نجيب النتائج|يجيب التحاليل|ياخذ النتائج|ياخد النتائج|ناخذ النتائج|يدي النتائج|ندي النتائج|استلام النتائج|نستلم النتائج|يستلم النتائج|njib resultat|yjib resultat|ndi resultat|ياخذ السياره|تاخذون السياره|ياخذون السياره|ناخذ السياره|توخذون السياره|يستلم السياره|تستلمون السياره|نستلم السياره|استلام السياره|استلام وتسليم|yakhedh el sayyara|yakhith el sayyara|takhthoon el sayyara|yestalim el sayyara',
  },
  /**
   * Flying: a plane, an airport, a flight home (hearing aids through security, a bike in a box, after surgery), and
   * the verb to fly; English "fly" only as a verb ("can I fly?", "must not fly"), not the insect.
   */
  flight: {
    en: 'flight|flights|flying|can i fly|can he fly|can she fly|can we fly|can they fly|can you fly|to fly|not fly|still fly|plane|airplane|aeroplane|airport|on the plane|fly home|fly back',
    es: 'avion|vuelo|vuelos|volar|aeropuerto|en avion',
    fr: 'avion|en avion|aeroport|prendre l avion|vol retour|=vol|=vols|notre vol|mon vol|le vol|du vol|=voler',
    it: 'aereo|in aereo|aeroporto|volo di ritorno|prendere l aereo|volo|voli|volare',
    de: 'flugzeug|fliegen|fliege|flug|fluge|flughafen|ruckflug',
    ca: 'avio|vol|volar|aeroport|en avio',
    pt: 'aviao|voo|voos|voar|aeroporto|de aviao',
    ar: 'طياره|الطياره|طيارة|الطيارة|طيارتي|طيارتنا|طيارته|الطيران|مطار|المطار|tiyara|tayara|tayarti|tyarti|avion',
  },
  /**
   * Privacy during the treatment: a room or cubicle of one's own, closed to others ("c'est fait dans une cabine
   * fermée ?"). A closed room is no closed business (analyzer.ts SHADOWS).
   */
  privateRoom: {
    en: 'private room|private cabin|private cubicle|closed room|closed cabin|closed cubicle|separate room|room with a door|just a curtain|only a curtain',
    es: 'cabina privada|cabina cerrada|sala privada|sala cerrada|habitacion privada|habitacion cerrada|box privado|box cerrado|solo una cortina|solo con cortina',
    fr: 'cabine privee|cabine fermee|cabines fermees|salle privee|salle fermee|piece fermee|piece a part|juste un rideau|seulement un rideau|box ferme',
    it: 'cabina privata|cabina chiusa|stanza privata|stanza chiusa|sala privata|sala chiusa|solo una tenda',
    de: 'eigene kabine|geschlossene kabine|separate kabine|eigener raum|separater raum|geschlossener raum|einzelkabine|nur ein vorhang',
    ca: 'cabina privada|cabina tancada|sala privada|sala tancada|habitacio privada|nomes una cortina',
    pt: 'cabine privada|cabine fechada|sala privada|sala fechada|quarto privado|so uma cortina|apenas uma cortina',
    ar: 'غرفه خاصه|غرفه مسكره|غرفه مقفوله|كابينه خاصه|كابينه مسكره|غرفه لحالي|cabine fermee|cabine privee',
  },
  /**
   * The whole of something, all told: the whole visit, from arriving to leaving ("how long does the whole visit
   * take?", "wie lange dauert der ganze Besuch insgesamt?", "combien de temps au total ?"), or a sum ("in total").
   * Not "whole" or "tout" alone (the whole body, "en tout cas"), nor "overall" (the clothes).
   */
  inTotal: {
    en: 'in total|altogether|all in all|all told|from start to finish|start to finish|whole visit|entire visit|whole experience',
    es: 'en total|en conjunto|toda la visita|la visita entera|la visita completa|de principio a fin|de inicio a fin',
    fr: 'au total|en tout et pour tout|toute la visite|la visite complete|la visite entiere|du debut a la fin',
    it: 'in totale|complessivamente|tutta la visita|la visita completa|dall inizio alla fine|in tutto e per tutto',
    de: 'insgesamt|alles in allem|ganze besuch|ganzen besuch|gesamte besuch|gesamten besuch|von anfang bis ende|alles zusammen',
    ca: 'en total|en conjunt|tota la visita|la visita sencera|la visita completa|de principi a fi',
    pt: 'no total|ao todo|a visita toda|toda a visita|a visita completa|do inicio ao fim|do comeco ao fim',
    ar: 'بالمجمل|بالمجموع|الزياره كلها|كل الزياره|الزياره كامله|من البدايه للنهايه|من البدايه الى النهايه',
  },
} satisfies PhraseTable<string>;
