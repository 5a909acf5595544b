/**
 * Concepts of tattoo and piercing studios (and of any business that
 * designs a piece of work or touches it up later). `tattoo` itself is in
 * concepts-practice.ts; healing is `aftercare`. See phrases.ts for the syntax.
 *
 * Left out on their own: "flash" (a tattoo flash or an IPL flash), "cover"
 * (a cover-up or insurance cover), "plantilla" (a stencil or the staff).
 */
import type { PhraseTable } from './phrases.js';

export const STUDIO_CONCEPTS = {
  /** A design drawn for the customer: a tattoo, nail art, a smile design. */
  design: {
    en: 'design|designs|designed|drawing|drawings|sketch|sketches|stencil|artwork|custom piece',
    es: 'diseno*|dibujo*|boceto*|esbozo',
    fr: 'dessin*|design|croquis|esquisse|pochoir',
    it: 'disegno|disegni|bozza|bozze|bozzetto|schizzo|schizzi|design|stencil|disegno personalizzato',
    de: 'design|designs|entwurf|entwurfe|zeichnung|zeichnungen|skizze|skizzen|motiv|motive|stencil|individuelles design',
    ca: 'disseny*|dibuix*|esbos|esboc',
    pt: 'desenho*|design|esboco|esbocos|estencil',
    ar: 'تصميم|تصاميم|التصميم|رسمه|سكتش|سكيتش|design',
  },
  coverUp: {
    en: 'cover up|cover-up|coverup|cover ups|cover an old tattoo|cover my old tattoo|blast over|rework|fix an old tattoo|fix my tattoo',
    es: 'cover up|tapar un tatuaje|tapar el tatuaje|tapar mi tatuaje|tapar tatuaje|tapar un tattoo|arreglar un tatuaje|arreglar mi tatuaje|rehacer un tatuaje',
    fr: 'recouvrement|recouvrir un tatouage|recouvrir mon tatouage|cacher un tatouage|cacher mon tatouage|cover up|rattrapage',
    it: 'cover up|coprire tatuaggio|coprire vecchio tatuaggio|copertura tatuaggio|copertura di un tatuaggio|sistemare tatuaggio|rifare tatuaggio|correggere tatuaggio|nascondere tatuaggio',
    de: 'cover up|coverup|gecovert|covern|wegcovern|uberstechen|ubergestochen|tattoo uberdecken|tattoo abdecken|tattoo covern|tatowierung uberdecken|tattoo uberarbeiten|tattoo korrigieren|tattoo retten|uberdeckung',
    ca: 'cover up|tapar un tatuatge|tapar el tatuatge|tapar el meu tatuatge|arreglar un tatuatge',
    pt: 'cover up|cobrir uma tatuagem|cobrir a tatuagem|cobrir tatuagem|tapar uma tatuagem|tapar tatuagem|reformar tatuagem|reformar a tatuagem',
    ar: 'تغطيه تاتو|تغطيه وشم|تغطيه التاتو|تغطيه الوشم|اخفاء وشم|اخفاء التاتو|cover up',
  },
  /** A follow-up session that corrects earlier work: a tattoo, microblading, roots. */
  touchUp: {
    en: 'touch up|touch-up|touchup|touch ups|retouch*|top up session|follow up session',
    es: 'retoque*|retocar',
    fr: 'retouche*|retoucher',
    it: 'ritocco|ritocchi|ritoccare|ritocchino',
    de: 'nachstechen|nachstich|nachbesserung|nachbessern|touch up|nacharbeiten',
    ca: 'retoc|retocs|retocar',
    pt: 'retoque*|retocar',
    ar: 'روتوش|تصحيح التاتو|retouche',
  },
  piercing: {
    en: 'piercing*|pierce|pierced|earring*|nose ring|septum|helix|tragus|daith|conch|navel|belly button|body jewellery|body jewelry|jewellery|jewelry',
    es: 'piercing*|perforacion|perforar|agujero en la oreja|agujerear|septum|helix|tragus|daith|ombligo|joya*',
    fr: 'piercing*|percer|percage|boucles oreilles|boucle oreille|bijou|bijoux|septum|helix|tragus|daith|nombril',
    it: 'piercing*|forare le orecchie|buco alle orecchie|buchi alle orecchie|bucare le orecchie|orecchino|orecchini|septum|helix|tragus|daith|ombelico|gioiell*',
    de: 'piercing*|piercen|gepierct|ohrloch|ohrlocher|ohrlocher stechen|ohrring*|nasenpiercing|nasenring|septum|helix|tragus|daith|bauchnabel|schmuck',
    ca: 'piercing*|perforacio|foradar|arracada|arracades|joia|joies|septum|helix|tragus|melic',
    pt: 'piercing*|furar|furar a orelha|brinco*|argola*|septo|helix|tragus|umbigo',
    ar: 'بيرسنج|بيرسينج|ثقب الاذن|ثقب الانف|خرم الاذن|حلق الاذن|piercing',
  },
  /** The ball or bead that closes a piece of jewellery, lost or to replace ("the top fell off", "la bolita"). */
  jewelleryBall: {
    en: 'spare ball|spare balls|replacement ball|ball fell off|the ball fell|lost the ball|lost my ball|the bead|the top fell|top fell off|ball of my piercing|ball on my piercing',
    es: 'la bolita|una bolita|las bolitas|la bola del piercing|bola de repuesto|bolita de repuesto|se me cayo la bola|se me cayo la bolita',
    fr: 'la boule|une boule|boule de rechange|la bille|une bille|perdu la boule|la boule est tombee',
    it: 'la pallina|una pallina|le palline|pallina di ricambio|palline di ricambio|ho perso la pallina',
    de: 'die kugel|eine kugel|ersatzkugel*|kugel verloren|kugel abgefallen|kugel ist weg|neue kugel',
    ca: 'la boleta|una boleta|les boletes|boleta de recanvi|he perdut la boleta',
    pt: 'a bolinha|uma bolinha|as bolinhas|bolinha de reposicao|perdi a bolinha|caiu a bolinha',
    ar: 'الكوره|الكرة الصغيره|كوره الحلق|البلية',
  },
  /** A shorter bar once a piercing's swelling has gone down ("downsizing", "the bar is too long"). */
  downsizing: {
    en: 'downsize|downsizing|shorter bar|shorter post|shorten the bar|bar is too long|bar too long|post is too long|too long now',
    es: 'barra mas corta|barra muy larga|barra demasiado larga|acortar la barra|cambiar la barra|el palito es muy largo|muy largo el palito',
    fr: 'barre plus courte|barre trop longue|raccourcir la barre|tige trop longue|tige plus courte',
    it: 'barretta piu corta|barretta troppo lunga|accorciare la barretta|asta troppo lunga|asta piu corta',
    de: 'kurzerer stab|kurzeren stab|stab kurzen|stab zu lang|stab ist zu lang|stecker zu lang|kurzere stange|stange zu lang|downsizing',
    ca: 'barra mes curta|barra massa llarga|escurcar la barra',
    pt: 'barra mais curta|barra muito comprida|barra comprida demais|encurtar a barra|haste muito comprida',
    ar: 'العود طويل|البار طويل|نقصر العود|اقصر',
  },
  /** Hiding a piercing at work or school: a clear retainer, flipping a septum up. */
  hidePiercing: {
    en: 'hide it|hide my piercing|hide the piercing|retainer|clear retainer|invisible piercing|not visible at work|not see it at work|flip it up|dress code',
    es: 'ocultarlo|ocultar el piercing|disimularlo|disimular el piercing|que no se vea|que no se note|retenedor|piercing transparente|en el trabajo no se vea',
    fr: 'le cacher|cacher le piercing|cacher mon piercing|que ca ne se voie pas|quon ne le voie pas|retainer|piercing transparent|discret au travail',
    it: 'nasconderlo|nascondere il piercing|che non si veda|che non si noti|retainer|piercing trasparente|al lavoro non si veda',
    de: 'verstecken|verdecken|unsichtbar|durchsichtig|retainer|nicht sieht|nicht sichtbar|hochklappen|dresscode|dress code',
    ca: 'amagar-lo|amagar lo|amagar el piercing|que no es vegi|que no es veja|que es vegi|que es veja|retenidor|piercing transparent',
    pt: 'esconder|disfarcar|que nao se veja|que nao apareca|retainer|piercing transparente',
    ar: 'اخبيه|اخفيه|ما يبين|ما يبان|شفاف',
  },
  /** How big a piece of work is: a tattoo, a dog, a treated area. */
  size: {
    en: 'size|sizes|how big|what size|how large|how small|centimetres|centimeters|cm|inches',
    es: 'tamano*|que tamano|cuanto de grande|centimetros|cm',
    fr: 'taille|tailles|quelle taille|grandeur|dimension*|centimetres|cm',
    it: 'dimensione|dimensioni|misura|misure|quanto grande|che misura|quanto e grande|di che dimensione|centimetri|cm',
    de: 'grosse des|welche grosse|wie gross|in welcher grosse|richtige grosse|passende grosse|grossentabelle|kleidergrosse|zentimeter|cm',
    ca: 'mida|mides|quina mida|tamany|grandaria|centimetres|cm',
    pt: 'tamanho*|que tamanho|centimetros|cm',
    ar: 'حجم|الحجم|مقاس|المقاس|قديش كبير',
  },
  /** Where on the body a piece goes (a tattoo, a piercing). */
  placement: {
    en: 'placement|where on the body|which part of the body|body part',
    es: 'zona del cuerpo|parte del cuerpo|en que parte del cuerpo|colocacion',
    fr: 'emplacement|quelle partie du corps|partie du corps|ou sur le corps',
    it: 'posizionamento|dove sul corpo|in che parte del corpo|parte del corpo|zona del corpo|punto del corpo',
    de: 'platzierung|wo am korper|welche korperstelle|korperstelle|stelle am korper|an welcher stelle|korperteil|welcher korperteil',
    ca: 'zona del cos|part del cos|collocacio',
    pt: 'zona do corpo|parte do corpo|colocacao',
    ar: 'مكان التاتو|مكان الوشم|وين بالجسم|اي مكان بالجسم|مكان بالجسم',
  },
  /** Consent for a minor or a signed form before a procedure. */
  consent: {
    en: 'consent|consent form|parental consent|parents permission|permission from my parents|parental permission|signed form|waiver|release form|sign the form|sign a form|sign the consent|sign for her|sign for him',
    es: 'consentimiento|consentimiento informado|autorizacion de los padres|autorizacion paterna|autorizacion firmada|permiso de los padres|permiso de mis padres',
    fr: 'consentement|autorisation parentale|accord des parents|accord parental|decharge|formulaire signe',
    it: 'consenso|consenso informato|consenso dei genitori|autorizzazione dei genitori|permesso dei genitori|autorizzazione firmata|liberatoria|modulo firmato|modulo di consenso',
    de: 'einverstandniserklarung|einwilligung|einwilligungserklarung|zustimmung der eltern|erlaubnis der eltern|einverstandnis der eltern|unterschrift der eltern|elterliche zustimmung|haftungsausschluss',
    ca: 'consentiment|consentiment informat|autoritzacio dels pares|permis dels pares|autoritzacio signada',
    pt: 'consentimento|consentimento informado|autorizacao dos pais|autorizacao parental|autorizacao assinada|termo de responsabilidade',
    ar: 'موافقه الاهل|موافقه الوالدين|اذن الاهل|اذن الوالدين|اقرار|اقرار موقع|تنازل|توقيع|التوقيع|بالتوقيع|توقيع ولي الامر|امضاء|الامضاء|امضاء ولي الامر|يوقع الاقرار|يوقع الورقه|يوقع على|توقع على|نوقع على|اوقع على|يمضي الورقه|يمضي هو الورقه|يمضي على|تمضي على|نمضي على|امضي على|يمضي الاقرار|يمضيلي|يمضيها|=yemdi|=yimdi|=emda2|tawqi3|=twa9i3',
  },
  /** Instruments and what touches the skin: sterilised, single-use, disinfected. */
  hygiene: {
    en: 'autoclave|sterilised equipment|sterilized equipment|sterile|single use|single-use|disposable|new needles|hygienic|sanitised|sanitized|disinfect*|reuse*|re use|sterilise them|sterilize them|sterilise the needles|sterilize the needles|sterilised needles|sterilized needles|throw them away|throw the needles away',
    es: 'autoclave|material esterilizado|material esteril|esteril|esterilizado el material|un solo uso|desechable*|agujas nuevas|higienic*|desinfect*|reutiliz*|reusa*|las esterilizais|los esterilizais|las tirais|los tirais|las tiran|los tiran',
    fr: 'autoclave|materiel sterilise|sterile|steriles|sterilisez les instruments|steriliser les instruments|sterilisation des instruments|instruments sterilises|usage unique|a usage unique|jetable*|aiguilles neuves|hygienique*|desinfect*|reutilis*|les jetez|les sterilisez|aiguilles jetees',
    it: 'autoclave|materiale sterilizzato|strumenti sterilizzati|sterilizzate gli strumenti|sterile|sterili|monouso|usa e getta|aghi nuovi|igienico|igienici|disinfett*|sanificat*|riutilizz*|riusa*|riusate|li sterilizzate|le sterilizzate|li buttate|le buttate|buttate via|buttati via',
    de: 'autoklav|steril|sterile instrumente|sterilisierte instrumente|instrumente sterilisiert|einweg*|einmalnadeln|einmalgebrauch|neue nadeln|hygienisch|hygienestandard*|hygienekonzept|desinfiziert|desinfektion|desinfizier*|wiederverwend*|wieder verwendet|werft ihr weg|werft ihr die nadeln weg|sterilisiert ihr',
    ca: 'autoclau|material esterilitzat|esteril|un sol us|rebutjable*|agulles noves|higienic*|desinfect*|reutilitz*|les llenceu|les esterilitzeu',
    pt: 'autoclave|material esterilizado|esteril|estereis|uso unico|descartave*|agulhas novas|higienic*|desinfet*|desinfect*|reutiliz*|deitam fora|jogam fora|as esterilizam|esterilizam as agulhas',
    ar: 'معقم|معقمه|تعقيم|التعقيم|كتعقمو|تعقمو|تعقموا|تعقمون|تعقيم الادوات|الادوات معقمه|استخدام مره واحده|استعمال مره واحده|ابر جديده',
  },
} satisfies PhraseTable<string>;
