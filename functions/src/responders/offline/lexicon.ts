/**
 * Cue phrases for each intent, per language; Arabizi cues sit with Arabic.
 * A cue is matched on normalised, stemmed words (see domain/text.ts), so
 * write it as a customer would: accents, elision and Arabic spelling
 * variants take care of themselves. Cues are separated by "|"; a leading
 * "~" makes a cue weak (0.5): an intent needs a score of 1.
 */
export const INTENTS = [
  'greeting',
  'salam',
  'thanks',
  'goodbye',
  'hours',
  'openNow',
  'location',
  'contact',
  'services',
  'price',
  'duration',
  'booking',
  'human',
  'complaint',
  'injection',
  'yes',
] as const;
export type Intent = (typeof INTENTS)[number];

export type CueLanguage = 'en' | 'fr' | 'es' | 'ar';
export type Lexicon = Record<Intent, Partial<Record<CueLanguage, string>>>;

export const LEXICON: Lexicon = {
  greeting: {
    en: 'hi|hello|hey|hiya|howdy|good morning|good afternoon|good evening|greetings',
    fr: 'bonjour|bonsoir|salut|coucou|bjr',
    es: 'hola|buenos dias|buenas tardes|buenas noches|buenas|saludos',
    ar: 'مرحبا|مرحبتين|اهلا|أهلا وسهلا|السلام عليكم|سلام|صباح الخير|مساء الخير|هاي|هلو|marhaba|mar7aba|marhaban|ahlan|ahla|salam|sabah el kheir|sabah el khair|masa el kheir|masa el khair|hala|kifak|kifik|kifkon|keefak',
  },
  salam: {
    ar: 'السلام عليكم|سلام عليكم|salam|salamu alaykum|assalamu alaikum|salam alaykum|salam 3aleikum',
  },
  thanks: {
    en: 'thanks|thank you|thank u|thx|ty|cheers|appreciate it|much appreciated',
    fr: 'merci|merci beaucoup|je vous remercie',
    es: 'gracias|muchas gracias|mil gracias|se lo agradezco',
    ar: 'شكرا|شكرا جزيلا|مشكور|مشكورين|يعطيك العافيه|تسلم|تسلمي|يسلمو|shukran|shokran|choukran|tislam|yislamo|yeslamo|mashkour|ya3tik el 3afye',
  },
  goodbye: {
    en: 'bye|goodbye|good bye|see you|see ya|have a good day|have a nice day|take care|good night',
    fr: 'au revoir|bonne journée|bonne soirée|à bientôt|bonne nuit',
    es: 'adiós|hasta luego|hasta pronto|chao|chau|nos vemos|que tenga buen día',
    ar: 'مع السلامه|باي|الى اللقاء|تصبحون على خير|ma3 el salameh|ma3a salama|yalla bye|bye bye',
  },
  hours: {
    en: 'hours|opening hours|opening times|open|close|closing|what time|timings|working hours|business hours|~when|~schedule',
    fr: "horaires|heures d'ouverture|ouvrez|fermez|ouverture|fermeture|ouvert|fermé|à quelle heure|~quand",
    es: 'horario|horarios|a qué hora|abren|cierran|abierto|abiertos|cerrado|apertura|cierre|~cuándo',
    ar: 'دوام|ساعات العمل|ساعات الدوام|اوقات العمل|مواعيد العمل|متى تفتحون|تفتحون|تسكرون|تغلقون|مفتوح|مفتوحين|مسكر|مغلق|فاتحين|dawam|fet7in|fat7in|msakrin|msakkrin|aymta|emta|imta|sa3at el 3amal',
  },
  openNow: {
    en: 'open now|open today|open right now|still open|currently open|are you open|open at the moment|open tomorrow|closed today|closed now',
    fr: "ouvert maintenant|ouvert aujourd'hui|êtes-vous ouvert|vous êtes ouvert|ouvert en ce moment|encore ouvert|ouvert demain|fermé aujourd'hui",
    es: 'abierto ahora|abiertos ahora|están abiertos|está abierto|abren hoy|abierto hoy|abiertos hoy|abren mañana|cerrado hoy',
    ar: 'مفتوح الان|مفتوحين الان|مفتوحين هلا|فاتحين هلا|فاتحين هلق|فاتحين اليوم|مفتوح اليوم|مفتوحين اليوم|الحين مفتوحين|fet7in halla2|fet7in lyom|fet7in el yom|fat7in halla2|fat7in el yom',
  },
  location: {
    en: 'where are you|where is the clinic|address|location|located|directions|map|find you|how do i get there|how to get there|~where',
    fr: 'adresse|où êtes-vous|où se trouve|où vous trouvez|situé|situés|localisation|itinéraire|comment venir',
    es: 'dónde están|dónde queda|dónde se encuentran|dirección|ubicación|ubicados|ubicado|mapa|cómo llegar|~dónde',
    ar: 'وين|اين|عنوان|العنوان|عنوانكم|موقعكم|مكانكم|لوكيشن|الخريطه|كيف اوصل|wein|wayn|location|3enwan|3nwan|makan|kif bousal|~wen|~موقع|~مكان',
  },
  contact: {
    en: 'phone|phone number|email|e-mail|contact|reach you|website|whatsapp|~number|~call',
    fr: 'téléphone|numéro|appeler|contacter|joindre|email|courriel|site web|~site',
    es: 'teléfono|número|llamar|correo|email|contacto|página web|sitio web',
    ar: 'رقم|تلفون|تليفون|هاتف|ايميل|البريد|تواصل|واتساب|ra2em|ra2am|raqam|rakam|talafon|~اتصل',
  },
  services: {
    en: 'services|what do you offer|what do you do|do you offer|menu|price list|~treatments|~procedures',
    fr: 'services|prestations|soins|que proposez-vous|vous proposez|carte des soins|liste des prix|grille tarifaire|~traitements',
    es: 'servicios|tratamientos|qué ofrecen|ofrecen|lista de precios|menú',
    ar: 'خدمات|الخدمات|خدماتكم|شو عندكم|ماذا تقدمون|علاجات|قائمه الاسعار|khadamet|khadamat|shu 3andkon|sho 3andkon|chou 3andkon',
  },
  price: {
    en: 'price|pricing|cost|how much|fee|charge|rate|expensive|cheap|tariff',
    fr: "prix|tarif|combien coûte|combien ça coûte|c'est combien|combien pour|coûte|coûtent|coût|cher|payer|~combien",
    es: 'precio|precios|cuánto cuesta|cuánto cuestan|cuánto vale|cuánto sale|cuesta|cuestan|costo|coste|tarifa|cuánto es|~cuánto',
    ar: 'سعر|اسعار|بكم|كم سعر|كم يكلف|تكلفه|كلفه|ثمن|قديش|اديش|بقديش|كم حق|se3r|s3r|si3r|as3ar|2as3ar|adesh|addesh|2adesh|2addesh|b2adesh|bi2adesh|2adde|bkam|kadesh|kam se3r|~kam|~كم',
  },
  duration: {
    en: 'how long|duration|take long|how many minutes|how much time|minutes',
    fr: 'combien de temps|durée|ça dure|minutes',
    es: 'cuánto tiempo|cuánto dura|duración|dura|minutos',
    ar: 'مده|كم ساعه|كم دقيقه|قديش بياخد|قديش بتاخد|كم من الوقت|دقيقه|دقائق|ade byekhod|2adde byekhod|2adesh byekhod|wa2et|ade wa2et',
  },
  booking: {
    en: 'book|booking|appointment|reserve|reservation|slot|make an appointment|~available|~availability|~come in|~visit',
    fr: 'réserver|réservation|rendez-vous|rdv|prendre rendez-vous|créneau|~disponible|~disponibilité|~dispo',
    es: 'reservar|reserva|cita|turno|agendar|pedir cita|~disponible|~disponibilidad',
    ar: 'حجز|احجز|موعد|حجوزات|7ajez|7ajz|ehjez|e7jez|hajez|maw3ed|maw3ad|mawed',
  },
  human: {
    en: 'human|real person|a person|agent|representative|operator|talk to someone|speak to someone|speak with someone|talk to somebody|manager|staff member|someone from your team|call me|live agent|~someone|~talk to|~speak to|~speak with',
    fr: "humain|une personne|vraie personne|conseiller|conseillère|quelqu'un|parler à|responsable|gérant|appelez-moi|rappelez-moi|~parler",
    es: 'humano|una persona|persona real|agente|alguien|hablar con|encargado|gerente|asesor|llámenme|~hablar',
    ar: 'موظف|موظفه|انسان|بشري|شخص حقيقي|مدير|المدير|اكلم|احكي مع|خدمه العملاء|حدا من الفريق|بدي احكي|ابغي اكلم|e7ke ma3|ehke ma3|baddi e7ke|bade ehke|insan|mowazzaf|mowazaf|mudir|modir|~حدا|~شخص|~7ada',
  },
  complaint: {
    en: 'complaint|complain|terrible|awful|horrible|worst|disgusting|rude|unacceptable|angry|furious|disappointed|bad experience|not happy|unhappy|scam|ripped off|never again|burned me|burnt me|got burned|got burnt|ruined|upset|injured|injury|bleeding|got hurt|hurt my|~bad|~problem|~burned|~rash',
    fr: 'plainte|réclamation|inacceptable|horrible|nul|nulle|déçu|déçue|décevant|en colère|furieux|furieuse|arnaque|scandaleux|pas content|pas contente|pas satisfait|mauvaise expérience|brûlé|brûlée|fâché|fâchée|blessé|blessée|blessure|~problème',
    es: 'queja|reclamo|reclamación|terrible|horrible|inaceptable|decepcionado|decepcionada|enojado|enojada|molesto|molesta|estafa|mala experiencia|no estoy contento|no estoy contenta|quemadura|me quemó|herido|herida|lastimado|lastimada|~problema',
    ar: 'شكوى|شكوه|اشتكي|زعلان|زعلانه|سيء|سيئه|سيئ|تجربه سيئه|خدمه سيئه|مش راضي|غير راضي|مش مبسوط|نصب|نصابين|حرقتوني|انحرقت|حروق|مقرف|زفت|انجرح|مجروح|ze3len|za3lan|z3lan|shakwa|mish mabsout|msh mabsout|mish radi|~مشكله|~mushkle|~moshkle',
  },
  injection: {
    en: 'ignore previous|ignore all previous|ignore your instructions|ignore the above|ignore all instructions|disregard|system prompt|you are now|pretend you are|pretend to be|act as|jailbreak|developer mode|new instructions|your instructions|prompt injection',
    fr: 'ignore les instructions|ignore tes instructions|oublie tes instructions|ignorez les instructions|tu es maintenant|fais comme si',
    es: 'ignora las instrucciones|ignora tus instrucciones|olvida tus instrucciones|ahora eres|actúa como',
    ar: 'تجاهل التعليمات|تجاهل كل التعليمات|انسى التعليمات|انت الان|تصرف ك',
  },
  yes: {
    en: 'yes|yeah|yep|yup|sure|ok|okay|please|of course|definitely',
    fr: "oui|d'accord|ok|volontiers|bien sûr|avec plaisir",
    es: 'sí|si|claro|vale|ok|por supuesto|de acuerdo|dale',
    ar: 'نعم|اي|ايوه|ايوا|اكيد|تمام|طيب|ماشي|اوكي|يلا|eh|ah|aywa|aiwa|akid|akeed|tamam|tayeb|mashi|yalla|na3am',
  },
};
