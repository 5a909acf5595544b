/**
 * The rehearsal-room and recording-studio concepts (concepts-rehearsal.ts): each is found in a customer's phrase
 * in every language, and the same words at other businesses (a phone's battery, a court, a hair colour's mix, a
 * helmet, a master barber, a download) do not raise them.
 */
import { REHEARSAL_CONCEPTS } from './concepts-rehearsal.js';
import { type ConceptExamples, describeConceptTable, describeTradeChecks } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'rehearsal',
    [
      ['en', 'how much is the rehearsal room per hour?'],
      ['es', 'queremos ensayar el sábado'],
      ['fr', 'on cherche une salle de répétition pour jeudi'],
      ['it', 'avete una sala prove libera?'],
      ['de', 'darf man im Proberaum rauchen?'],
      ['ca', 'volem assajar un parell d’hores'],
      ['pt', 'quanto custa o ensaio de duas horas?'],
      ['ar', 'بدنا بروفة يوم السبت'],
    ],
  ],
  [
    'cymbals',
    [
      ['en', 'are cymbals included with the kit?'],
      ['es', '¿tengo que llevar los platillos?'],
      ['fr', 'les cymbales sont fournies ?'],
      ['it', 'i piatti della batteria ci sono?'],
      ['de', 'muss ich eine Hi-Hat mitbringen?'],
      ['ca', 'Els plats de la bateria estan inclosos?'],
      ['pt', 'os pratos da bateria estão incluídos?'],
      ['ar', 'في صنج مع الدرامز؟'],
    ],
  ],
  [
    'drumsticks',
    [
      ['en', 'do you sell drumsticks?'],
      ['es', 'vendéis baquetas?'],
      ['fr', "j'ai oublié ma paire de baguettes"],
      ['it', 'avete bacchette?'],
      ['de', 'habt ihr Drumsticks?'],
      ['ca', 'I les baquetes?'],
      ['pt', 'vocês vendem baquetas?'],
      ['ar', 'عندكم عصي الدرامز؟'],
    ],
  ],
  [
    'amplifier',
    [
      ['en', 'can I bring my amp head and use your 4x12?'],
      ['es', 'puedo traer mi cabezal?'],
      ['fr', "je peux brancher ma tête d'ampli ?"],
      ['it', 'posso portare la mia testata?'],
      ['de', 'kann ich mein Topteil mitbringen?'],
      ['ca', 'Puc portar el meu capçal o el meu ampli?'],
      ['pt', 'posso levar meu cabeçote?'],
      ['ar', 'ممكن اجيب الامبلي تبعي؟'],
    ],
  ],
  [
    'click',
    [
      ['en', 'our drummer plays to a click'],
      ['es', 'el batería toca con clic'],
      ['fr', 'le batteur joue au clic'],
      ['it', 'il batterista suona col click'],
      ['de', 'unser Drummer spielt mit Klick'],
      ['ca', 'el nostre bateria toca amb clic'],
      ['pt', 'o baterista toca com clique'],
      ['ar', 'الدرامر يعزف مع ميترونوم'],
    ],
  ],
  [
    'backingTracks',
    [
      ['en', 'can we play with backing tracks?'],
      ['es', 'tocamos con pistas pregrabadas'],
      ['fr', 'on joue avec des bandes son'],
      ['it', 'suoniamo con le basi preregistrate'],
      ['de', 'wir spielen mit Backing Tracks'],
      ['ca', 'tenim unes pistes de sintes'],
      ['pt', 'a gente toca com playback'],
      ['ar', 'نعزف مع بلاي باك'],
    ],
  ],
  [
    'headphones',
    [
      ['en', 'bring your own headphones'],
      ['es', 'tengo que llevar audífonos?'],
      ['fr', 'il faut un casque audio ?'],
      ['it', 'servono le cuffie?'],
      ['de', 'brauche ich Kopfhörer?'],
      ['ca', 'porteu els vostres auriculars'],
      ['pt', 'preciso levar fone de ouvido?'],
      ['ar', 'لازم اجيب هيدفون؟'],
    ],
  ],
  [
    'earplugs',
    [
      ['en', 'do you have earplugs there?'],
      ['es', '¿tenéis tapones para los oídos?'],
      ['fr', "vous vendez des bouchons d'oreilles ?"],
      ['it', 'avete tappi per le orecchie?'],
      ['de', 'habt ihr Ohrstöpsel?'],
      ['ca', 'Teniu taps per a les orelles?'],
      ['pt', 'vocês têm protetor auricular?'],
      ['ar', 'عندكم سدادات الأذن؟'],
    ],
  ],
  [
    'mixing',
    [
      ['en', 'what files should I send you for mixing?'],
      ['es', 'cuánto cuesta mezclar la canción?'],
      ['fr', 'combien pour le mixage ?'],
      ['it', 'vorrei farlo mixare da voi'],
      ['de', 'könnt ihr unseren Song abmischen?'],
      ['ca', 'Quant tarda una mescla?'],
      ['pt', 'quanto custa a mixagem?'],
      ['ar', 'بكم الميكس للاغنية؟'],
    ],
  ],
  [
    'mastering',
    [
      ['en', 'will the master sound loud enough?'],
      ['es', 'hacéis masterización?'],
      ['fr', 'vous faites le mastering ?'],
      ['it', 'quanto costa la masterizzazione?'],
      ['de', 'könnt ihr den Song mastern?'],
      ['ca', 'quant val la masterització?'],
      ['pt', 'se eu fizer a masterização com vcs'],
      ['ar', 'بكم الماستر للاغنية؟'],
    ],
  ],
  [
    'streaming',
    [
      ['en', 'is it ready for Spotify?'],
      ['es', 'para las plataformas digitales'],
      ['fr', 'pour les plateformes de streaming'],
      ['it', 'per le piattaforme digitali'],
      ['de', 'für Streamingdienste'],
      ['ca', 'màster per a plataformes digitals'],
      ['pt', 'no volume certo pras plataformas?'],
      ['ar', 'للنشر على سبوتيفاي'],
    ],
  ],
  [
    'vinyl',
    [
      ['en', 'can I play vinyl?'],
      ['es', 'se pueden poner vinilos?'],
      ['fr', 'il y a des platines vinyle ?'],
      ['it', 'avete i giradischi?'],
      ['de', 'gibt es Plattenspieler?'],
      ['ca', 'No tenim plats de vinil'],
      ['pt', 'dá pra tocar vinil?'],
      ['ar', 'ممكن اشغل فينيل؟'],
    ],
  ],
  [
    'usbStick',
    [
      ['en', 'bring your USB sticks'],
      ['es', 'audífonos, memorias?'],
      ['fr', 'je viens avec ma clé USB'],
      ['it', 'basta la chiavetta?'],
      ['de', 'reicht ein USB-Stick?'],
      ['ca', 'els vostres USB preparats'],
      ['pt', 'levo meu pen drive?'],
      ['ar', 'اجيب فلاشه؟'],
    ],
  ],
  [
    'van',
    [
      ['en', 'where can I park the van?'],
      ['es', '¿dónde aparco la furgoneta?'],
      ['fr', 'on arrive avec un camion plein de matos'],
      ['it', 'dove lascio il furgone?'],
      ['de', 'wo parke ich den Transporter?'],
      ['ca', 'On puc aparcar la furgoneta?'],
      ['pt', 'onde deixo a carrinha?'],
      ['ar', 'وين اوقف الفان؟'],
    ],
  ],
  [
    'loading',
    [
      ['en', 'is there a loading bay?'],
      ['es', 'para descargar el equipo'],
      ['fr', 'on peut se garer devant pour décharger ?'],
      ['it', 'devo scaricare il furgone'],
      ['de', 'können wir vor der Tür ausladen?'],
      ['ca', 'hi ha zona de càrrega i descàrrega?'],
      ['pt', 'tem zona de carga e descarga?'],
      ['ar', 'وين ننزل المعدات؟ تنزيل العده'],
    ],
  ],
  [
    'audioFiles',
    [
      ['en', 'what files should I send you?'],
      ['es', '¿en qué formato mando las pistas?'],
      ['fr', 'quel format pour les fichiers audio ?'],
      ['it', 'che formato devo mandarvi le tracce?'],
      ['de', 'in welchem Format soll ich die Spuren schicken?'],
      ['ca', 'en quin format us envio les pistes separades?'],
      ['pt', 'em que formato mando os arquivos de audio?'],
      ['ar', 'ابعتلكم ملفات wav؟'],
    ],
  ],
  [
    'loudness',
    [
      ['en', 'will it sound loud enough on Spotify?'],
      ['es', 'me da miedo que suene bajo'],
      ['fr', "j'ai peur que ce soit trop faible"],
      ['it', 'sarà al volume giusto?'],
      ['de', 'ist es laut genug für Spotify?'],
      ['ca', 'no vull que soni massa fluix'],
      ['pt', 'tenho medo de ficar baixinho'],
      ['ar', 'اخاف يطلع صوت واطي'],
    ],
  ],
  [
    'trackEffects',
    [
      ['en', 'send them without effects'],
      ['es', '¿con efectos o sin efectos?'],
      ['fr', 'sans effets ou avec effets ?'],
      ['it', 'con o senza effetti?'],
      ['de', 'mit Effekten oder ohne Effekte?'],
      ['ca', 'amb efectes o sense efectes?'],
      ['pt', 'com ou sem efeitos?'],
      ['ar', 'بدون مؤثرات؟'],
    ],
  ],
];

