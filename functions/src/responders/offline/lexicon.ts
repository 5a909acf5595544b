/**
 * What a message *does* (greets, thanks, asks for a person, complains, asks
 * to book), per language; what it is *about* (price, hours, parking…) comes
 * from the domain concept lexicon (domain/lexicon). Syntax: see
 * domain/lexicon/phrases.ts ("|" between cues, "~" for a weak cue, "*" for a
 * prefix). An intent is present when its cues add up to 1.
 */
import type { PhraseTable } from '../../domain/lexicon/phrases.js';

export const INTENTS = [
  'greeting',
  'salam',
  'thanks',
  'goodbye',
  'yes',
  'human',
  'complaint',
  'severity',
  'harm',
  'blame',
  'self',
  'request',
  'bookingAct',
  'now',
  'question',
  'walkIn',
] as const;
export type Intent = (typeof INTENTS)[number];

export const LEXICON: PhraseTable<Intent> = {
  greeting: {
    en: 'hi|hello|hey|hiya|heya|howdy|good morning|good afternoon|good evening|greetings|hey there|hi there',
    fr: 'bonjour|bonsoir|salut|coucou|bjr|bsr|slt|allo|re bonjour',
    it: 'ciao|salve|buongiorno|buon giorno|buonasera|buona sera|buon pomeriggio|ehi|hey|ciao a tutti|salve a tutti|buondi|bgiorno|bng',
    de: 'hallo|hi|hey|moin|moin moin|servus|gruss gott|gruss dich|guten tag|guten morgen|guten abend|hallihallo|hallo zusammen|hallo ihr|hi zusammen',
    es: 'hola|buenos dias|buenas tardes|buenas noches|buenas|saludos|que tal|holi|ola|wenas|buen dia|que onda',
    ca: 'hola|bon dia|bona tarda|bona vesprada|bona nit|bones|com va|ei|bon di|molt bon dia',
    pt: 'ola|oi|oie|bom dia|boa tarde|boa noite|tudo bem|tudo bom|td bem|e ai|opa',
    ar: 'مرحبا|مرحبتين|اهلا|اهلا وسهلا|السلام عليكم|سلام|صباح الخير|مساء الخير|هاي|هلو|marhaba|mar7aba|marhaban|ahlan|ahla|salam|sabah el kheir|masa el kheir|hala|kifak|kifik|kifkon|keefak|السلام|صباح النور|مسا الخير|مساء النور|لاباس|لاباس عليك|كيداير|كيدايره|كيدايرين|كي داير|اشنو خبارك|اش خبارك|labas|labas 3lik|kidayr|kidayra|kidayrin|ki dayr|sba7 lkhir|sbah lkhir|sba7 el khir|msa lkhir|masa lkhir|slm|salamo 3alaykom|salam 3likom|cv|bonjour|bonsoir|hi|hello',
  },
  salam: {
    ar: 'السلام عليكم|سلام عليكم|salam|salamu alaykum|assalamu alaikum|salam alaykum|salam 3aleikum|salam 3alaykum|السلام عليكم ورحمه الله|salamo 3alaykom|salam 3likom|assalamo 3alaykom|salamu 3alaykum|slm 3likom|salam alikom',
  },
  thanks: {
    en: 'thanks|thank you|thank u|thanku|thankyou|thx|thnx|thanx|tks|ty|tysm|tyvm|cheers|appreciate it|much appreciated|thanks a lot|many thanks',
    fr: 'merci|merci beaucoup|merci bcp|mci|je vous remercie|mrc|thx',
    it: 'grazie|grazie mille|grazie tante|mille grazie|grz|graz|ti ringrazio|la ringrazio|vi ringrazio|gentilissimi|gentilissima|gentilissimo|thx',
    de: 'danke|danke schon|dankeschon|vielen dank|danke sehr|besten dank|herzlichen dank|merci|thx|dnk|danke dir|danke ihnen|super danke',
    es: 'gracias|muchas gracias|mil gracias|se lo agradezco|te lo agradezco|grax|grs|grcs|gracis|mil grax|thx',
    ca: 'gracies|moltes gracies|merci|mercii|merces|moltes merces|us ho agraeixo|grcs|thx',
    pt: 'obrigado|obrigada|obg|obgd|obgda|brigado|brigada|muito obrigado|muito obrigada|valeu|vlw|agradeco|thx',
    ar: 'شكرا|شكرا جزيلا|مشكور|مشكورين|يعطيك العافيه|تسلم|تسلمي|يسلمو|shukran|shokran|choukran|tislam|yislamo|yeslamo|mashkour|ya3tik el 3afye|مرسي|ميرسي|mersi|merci|thanks|thx|شكرا بزاف|بارك الله فيك|بارك الله فيكم|الله يخليك|الله يخليكم|الله يحفظك|مرسي بزاف|تبارك الله عليك|chokran|chkran|choukran bzaf|chokran bzaf|baraka llahou fik|barak allah fik|barakallah fik|llah ykhlik|allah ykhlik|llah ybarek fik|mrc|merci bzaf|mersi bzaf',
  },
  goodbye: {
    en: 'bye|byee|goodbye|good bye|see you|see ya|cya|have a good day|have a nice day|have a great day|take care|good night|bye bye|talk soon|ttyl',
    fr: 'au revoir|bonne journee|bonne soiree|a bientot|bonne nuit|a plus',
    it: 'arrivederci|arrivederla|a presto|a domani|buona giornata|buona serata|buonanotte|ciao ciao|alla prossima|saluti|cordiali saluti|un saluto|baci|a dopo',
    de: 'tschuss|tschau|auf wiedersehen|auf wiederhoren|bis bald|bis dann|bis morgen|bis spater|schonen tag|schonen abend|gute nacht|liebe grusse|viele grusse|mit freundlichen grussen|lg|vg|mfg',
    es: 'adios|hasta luego|hasta pronto|chao|chau|nos vemos|que tenga buen dia|hasta manana|un saludo|saludos cordiales|un abrazo|besos|bss',
    ca: 'adeu|a reveure|fins ara|fins aviat|fins dema|que vaja be|una abracada|salutacions|petons',
    pt: 'tchau|xau|adeus|ate logo|ate breve|ate amanha|bom dia para si|fica bem|beijos|bjs|bjo|bj|abraco|abs|um abraco',
    ar: 'مع السلامه|باي|الى اللقاء|تصبحون على خير|ma3 el salameh|ma3a salama|yalla bye|bye bye|bye|ma3 salameh|bslama|bsalama|بسلام*|بالسلام*|الله يعاونك|نهارك مبروك|تهلا|bsslama|bslamah|llah y3awnek|nharek mabrouk|thalla|au revoir|a bientot|bonne journee',
  },
  yes: {
    en: 'yes|yeah|yep|yup|sure|ok|okay|kk|please|of course|definitely|cool|great|perfect|alright|awesome|amazing|brilliant|lovely|nice|wonderful|fantastic|sounds good|got it|noted|fab',
    fr: "oui|ouais|d'accord|dac|ok|volontiers|bien sur|avec plaisir|parfait|super|genial|top|nickel|entendu|compris|tres bien",
    it: 'si|certo|certamente|ok|va bene|perfetto|ottimo|benissimo|d accordo|daccordo|volentieri|esatto|giusto|fantastico|super|top|grande|capito|perfetto grazie',
    de: 'ja|jap|jo|jawohl|klar|na klar|gerne|gern|ok|okay|alles klar|passt|perfekt|super|prima|toll|genau|einverstanden|sicher|natürlich|verstanden|geht klar|sehr gut|top',
    es: 'si|claro|vale|ok|okey|por supuesto|de acuerdo|dale|perfecto|genial|estupendo|guay|buenisimo|listo|entendido|perfe|ok perfecto',
    ca: "si|clar|val|vale|d'acord|dacord|ok|perfecte|genial|fet|entesos|estupend|guai",
    pt: 'sim|claro|ok|combinado|pode ser|perfeito|beleza|blz|otimo|fechado|show|fixe|top|entendi|certo',
    ar: 'نعم|اي|ايوه|ايوا|اكيد|تمام|طيب|ماشي|اوكي|يلا|eh|aywa|aiwa|akid|akeed|tamam|tayeb|mashi|yalla|na3am|ممتاز|حلو|mumtaz|momtaz|7elo|helo|ok|واخا|وخا|صافي|اه|ايه|مزيان|هو هداك|wakha|wakhkha|waxa|safi|iyeh|iyah|ah|mzyan|mzian|oui|d accord|daccord',
  },
  human: {
    en: 'human|real person|a person|an agent|representative|operator|talk to someone|speak to someone|speak with someone|talk to somebody|talk to a|speak to a|speak to the|talk to the|speak with the|manager|staff member|someone from your team|call me|live agent|~someone|~talk to|~speak to|~speak with',
    fr: "humain|une personne|vraie personne|conseiller|conseillere|quelqu'un|parler a|parler avec|responsable|gerant|appelez moi|rappelez moi|~parler",
    it: 'operatore|una persona|persona vera|persona reale|un umano|qualcuno del team|parlare con|responsabile|titolare|mi chiamate|richiamatemi|chiamatemi|~qualcuno|~parlare',
    de: 'mensch|mitarbeiter|mitarbeiterin|echte person|einen menschen|jemand vom team|sprechen mit|mit jemandem sprechen|reden mit|chef|chefin|geschaftsfuhrer|rufen sie mich an|ruft mich an|ruckruf|~jemand|~sprechen|~reden',
    es: 'humano|una persona|persona real|agente|alguien del equipo|hablar con|encargado|encargada|gerente|asesor|llamenme|llamadme|que me llamen|~hablar',
    ca: "huma|una persona|persona real|algu de l'equip|parlar amb|encarregat|encarregada|gerent|truqueu me|que em truqueu|~parlar",
    pt: 'humano|uma pessoa|pessoa real|atendente|alguem da equipa|alguem da equipe|falar com|gerente|me liguem|liguem me|~falar',
    ar: 'موظف|موظفه|انسان|بشري|شخص حقيقي|مدير|المدير|اكلم|احكي مع|خدمه العملاء|حدا من الفريق|بدي احكي|ابغي اكلم|اريد التحدث|e7ke ma3|ehke ma3|baddi e7ke|bade ehke|insan|mowazzaf|mowazaf|mudir|modir|~حدا|~شخص|~7ada|بغيت نهضر مع|نهضر مع|نتكلم مع|شي واحد|شي حد|المسؤول|~الدكتور|n7dar m3a|nhdar m3a|nhder m3a|ntkallam m3a|bghit nhder|chi wa7ed|chi had|lmas2oul|responsable|humain|quelqu un',
  },
  complaint: {
    en: 'complaint|complain|disgusting|rude|unacceptable|angry|furious|disappointed|bad experience|not happy|unhappy|scam|ripped off|never again|ruined|upset|refund|money back|shocking|appalling',
    fr: 'plainte|reclamation|inacceptable|decu|decue|decevant|en colere|furieux|furieuse|arnaque|scandaleux|pas content|pas contente|pas satisfait|mauvaise experience|fache|fachee|rembourse*|honteux',
    it: 'reclamo|lamentela|inaccettabile|deluso|delusa|deludente|arrabbiato|arrabbiata|furioso|furiosa|truffa|vergogna|pessima esperienza|brutta esperienza|non sono contento|non sono contenta|insoddisfatt*|scortes*|maleducat*|rimborso|rimborsare|ridatemi i soldi',
    de: 'beschwerde|beschweren|reklamation|unverschamt|inakzeptabel|enttauscht|verargert|sauer|wutend|abzocke|betrug|frechheit|schlechte erfahrung|nicht zufrieden|unzufrieden|unfreundlich|erstattung|geld zuruck|ruckerstattung|nie wieder|skandal*',
    es: 'queja|reclamo|reclamacion|inaceptable|decepcionad*|enojad*|enfadad*|molesto|molesta|estafa|mala experiencia|no estoy content*|descontent*|verguenza|maleducad*|grosero|grosera|reembolso|devolucion|me devolvais',
    ca: 'queixa|reclamacio|inacceptable|estafa|mala experiencia|no estic content*|descontent*|enfadad*|empipat|empipada|vergonya|maleducad*|reemborsament|devolucio',
    pt: 'reclamacao|queixa|inaceitavel|pessima experiencia|ma experiencia|descontente|insatisfeit*|chateado|chateada|irritad*|vergonha|burla|golpe|reembolso|devolucao|mal educad*',
    ar: 'شكوى|شكوه|اشتكي|زعلان|زعلانه|تجربه سيئه|خدمه سيئه|مش راضي|غير راضي|مش مبسوط|نصب|نصابين|مقرف|زفت|ze3len|za3lan|z3lan|shakwa|mish mabsout|msh mabsout|mish radi|شكايه|مقلق|مقلقه|معصب|ماعجبنيش|ماشي مزيان|ماراضيش|خايب|خايبه|شفارين|بغيت فلوسي|chkaya|m9elle9|ma3jbnich|machi mzyan|mradich|khayb|khayba|bghit flousi|reclamation|pas content|pas satisfait',
  },
  /**
   * How bad something is, not whose fault: a complaint about the business
   * ("the service was terrible"), or the pain that brings a customer in
   * ("dor lombar horrível"). offline.ts tells them apart (complains()).
   */
  severity: {
    en: 'terrible|awful|horrible|worst|dreadful|horrendous|rubbish|crap|hopeless',
    fr: 'horrible|atroce|affreux|affreuse|terrible|nul|nulle|catastrophique|lamentable',
    it: 'terribile|orribile|pessimo|pessima|schifo|disastro|un disastro|vergognoso|penoso|tremendo',
    de: 'schrecklich|furchtbar|katastrophal|grauenhaft|miserabel|mies|unmoglich|das letzte|eine katastrophe|schlimm',
    es: 'terrible|horrible|fatal|pesim*|horroros*|espantos*|malisim*|un desastre',
    ca: 'horrible|terrible|fatal|pessim*|espantos*|un desastre',
    pt: 'horrivel|terrivel|pessim*|horroros*|um desastre|uma desgraca',
    ar: 'سيء|سيئه|سيئ|فظيع|فظيعه|كتير سيء|ضعيف|ضعيفه|fazi3|sayye2|sayi2|da3if|da3ife|خايب بزاف|خايبه بزاف|ناقص|khayb bzaf|na9es',
  },
  harm: {
    en: 'burn|burns|burned|burnt|blister*|scar|scars|scarred|injured|injury|infection|infected|damaged|cut my|cut his|cut her|nicked',
    fr: 'brule*|brulure*|cloque*|cicatrice*|blesse*|blessure*|infection|infecte*|abime*',
    it: 'ustion*|bruciat*|bruciatura*|vescic*|cicatric*|ferit*|infezione|infett*|rovinat*|danneggiat*|mi avete tagliato',
    de: 'verbrannt|verbrennung*|blase|blasen|narbe*|verletz*|entzundung|entzundet|infektion|infiziert|beschadigt|kaputt gemacht|ruiniert',
    es: 'quemad*|quemadura*|quemo|ampolla*|cicatriz*|herid*|lastimad*|infeccion|infectad*|estropead*|me cortasteis',
    ca: 'cremad*|cremada*|butllofa*|cicatriu*|ferid*|lesio*|infeccio|infectad*|espatllad*',
    pt: 'queimad*|queimadura*|bolha*|cicatriz*|ferid*|machucad*|infecao|infeccao|infetad*|estragad*',
    ar: 'حرقتوني|انحرقت|حروق|حرق|انجرح|مجروح|التهاب|ندبه',
  },
  blame: {
    en: 'your|you did|you guys|after my|after the|after yesterday|after last|after today|after this|after a session|after treatment|since my|since the|since yesterday|ever since|following my|following the|during my|during the|my last',
    fr: 'vous mavez|votre|vos|apres ma|apres la|apres le|apres mon|apres hier|depuis ma|depuis le|depuis mon|depuis hier|pendant la|ma derniere',
    it: 'mi avete|il vostro|la vostra|i vostri|le vostre|dopo il|dopo la|dopo l|dalla|dal mio|da ieri|durante il|durante la|la mia ultima|l ultima volta',
    de: 'ihr habt|sie haben mir|euer|eure|ihre praxis|nach der|nach dem|nach meiner|nach meinem|seit der|seit dem|seit gestern|wahrend der|wahrend dem|mein letzter|meine letzte|beim letzten mal',
    es: 'me habeis|me hicisteis|me cobrasteis|vuestr*|su clinica|despues de|desde la|desde el|durante la|mi ultima',
    ca: 'm heu|em vau|vostr*|despres de|despres d|des de la|des d ahir|durant la|la meua ultima|la meva ultima',
    pt: 'voces me|vosso|vossa|depois da|depois do|depois de|apos a|apos o|desde a|desde o|desde ontem|durante a|minha ultima',
    ar: 'بعد الجلسه|عندكم|منكم|بعد',
  },
  /**
   * The customer speaking of themself ("my Spanish is terrible", "je suis
   * nulle en portugais", "meu hálito tá horrível"): a word of severity that
   * follows is about them, not about the business (complaint.ts).
   */
  self: {
    en: 'my|i am|im|i feel|i look|i m|myself',
    fr: 'mon|ma|mes|je suis|jsuis|chui|je me sens|moi',
    it: 'mio|mia|miei|mie|sono|sto|mi sento|io|me',
    de: 'mein|meine|meinen|ich bin|ich fuhle mich|mir geht|ich',
    es: 'mi|mis|soy|estoy|me siento|me veo|yo',
    ca: 'meu|meua|meva|meus|meues|meves|soc|estic|em sento|em veig|jo',
    pt: 'meu|minha|meus|minhas|sou|estou|to|me sinto|eu',
    ar: 'انا|عندي|ana|3andi',
  },
  request: {
    en: 'i want|i would like|id like|i need|can i|could i|may i|wanna|looking to|i am looking|would love|any chance',
    fr: 'je veux|je voudrais|jaimerais|jai besoin|puis je|je peux|je souhaite|je souhaiterais',
    it: 'vorrei|voglio|volevo|avrei bisogno|ho bisogno|mi serve|posso|potrei|mi potete|potete|per favore|per piacere|gentilmente',
    de: 'ich mochte|ich will|ich wurde gern|ich hatte gern|hatte gern|ich brauche|brauche|kann ich|konnte ich|darf ich|konnen sie|konnt ihr|bitte|gerne',
    es: 'quiero|quisiera|queria|me gustaria|necesito|puedo|podria|me podeis|me puedes|me pueden|porfa|por favor',
    ca: "vull|voldria|volia|m'agradaria|necessite|necessito|puc|podria|em podeu|per favor|si us plau",
    pt: 'quero|queria|gostaria|preciso|posso|poderia|pode me|podem me|por favor',
    ar: 'بدي|ابي|ابغى|اريد|ممكن|baddi|bade|bdi|abi|abghi|3ayez|mumkin|momken|بغيت|بغينا|نبغي|كنبغي|عافاك|عفاك|الله يخليك|واش يمكن|واش نقدر|يمكن ليا|bghit|bgheet|bghite|bghina|nbghi|kanbghi|3afak|afak|3fak|wach ymken|wach n9der|ymken lia|momkin|je veux|je voudrais',
  },
  bookingAct: {
    en: 'book|book me|book in|make an appointment|get an appointment|schedule|set up an appointment|fit me in|fit him in|fit her in|fit us in|squeeze me in|squeeze him in|squeeze her in|squeeze in|see me|see someone|any openings|any slots|free slot|availability|~come in|~come|~bring him|~bring her|~bring them|~drop him off|~drop her off|~available|~free|~any time|~anything|~space|~spot|~possible',
    fr: 'prendre rendez vous|prendre rdv|reserver|avez vous un creneau|un creneau|dispo|disponibilite|me recevoir|deplacer mon rendez vous|~passer|~de la place|~une place|~libre',
    it: 'prenotare|prenotazione|prenoto|fissare un appuntamento|prendere appuntamento|fissare|mi prenotate|mi segnate|spostare l appuntamento|disponibilita|posto libero|avete posto|c e posto|~libero|~libera|~disponibile|~venire',
    de: 'buchen|termin vereinbaren|termin machen|termin ausmachen|termin buchen|reservieren|vormerken|eintragen|termin verschieben|termin verlegen|habt ihr zeit|haben sie zeit|noch was frei|noch frei|~frei|~verfugbar|~vorbeikommen|~kommen',
    es: 'pedir cita|coger cita|reservar|agendar|hacer una cita|hueco|me podeis ver|verme|atenderme|marcame|apuntame|darme cita|cambiar mi cita|mover mi cita|pedir hora|~ir|~libre|~disponible|~sitio',
    ca: 'demanar cita|demanar hora|agafar hora|reservar|podeu veure|atendre|apunteu me|canviar la cita|canviar-me la cita|~lloc|~vindre|~venir|~lliure|~lliures|~disponible',
    pt: 'marcar|agendar|reservar|encaixar|tem vaga|tem horario|me atender|desmarcar|remarcar|~ir ai|~livre|~disponivel',
    ar: 'احجز|حجز|بدي موعد|ابي موعد|e7jez|a7jez|7ajez|ehjez|~فاضي|~في موعد|~متاح|~fadi|~fi maw3ed|نحجز|ندير رونديفو|ناخد رونديفو|ناخد موعد|ندير موعد|بغيت رونديفو|بغيت موعد|حجز ليا|دير ليا|n7jz|n7jez|na7jez|ndir rdv|nakhod rdv|nakhd rdv|bghit rdv|bghit maw3id|bghit mo3id|ndir maw3id|nakhod maw3id|reserver|prendre rdv|~فارغ|~خاوي|~kayn blasa|~kayna blasa|~khawi',
  },
  now: {
    en: 'now|right now|at the moment|currently|still open|today',
    fr: 'maintenant|en ce moment|encore ouvert|aujourdhui',
    it: 'adesso|ora|in questo momento|ancora aperti|oggi|subito',
    de: 'jetzt|gerade|im moment|momentan|noch offen|heute|sofort',
    es: 'ahora|ahorita|ahora mismo|en este momento|todavia|aun|hoy',
    ca: 'ara|ara mateix|en este moment|encara|avui|hui',
    pt: 'agora|neste momento|ainda|hoje',
    ar: 'الان|هلا|هلق|الحين|اليوم|halla2|hala2|halla|دابا|دبا|هاد الساعه|ليوم|ليوما|daba|dba|db|lyoum|lyouma|lyom|daba daba',
  },
  question: {
    en: 'what|how|when|where|which|why|who|is it|are you|do you|does it|is there|can you',
    fr: 'quoi|comment|quand|ou est|quel|quelle|pourquoi|est ce|avez vous|etes vous|y a t il',
    it: 'che|cosa|come|quando|dove|quale|quali|perche|chi|c e|ci sono|avete|fate|e possibile',
    de: 'was|wie|wann|wo|welche|welcher|welches|warum|wer|gibt es|habt ihr|haben sie|macht ihr|kann man',
    es: 'que|como|cuando|donde|cual|por que|quien|hay|es|teneis|tienen|haceis',
    ca: 'que|com|quan|on|quin|quina|per que|qui|hi ha|teniu|feu|es',
    pt: 'que|como|quando|onde|qual|porque|quem|ha|tem|fazem|e',
    ar: 'شو|كيف|متى|وين|ليش|مين|هل|في|shu|sho|kif|emta|wein|lesh|fi|واش|شنو|اشنو|علاش|كيفاش|فين|فوقاش|وقتاش|امتى|شحال|wach|wesh|chno|achno|3lach|kifach|fin|fain|fo9ash|fou9ach|wa9tash|wa9tach|imta|chhal|ch7al',
  },
  /** Coming without booking: a question about walking in, not a request to book. */
  walkIn: {
    en: 'walk in|walk-in|walkin|walk ins|without an appointment|without appointment|without booking|no appointment needed|drop in|just turn up|just show up',
    fr: 'sans rdv|sans rendez vous|sans reservation|sans prendre rdv|sans prendre rendez vous',
    it: 'senza appuntamento|senza prenotazione|senza prenotare|senza prendere appuntamento|senza fissare appuntamento|ad accesso libero|in ordine di arrivo|passare direttamente',
    de: 'ohne termin|ohne anmeldung|ohne voranmeldung|ohne terminvereinbarung|einfach vorbeikommen|spontan vorbeikommen|einfach vorbeischauen|spontan vorbeischauen|offene sprechstunde|walk in',
    es: 'sin cita|sin reserva|sin pedir cita|sin cita previa|sin reservar',
    ca: 'sense cita|sense reserva|sense hora|sense demanar hora|sense cita previa',
    pt: 'sem marcacao|sem marcar|sem agendamento|sem agendar|sem hora marcada|sem reserva',
    ar: 'بدون موعد|بلا موعد|بلا رونديفو|bla maw3id|bdoun maw3id|bla rdv|bidun maw3ed',
  },
};
