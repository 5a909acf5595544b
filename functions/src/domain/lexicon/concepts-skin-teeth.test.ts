/**
 * The dermatology and children's dentistry concepts (concepts-skin-teeth.ts):
 * each is found in a customer's phrase in every language, and words that
 * mean something else nearby do not raise it.
 */
import { SKIN_TEETH_CONCEPTS } from './concepts-skin-teeth.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'skinMarks',
    [
      ['en', 'does cupping leave marks? I have a wedding on Saturday'],
      ['es', 'las ventosas dejan marcas moradas?'],
      ['fr', 'est-ce que les ventouses laissent des marques ?'],
      ['it', 'poi restano quei cerchi viola?'],
      ['de', 'bekommt man davon blaue Flecken?'],
      ['ca', 'les ventoses deixen marques?'],
      ['pt', 'fico com nódoas negras depois?'],
      ['ar', 'هل تترك كدمات؟'],
    ],
  ],
  [
    'coldSore',
    [
      ['en', 'I get cold sores a lot, can I still have lip filler?'],
      ['es', 'me salen calenturas en el labio a menudo'],
      ['fr', "j'ai des boutons de fièvre assez souvent"],
      ['it', "mi viene spesso l'herpes labiale"],
      ['de', 'ich bekomme oft Fieberbläschen'],
      ['ca', 'em surt herpes labial sovint'],
      ['pt', 'tenho herpes labial com frequência'],
      ['ar', 'يطلع لي هربس على الشفايف'],
    ],
  ],
  [
    'wart',
    [
      ['en', 'my 6yo has warts all over his fingers'],
      ['es', 'tengo una verruga en el pie'],
      ['fr', 'ma fille a des verrues plantaires'],
      ['it', 'mio figlio ha delle verruche sotto il piede'],
      ['de', 'ich habe eine Dornwarze am Fuß'],
      ['ca', 'tinc una berruga al dit'],
      ['pt', 'tenho verrugas na mão'],
      ['ar', 'عندي ثاليل فيدي'],
    ],
  ],
  [
    'cryotherapy',
    [
      ['en', 'do you freeze them off?'],
      ['es', 'las quitáis con nitrógeno líquido?'],
      ['fr', 'vous les brûlez par le froid ?'],
      ['it', 'le bruciate col freddo?'],
      ['de', 'kann man die vereisen?'],
      ['ca', 'feu crioteràpia?'],
      ['pt', 'fazem crioterapia?'],
      ['ar', 'كتحيدوهم بالتبريد؟'],
    ],
  ],
  [
    'stitches',
    [
      ['en', 'when do the stitches come out?'],
      ['es', 'cuándo me quitan los puntos?'],
      ['fr', 'quand est-ce qu on retire les points ?'],
      ['it', 'dopo quanti gg si tolgono i punti?'],
      ['de', 'wann werden die Fäden gezogen?'],
      ['ca', 'quan em treuen els punts?'],
      ['pt', 'quando tiram os pontos?'],
      ['ar', 'امتى نحيد الغرز؟'],
    ],
  ],
  [
    'biopsy',
    [
      ['en', 'how long for the biopsy results?'],
      ['es', 'cuánto tarda la biopsia?'],
      ['fr', 'les résultats de la biopsie arrivent quand ?'],
      ['it', "quando arriva l'esame istologico?"],
      ['de', 'wann kommt das Ergebnis der Gewebeprobe?'],
      ['ca', 'quan tindré la biòpsia?'],
      ['pt', 'quanto tempo demora a biópsia?'],
      ['ar', 'امتى تخرج نتيجة الخزعة؟'],
    ],
  ],
  [
    'darkSpots',
    [
      ['en', 'can you remove dark spots on my face?'],
      ['es', 'tengo manchas oscuras en la cara desde el embarazo'],
      ['fr', "j'ai un masque de grossesse"],
      ['it', 'ho delle macchie scure sul viso'],
      ['de', 'ich habe Pigmentflecken im Gesicht'],
      ['ca', 'tinc taques fosques a la cara'],
      ['pt', 'tenho manchas escuras no rosto'],
      ['ar', 'عندي الكلف فوجهي'],
    ],
  ],
  [
    'taxDeduction',
    [
      ['en', 'Can I claim the consultation on my tax return?'],
      ['es', 'se puede desgravar la consulta?'],
      ['fr', 'est-ce que la séance est déductible ?'],
      ['it', 'la visita si puo scaricare col 730?'],
      ['de', 'kann ich das steuerlich absetzen?'],
      ['ca', 'es pot desgravar?'],
      ['pt', 'posso deduzir no IRS?'],
      ['ar', 'واش كاين خصم ضريبي؟'],
    ],
  ],
  [
    'toothpaste',
    [
      ['en', 'which toothpaste for a toddler?'],
      ['es', 'qué pasta de dientes le pongo?'],
      ['fr', 'quel dentifrice pour mon fils ?'],
      ['it', 'quale dentifricio per un bambino?'],
      ['de', 'welche Zahnpasta für ein Kleinkind?'],
      ['ca', 'quina pasta de dents li poso?'],
      ['pt', 'que pasta de dentes devo usar?'],
      ['ar', 'شحال من معجون خاصني نحط لولدي؟'],
    ],
  ],
  [
    'thumbSucking',
    [
      ['en', 'my son still sucks his thumb at night'],
      ['es', 'mi hijo todavía se chupa el dedo por la noche'],
      ['fr', 'elle suce son pouce, c est grave ?'],
      ['it', 'mia figlia usa ancora il ciuccio'],
      ['de', 'er braucht noch einen Schnuller'],
      ['ca', 'encara porta xumet'],
      ['pt', 'ela ainda usa chupeta'],
      ['ar', 'بنتي مازال كتاخد السكاتة'],
    ],
  ],
  [
    'sedationGas',
    [
      ['en', 'is the laughing gas safe for kids?'],
      ['es', 'usáis óxido nitroso?'],
      ['fr', 'le gaz hilarant est-il dangereux ?'],
      ['it', 'usate il protossido di azoto?'],
      ['de', 'Was kostet die Lachgas-Behandlung zusätzlich?'],
      ['ca', 'feu servir gas hilarant?'],
      ['pt', 'usam gás hilariante?'],
      ['ar', 'واش الغاز اللي كيضحك خطير على الدراري الصغار؟'],
    ],
  ],
  [
    'sealant',
    [
      ['en', 'should we get sealants on his molars?'],
      ['es', 'le recomendáis el sellado de fisuras?'],
      ['fr', 'on m a conseillé de boucher les creux des molaires'],
      ['it', 'fate la sigillatura dei solchi?'],
      ['de', 'macht ihr eine Fissurenversiegelung?'],
      ['ca', 'feu segellats de molars?'],
      ['pt', 'vale a pena fazer selantes?'],
      ['ar', 'شحال ثمن سد الشقوق ديال الضرس؟'],
    ],
  ],
  [
    'beautician',
    [
      ['en', 'are the injections done by a doctor or a beautician?'],
      ['es', 'lo hace una esteticista?'],
      ['fr', 'c est une esthéticienne qui fait le laser ?'],
      ['it', "le fa un medico o un'estetista?"],
      ['de', 'macht das eine Kosmetikerin?'],
      ['ca', 'ho fa una esteticista?'],
      ['pt', 'é uma esteticista que faz?'],
      ['ar', 'واش خبيرة التجميل لي كدير الحقن؟'],
    ],
  ],
  [
    'fluoride',
    [
      ['en', 'is the fluoride varnish worth it?'],
      ['es', 'le ponéis flúor a los niños?'],
      ['fr', 'le vernis au fluor ça sert à quoi ?'],
      ['it', 'quanto costa la fluoroprofilassi?'],
      ['de', 'macht ihr Fluoridlack bei Kindern?'],
      ['ca', 'poseu fluor als nens?'],
      ['pt', 'quanto custa a aplicação de flúor?'],
      ['ar', 'شحال ثمن الفلور؟'],
    ],
  ],
  [
    'mouthguard',
    [
      ['en', 'do you make mouthguards for rugby?'],
      ['es', 'hacéis protector bucal para boxeo?'],
      ['fr', 'vous faites des protège-dents pour le sport ?'],
      ['it', 'fate paradenti su misura?'],
      ['de', 'wie viel kostet ein Mundschutz für Taekwondo?'],
      ['ca', 'feu protector bucal per a futbol?'],
      ['pt', 'fazem protetor bucal para jiu-jitsu?'],
      ['ar', 'واش كديرو واقي الاسنان ديال الرياضة؟'],
    ],
  ],
];

describeConceptTable('the dermatology and children’s dentistry concepts', SKIN_TEETH_CONCEPTS, examples, [
  ['it', 'con la raccolta punti ho uno sconto?', 'stitches'],
  ['fr', 'mes deux fils ont un rendez-vous', 'stitches'],
  ['fr', 'je me suis fait mal au pouce', 'thumbSucking'],
  ['en', "it's freezing outside, are you open?", 'cryotherapy'],
  ['de', 'kann ich mein Kind um 8 absetzen?', 'taxDeduction'],
  ['it', 'posso scaricare la fattura dal sito?', 'taxDeduction'],
  ['es', '¿qué marca de tinte usáis?', 'skinMarks'],
  ['fr', 'ma fille a les yeux bleus', 'skinMarks'],
  ['it', 'ci sono segni di infezione?', 'skinMarks'],
  ['fr', "il a de la fièvre depuis hier, c'est grave ?", 'coldSore'],
  ['es', 'tengo fiebre y me duele el labio', 'coldSore'],
]);