describeConceptTable('the rehearsal-studio concepts', REHEARSAL_CONCEPTS, examples, [
  // A phone's or a hearing aid's battery is no drum kit, and a band's gear is none of a court or a hint.
  ['es', 'se me ha acabado la batería del móvil', 'cymbals'],
  ['es', 'reservar pista de pádel', 'backingTracks'],
  ['ca', 'ens doneu pistes si ens encallem?', 'backingTracks'],
  // A hair colour's mix, a master barber, a helmet, a download, a lab sample.
  ['es', 'una mezcla de rubio y castaño', 'mixing'],
  ['en', 'is the master barber in today?', 'mastering'],
  ['fr', 'il faut un casque pour le vélo ?', 'headphones'],
  ['es', 'la descarga de la app', 'loading'],
  ['ca', "cal descarregar l'app?", 'loading'],
  ['it', "devo scaricare l'app?", 'loading'],
  ['it', 'si è scaricata la batteria del telefono', 'loading'],
  ['de', 'wann sind die Blutproben fertig?', 'rehearsal'],
  ['it', 'posso fare una prova gratuita?', 'rehearsal'],
  // Side effects are no track's effects, and a taxi is no speaker cabinet.
  ['es', 'tiene efectos secundarios?', 'trackEffects'],
  ['en', 'can I take a cab from the station?', 'amplifier'],
  ['en', 'the water taps are broken', 'earplugs'],
]);

