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
  walkIn: {
    en: 'walk in|walk-in|walk ins|walkins|without an appointment|without appointment|without booking|no appointment|just turn up|just show up|drop in|pop in',
    es: 'sin cita|sin cita previa|sin reserva|sin reservar|sin pedir cita|sin pedir hora|por orden de llegada',
    fr: 'sans rendez vous|sans rdv|sans reservation|sans reserver|passer directement|venir directement|sans prendre rendez vous',
    ca: "sense cita|sense cita previa|sense reserva|sense reservar|per ordre d'arribada|passar directament",
    pt: 'sem marcacao|sem marcar|sem agendamento|sem agendar|sem reserva|por ordem de chegada|passar sem marcar',
    ar: 'بدون موعد|بدون حجز|من غير موعد|من غير حجز|بلا موعد|بلا حجز|bidun maw3ed|bdoun maw3ed|bla maw3ed',
  },
  waitingTime: {
    en: 'waiting time|wait time|long wait|how long is the wait|waiting list|waitlist|wait list|queue|queues|queuing',
    es: 'tiempo de espera|hay espera|mucha espera|esperar mucho|lista de espera|hacer cola',
    fr: "temps d'attente|attente|attendre longtemps|file d'attente|liste d'attente|faire la queue",
    ca: "temps d'espera|hi ha espera|molta espera|llista d'espera|fer cua",
    pt: 'tempo de espera|ha espera|muita espera|esperar muito|lista de espera|fila de espera|fila',
    ar: 'انتظار|الانتظار|وقت الانتظار|طابور|قائمه الانتظار|لازم استنى|بستنى كتير',
  },
  wifi: {
    en: 'wifi|wi fi|wi-fi|internet|wifi password|charger|charge my phone',
    es: 'wifi|wi fi|internet|clave del wifi|contrasena del wifi|cargador|cargar el movil',
    fr: 'wifi|wi fi|internet|code wifi|mot de passe wifi|chargeur|recharger mon telephone',
    ca: 'wifi|wi fi|internet|contrasenya del wifi|carregador|carregar el mobil',
    pt: 'wifi|wi fi|internet|senha do wifi|carregador|carregar o telemovel|carregar o celular',
    ar: 'واي فاي|وايفاي|الوايفاي|انترنت|الانترنت|شاحن|wifi',
  },
  reviews: {
    en: 'review|reviews|google reviews|rating|ratings|testimonial*|trustpilot|what do people say',
    es: 'resena*|opiniones|opinion de clientes|comentarios en google|testimonio*',
    fr: 'avis google|avis clients|vos avis|les avis|temoignage*|note google',
    ca: 'ressenya|ressenyes|opinions|opinio de clients|testimoni*',
    pt: 'comentarios|opinioes|avaliacoes no google|avaliacoes google|testemunho*|reviews',
    ar: 'اراء العملاء|اراء الناس|ريفيو|ريفيوز|تقييمات جوجل|تقييمات العملاء|reviews',
  },
  portfolio: {
    en: 'portfolio|before and after|before and afters|photos of your work|pictures of your work|examples of your work|previous work|gallery',
    es: 'portafolio|antes y despues|fotos de vuestro trabajo|fotos de vuestros trabajos|fotos de trabajos|trabajos anteriores|galeria',
    fr: 'portfolio|avant apres|avant et apres|photos de vos realisations|vos realisations|realisations|galerie',
    ca: 'portafoli|abans i despres|fotos dels vostres treballs|treballs anteriors|galeria',
    pt: 'portfolio|portefolio|antes e depois|fotos dos trabalhos|fotos do vosso trabalho|trabalhos anteriores|galeria',
    ar: 'قبل وبعد|صور قبل وبعد|صور شغلكم|صور اعمالكم|اعمالكم|بورتفوليو|portfolio',
  },
  products: {
    en: 'products|product|sell products|buy products|retail|brands|which brand|what brand',
    es: 'productos|producto|comprar productos',
    fr: 'produits|produit|acheter des produits|marques|quelle marque',
    ca: 'productes|producte|comprar productes',
    pt: 'produtos|produto|comprar produtos',
    ar: 'منتجات|منتج|ماركه|ماركات|براند',
  },
  groups: {
    en: 'group|groups|group booking|party|parties|birthday party|team building|corporate event|with friends|with my friends|several people|three of us|four of us|five of us',
    es: 'grupo|grupos|fiesta de cumpleanos|despedida|con amigas|con amigos|varias personas|somos 3|somos 4|somos 5|somos tres|somos cuatro|somos cinco',
    fr: "groupe|groupes|fete d'anniversaire|faire la fete|entre amies|entre amis|plusieurs personnes|on est 4|nous sommes 4|on sera 4|team building",
    ca: "grup|grups|festa d'aniversari|amb amigues|amb amics|diverses persones|som 3|som 4|som 5|som tres|som quatre",
    pt: 'grupo|grupos|festa de aniversario|com amigas|com amigos|varias pessoas|somos 3|somos 4|somos 5|somos tres|somos quatro',
    ar: 'مجموعه|جروب|قروب|حفله|حفله عيد ميلاد|مع صحباتي|مع صحابي|مع اصحابي|عده اشخاص|كم شخص|group',
  },
  hotelTransfer: {
    en: 'pick me up|pick us up|collect me|collect us|hotel pickup|hotel pick up|hotel transfer|transfer from|transfers|shuttle|from my hotel|from the hotel|from our hotel',
    es: 'recogida en el hotel|recoger en el hotel|recogernos en el hotel|traslado|traslados|transfer|desde el hotel|desde mi hotel|shuttle',
    fr: "navette|transfert|transferts|venir me chercher|venir nous chercher|chercher a l'hotel|depuis l'hotel|de mon hotel|de notre hotel",
    ca: "recollida a l'hotel|recollir a l'hotel|recollir nos|trasllat|trasllats|des de l'hotel",
    pt: 'transfer|transferes|buscar ao hotel|buscar no hotel|recolha no hotel|desde o hotel|shuttle',
    ar: 'توصيل من الفندق|تاخذوني من الفندق|تجيبوني من الفندق|من الفندق|نقل من الفندق|transfer',
  },
  homeVisit: {
    en: 'home visit*|house call*|come to my home|come to my house|come to my place|come to me|mobile service|mobile groomer|mobile vet|mobile grooming|in my hotel room',
    es: 'a domicilio|servicio a domicilio|venir a casa|venir a mi casa|vengais a casa|vengan a casa|en mi hotel',
    fr: "a domicile|domicile|venir chez moi|venir a la maison|dans ma chambre d'hotel",
    ca: 'a domicili|domicili|venir a casa|veniu a casa',
    pt: 'ao domicilio|domicilio|ir a casa|vir a casa|vem a casa|atendimento domiciliario',
    ar: 'زياره منزليه|خدمه منزليه|تجو للبيت|تيجوا للبيت|تجي للبيت|للمنازل|home service',
  },
  lunchBreak: {
    en: 'lunchtime|lunch time|lunch break|lunch hour|at lunch|midday break|siesta',
    es: 'mediodia|hora de comer|a la hora de comer|cerrais a mediodia|cierran a mediodia|siesta',
    fr: 'pause dejeuner|pause de midi|entre midi et deux|dejeuner|a midi',
    ca: "migdia|hora de dinar|a l'hora de dinar|tanqueu a migdia",
    pt: 'almoco|hora de almoco|hora do almoco|intervalo de almoco|meio dia',
    ar: 'استراحه الغدا|الغدا|وقت الغدا|استراحه الظهر|بريك الغدا',
  },
  remoteConsultation: {
    en: 'video call|video consultation|videocall|zoom call|teleconsult*|telehealth|telemedicine|online consultation|online session|remote consultation',
    es: 'videollamada|video llamada|consulta online|consulta en linea|consulta por video|teleconsulta|consulta a distancia',
    fr: 'visio|visioconference|teleconsultation|consultation en ligne|consultation video|appel video|seance en ligne|consultation a distance',
    ca: 'videotrucada|video trucada|consulta online|consulta en linia|teleconsulta|consulta a distancia',
    pt: 'videochamada|video chamada|consulta online|teleconsulta|consulta por video|consulta a distancia',
    ar: 'مكالمه فيديو|فيديو كول|استشاره اونلاين|جلسه اونلاين|استشاره عن بعد|جلسه عن بعد|video call',
  },
  medicalCertificate: {
    en: 'medical certificate|sick note|fit note|doctors certificate|certificate for work|certificate for my work|proof of attendance|attendance certificate|written report|medical report',
    es: 'baja medica|certificado de asistencia|certificado para el trabajo|justificante de asistencia|justificante para el trabajo',
    fr: 'certificat medical|attestation|attestation de presence|arret de travail|arret maladie|compte rendu',
    ca: "certificat del metge|justificant d'assistencia|justificant per a la feina|informe del metge",
    pt: 'atestado|declaracao de presenca|declaracao para o trabalho|relatorio',
    ar: 'شهاده طبيه|اجازه مرضيه|ورقه للشغل|ورقه للعمل|شهاده حضور|certificat medical',
  },
  tipping: {
    en: 'tipping|gratuity|gratuities|service charge|leave a tip|do you accept tips|tip the',
    es: 'propina*',
    fr: 'pourboire*',
    ca: 'propina*',
    pt: 'gorjeta*',
    ar: 'بقشيش|البقشيش|ba2shish|baqshish',
  },
  facilities: {
    en: 'toilet|toilets|bathroom|restroom*|loo|wc|shower|showers|locker*',
    es: 'aseo|aseos|wc|ducha|duchas|ducharme|taquilla*|lavabo*',
    fr: 'les toilettes|des toilettes|wc|douche|douches|casier*',
    ca: 'lavabo*|vater|wc|dutxa|dutxes|dutxar me|taquilla*',
    pt: 'casa de banho|banheiro|wc|chuveiro|duche|duches|cacifo*',
    ar: 'تواليت|دوره مياه|دورات المياه|دوره المياه|دوش|شاور|لوكر',
  },
  /** What to bring along (a swimsuit, a towel, a reference photo): wearing is `clothing`. */
  bring: {
    en: 'what to bring|what should i bring|what do i bring|do i need to bring anything|need to bring anything|bring anything|should i bring anything|bring my own',
    es: 'que tengo que traer|que hay que traer|hay que traer algo|tengo que traer algo|traer algo|que traigo|traer mi propio|traer mi propia',
    fr: 'que dois je apporter|faut il apporter|quoi apporter|apporter quelque chose|apporter mon propre|apporter ma propre',
    ca: 'que cal portar|cal portar alguna cosa|que he de portar|he de portar alguna cosa|que he de dur|portar alguna cosa',
    pt: 'o que trazer|que tenho de trazer|que tenho que trazer|trazer alguma coisa|tenho de trazer algo|preciso de trazer algo|que trago',
    ar: 'شو اجيب معي|شو لازم اجيب|شو احضر معي|شو لازم احضر|لازم اجيب شي',
  },
  petFriendly: {
    en: 'pet friendly|dog friendly|pets allowed|dogs allowed|pets welcome|dogs welcome|bring my dog with me',
    es: 'pet friendly|se admiten mascotas|admiten mascotas|mascotas permitidas|perros permitidos|entrar con mi perro|entrar con el perro|ir con mi perro',
    fr: 'pet friendly|animaux acceptes|animaux admis|chiens admis|chiens acceptes|entrer avec mon chien|venir avec mon chien',
    ca: 'pet friendly|mascotes permeses|gossos permesos|entrar amb el gos|entrar amb el meu gos|venir amb el gos',
    pt: 'pet friendly|animais permitidos|caes permitidos|entrar com o cao|entrar com o meu cao|ir com o meu cao',
    ar: 'مسموح بالحيوانات|مسموح الحيوانات|مسموح الكلاب|ادخل مع كلبي|اجي مع كلبي|pet friendly',
  },
  loyalty: {
    en: 'loyalty|loyalty card|stamp card|reward points|rewards card|rewards programme|rewards program|regular customer|regular client',
    es: 'fidelidad|tarjeta de fidelidad|tarjeta de puntos|cliente habitual|clienta habitual|programa de puntos',
    fr: 'fidelite|carte de fidelite|programme de fidelite|client regulier|cliente reguliere|client fidele',
    ca: 'fidelitat|targeta de fidelitat|targeta de punts|client habitual|clienta habitual',
    pt: 'fidelizacao|cartao de fidelidade|cartao cliente|cliente habitual|programa de pontos',
    ar: 'بطاقه ولاء|برنامج ولاء|نقاط ولاء|زبون دائم|زبونه دائمه',
  },
  /** What a spa or hammam gives or asks for: a swimsuit, towels, a robe, slippers. */
  spaKit: {
    en: 'swimsuit*|swimwear|swimming costume|bathing suit|swim shorts|trunks|flip flops|slippers|robe|bathrobe|towel|towels',
    es: 'banador|banadores|biquini|toalla|toallas|albornoz|chanclas',
    fr: 'maillot de bain|serviette|serviettes|peignoir|tongs|claquettes|chaussons',
    ca: 'banyador|biquini|tovallola|tovalloles|barnus|xancletes',
    pt: 'fato de banho|biquini|toalha|toalhas|chinelos',
    ar: 'مايوه|بكيني|منشفه|مناشف|فوطه|شبشب|شباشب|روب استحمام',
  },
} satisfies PhraseTable<string>;