describeTradeChecks(REHEARSAL_CONCEPTS, {
  trade: 'rehearsal studio',
  otherBusinesses: [
    ['es', 'se ha acabado la batería del móvil, ¿tenéis cargador?', 'phone repair'],
    ['en', 'do you have side effects after the drip?', 'clinic'],
    ['es', 'quiero una mezcla de mechas', 'salon'],
    ['en', 'can we book a padel court?', 'racket club'],
    ['fr', 'le casque est obligatoire pour le ski ?', 'ski school'],
    ['it', 'il piatto del giorno', 'restaurant'],
    ['ca', 'quants plats tindrà el menú?', 'restaurant'],
  ],
  notInEnglish: [
    ['ca', 'quants plats tindrà el menú?', 'cymbals'],
    ['es', 'quiero una mezcla de rubio', 'mixing'],
  ],
  pairs: [
    ['ca', 'Els plats de la bateria estan inclosos?', 'Quants plats té el menú?'],
    ['en', 'do you sell drumsticks?', 'do you sell phone chargers?'],
    ['it', 'vorrei farlo mixare da voi', 'vorrei un mix di colori'],
    ['es', 'tenéis tapones para los oídos?', 'tenéis cascos para la moto?'],
  ] as const,
  notOfferings: Object.keys(REHEARSAL_CONCEPTS),
});
