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
  'farewell',
  'speechAbout',
  'hasSomeone',
  'recordAction',
  'yes',
  'human',
  'complaint',
  'amazed',
  'severity',
  'harm',
  'blame',
  'self',
  'protest',
  'overcharged',
  'elsewhere',
  'fares',
  'smells',
  'illness',
  'symptomOf',
  'letGo',
  'endNear',
  'request',
  'tentative',
  'impersonal',
  'better',
  'untilWhen',
  'bookingAct',
  'now',
  'question',
  'besides',
  'own',
  'hypothetical',
  'howTo',
  'obligation',
  'requirement',
  'rules',
  'despite',
  'ourselves',
] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * Greetings, thanks and goodbyes in languages the responder does not read
 * (Dutch, Polish, Turkish, Russian and Ukrainian, Croatian/Serbian/Bosnian,
 * Romanian, the Scandinavian languages, Greek, Czech, Hungarian, Chinese,
 * Japanese, Korean, Tagalog, Urdu, Hindi, Indonesian/Malay, Hebrew, Tamazight, Basque), as tourists and new
 * residents write them: small talk is answered (in English or the
 * business's language) rather than handed to a person. Questions in these
 * languages still go to a person. Read with the English cues, since no
 * detection names these languages.
 */
const OTHER_LANGUAGES: readonly { languages: string; greeting: string; thanks: string; goodbye: string }[] = [
  {
    languages: 'nl',
    greeting: 'hallo daar|goedemorgen|goedemiddag|goedenavond|dag allemaal',
    thanks: 'dank je|dank je wel|dankjewel|dank u|dank u wel|bedankt|hartelijk bedankt',
    goodbye: 'tot ziens|doei|tot straks|fijne dag',
  },
  {
    languages: 'pl',
    greeting: 'dzien dobry|czesc|witam|siema|dobry wieczor',
    thanks: 'dziekuje|dziekuje bardzo|dzieki|dziena',
    goodbye: 'do widzenia|na razie|milego dnia',
  },
  {
    languages: 'tr',
    greeting: 'merhaba|selam|selamlar|iyi gunler|gunaydin|iyi aksamlar',
    thanks: 'tesekkurler|tesekkur ederim|sagol|sag ol|cok tesekkurler',
    goodbye: 'gorusuruz|hosca kal|hoscakal|iyi gunler dilerim',
  },
  {
    languages: 'ru, uk',
    greeting:
      'привет|здравствуйте|добрый день|доброе утро|добрый вечер|privet|zdravstvuyte|dobryi den|вітаю|добрий день',
    thanks: 'спасибо|спасибо большое|большое спасибо|spasibo|spasibo bolshoe|дякую|diakuiu',
    goodbye: 'до свидания|пока|do svidaniya|хорошего дня|до побачення',
  },
  {
    languages: 'hr, sr, bs',
    greeting: 'dobar dan|dobro jutro|dobra vecer|zdravo|pozdrav|bok|добар дан',
    thanks: 'hvala|hvala lijepa|hvala vam|hvala puno|puno hvala|хвала',
    goodbye: 'dovidjenja|dovidenja|vidimo se|laku noc|do videnja',
  },
  {
    languages: 'ro',
    greeting: 'buna ziua|buna dimineata|buna seara|salutare',
    thanks: 'multumesc|multumesc frumos|mersi frumos',
    goodbye: 'la revedere|o zi buna',
  },
  {
    languages: 'sv, da, no',
    greeting: 'god morgon|god dag|goddag|god middag|hej hej|hejsan|godmorgen',
    thanks: 'tack|tack sa mycket|tusen tack|tak|mange tak|takk|tusen takk',
    goodbye: 'hej da|ha det|ha det bra|vi ses|farvel',
  },
  {
    languages: 'el',
    greeting: 'kalimera|kalispera|geia sas|γεια σας|καλημερα|καλησπερα',
    thanks: 'efharisto|efcharisto|ευχαριστω',
    goodbye: 'antio|αντιο',
  },
  {
    languages: 'cs',
    greeting: 'dobry den|ahoj',
    thanks: 'dekuji|diky',
    goodbye: 'na shledanou|nashledanou',
  },
  {
    languages: 'hu',
    greeting: 'jo napot|szia|sziasztok',
    thanks: 'koszonom|koszi|kosz',
    goodbye: 'viszlat|viszontlatasra',
  },
  {
    languages: 'zh, ja, ko',
    greeting: 'ni hao|nihao|你好|您好|konnichiwa|konnichi wa|こんにちは|ohayo|annyeong|annyeonghaseyo|안녕하세요',
    thanks:
      'xie xie|xiexie|谢谢|謝謝|arigato|arigatou|arigato gozaimasu|ありがとう|kamsahamnida|gamsahamnida|감사합니다|고맙습니다',
    goodbye: 'zaijian|再见|sayonara|さようなら|mata ne|annyeonghi gaseyo',
  },
  {
    languages: 'tl, ur',
    greeting: 'magandang umaga|magandang hapon|magandang gabi|kumusta|kamusta|kumusta po|adab|aadab',
    thanks:
      'salamat|salamat po|maraming salamat|maraming salamat po|thank you po|thanks po|shukria|shukriya bhai|bohat shukriya|bahut shukriya|meherbani|mehrbani|jazakallah|jazak allah|jazakallah khair',
    goodbye: 'paalam|paalam po|ingat po|ingat ka|allah hafiz|khuda hafiz',
  },
  {
    languages: 'hi, id/ms, he',
    greeting: 'namaste|namaskar|selamat pagi|selamat siang|selamat sore|selamat malam|shalom|שלום',
    thanks: 'dhanyavaad|dhanyavad|shukriya|terima kasih|makasih|toda raba|תודה',
    goodbye: 'phir milenge|alvida|sampai jumpa|selamat tinggal|lehitraot',
  },
  {
    // Tamazight (Berber), as written in Latin letters in the Rif and Souss and in Tifinagh. "Azul" alone is also
    // Spanish and Portuguese blue: only its greeting forms with a pronoun are cues.
    languages: 'ber',
    greeting:
      'azul fellawen|azul fellak|azul fellam|azul felawen|azul flawen|azul fell awen|azul fell ak|azul fell am|azul fellakent|azul fell akent|azul fellakum|azul fell akum|azul felak|azul felam|ⴰⵣⵓⵍ',
    thanks: 'tanmirt|tanemmirt|tanmmirt|tanmirt atas|tanemmirt nnek|ⵜⴰⵏⵎⵎⵉⵔⵜ|ⵜⴰⵏⵎⵉⵔⵜ',
    goodbye: 'ar tufat|ar timlilit|ar timlilt',
  },
  {
    // Basque, as customers in the Basque Country write it inside Spanish or French messages ("eskerrik asko!! agur",
    // "kaixo, ...", "mila esker"). "Gabon" (good evening, also Christmas and a country) and "aupa" (a cheer) are left out.
    languages: 'eu',
    greeting: 'kaixo|kaixo guztioi|egun on|arratsalde on',
    thanks: 'eskerrik asko|eskerrik asko bihotzez|eskerrik asko zuei|mila esker|milesker|esker mila|eskerrik',
    goodbye: 'agur|agur bero bat|ikusi arte|gero arte|laster arte|bihar arte|ondo izan',
  },
];

/** The cues of one kind of small talk in every language of OTHER_LANGUAGES. */
const otherLanguages = (kind: 'greeting' | 'thanks' | 'goodbye') => OTHER_LANGUAGES.map((l) => l[kind]).join('|');

/**
 * "Salam", "salam alikoum" as French, English or Spanish speakers of Muslim families write it at the start of a
 * message in their own language ("salam alikoum, je suis fonctionnaire…"): the Arabic greeting, no topic. "Salam"
 * only as written: Italian "salame" is a salami.
 */
const LATIN_SALAM =
  '=salam|salam alikoum|salam aleikoum|salam alaikoum|salam alaykoum|salam aleykoum|salam alikom|salam alaykum|salam alaikum|salam aleikum|salam alikum|salamou alaykoum|salamou alikoum|assalamou alaykoum|assalam alaikoum|assalamu alaikum|salam 3likom|salam 3likoum|salam 3alikoum|salam alik';

/**
 * "See you Saturday", "à samedi", "fins dilluns", "até sexta": a goodbye
 * with the day of the visit. Each language's word for it before each of its
 * weekdays (written out here rather than in every goodbye line).
 */
const SEE_YOU_ON: Readonly<Record<string, readonly [readonly string[], string]>> = {
  en: [['see you', 'see you on', 'see u', 'cu'], 'monday tuesday wednesday thursday friday saturday sunday'],
  fr: [['a'], 'lundi mardi mercredi jeudi vendredi samedi dimanche'],
  it: [['a', 'ci vediamo'], 'lunedi martedi mercoledi giovedi venerdi sabato domenica'],
  es: [['hasta el', 'nos vemos el'], 'lunes martes miercoles jueves viernes sabado domingo'],
  ca: [['fins', 'fins a', 'ens veiem'], 'dilluns dimarts dimecres dijous divendres dissabte diumenge'],
  pt: [['ate', 'ate a', 'ate o'], 'segunda terca quarta quinta sexta sabado domingo'],
  de: [['bis', 'bis am', 'bis zum'], 'montag dienstag mittwoch donnerstag freitag samstag sonntag'],
};
const seeYouOn = (language: string) => {
  const [before, days] = SEE_YOU_ON[language]!;
  return before.flatMap((b) => days.split(' ').map((d) => `${b} ${d}`)).join('|');
};

/**
 * "Hello everyone", "servus beinand", "ade mitenand", "adiós a todos": a greeting or a goodbye said to everyone
 * at the business. Each language's words for "all of you" after its plainest greetings and goodbyes (written
 * out here rather than in every line); the Swiss and Bavarian "mitenand", "beinand", "zäme" as written, since a
 * short message in them is not always read as German first; and in Italian the Sardinian "bona sera a tottus".
 */
const ALL_OF_YOU: Readonly<Record<string, readonly [string, string, string]>> = {
  en: [
    'everyone|everybody|all|guys|folks|y all|yall|team|all of you',
    'hi|hello|hey|morning|good morning|good afternoon|good evening',
    'bye|goodbye|bye bye|see you',
  ],
  fr: [
    'a tous|tout le monde|a toutes et a tous|a toutes|les amis|l equipe|a toute l equipe',
    'bonjour|salut|coucou|bonsoir|hello',
    'au revoir|a bientot|bonne journee|bonne soiree',
  ],
  it: [
    'a tutti|a tutte|ragazzi|raga|a voi|a tutto lo staff|a tottus|a totus',
    'ciao|salve|buongiorno|buonasera|bona sera|bona die|bonas dies|ajo bona sera|ajo bona die|ajo bonas dies|aio bona sera',
    'arrivederci|a presto|buona giornata|buona serata',
  ],
  es: [
    'a todos|a todas|todos|gente|chicos|chicas|equipo|a todo el equipo',
    'hola|buenas|buenos dias|buenas tardes',
    'adios|chao|chau|hasta luego|hasta pronto',
  ],
  ca: ['a tots|a totes|tothom|a tothom|gent|equip', 'hola|bon dia|bona tarda|bones', 'adeu|a reveure|fins aviat'],
  pt: [
    'a todos|a todas|gente|pessoal|galera|malta|equipa|equipe',
    'ola|oi|bom dia|boa tarde|boas',
    'tchau|adeus|ate logo|ate breve',
  ],
  de: [
    'zusammen|miteinander|beieinander|allerseits|alle|ihr lieben|leute|mitenand|mitenand|minand|mitanand|mitanond|mitnand|beinand|beinond|binand|zame|zamme|zaeme',
    'hallo|hi|hey|servus|moin|gruss gott|griass eich|griass enk|gruezi|hoi|sali|guten morgen|guten tag|guten abend',
    'tschuss|tschau|ciao|ade|adieu|pfiat eich|pfiat enk|bis bald|bis dann|auf wiedersehen|uf wiederluege',
  ],
};
const toAllOfYou = (language: string, kind: 1 | 2) => {
  const [all, greetings, goodbyes] = ALL_OF_YOU[language]!;
  const bases = (kind === 1 ? greetings : goodbyes).split('|');
  return bases.flatMap((b) => all.split('|').map((a) => `${b} ${a}`)).join('|');
};

export const LEXICON: PhraseTable<Intent> = {
  greeting: {
    en: `hi|hello|ramadan kareem|ramadan karim|ramadan mubarak|happy ramadan|blessed ramadan|hey|hiya|heya|howdy|good morning|good afternoon|good evening|greetings|hey there|hi there|hii|hiii|heyy|heyyy|hey hey|yo|hello there|hey guys|hi guys|hi all|hello all|good day|gday|g day|morning all|hi again|hello again|hey again|whats up|what is up|sup|wassup|how are you|how are you today|how are you doing|how are you doing today|how r u|how r u today|how is your day|hows your day|how s your day|how is your day going|hows your day going|how s your day going|hope you are well|hope you re well|hope youre well|anyone there|is anyone there|anybody there|is anybody there|anyone here|merry christmas|happy christmas|merry xmas|happy xmas|happy new year|happy holidays|seasons greetings|season s greetings|happy easter|eid mubarak|happy eid|happy diwali|happy hanukkah|${otherLanguages('greeting')}|${toAllOfYou('en', 1)}`,
    fr:
      "bonjour|bonsoir|salut|coucou|bjr|bsr|slt|allo|re bonjour|bonjour a vous|bonjour a tous|salut a tous|cc|coucou a vous|wesh|yo|rebonjour|re|bon matin|allo allo|bonjours|bjr a vous|comment allez vous|comment allez vous aujourdhui|comment ca va|comment ca va aujourdhui|jespere que vous allez bien|il y a quelqu'un|y a quelqu'un|ya quelqu'un|quelqu'un est la|vous etes la|joyeux noel|bonne annee|bonnes fetes|joyeuses fetes|meilleurs voeux|joyeuses paques|bon reveillon" +
      '|' +
      toAllOfYou('fr', 1),
    it:
      'ciao|salve|buongiorno|buon giorno|buonasera|buona sera|bona sera|bona die|bonas dies|bona notte|ajo bona sera|ajo bona die|ajo bonas dies|buon pomeriggio|ehi|hey|ciao a tutti|salve a tutti|buondi|bgiorno|bng|ciaoo|ciao bella|ciao belli|ciao bello|ciao raga|ciao ragazzi|ciao ragazze|bella raga|bella zio|uella|uela|ciao ciao|bongiorno|bonasera|buondi a tutti|salve salve|come va|come va oggi|come state|come state oggi|tutto bene|ehila|ola|buongiorno a voi|buonasera a voi|c e qualcuno|ce qualcuno|qualcuno ce|ci siete|buon natale|buon anno|buone feste|felice anno nuovo|buona pasqua|tanti auguri|auguri di buon natale' +
      '|' +
      toAllOfYou('it', 1),
    de:
      'hallo|hi|hey|moin|moin moin|servus|gruss gott|gruss dich|guten tag|guten morgen|guten abend|hallihallo|hallo zusammen|hallo ihr|hi zusammen|gruezi|gruezi mitenand|gruessech|gruess gott|hoi|hoi zame|hoi zamme|hoi zusammen|sali|sali zame|sali zusammen|salu|griass di|griass eich|griass gott|gruss euch|gruezi wohl|guete morge|guete tag|guete abig|guete obig|tach|nabend|n abend|hallochen|halli hallo|hey zusammen|moinsen|mahlzeit|ciao|wie gehts|wie gehts heute|wie geht es ihnen|wie geht es ihnen heute|wie geht es dir|wie geht es dir heute|ist jemand da|jemand da|ist da jemand|seid ihr da|frohe weihnachten|frohes fest|frohes neues|frohes neues jahr|gutes neues jahr|guten rutsch|schone feiertage|frohe ostern|frohe festtage|schone weihnachten' +
      '|' +
      toAllOfYou('de', 1),
    es:
      'hola|buenos dias|buenas tardes|buenas noches|buenas|saludos|que tal|holi|ola|wenas|buen dia|que onda|hola buenas|muy buenas|hola gente|buenas gente|hola chicos|hola chicas|hola a todos|buenas a todos|hola equipo|buenas buenas|holis|holaa|ey|alo|buen dia a todos|hola que tal|que hubo|quiubo|como estas|como estas hoy|como esta hoy|como estan hoy|como estan|hay alguien|hay alguien ahi|alguien ahi|hay alguien por ahi|estan ahi|feliz navidad|feliz ano nuevo|feliz ano|felices fiestas|prospero ano nuevo|felices pascuas|felices reyes' +
      '|' +
      toAllOfYou('es', 1),
    ca:
      'hola|adiu|bon dia|bona tarda|bona vesprada|bona nit|bones|com va|ei|bon di|molt bon dia|hola bon dia|hola bona tarda|bon vespre|bones tardes|bon dia tingueu|que tal|com esteu|com esteu avui|com estas|com estas avui|com anem|hola que tal|ei hola|hola a tots|bon dia a tots|hola gent|hi ha algu|hi ha algu aqui|hi sou|bon nadal|bon any|bones festes|bon any nou|feliç any nou|felic any nou|bones pasques' +
      '|' +
      toAllOfYou('ca', 1),
    pt:
      'ola|oi|oie|bom dia|boa tarde|boa noite|tudo bem|tudo bom|td bem|tudo fixe|td fixe|tudo joia|e ai|opa|oii|oiee|oi oi|ola bom dia|ola boa tarde|bom diaa|boas|salve|fala ai|fala galera|fala pessoal|fala meu povo|fala povo|fala rapaziada|fala familia|fala turma|fala mestre|fala professor|e ai galera|oi galera|oi pessoal|bom dia galera|bom dia pessoal|e ai tudo bem|eai|tudo certo|tudo tranquilo|td bom|tdb|como vai|como vai hoje|como vao|como estao|como estao hoje|tem alguem ai|alguem ai|tem alguem|esta ai alguem|feliz natal|feliz ano novo|boas festas|feliz pascoa|bom natal|bom ano' +
      '|' +
      toAllOfYou('pt', 1),
    ar: 'عسلامه|رمضان كريم|رمضان مبارك|رمضان كريم عليكم|مبارك عليكم الشهر|شهر مبارك|كل عام وانتم بخير|كل عام وانتو بخير|كل عام وانتم طيبين|كل سنه وانتو طيبين|كل سنه وانتم طيبين|عيدكم مبارك|عساكم من عواده|ramadan kareem|ramadan karim|ramadan mubarak|kol 3am w entom b5eer|kol 3am w into b5eer|kol sana w into tayebeen|عالسلامه|3aslema|aslema|asslema|عسلامة|مرحبا|مرحبتين|اهلا|اهلا وسهلا|السلام عليكم|سلام|صباح الخير|مساء الخير|هاي|هلو|marhaba|mar7aba|marhaban|ahlan|ahla|salam|sabah el kheir|masa el kheir|hala|kifak|kifik|kifkon|keefak|السلام|صباح النور|مسا الخير|مساء النور|لاباس|لاباس عليك|كيداير|كيدايره|كيدايرين|كي داير|اشنو خبارك|اش خبارك|labas|labas 3lik|kidayr|kidayra|kidayrin|ki dayr|sba7 lkhir|sbah lkhir|sba7 el khir|msa lkhir|masa lkhir|slm|salamo 3alaykom|salam 3likom|cv|bonjour|bonsoir|hi|hello|salam alikom|salamo alaykom|slm 3lik|salam 3likoum|salam 3alikom|ahlan wa sahlan|ahla w sahla|ahlin|salamat|سلامات|هلا|هلا والله|hla|الو|allo|صباحو|صباح الفل|مرحبا بيك|مرحبا بكم|labas 3likom|labas 3likoum|cc|salut|coucou|wa fin|kidayrin labas|cv labas|في حد|فيه حد|كاين شي حد|واش كاين شي حد|wach kayn chi 7ad|عيد مبارك|عيد سعيد|كل عام وانتم بخير|كل عام وانتو بخير|سنه سعيده|عام سعيد|eid mubarak|3id mobarak|3id mabrouk|kol 3am wntoma bkhir|عواشر مبروكه|3wacher mabrouka',
  },
  salam: {
    ...Object.fromEntries((['en', 'fr', 'es', 'it', 'de', 'ca', 'pt'] as const).map((l) => [l, LATIN_SALAM])),
    ar: 'السلام عليكم|سلام عليكم|salam|salamu alaykum|assalamu alaikum|salam alaykum|salam 3aleikum|salam 3alaykum|السلام عليكم ورحمه الله|السلام عليكم ورحمه الله وبركاته|سلام عليكم ورحمه الله وبركاته|salam alaykum wa rahmatullah wa barakatuh|assalamu alaikum warahmatullahi wabarakatuh|salamo 3alaykom|salam 3likom|assalamo 3alaykom|salamu 3alaykum|slm 3likom|salam alikom|salam alikoum|salam aleikoum|salam alaikoum|salam alaykoum|salam aleykoum|salam alikum|salam aleikum|salam alaikum|salam 3likoum|salam 3alikoum|salamou alaykoum|salamou alikoum|assalamou alaykoum|assalam alaikoum|salam alik|salam alikoum wa rahmatullah',
  },
  thanks: {
    en: `thanks|thank you|thank u|thanku|thankyou|thx|thnx|thanx|tks|ty|tysm|tyvm|cheers|appreciate it|much appreciated|thanks a lot|many thanks|thank you so much|thanks so much|thanks again|thank you again|thanks heaps|thanks a million|thank u so much|thx so much|tyy|thank youu|thankss|thanx a lot|much obliged|appreciate|appreciated|appreciate u|appreciate you|thank you kindly|you re a star|ur a star|youre a star|legend|thanks mate|cheers mate|ta|ta very much|ta muchly|cheers ta|thanks guys|thank you all|${otherLanguages('thanks')}|thanks anyway|thanks anyways|thank you anyway|thx anyway|thanks all the same|you re the best|youre the best|you are the best|you re amazing|youre amazing|you are amazing|god bless|god bless you|god bless u|bless you|blessings|you re a star|youre a star|legend`,
    fr: "merci|merci beaucoup|merci bcp|mci|je vous remercie|mrc|thx|merci bien|merci infiniment|merci mille fois|mille mercis|mille merci|merci a vous|merci encore|un grand merci|merci beaucoup beaucoup|merci bcp bcp|mercii|merciii|merci pour tout|merci davance|merci d avance|je vous remercie beaucoup|c est gentil|cest gentil|est gentil|tres gentil|trop gentil|c'est gentil|c'est très gentil|merci quand meme|merci quand meme hein|merci malgre tout|merci tout de meme|vous etes top|vous êtes top|vous etes les meilleurs|vous êtes les meilleurs|au top|dieu vous benisse|que dieu vous benisse|dieu te benisse|que dieu te benisse",
    it: 'grazie|grazie mille|grazie tante|mille grazie|grz|graz|ti ringrazio|la ringrazio|vi ringrazio|gentilissimi|gentilissima|gentilissimo|thx|grazie infinite|grazie davvero|grazie di tutto|grazie ancora|grazie 1000|grazie a voi|grazie a lei|graziee|grazieee|grazie tantissimo|molto gentile|troppo gentile|gentilissimi grazie|grazie x tutto|grazie lo stesso|grazie comunque|grazie uguale|grazie ugualmente|siete i migliori|sei la migliore|sei il migliore|siete fantastici|dio ti benedica|che dio ti benedica|dio vi benedica|che dio vi benedica',
    de: 'danke|danke schon|dankeschon|vielen dank|danke sehr|besten dank|herzlichen dank|merci|thx|dnk|danke dir|danke ihnen|super danke|danke vielmals|merci vielmal|merci viel mal|merci villmal|merci viumau|merci vil mal|merci vilmal|merci vill mal|danke vilmal|danke vielmal|vielen lieben dank|tausend dank|danke dir vielmals|danke schoen|dankschon|danggschon|dankscheen|merci vu mau|vergelts gott|danke euch|vielen vielen dank|lieben dank|mega danke|danke schon mal|merci beaucoup|danke trotzdem|trotzdem danke|trotzdem vielen dank|dennoch danke|ihr seid die besten|ihr seid spitze|du bist die beste|du bist der beste|gott segne dich|gott segne sie|gott segne euch',
    es: 'gracias|muchas gracias|mil gracias|se lo agradezco|te lo agradezco|grax|grs|grcs|gracis|mil grax|thx|muchisimas gracias|gracias mil|te agradezco|se agradece|gracias de antemano|muy amable|muy amables|graciass|graciasss|gracias guapa|gracias guapo|gracias crack|mil gracias de verdad|gracias por todo|gracias de nuevo|mersi|gracias igual|gracias igualmente|gracias de todas formas|gracias de todos modos|gracias aun asi|eres la mejor|eres el mejor|sois los mejores|sois lo mas|sois lo más|un sol|dios te bendiga|que dios te bendiga|dios le bendiga|que dios le bendiga|dios los bendiga|que dios los bendiga|dios les bendiga|bendiciones|dios se lo pague',
    ca: 'gracies|moltes gracies|merci|mercii|merces|moltes merces|us ho agraeixo|grcs|thx|moltissimes gracies|mil gracies|gracies per tot|moltes gracies per tot|merci moltes|gracies guapa|molt amable|molt amables|gracies igualment|gracies de totes maneres|merci igualment|merci de totes maneres|sou els millors|ets la millor|ets el millor|deu te beneeixi|que deu te beneeixi|deu us beneeixi|que deu us beneeixi',
    pt: 'obrigado|obrigada|obg|obgd|obgda|brigado|brigada|muito obrigado|muito obrigada|valeu|vlw|agradeco|thx|brigadao|brigadinha|obrigadinho|obrigadinha|muitissimo obrigado|muitissimo obrigada|obrigado mesmo|obrigada mesmo|valeuu|valeu mesmo|agradecido|agradecida|grato|grata|obgdo|obgdaa|mt obrigado|mt obrigada|mto obrigado|mto obrigada|brigadu|obrigado mesmo assim|obrigada mesmo assim|valeu mesmo assim|obrigado na mesma|obrigada na mesma|obrigado de qualquer forma|obrigada de qualquer forma|vocês são os melhores|voces sao os melhores|são os melhores|sao os melhores|és a melhor|es a melhor|deus te abencoe|que deus te abencoe|deus abencoe|deus lhe abencoe|deus lhe pague|fica com deus|fiquem com deus',
    ar: 'يعيشك|يعيشكم|يعيشك برشا|صحيت|صحيتو|صحيتي|صحيتوا|sahit|sahitou|sahitu|sahiti|sa7it|sa7itou|sa7itu|ربي يحفظكم|ربي يجازيك|ربي يجازيكم|الله يجازيكم|ربي يحفظك|ربي يخليك|يعطيك الصحه|y3aychek|y3aychkom|ya3tik essa7a|rabi y7afdhek|rabbi y5alik|merci barcha|شكرا|شكرا جزيلا|مشكور|مشكورين|يعطيك العافيه|تسلم|تسلمي|يسلمو|shukran|shokran|choukran|tislam|yislamo|yeslamo|mashkour|ya3tik el 3afye|مرسي|ميرسي|mersi|merci|thanks|thx|شكرا بزاف|بارك الله فيك|بارك الله فيكم|الله يخليك|الله يخليكم|الله يحفظك|مرسي بزاف|تبارك الله عليك|chokran|chkran|choukran bzaf|chokran bzaf|baraka llahou fik|barak allah fik|barakallah fik|llah ykhlik|allah ykhlik|llah ybarek fik|mrc|merci bzaf|mersi bzaf|الله يجازيك بخير|جزاك الله خيرا|جزاك الله خير|الله يرحم الوالدين|الله يبارك فيك|الله يعطيك الصحه|يعطيك الصحه|تبارك الله|thank you|chokrane|choukrane|shukran jazilan|shokran ktir|llah yjazik bikhir|allah yjazik bikhir|allah ybarek fik|llah ybark fik|llah yrhm lwalidin|llah yr7am lwalidin|ya3tik sa7a|y3tik sse77a|y3tik sa7a|merci bcp|mrc bzf|merci bzf|tbarkllah|tbarkallah 3lik|mersi bzf|شكرا على كل حال|شكرا على اي حال|شكرا على كل شي',
  },
  goodbye: {
    en:
      `bye|byee|goodbye|good bye|see you|see ya|cya|have a good day|have a nice day|have a great day|take care|good night|bye bye|talk soon|ttyl|catch you later|see you soon|see you then|see ya then|see u|see u soon|see u then|cu|speak soon|chat soon|have a good one|have a good weekend|have a nice weekend|have a great weekend|enjoy your day|enjoy your weekend|nite|night night|gn|bye for now|all the best|kind regards|best regards|warm regards|regards|best wishes|till then|until then|see you tomorrow|see you next week|${otherLanguages('goodbye')}|that s all|thats all|that is all|that s it|thats it|that is it|nothing else|no that s all|no thats all|all good` +
      '|' +
      seeYouOn('en') +
      '|' +
      toAllOfYou('en', 2),
    fr:
      "au revoir|bonne journee|bonne soiree|a bientot|bonne nuit|a plus|a demain|a tantot|a plus tard|a tout a lheure|a tout a l heure|au plaisir|a la prochaine|bonne fin de journee|bonne fin de semaine|bon weekend|bon week end|bonne semaine|bonne continuation|bisous|bises|cordialement|bien a vous|bonne apres midi|bonne aprem|c'est tout|ce sera tout|rien d'autre" +
      '|' +
      seeYouOn('fr') +
      '|' +
      toAllOfYou('fr', 2),
    it:
      'arrivederci|arrivederla|a presto|a domani|buona giornata|buona serata|buonanotte|ciao ciao|alla prossima|saluti|cordiali saluti|un saluto|baci|a dopo|ci vediamo|ci sentiamo|a piu tardi|a lunedi|buon weekend|buona domenica|buon fine settimana|buona serata a voi|buona giornata a voi|bacioni|un abbraccio|un bacio|cordialita|distinti saluti|saluti cari|ciao ciao ciao|e tutto|è tutto|nient altro|niente altro|basta cosi|basta così' +
      '|' +
      seeYouOn('it') +
      '|' +
      toAllOfYou('it', 2),
    de:
      'tschuss|tschau|auf wiedersehen|auf wiederhoren|bis bald|bis dann|bis morgen|bis spater|schonen tag|schonen abend|gute nacht|liebe grusse|viele grusse|mit freundlichen grussen|lg|vg|mfg|ade|adieu|uf wiederluege|uf widerluege|uf wiederluge|auf wiederluege|auf widerluege|auf wiederluge|tschau zame|tschau zusammen|bis denn|bis spoter|schone tag|en schone tag|schones wochenende|schonen tag noch|schonen abend noch|baba|pfiat di|pfiat eich|pfiat dich|pfiat euch|pfiati|bis nachher|bis zum nachsten mal|bis nachste woche|tschussi|tschussikowski|tschausen|tscho|tschoe|beste grusse|herzliche grusse|freundliche grusse|lieben gruss|liebe gruss|schone grusse|das wars|das war s|das war es|das wäre alles|das ware alles|sonst nichts|mehr nicht' +
      '|' +
      seeYouOn('de') +
      '|' +
      toAllOfYou('de', 2),
    es:
      'adios|hasta luego|hasta pronto|chao|chau|nos vemos|que tenga buen dia|hasta manana|un saludo|saludos cordiales|un abrazo|besos|bss|hasta el lunes|hasta la proxima|hasta mas tarde|hasta ahora|hablamos|cuidate|cuidese|que vaya bien|feliz dia|buen finde|buen fin de semana|que tengas buen dia|que tenga un buen dia|que tengan buen dia|que tengan un buen dia|que tengan buen fin de semana|que tengan un buen fin de semana|que tengas buen fin de semana|que tenga buen fin de semana|que tengan buena semana|que pasen buen fin de semana|que pasen un buen fin de semana|que pases buen fin de semana|que les vaya bien|que te vaya bien|besitos|abrazos|nos vemos pronto|un beso|eso es todo|es todo|nada mas|nada más|eso seria todo|eso sería todo' +
      '|' +
      seeYouOn('es') +
      '|' +
      toAllOfYou('es', 2),
    ca:
      'adeu|a reveure|fins ara|fins aviat|fins dema|que vaja be|una abracada|salutacions|petons|adeu siau|fins despres|fins dilluns|fins la proxima|fins un altre|bon cap de setmana|que tingueu bon cap de setmana|que tingueu un bon dia|que passeu bon cap de setmana|que vagi be|que vagi bé|una abraçada|bon dia i gracies|adeuu|aixo es tot|això és tot|es tot|és tot|res mes|res més' +
      '|' +
      seeYouOn('ca') +
      '|' +
      toAllOfYou('ca', 2),
    pt:
      'tchau|xau|adeus|ate logo|ate breve|ate amanha|bom dia para si|fica bem|beijos|bjs|bjo|bj|abraco|abs|um abraco|ate mais|ate ja|ate segunda|ate a proxima|ate depois|fique bem|bjss|abracos|bom fim de semana|boa semana|tenham um bom fim de semana|tenham um bom dia|tenha um bom dia|tenha um bom fim de semana|bom feriado|bom feriadao|bom final de semana|fui|falou|flw|inte|fica com deus|fique com deus|xauu|e so isso|é só isso|so isso|só isso|mais nada|e tudo|é tudo' +
      '|' +
      seeYouOn('pt') +
      '|' +
      toAllOfYou('pt', 2),
    ar: 'مع السلامه|باي|الى اللقاء|تصبحون على خير|ma3 el salameh|ma3a salama|yalla bye|bye bye|bye|ma3 salameh|bslama|bsalama|بسلام*|بالسلام*|الله يعاونك|نهارك مبروك|تهلا|bsslama|bslamah|llah y3awnek|nharek mabrouk|thalla|au revoir|a bientot|bonne journee|تصبح على خير|الله يسهل|نشوفكم|tsb7 3la khir|llah ysahel|nchoufkom|a plus|bslama 3likom|bslama 3likoum|tsbho 3la khir|في امان الله|fi aman allah',
  },
  /** Leave-taking itself ("bye", "adiós", "tschüss"), not a wish ("have a nice day"): thanks with it is a goodbye. */
  farewell: {
    en:
      'bye|byee|byeee|goodbye|good bye|bye bye|see ya|see you|cya|see u|ttyl|talk soon|speak soon|catch you later|that s all|thats all|that is all|that s it|thats it|nothing else|no that s all|no thats all|thats all i needed|that s all i needed|that is all i needed|thats all i need|that s all i need|thats all i wanted|that s all i wanted|thats all i wanted to know|all i needed to know|just what i needed|exactly what i needed|thats everything|that s everything|that is everything|thats everything i needed|that s everything i needed|that is everything i needed|everything i needed|everything i needed to know|all i needed' +
      '|' +
      seeYouOn('en'),
    fr:
      'au revoir|a plus|a bientot|a demain|a la prochaine|bye|c est tout|ce sera tout|rien d autre|c est tout ce que je voulais savoir|c est tout ce dont j avais besoin|est tout ce que je voulais' +
      '|' +
      seeYouOn('fr'),
    it:
      'arrivederci|arrivederla|ciao ciao|a presto|a dopo|ci vediamo|ci sentiamo|bye|e tutto|è tutto|nient altro|niente altro|basta cosi|basta così' +
      '|' +
      seeYouOn('it'),
    de:
      'tschuss|tschussi|tschussikowski|tschausen|tschau|auf wiedersehen|bis bald|bis dann|bis spater|bis morgen|ciao|bye|das wars|das ware alles|das wäre alles' +
      '|' +
      seeYouOn('de'),
    es:
      'adios|chao|chau|hasta luego|hasta pronto|nos vemos|hasta manana|bye|eso es todo|es todo|eso seria todo|eso sería todo|nada mas|nada más' +
      '|' +
      seeYouOn('es'),
    ca:
      'adeu|fins aviat|fins ara|fins dema|a reveure|ens veiem|bye|aixo es tot|això és tot|es tot|és tot|res mes|res més' +
      '|' +
      seeYouOn('ca'),
    pt:
      'tchau|adeus|ate logo|ate mais|ate breve|ate amanha|xau|bye|e so isso|é só isso|so isso|só isso|mais nada' +
      '|' +
      seeYouOn('pt'),
    ar: 'مع السلامه|بسلامه|ma3a salama|ma3 salama|ma3a salameh|bslama|b slama|bye',
  },
  /**
   * How someone speaks, not a wish to speak to someone: "il parle à peine", "doesn't talk yet", "habla poco".
   * The words of talking in it ask for no person (complaint.ts).
   */
  /**
   * Whether the business has someone for a need, not a wish to talk to a person: "vous avez quelqu'un pour ça ?",
   * "do you have someone who does sports nutrition?", "¿tenéis a alguien para niños?". The someone in it asks
   * for no person (complaint.ts).
   */
  hasSomeone: {
    en: 'do you have someone|do you have somebody|do you have anyone|you have someone|have someone who|have someone for|is there someone who|is there anyone who',
    fr: "vous avez quelqu'un|avez vous quelqu'un|vous avez une personne|il y a quelqu'un qui|y a quelqu'un qui|vous avez qqn|quelqu'un de specialise|quelqu'un specialise",
    es: 'teneis a alguien|tienen a alguien|tenes a alguien|teneis alguien|tienen alguien|hay alguien que|alguien especializado|alguien especialista',
    it: 'avete qualcuno|c e qualcuno che|qualcuno specializzato',
    de: 'habt ihr jemanden|haben sie jemanden|gibt es jemanden der|gibt es bei euch jemanden|jemand spezialisiert',
    ca: 'teniu algu|hi ha algu que|algu especialitzat',
    pt: 'voces tem alguem|vcs tem alguem|tem alguem que|tem alguem especializado|alguem especializado',
    ar: 'عندكم حدا|عندكم شي حدا|عندكم شي واحد|عندكم حد|3andkon 7ada|3andkom 7ada|3andkom chi wa7ed|3andkom chi had|fama chkoun|فما شكون',
  },
  /**
   * An action on the customer's own record that only staff can take: sending their results or their invoice,
   * redoing or correcting an invoice, changing the name on it. The business's policy on invoices or results
   * says how it is done in general; this customer needs it done (complaint.ts asksForRecordAction).
   */
  recordAction: {
    en: 'send me my|send me the results|send my results|email me my|email me the invoice|resend my|resend the invoice|redo my invoice|redo the invoice|correct my invoice|correct the invoice|change the name on the invoice|fix my invoice|forward me my|can i get my results|where are my results|my results are ready',
    es: 'mandarme mi|mandarme los resultados|enviarme mi|enviarme los resultados|me mandais los resultados|me podeis enviar los resultados|me podeis mandar los resultados|me pueden enviar los resultados|me pueden mandar los resultados|me enviais los resultados|me mandan los resultados|rehacer la factura|rehacerme la factura|corregir la factura|cambiar la factura|cambiar el nombre de la factura|reenviarme la factura|mis resultados ya estan',
    fr: 'm envoyer mes|m envoyer les resultats|m envoyer ma facture|me renvoyer ma facture|me renvoyer la facture|refaire la facture|refaire ma facture|corriger la facture|corriger ma facture|modifier la facture|mes resultats sont prets|envoyer mes resultats',
    it: 'rifare la fattura|rifarmi la fattura|correggere la fattura|modificare la fattura|inviarmi i risultati|mandarmi i risultati|mandarmi la fattura|inviarmi la fattura|mandarmi il referto|inviarmi il referto|i miei risultati sono pronti',
    de: 'schicken sie mir meine|schickt mir meine|mir den befund schicken|befund schicken|rechnung neu ausstellen|rechnung korrigieren|rechnung andern|rechnung nochmal schicken|meine ergebnisse schicken',
    ca: 'enviar me els resultats|enviar me la factura|refer la factura|corregir la factura|canviar la factura',
    pt: 'me mandar os resultados|me enviar os resultados|mandar me os resultados|enviar me os resultados|refazer a fatura|corrigir a fatura|alterar a fatura|me mandar a fatura|reenviar a fatura|meus resultados ja sairam',
    ar: 'صيفطو ليا النتائج|ابعتولي النتايج|ابعتولي النتيجه|ارسلوا لي النتائج|ارسلو لي النتيجه|sifto lia natija|sifto lia resultat|ab3atouli natiga',
  },
  speechAbout: {
    en: 'barely talks|hardly talks|does not talk|doesnt talk|not talking|not talking yet|talks a lot|started talking|stopped talking|talk properly|talks properly|talk yet|talks yet|talk clearly|talks clearly|late talker',
    fr: 'parle a peine|parle pas|parle peu|parle mal|ne parle pas|ne parle plus|commence a parler|commencer a parler|parle bien|parle tard|parle pas encore|parler correctement',
    es: 'habla poco|no habla|apenas habla|habla mal|empezar a hablar|empieza a hablar|empezo a hablar|dejo de hablar|hablar bien|no habla todavia',
    it: 'parla poco|non parla|parla appena|parla male|iniziare a parlare|inizia a parlare|ha smesso di parlare|non parla ancora',
    de: 'spricht kaum|spricht nicht|spricht wenig|spricht schlecht|sprechen lernen|fangt an zu sprechen|spricht noch nicht|spricht undeutlich',
    ca: 'parla poc|no parla|gairebe no parla|parla malament|comenca a parlar|encara no parla',
    pt: 'fala pouco|nao fala|mal fala|fala mal|comecar a falar|comecou a falar|ainda nao fala|parou de falar',
    ar: 'ما بيحكي|ما عم يحكي|بيحكي قليل|ما بتحكي|ma byi7ke|ma 3am yi7ke|ma bye7ke',
  },
  yes: {
    en: 'yes|yeah|yep|yup|sure|ok|okay|kk|please|of course|definitely|cool|great|perfect|alright|awesome|amazing|brilliant|lovely|nice|wonderful|fantastic|sounds good|got it|noted|fab|okk|okie|okey|oki|okay cool|k|yes please|yea|yess|yesss|sure thing|will do|sounds great|sounds perfect|that works|works for me|thats fine|that s fine|thats great|that s great|no worries|no problem|np|perfect thanks|great stuff|brill|super|top|ace|understood|gotcha|roger|nice one|excellent|all good|all set|cool cool|ok cool|ok great|ok perfect|okay great|okay perfect|alrighty|righto|right o|ok thanks|okok|ok ok|okkk|okidoki|okey dokey|alrighty|it s a deal|its a deal|that s settled|thats settled|settled then|agreed then|deal then',
    fr: "oui|ouais|d'accord|dac|ok|volontiers|bien sur|avec plaisir|parfait|super|genial|top|nickel|entendu|compris|tres bien|ca marche|ca me va|c est parfait|cest parfait|impeccable|ok super|c est note|cest note|bien recu|bien note|ca roule|cest correct|c est correct|pas de souci|pas de soucis|pas de probleme|sans probleme|oui merci|certainement|tout a fait|exactement|dacc|oki|okay|ok parfait|ok ca marche|top merci|super top|c est bon|cest bon|c bon|ok daccord|tres bien merci|ok cool|c'est correct|c'est parfait|c'est noté|c'est bon|c'est top|c'est super|ça me va très bien|je note|jnote|c note|note|je prends note|ok je note|je retiens|c est entendu|cest entendu|marche conclu|entendu alors|alors c est entendu|on fait comme ca",
    it: 'si|certo|certamente|ok|va bene|perfetto|ottimo|benissimo|d accordo|daccordo|volentieri|esatto|giusto|fantastico|super|top|grande|capito|perfetto grazie|okk|okay|va benissimo|perfetta|tutto chiaro|ricevuto|bene|molto bene|si si|nessun problema|ah ok|ah perfetto|va bn|vabbe|vabbene|daje|fico|figo|ganzo|ok grazie|ok perfetto|ok va bene|okay grazie|certo certo|preso nota|prendo nota|segnato|me lo segno|annotato|siamo d accordo|siamo daccordo|restiamo cosi|allora d accordo|affare fatto|siamo intesi|allora siamo intesi',
    de: 'ja|jap|jo|jawohl|klar|na klar|gerne|gern|ok|okay|alles klar|passt|perfekt|super|prima|toll|genau|einverstanden|sicher|natürlich|verstanden|geht klar|sehr gut|top|okay danke|ok danke|alles gut|alles klar danke|passt scho|passt schon|basst|passt so|jawoi|jo eh|okidoki|oki|geht in ordnung|in ordnung|ist gut|isch guet|ish guet|isch gut|klingt gut|hort sich gut an|wunderbar|sehr schon|gut danke|top danke|perfekt danke|super danke|klaro|na logo|jup|jep|japp|ja gerne|ja bitte|ja klar|jawohl danke|notiert|ist notiert|habs notiert|hab es notiert|vermerkt|abgemacht|so machen wirs|so machen wir es|dann machen wir das so|dann machen wirs so',
    es: 'si|claro|vale|ok|okey|por supuesto|de acuerdo|dale|perfecto|genial|estupendo|guay|buenisimo|listo|entendido|perfe|ok perfecto|vale vale|okey dokey|oki|perfecto gracias|super|chevere|chido|va que va|ya esta|de una|barbaro|excelente|muy bien|sin problema|ningun problema|claro que si|por supuesto que si|dale dale|vale gracias|ok gracias|okis|okii|si claro|si si|ah vale|ah ok|ok vale|entendido gracias|apuntado|anotado|tomo nota|lo apunto|me lo apunto|apuntadisimo|quedamos asi|queda asi|entonces quedamos asi|pues quedamos asi|trato hecho|quedamos en eso',
    ca: "si|clar|val|vale|d'acord|dacord|ok|perfecte|genial|fet|entesos|estupend|guai|esclar|es clar|clar que si|i tant|home i tant|molt be|molt bé|endavant|cap problema|cap problemo|ok merci|vale merci|perfecte gracies|perfecte merci|d acord merci|entesos gracies|super|top|ah vale|si si|anotat|apuntat|ho apunto|m ho apunto|pres nota|queda aixi|quedem aixi|doncs quedem aixi|tracte fet|quedem en aixo",
    pt: 'sim|claro|ok|combinado|pode ser|perfeito|beleza|blz|otimo|fechado|show|fixe|top|entendi|certo|ta bom|ta bem|ta certo|ta otimo|ta combinado|tudo certo|tranquilo|tranquila|de acordo|joia|legal|bacana|isso mesmo|exato|exatamente|com certeza|otima|perfeita|show de bola|beleza pura|fechou|ok obrigado|ok obrigada|perfeito obrigado|perfeito obrigada|sim sim|claro que sim|pode ser sim|ok ok|okk|oki|entendido|compreendido|certissimo|anotado|anotei|vou anotar|ta anotado|tomei nota|fica combinado|ficou combinado|esta combinado|combinado entao|entao combinado|entao fica combinado|fica assim|fica assim entao|entao fica assim|ok combinado|combinadissimo',
    ar: 'نعم|اي|ايوه|ايوا|اكيد|تمام|طيب|ماشي|اوكي|يلا|eh|aywa|aiwa|akid|akeed|tamam|=tayeb|=tayyeb|=tayb|mashi|yalla|na3am|ممتاز|حلو|mumtaz|momtaz|7elo|helo|ok|واخا|وخا|صافي|اه|ايه|مزيان|هو هداك|wakha|wakhkha|waxa|safi|iyeh|iyah|ah|mzyan|mzian|oui|d accord|daccord|اوك|مزيان بزاف|هانيا|نيشان|مريقل|زوين|ماشي مشكل|لا باس|wa5a|waxxa|tmam|tamam tamam|mzyan bzaf|mzn|hanya|nichan|mrigel|zwin|machi mochkil|mashi moshkil|parfait|top|c bon|c est bon|cest bon|ok merci|safi merci|wakha merci|wakha chokran|اتفقنا|تمام اتفقنا|خلص اتفقنا|متفقين|ittafa2na|etafa2na',
  },
  human: {
    en: 'human|real person|a person|an agent|representative|operator|talk to someone|speak to someone|speak with someone|talk to somebody|talk to a|speak to a|speak to the|talk to the|speak with the|manager|staff member|someone from your team|=call me|live agent|not a bot|not a robot|not to a bot|not to a robot|not with a bot|no bots|no bot|~someone|~talk to|~speak to|~speak with|~talk with|have a word with|put me through|transfer me to|connect me with|connect me to',
    fr: "humain|une personne|vraie personne|un conseiller|une conseillere|au conseiller|a la conseillere|le conseiller|la conseillere|votre conseiller|votre conseillere|conseiller clientele|quelqu'un|parler a|parler au|parler aux|parler directement|parler avec|pas a un robot|pas un robot|pas avec un robot|pas a une machine|pas une machine|pas un bot|responsable|gerant|appelez moi|rappelez moi|~parler|passez moi|pouvez vous me passer|vous pouvez me passer|mettez moi en relation",
    it: 'operatore|una persona|persona vera|persona reale|un umano|qualcuno del team|parlare con|non un robot|non con un robot|non con un bot|non una macchina|responsabile|titolare|mi chiamate|richiamatemi|chiamatemi|~qualcuno|~parlare|passatemi|mi potete passare|mi puo passare|mettetemi in contatto',
    de: 'mensch|mitarbeiter|mitarbeiterin|echte person|einen menschen|jemand vom team|sprechen mit|kein bot|keinen bot|kein roboter|keinen roboter|nicht mit einem bot|nicht mit einem roboter|keine maschine|mit jemandem sprechen|reden mit|chef|chefin|geschaftsfuhrer|rufen sie mich an|ruft mich an|ruckruf|~jemand|~sprechen|~reden|~gesprochen|~geredet|~telefoniert|verbinden sie mich|verbindet mich|stellen sie mich durch|durchstellen',
    es: 'humano|una persona|persona real|agente|alguien del equipo|hablar con|no con un robot|no un robot|no con un bot|no con una maquina|no una maquina|el encargado|la encargada|al encargado|un encargado|una encargada|gerente|un asesor|una asesora|el asesor|la asesora|con un asesor|con una asesora|llamenme|llamadme|que me llamen|~hablar|pasame con|pasadme con|me pasas con|me pasais con|me puedes pasar con|me podeis pasar con|ponme con|ponedme con|comunicarme con',
    ca: "huma|una persona|persona real|algu de l'equip|parlar amb|no amb un robot|no un robot|no amb un bot|amb l'encarregat|amb l'encarregada|a l'encarregat|a l'encarregada|un encarregat|una encarregada|gerent|truqueu me|que em truqueu|~parlar|passeu me amb|em passeu amb|em pots passar amb|poseu me amb",
    pt: 'humano|uma pessoa|pessoa real|atendente|alguem da equipa|alguem da equipe|falar com|nao com um robo|nao um robo|nao com robo|nao com um bot|gerente|me liguem|liguem me|~falar|me transfere|me transfira|me passe para|me passa para|me passa pro',
    ar: '=انسان|=الانسان|مع بشري|موظف بشري|شخص بشري|انسان بشري|شخص حقيقي|مدير|المدير|اكلم|احكي مع|خدمه العملاء|حدا من الفريق|بدي احكي|ابغي اكلم|اريد التحدث|ارغب في التحدث|ارغب بالتحدث|اود التحدث|التحدث مع|التحدث الى|التكلم مع|اتحدث مع|اتكلم مع|اتصلوا بي|تتصل بي|يتصل بي|تتصلي بي|تتصلوا بي|e7ke ma3|ehke ma3|baddi e7ke|bade ehke|insan|mowazzaf|mowazaf|mudir|modir|~حدا|~شخص|~7ada|بغيت نهضر مع|نهضر مع|بغيت نهدر مع|نهدر مع|نحب نهدر مع|ماشي مع الروبو|ماشي مع الروبوت|ماشي روبو|ماشي روبوت|مش مع الروبوت|machi m3a robot|machi m3a robo|نتكلم مع|شي واحد|شي حد|المسؤول|~الدكتور|n7dar m3a|nhdar m3a|nhder m3a|ntkallam m3a|bghit nhder|chi wa7ed|chi had|lmas2oul|responsable|quelqu un|~موظف|مع موظف|بدي موظف|ابي موظف|ابغى موظف|اريد موظف|بغيت موظف|موظف لو سمحت|موظف من فضلك|مع الموظف|حولني*|حولوني*|اتكلم مع|ابي اكلم|ابغى اكلم|abi akallem|abgha akallem|momken akallem|mumkin akallem|atkallam ma3|عايز اكلم|عاوز اكلم|عايزه اكلم|اكلم حد|3ayez akallem|3ayza akallem|3awez akallem',
  },
  complaint: {
    en: 'complaint|complain|disgusting|rude|unacceptable|angry|furious|disappointed|bad experience|not happy|unhappy|scam|ripped off|never again|=ruined|upset|refund|money back|=shocking|appalling|outrageous|disgraceful|a disgrace|unprofessional|incompetent|nobody apologi*|no one apologi*|did not apologi*|no apology|without an apology|kept me waiting|kept us waiting|made me wait|made us wait|how dare',
    fr: "plainte|reclamation|inacceptable|decu|decue|decevant|en colere|furieux|furieuse|arnaque|scandaleux|pas content|pas contente|pas satisfait|mauvaise experience|fache|fachee|rembourse*|honteux|inadmissible|scandale|une honte|quelle honte|pas professionnel|peu professionnel|incompetent*|personne ne s'est excuse*|aucune excuse|sans s'excuser|meme pas d'excuses|on m'a fait attendre|ils m'ont fait attendre|vous m'avez fait attendre|du grand n'importe quoi",
    it: 'reclamo|lamentela|inaccettabile|deluso|delusa|deludente|arrabbiato|arrabbiata|furioso|furiosa|truffa|che vergogna|una vergogna|vergognatevi|pessima esperienza|brutta esperienza|non sono contento|non sono contenta|insoddisfatt*|scortes*|maleducat*|rimborso|rimborsare|ridatemi i soldi|inammissibile|scandaloso|scandalosa|poco professionale|non professionale|incompetent*|nessuno si e scusato|nessuno si e scusata|senza scusarsi|neanche una scusa|mi hanno fatto aspettare|mi avete fatto aspettare',
    de: 'beschwerde|beschweren|reklamation|unverschamt|inakzeptabel|enttauscht|verargert|sauer|wutend|abzocke|betrug|frechheit|schlechte erfahrung|nicht zufrieden|unzufrieden|unfreundlich|erstattung|geld zuruck|ruckerstattung|nie wieder|skandal*|unprofessionell|inkompetent|zumutung|unerhort|keine entschuldigung|ohne entschuldigung|nicht mal entschuldigt|niemand hat sich entschuldigt|liess mich warten|liessen mich warten|habt mich warten lassen|haben mich warten lassen',
    es: 'queja|reclamo|reclamacion|inaceptable|decepcionad*|enojad*|enfadad*|=molesto|=molesta|estafa|mala experiencia|no estoy content*|descontent*|maleducad*|grosero|grosera|reembolso|devolucion|me devolvais|inadmisible|indignante|una verguenza|que verguenza|vergonzoso|vergonzosa|sinverguenza*|poco profesional|nada profesional|falta de profesionalidad|incompetent*|nadie se disculpo|nadie me pidio perdon|ni se disculparon|ni una disculpa|sin disculparse|me hicieron esperar|me hicisteis esperar|me tuvieron esperando|que absurdo|un absurdo',
    ca: '=queixa|=queixes|reclamacio|inacceptable|estafa|mala experiencia|no estic content*|descontent*|enfadad*|empipat|empipada|una vergonya|quina vergonya|vergonyos|vergonyosa|maleducad*|reemborsament|devolucio|inadmissible|indignant|poc professional|gens professional|incompetent*|ningu es va disculpar|ni una disculpa|sense disculpar se|em van fer esperar|em vau fer esperar',
    pt: 'reclamacao|=queixa|=queixas|inaceitavel|pessima experiencia|ma experiencia|descontente|insatisfeit*|chateado|chateada|irritad*|uma vergonha|que vergonha|vergonhoso|vergonhosa|burla|golpe|reembolso|devolucao|mal educad*|inadmissivel|intoleravel|falta de respeito|desrespeito|descaso|pouco profissional|nada profissional|falta de profissionalismo|incompetent*|ninguem pediu desculpa|ninguem pediu desculpas|nem pediram desculpa|nem pediram desculpas|nem um pedido de desculpas|me fizeram esperar|me deixaram esperando|que absurdo|um absurdo',
    ar: 'شكوى|شكوه|اشتكي|زعلان|زعلانه|تجربه سيئه|خدمه سيئه|مش راضي|غير راضي|مش مبسوط|نصب|نصابين|مقرف|زفت|ze3len|za3lan|z3lan|shakwa|mish mabsout|msh mabsout|mish radi|شكايه|مقلق|مقلقه|معصب|ماعجبنيش|ماشي مزيان|ماراضيش|شفارين|بغيت فلوسي|=chkaya|=chekaya|=chikaya|=shkaya|=chkayti|=chkayat|m9elle9|ma3jbnich|machi mzyan|mradich|bghit flousi|reclamation|pas content|pas satisfait|ما احد اعتذر|محد اعتذر|ولا حد اعتذر|ولا اعتذار|بدون اعتذار|استهتار|مستهترين|اهمال|قله ذوق|قله احترام|حرام عليكم|ma a7ad e3tathar|ma 7ad e3tathar|mahad e3tathar|wala e3tithar|7aram 3alaikom|7ram 3likom|هذا غير مقبول|شي غير مقبول|مش عاجبني|مش عاجباني|مش مظبوط|مش كويس خالص|وحش اوي|msh 3agbny|mesh 3agebni|msh kwayes|ما عطاني القيمه|ما عطاونيش القيمه|ما عطاوني القيمه|حتى واحد ما عطاني|تسنيت ساعه|بقيت كنتسنا ساعه|ma 3tani l9ima|ma 3tawni l9ima|ma 3tawnich l9ima|7ta wa7ed ma 3tani|tsenit sa3a|tsennit sa3a|b9it kantsna sa3a',
  },
  /**
   * Shock and disbelief: a complaint ("I was shocked by the bill", "je suis choquée"), or amazement at a result
   * that delights ("my husband was shocked hahaha 😍", "fiquei chocada kkkk"). complaint.ts reads them as a
   * complaint unless the message laughs or thanks.
   */
  amazed: {
    en: '=shocked|in shock',
    fr: "suis choque|suis choquee|etais choque|etais choquee|choquee|choquees|sous le choc|m'a choque|m'a choquee",
    it: 'scioccato|scioccata|scioccati|sconvolto|sconvolta|sconvolti|sotto shock',
    de: 'schockiert|geschockt|unter schock',
    es: 'en shock|impactado|impactada|me quede en shock',
    ca: 'xocat|xocada|en xoc|impactat|impactada',
    pt: 'chocado|chocada|chocados|chocadas|em choque',
    ar: 'مصدوم|مصدومه|انصدمت|انصدم|انصدمنا|masdoom|masdoum|nsadamt|insadamt',
  },
  /**
   * How bad something is, not whose fault: a complaint about the business
   * ("the service was terrible"), or the pain that brings a customer in
   * ("dor lombar horrível"). offline.ts tells them apart (complains()).
   */
  severity: {
    en: 'terrible|awful|horrible|worst|dreadful|horrendous|rubbish|crap|hopeless|unbearable',
    fr: 'horrible|atroce|affreux|affreuse|terrible|nul|nulle|catastrophique|lamentable|intolerable|insupportable',
    it: 'terribile|orribile|pessimo|pessima|schifo|disastro|un disastro|vergognoso|penoso|tremendo|intollerabile|insopportabile',
    de: 'schrecklich|furchtbar|katastrophal|grauenhaft|miserabel|mies|unmoglich|das letzte|eine katastrophe|schlimm|unertraglich',
    es: 'terrible|horrible|fatal|pesim*|horroros*|espantos*|malisim*|un desastre|intolerable|insoportable',
    ca: 'horrible|terrible|fatal|pessim*|espantos*|un desastre|intolerable|insuportable',
    pt: 'horrivel|terrivel|pessim*|horroros*|um desastre|uma desgraca|intoleravel|insuportavel',
    ar: 'سيء|سيئه|سيئ|فظيع|فظيعه|كتير سيء|ضعيف|ضعيفه|fazi3|sayye2|sayi2|da3if|da3ife|خايب بزاف|خايبه بزاف|ناقص|khayb bzaf|na9es|خايب|خايبه|khayb|khayba',
  },
  harm: {
    en: 'burn|burns|burned|burnt|blister*|scars|scarred|injured|injury|infection|infected|damaged|cut my|cut his|cut her|nicked|a scar|scar on|scar from|scarring',
    fr: 'brule*|brulure*|cloque*|cicatrice*|blesse*|blessure*|infection|infecte*|abime*',
    it: 'ustion*|bruciat*|bruciatura*|vescic*|cicatric*|ferit*|infezione|infett*|rovinat*|danneggiat*|mi avete tagliato',
    de: 'verbrannt|verbrennung*|blase|blasen|narbe*|verletz*|entzundung|entzundet|infektion|infiziert|beschadigt|kaputt gemacht|ruiniert',
    es: 'quemad*|quemadura*|quemo|ampolla*|cicatriz*|herid*|lastimad*|infeccion|infectad*|estropead*|me cortasteis',
    ca: 'cremad*|cremada*|butllofa*|cicatriu*|ferid*|lesio*|infeccio|infectad*|espatllad*',
    pt: 'queimad*|queimadura*|bolha*|cicatriz*|ferid*|machucad*|infecao|infeccao|infetad*|estragad*',
    ar: 'حرقتوني|انحرقت|حروق|حرق|انجرح|مجروح|التهاب|ندبه',
  },
  blame: {
    en: 'your|you did|you guys|after my|after the|after yesterday|after last|after today|after this|after a session|after treatment|since my|since the|since yesterday|ever since|following my|following the|during my|during the|my last|came back from|came home from|came back with|came home with|picked him up|picked her up|picked up my|got home|got back home|when i got home|came home',
    fr: "vous mavez|votre|vos|apres ma|apres la|apres le|apres mon|apres hier|depuis ma|depuis le|depuis mon|depuis hier|pendant la|ma derniere|revenu de|revenue de|revenu avec|revenue avec|rentre de|rentree de|en sortant de|quand je l'ai recupere|quand je l'ai recuperee|rentree a la maison|rentre a la maison|en rentrant|arrivee a la maison|arrive a la maison|de retour a la maison",
    it: "mi avete|il vostro|la vostra|i vostri|le vostre|dopo il|dopo la|dopo l|dalla|dal mio|da ieri|durante il|durante la|la mia ultima|l ultima volta|tornato da|tornata da|tornato con|tornata con|quando l'ho ripreso|quando l'ho ripresa|quando l'ho ritirato|quando l'ho ritirata|tornata a casa|tornato a casa|arrivata a casa|arrivato a casa",
    de: 'ihr habt|sie haben mir|euer|eure|ihre praxis|nach der|nach dem|nach meiner|nach meinem|seit der|seit dem|seit gestern|wahrend der|wahrend dem|=mein letzter|=meine letzte|=mein letztes|=meinem letzten|=meiner letzten|beim letzten mal|kam zuruck mit|kam nach hause mit|beim abholen|nach dem abholen|zu hause gemerkt|zu hause gesehen|als ich nach hause kam|daheim gemerkt',
    es: 'me habeis|me hicisteis|me cobrasteis|vuestr*|su clinica|despues de|desde la|desde el|durante la|mi ultima|volvio de|volvio con|cuando lo recogi|cuando la recogi|recogi a mi|al recogerlo|al recogerla|llegue a casa|al llegar a casa|cuando llegue a casa',
    ca: 'm heu|em vau|vostr*|despres de|despres d|des de la|des d ahir|durant la|la meua ultima|la meva ultima|va tornar de|va tornar amb|quan el vaig recollir|quan la vaig recollir|vaig arribar a casa|en arribar a casa',
    pt: 'voces me|vosso|vossa|depois da|depois do|depois de|apos a|apos o|desde a|desde o|desde ontem|durante a|minha ultima|voltou da|voltou do|voltou com|quando fui buscar|busquei meu|busquei minha|cheguei em casa|quando cheguei em casa|ao chegar em casa|cheguei a casa',
    ar: 'بعد الجلسه|منكم|بعد|عندكم*|عملتو*|سويتو*|رجع من عندكم|رجعت من عندكم|لما استلمته|لما استلمتها|لما وصلت البيت|لما رجعت البيت|لما روحت البيت|wselt ldar|mnin wselt ldar',
  },
  /**
   * The customer speaking of themself ("my Spanish is terrible", "je suis
   * nulle en portugais", "meu hálito tá horrível"): a word of severity that
   * follows is about them, not about the business (complaint.ts).
   */
  self: {
    en: 'my|i am|im|i feel|i look|i m|myself|i have|ive got|i got',
    fr: 'mon|ma|mes|je suis|jsuis|chui|je me sens|moi',
    it: 'mio|mia|miei|mie|sono|sto|mi sento|io|me',
    de: '=mein|=meine|=meinen|ich bin|ich fuhle mich|mir geht|ich',
    es: 'mi|mis|soy|estoy|me siento|me veo|yo|tengo',
    ca: 'meu|meua|meva|meus|meues|meves|soc|estic|em sento|em veig|jo|tinc',
    pt: 'meu|minha|meus|minhas|sou|estou|to|me sinto|eu|tenho',
    ar: 'انا|ana|3andi|عندي*|وعندي*',
  },
  /**
   * A complaint when said, not when asked (complaint.ts): a demand for
   * redress ("I want my money back", "quiero una solución", "exijo una
   * explicación"), and words of indignation that also ask ("ما يصير؟" asks
   * whether something is possible, "mo zain?" whether it is good).
   */
  protest: {
    en: 'i want my money back|give me my money back|i demand|i expect a refund|i want this fixed|i want it fixed|want it redone|redo it for free|fix it for free|compensation|compensate me|i want a solution|i want an explanation|i want answers',
    fr: "je veux une solution|j'exige|je veux une explication|je veux etre rembourse*|rendez moi mon argent|mon argent|un geste commercial|dedommagement|dedommager|compensation|refaire gratuitement",
    it: 'voglio una soluzione|esigo|voglio una spiegazione|rivoglio i miei soldi|i miei soldi|ridatemi|rimborsatemi|risarcimento|rifatelo gratis',
    de: 'ich will eine losung|ich erwarte eine losung|ich verlange|ich fordere|ich will eine erklarung|ich erwarte eine erklarung|mein geld|ich will mein geld|entschadigung|kostenlos nachbessern',
    es: 'quiero una solucion|necesito una solucion|exijo|quiero una explicacion|que me lo arreglen|quiero que me lo arreglen|que me lo rehagan|quiero que me devuelvan|devolvedme el dinero|devuelvanme el dinero|mi dinero|compensacion',
    ca: 'vull una solucio|exigeixo|vull una explicacio|els meus diners|retorneu me els diners|torneu me els diners|compensacio',
    pt: 'quero uma solucao|exijo|quero uma explicacao|quero meu dinheiro|quero o meu dinheiro|dinheiro de volta|devolvam o dinheiro|devolvam meu dinheiro|me devolvam|compensacao|refazer de graca|absurdo',
    ar: 'بدي حل|ابي حل|ابغى حل|اريد حل|بغيت حل|بدي تفسير|ابي تفسير|ابغى تفسير|اريد تفسير|بدي فلوسي|ابي فلوسي|ابغى فلوسي|رجعولي فلوسي|رجعوا فلوسي|بدي مصاريي|تعويض|abi flosi|abgha flosi|baddi msariye|ta3wid|ما يصير|مايصير|مو زين|مب زين|مش معقول|مو معقول|mo zain|mu zain|mob zain|mish ma32ool|mo ma32ool',
  },
  /**
   * Somewhere or some time else than this business: at home, at another
   * salon, as a child. A bad result or experience there, asked about, is a
   * question about a service ("I dyed it at home and it's awful, can you
   * fix it?"), not a complaint (complaint.ts). So is where the customer lives ("aqui no Brasil o implante tá um
   * absurdo de caro", "here in Dublin it's outrageous"): prices there are not this business's.
   */
  elsewhere: {
    en: 'the traffic|traffic|traffic jam|the weather|the roads|at home|box dye|home dye|diy|another salon|another clinic|another dentist|another groomer|another vet|another place|another practice|other salon|other clinic|different salon|different clinic|previous salon|previous dentist|previous groomer|previous vet|elsewhere|somewhere else|as a kid|as a child|when i was a kid|when i was little|when i was young|growing up|years ago|my old salon|my old dentist|my old groomer|my old vet|my old hairdresser|my old barber|my old clinic|did it myself|done it myself|cut it myself|dyed it myself|coloured it myself|colored it myself|did my own|do my own|my previous salon|my previous dentist|my previous groomer|my previous vet|my previous hairdresser|my previous clinic|here in|over here in|back home|in my country|where i live|where i am from|in my city|in my town|in my home country',
    fr: "la circulation|les bouchons|bouchons|le trafic|la meteo|a la maison|moi meme|moi-meme|un autre salon|une autre clinique|un autre cabinet|un autre dentiste|un autre toiletteur|un autre veterinaire|ailleurs|mon ancien|mon ancienne|quand j'etais petit|quand j'etais petite|quand j'etais enfant|etant enfant|etant petit|etant petite|il y a des annees|fait a la maison|faite a la maison|ici en|ici au|chez nous en|dans mon pays|dans ma ville|la ou j habite|la ou je vis",
    it: 'il traffico|traffico|il meteo|a casa|fai da te|un altro salone|un altra clinica|un altro studio|un altro dentista|un altro veterinario|altrove|da piccolo|da piccola|da bambino|da bambina|anni fa|il mio ex|la mia ex|qui in|qua in|nel mio paese|nella mia citta|dove vivo|da noi in',
    de: 'der verkehr|verkehr|stau|das wetter|zu hause|zuhause|daheim|selbst gefarbt|selbst geschnitten|selbst gemacht|selber gefarbt|selber geschnitten|einem anderen salon|einer anderen praxis|woanders|mein fruherer|meine fruhere|als kind|vor jahren|anderen friseur|anderen tierarzt|anderen zahnarzt|mein bisheriger|meine bisherige|hier in|bei uns in|in meinem land|in meiner stadt|wo ich wohne|bei uns zuhause',
    es: 'el trafico|trafico|los atascos|atasco|el tiempo que hace|en casa|yo misma|yo mismo|otra peluqueria|otro salon|otra clinica|otro dentista|otro veterinario|otro sitio|de pequeno|de pequena|de nino|de nina|de peque|mi anterior peluqueria|mi antigua peluqueria|mi anterior dentista|mi antiguo dentista|mi anterior clinica|mi antigua clinica|mi anterior veterinario|mi antiguo veterinario|aqui en|aca en|en mi pais|en mi ciudad|donde vivo|de donde soy|alla en',
    ca: 'el transit|es transit|transit|els embussos|embus|a casa|jo mateixa|jo mateix|una altra perruqueria|un altre salo|una altra clinica|un altre dentista|un altre veterinari|el meu antic|la meva antiga|de petit|de petita|aqui a|al meu pais|a la meva ciutat|on visc',
    pt: 'o transito|transito|engarrafamento|o tempo que faz|em casa|eu mesma|eu mesmo|outro salao|outra clinica|outro dentista|outro veterinario|outro lugar|meu antigo|minha antiga|quando era pequena|quando era pequeno|quando era crianca|em crianca|anos atras|noutro salao|noutra clinica|aqui no brasil|aqui em portugal|aqui no|aqui em|aca no|no meu pais|na minha cidade|onde eu moro|onde moro|la no brasil|la em portugal',
    ar: 'في البيت|بالبيت|فالدار|فدار|في صالون ثاني|صالون ثاني|عياده ثانيه|مكان ثاني|عند غيركم|وانا صغير|وانا صغيره|لما كنت صغير|لما كنت صغيره|من سنين|f dar|f ddar|fi el bait|fel bait|fil bait|fel beit|عندنا في|هنا في|في بلدي|في بلادي|في بلدنا|ببلدي|فبلادي|في المدينه اللي ساكن فيها',
  },
  /**
   * How someone is faring ("en verano lo pasa fatal", "she has a terrible
   * time in the heat", "il souffre beaucoup"): a word of severity right after
   * it describes the one who fares, the customer or their animal, not the
   * business (complaint.ts), unless the message blames the business.
   */
  fares: {
    en: 'has a terrible time|has an awful time|has a horrible time|has a hard time|has a rough time|having a terrible time|having an awful time|having a horrible time|having a hard time|suffers|is suffering|struggles|is struggling',
    fr: 'souffre|il souffre|elle souffre|vit mal|passe un sale moment',
    it: 'se la passa|se la passano|soffre|sta soffrendo',
    de: 'leidet|es geht ihm|es geht ihr|gehts ihm|gehts ihr|geht es ihm|geht es ihr',
    es: 'lo pasa|lo pasan|lo esta pasando|lo estan pasando|la pasa|la esta pasando|sufre|esta sufriendo',
    ca: "ho passa|ho passen|ho esta passant|s'ho passa|pateix|esta patint",
    pt: 'sofre|esta sofrendo|esta a sofrer|passa mal',
    ar: 'كيعاني|كتعاني|يعاني|تعاني|كيتعذب|كتتعذب|kay3ani|kat3ani|kayt3adeb',
  },
  /**
   * How something smells ("le huele horrible la boca", "his ears smell awful", "sein Maul riecht
   * schrecklich"): a word of severity right after it describes the smell of the customer's body or animal,
   * asked about, not the business (complaint.ts), unless the message blames the business.
   */
  smells: {
    en: 'smells|smell|smelling|stinks|stinking|breath is|breath smells',
    fr: 'sent|sentent|odeur|haleine',
    it: 'puzza|puzzano|odora|odorano|odore|alito',
    de: 'riecht|riechen|stinkt|stinken|geruch|mundgeruch',
    es: 'huele|huelen|apesta|apestan|olor|aliento',
    ca: 'fa olor|fa pudor|put|olor|ale',
    pt: 'cheira|cheiram|fede|fedem|cheiro|halito',
  },
  /**
   * An illness or a symptom by name ("two awful flus last year", "una gripe malísima", "une toux horrible"): a word
   * of severity beside it describes the illness, not the business (complaint.ts).
   */
  illness: {
    en: 'flu|flus|cold|colds|cough|coughs|virus|fever|fevers|bronchitis|bronchiolitis|pneumonia|tonsillitis|ear infection|ear infections|chest infection|tummy bug|stomach bug|stomach flu|chickenpox|migraine|migraines|rash|eczema|allergy|allergies|asthma|reflux|colic|teething|conjunctivitis|acne|pimples|breakouts',
    fr: 'grippe|grippes|rhume|rhumes|toux|virus|fievre|bronchite|bronchiolite|pneumonie|angine|angines|otite|otites|gastro|varicelle|migraine|migraines|eczema|allergie|allergies|asthme|reflux|coliques|conjonctivite|acne|boutons',
    it: 'influenza|influenze|raffreddore|raffreddori|tosse|virus|febbre|bronchite|bronchiolite|polmonite|tonsillite|otite|otiti|gastroenterite|varicella|emicrania|eczema|allergia|allergie|asma|reflusso|coliche|congiuntivite|acne|brufoli',
    de: 'grippe|grippen|erkaltung|erkaltungen|husten|virus|fieber|bronchitis|lungenentzundung|mandelentzundung|mittelohrentzundung|magen darm|windpocken|migrane|ekzem|neurodermitis|allergie|allergien|asthma|reflux|koliken|bindehautentzundung|akne|pickel',
    es: 'gripe|gripes|gripa|gripas|resfriado|resfriados|catarro|catarros|tos|virus|fiebre|fiebres|bronquitis|bronquiolitis|neumonia|anginas|otitis|gastroenteritis|varicela|migrana|migranas|eccema|alergia|alergias|asma|reflujo|colicos|conjuntivitis|acne|granos',
    ca: 'grip|grips|refredat|refredats|constipat|tos|virus|febre|bronquitis|bronquiolitis|pneumonia|angines|otitis|gastroenteritis|varicel·la|varicella|migranya|eczema|al·lergia|allergia|asma|reflux|colics|conjuntivitis|acne|grans',
    pt: 'gripe|gripes|constipacao|constipacoes|resfriado|tosse|virus|virose|febre|bronquite|bronquiolite|pneumonia|amigdalite|otite|otites|gastroenterite|varicela|enxaqueca|eczema|alergia|alergias|asma|refluxo|colicas|conjuntivite|acne|espinhas',
    ar: 'انفلونزا|الانفلونزا|grippe|زكام|الزكام|رشح|كحه|الكحه|سعال|فيروس|سخانه|حمى|التهاب الاذن|جدري الماء|شقيقه|اكزيما|حساسيه|ربو|الربو|السعال|النزله|نزله برد|حب الشباب|البثور',
  },
  /**
   * Complaining of a pain or a symptom ("he complains of his ear", "a queixar-se do ouvido", "se queja de la
   * barriga"): the illness, not a complaint about the business. So is having none ("ما اشتكي من شي", I have no
   * symptom; "no complaints", "sem queixas").
   */
  symptomOf: {
    en: 'complains of|complaining of|complained of|complains about his|complains about her|complaining about his|complaining about her|complaining about pain|complains about pain|no complaints|no complaint|nothing to complain about|not complaining|i am not complaining|im not complaining',
    fr: 'se plaint de|se plaint du|se plaint d|se plaignait de|se plaignait du|se plaint des|se plaint au|je ne me plains pas|je me plains pas|aucune plainte|rien a redire',
    it: 'si lamenta di|si lamenta del|si lamenta della|si lamentava di|si lamentava del|lamenta dolore|lamenta dolori|non mi lamento|nessuna lamentela|niente da lamentare',
    de: 'klagt uber|klagte uber|klagt seit|klagt uber schmerzen|ich beschwere mich nicht|keine beschwerden|kann mich nicht beklagen',
    es: 'se queja de|se queja del|se queja de la|se quejaba de|se quejaba del|quejandose de|quejandose del|se queja mucho de|sin quejas|no me quejo|ninguna queja|nada de que quejarme',
    ca: 'es queixa de|es queixa del|es queixava de|queixant se de|no em queixo|cap queixa',
    pt: 'se queixa de|se queixa do|se queixa da|queixa se de|queixa se do|queixa se da|queixar se de|queixar se do|queixar se da|a queixar se|se queixando|queixou se|queixando se|nao me queixo|sem queixas|nenhuma queixa|nao tenho queixa|nao tenho queixas|nao reclamo',
    ar: 'يشتكي من|تشتكي من|كيشكي من|كتشكي من|يشكو من|تشكو من|كيتشكى من|كتتشكى من|ما اشتكي من|ما اشتكي|ما بشتكي|ما نشتكي|مااشتكي|ما عندي شكوى|ما عندي اي شكوى|ما اشكو من|لا اشكو من|اشتكي من شي',
  },
  /**
   * Letting an animal go, as a verb said of one's own animal: putting her
   * to sleep, letting him go, saying goodbye to her, having him euthanised.
   * It is a decision a person should answer (complaint.ts endOfLife). The
   * noun ("euthanasia", "l'euthanasie", "الموت الرحيم") is not here: "how
   * does euthanasia work? she is very old" asks how it is done, which the
   * business's own answer says. A weak cue (~) may also be a sedation or a
   * booking ("put him to sleep for the dental"): it counts only with a
   * second one, or with a word that the end is near (endNear).
   */
  letGo: {
    en: 'euthanise him|euthanise her|euthanize him|euthanize her|euthanise my|euthanize my|euthanise our|euthanize our|have him euthanised|have her euthanised|have him euthanized|have her euthanized|have him put down|have her put down|have him put to sleep|have her put to sleep|decided to put him down|decided to put her down|time to put him down|time to put her down|~put him to sleep|~put her to sleep|~put them to sleep|~have to put him down|~have to put her down|~let him go|~let her go|~say goodbye to him|~say goodbye to her|~saying goodbye to him|~saying goodbye to her|decided to euthanise|decided to euthanize|~rainbow bridge|~end his suffering|~end her suffering',
    fr: "le faire euthanasier|la faire euthanasier|~euthanasier*|le faire piquer|la faire piquer|l'endormir pour toujours|~le laisser partir|~la laisser partir|~le laisser s'en aller|~la laisser s'en aller|~le faire endormir|~la faire endormir|~lui dire au revoir|~dire adieu|~abreger ses souffrances",
    it: "sopprimerlo|sopprimerla|farlo sopprimere|farla sopprimere|fargli l'eutanasia|farle l'eutanasia|farlo addormentare per sempre|farla addormentare per sempre|~lasciarlo andare|~lasciarla andare|~addormentarlo|~addormentarla|~farlo addormentare|~farla addormentare|~dirgli addio|~dirle addio|~porre fine alle sue sofferenze",
    de: 'ihn einschlafern lassen|sie einschlafern lassen|einschlafern lassen|ihn erlosen lassen|sie erlosen lassen|ihn erlosen|sie erlosen|~ihn gehen lassen|~sie gehen lassen|~gehen lassen|~abschied von ihm nehmen|~abschied von ihr nehmen|~von ihm abschied nehmen|~von ihr abschied nehmen|~uber die regenbogenbrucke',
    es: 'sacrificarlo|sacrificarla|eutanasiarlo|eutanasiarla|ponerle la eutanasia|hacerle la eutanasia|dormirlo para siempre|dormirla para siempre|~dormirlo|~dormirla|~dejarlo ir|~dejarla ir|~dejarlo marchar|~dejarla marchar|~dejarlo partir|~dejarla partir|~despedirnos de el|~despedirnos de ella|~despedirme de el|~despedirme de ella|~ayudarlo a morir|~ayudarla a morir|~acabar con su sufrimiento',
    ca: "sacrificar lo|sacrificar la|eutanasiar lo|eutanasiar la|fer li l'eutanasia|adormir lo per sempre|adormir la per sempre|~deixar lo anar|~deixar la anar|~deixar lo marxar|~deixar la marxar|~adormir lo|~adormir la|~acomiadar nos d'ell|~acomiadar nos d'ella|~dir li adeu|~acabar amb el seu patiment",
    pt: 'sacrifica lo|sacrifica la|sacrificar ele|sacrificar ela|fazer a eutanasia nele|fazer a eutanasia nela|fazer lhe a eutanasia|por o a dormir para sempre|~deixa lo partir|~deixa la partir|~deixar ele partir|~deixar ela partir|~deixa lo ir|~deixa la ir|~deixar ele ir|~deixar ela ir|~por ele para dormir|~por ela para dormir|~por a dormir|~pôr a dormir|~colocar para dormir|~despedir nos dele|~despedir nos dela|~me despedir dele|~me despedir dela|~acabar com o sofrimento',
    ar: 'نديرو ليه الموت الرحيم|نديرو ليها الموت الرحيم|نريحوه|نريحوها|نريحو الكلب|نريحو القط|=nri7oh|=nri7oha|=nri7ouh|=nri7ouha|~نودعوه|~نودعوها|~ننهي معاناته|~ننهي معاناتها',
  },
  /** The end is near, or the decision made: "it's time", "he suffers a lot", "no quality of life", "we've decided". */
  endNear: {
    en: 'it time|it is time|the time has come|time has come|the moment has come|suffering|suffers|in so much pain|in a lot of pain|no quality of life|quality of life|we have decided|we decided|made the decision|hard decision|difficult decision|very old|old dog|old cat|elderly|is dying|terminal|end stage',
    fr: "il est temps|c'est le moment|c'est l'heure|le moment est venu|l'heure est venue|souffre|souffre beaucoup|qualite de vie|nous avons decide|on a decide|decision difficile|vieux|vieille|tres age|tres agee|en fin de vie|mourant|mourante|condamne|condamnee",
    it: 'e ora|e arrivato il momento|e giunto il momento|e il momento|soffre|sta soffrendo|qualita di vita|abbiamo deciso|decisione difficile|anziano|anziana|vecchio|vecchia|sta morendo|terminale',
    de: 'es ist zeit|es ist so weit|es ist soweit|der zeitpunkt ist gekommen|leidet|leidet sehr|keine lebensqualitat|lebensqualitat|wir haben uns entschieden|haben entschieden|schwere entscheidung|sehr alt|alter hund|alte katze|stirbt|im sterben|unheilbar',
    es: 'es hora|ya es hora|ha llegado la hora|ha llegado el momento|llego el momento|sufre|sufre mucho|esta sufriendo|calidad de vida|hemos decidido|decidimos|decision dificil|muy mayor|viejito|viejita|se esta muriendo|terminal',
    ca: "es hora|ha arribat l'hora|ha arribat el moment|pateix|pateix molt|esta patint|qualitat de vida|hem decidit|decisio dificil|molt gran|vellet|velleta|s'esta morint|terminal",
    pt: 'e hora|chegou a hora|chegou o momento|esta na hora|sofre|sofre muito|esta sofrendo|esta a sofrer|qualidade de vida|decidimos|decisao dificil|velhinho|velhinha|idoso|idosa|esta morrendo|esta a morrer|terminal',
    ar: 'حان الوقت|جا الوقت|وصل الوقت|كيعاني|كتعاني|يعاني|تعاني|كيتعذب|كتتعذب|قررنا|شرف|شرفات|ja lwe9t|kay3ani|kat3ani|kayt3adeb|9rrna',
  },
  request: {
    en: 'i want|i would like|id like|i need|can i|could i|may i|wanna|looking to|i am looking|would love|any chance',
    fr: 'je veux|je voudrais|jaimerais|aimerais|jai besoin|ai besoin|puis je|je peux|je souhaite|je souhaiterais',
    it: 'vorrei|voglio|volevo|avrei bisogno|ho bisogno|mi serve|posso|potrei|mi potete|potete|per favore|per piacere|gentilmente',
    de: 'ich mochte|ich will|ich wurde gern|ich hatte gern|hatte gern|wurde gern|wurde gerne|wurd gern|wurd gerne|hatt gern|hatt gerne|hatte gerne|ich brauche|brauche|ich brauchte|kann ich|konnte ich|darf ich|konnen sie|konnt ihr|bitte|gerne|krieg ich|kriege ich|bekomme ich|bekomm ich|kriegt man|bekommt man',
    es: 'quiero|quisiera|queria|me gustaria|necesito|puedo|podria|me podeis|me puedes|me pueden|porfa|por favor',
    ca: "vull|voldria|volia|m'agradaria|necessite|necessito|puc|podria|em podeu|per favor|si us plau|porfa",
    pt: 'quero|queria|gostaria|preciso|posso|poderia|pode me|podem me|por favor',
    ar: 'نحب|نحبو|n7eb|nheb|n7ebb|nhebb|n7ebou|بدي|ابي|ابغى|اريد|ممكن|baddi|bade|bdi|abi|abghi|3ayez|mumkin|momken|بغيت|بغينا|نبغي|كنبغي|عافاك|عفاك|الله يخليك|واش يمكن|واش نقدر|يمكن ليا|bghit|bgheet|bghite|bghina|nbghi|kanbghi|3afak|afak|3fak|wach ymken|wach n9der|ymken lia|momkin|je veux|je voudrais|عايز|عاوز|عايزه|عاوزه|عايزين|محتاج|محتاجه|محتاجين|3ayza|3awez|3awza|me7tag|m7tag|me7taga',
  },
  /**
   * A booking only thought of: "thinking of booking my son in", "je pense réserver", "estoy pensando en
   * pedir cita". The question beside it is what the customer needs first, not a request to book outright.
   */
  tentative: {
    en: 'thinking of|thinking about|was thinking|planning to|plan to|considering|might|maybe|perhaps|probably|wondering about|before i|before we|before booking',
    fr: 'je pense|je pensais|je compte|je prevois|j envisage|envisage de|envisageons de|on pense|on pensait|peut etre|avant de|je songe',
    it: 'pensavo di|penso di|sto pensando di|stavo pensando di|pensiamo di|forse|magari|prima di|avevo in mente di',
    de: 'ich uberlege|uberlege|uberlegen|vielleicht|eventuell|evtl|bevor ich|bevor wir|ich plane|wir planen|hatte vor|habe vor',
    es: 'estoy pensando|estaba pensando|pensando en|pienso|pensaba|tengo pensado|quizas|quiza|a lo mejor|tal vez|antes de|me planteo|planeo|planeamos',
    ca: 'estic pensant|estava pensant|pensant en|penso|pensava|potser|tal vegada|abans de|em plantejo',
    pt: 'estou a pensar|estou pensando|estava a pensar|pensando em|penso em|talvez|se calhar|antes de|pretendo|pretendemos',
    ar: 'ناوي|ناويه|نفكر|كنفكر|كنخمم|ربما|قبل ما|nawi|nawya|kanfker|nfker|kankhemmem|9bel ma|qbel ma',
  },
  /**
   * A question put impersonally: "ab wann kann man sich anmelden?", "¿se puede reservar online?", "on peut
   * s'inscrire quand ?". It asks how things go for everyone, not for a slot for this customer.
   */
  impersonal: {
    en: 'can one|does one|can people|do people|can parents|do parents',
    fr: 'on peut|peut on|faut il|doit on|on doit',
    it: 'si puo|si possono|si deve|ci si puo|ci si iscrive|ci si prenota',
    de: 'kann man|muss man|darf man|soll man|sollte man|konnte man|meldet man|bucht man',
    es: 'se puede|se pueden|uno puede|puede uno|hay que|se apunta uno|se reserva',
    ca: 'es pot|es poden|hom pot|s ha de',
    pt: 'pode se|se pode|e preciso|tem de se|tem que se',
  },
  /**
   * Asking which is better: "posso toglierle a casa o è meglio venire da voi?", "lift or extensions, which is
   * better for me?". Advice on a choice, not a slot.
   */
  better: {
    en: 'is it better|would it be better|which is better|what is better|whats better|better to|better for me|better option|which one is better',
    fr: 'vaut mieux|il vaut mieux|est ce mieux|c est mieux|ce serait mieux|quel est le mieux|lequel est mieux|mieux pour moi',
    it: 'e meglio|sarebbe meglio|meglio venire|quale e meglio|cosa e meglio|conviene di piu|mi conviene',
    de: 'ist es besser|ware es besser|was ist besser|welches ist besser|besser fur mich|lieber',
    es: 'es mejor|seria mejor|que es mejor|cual es mejor|mejor para mi|me conviene|conviene mas',
    ca: 'es millor|seria millor|que es millor|quin es millor|millor per a mi',
    pt: 'e melhor|seria melhor|qual e melhor|o que e melhor|melhor pra mim|melhor para mim|qual vcs acham melhor|compensa mais',
    ar: 'احسن|أحسن|افضل|أفضل|شنو احسن|اش احسن|ahsan|a7san|a7sen|afdal|chno a7sen',
  },
  /**
   * Asking how late (or until when) something is possible: "bis wann kann ich noch vorbeikommen?", "until what
   * time can I drop in?", "fino a che ora posso passare?". It asks for the closing time or a deadline, not for
   * a slot; a word of coming beside it books nothing (candidates.ts).
   */
  untilWhen: {
    en: 'until what time|till what time|til what time|until when|till when|how late can|how late do you|latest i can|latest we can|latest time',
    fr: 'jusqu a quelle heure|jusqua quelle heure|jusqu a quand|jusqua quand|au plus tard a quelle heure',
    it: 'fino a che ora|fino a quando|entro che ora|entro quando|fino a che orario|entro che orario',
    de: 'bis wann|bis wie viel uhr|bis wieviel uhr|bis wie spat|wie spat kann|wie spat darf|spatestens wann|wann spatestens',
    es: 'hasta que hora|hasta cuando|hasta que horas|a que hora como muy tarde|como muy tarde',
    ca: 'fins a quina hora|fins quan|fins a quan',
    pt: 'ate que horas|ate que hora|ate quando|ate que horario',
    ar: 'لحد امتى|لغاية امتى|حتى متى|لحد اي ساعه|لغاية اي ساعه',
  },
  /**
   * Asking to book in all the ways people do: the verb ("book", "marcar"), asking whether anything is free
   * ("any slot left?", "tenéis hueco", "c'è posto", "tem vaga"), asking to be fitted in. Bare nouns of
   * appointments are concepts (booking), not acts: "what does a Termin cost?" books nothing. Cues that also
   * name other things ("hi ha lloc" for parking, "posso venire" with a condition) are weak: a day must come too.
   */
  bookingAct: {
    en: '~an appointment|book|book me|book in|make an appointment|get an appointment|=schedule|=scheduling|set up an appointment|fit me in|fit him in|fit her in|fit us in|squeeze me in|squeeze him in|squeeze her in|~squeeze in|squeeze in my|squeeze us in|fit in my|see me|see someone|any openings|any slots|free slot|availability|~come in|~come|~bring =him|~bring =her|~bring them|~drop him off|~drop her off|~available|~free|~any time|~anything|~space|~spot|~possible|book me in|book him in|book her in|book us in|get booked|get me booked|get me in|get him in|get her in|get us in|make a booking|make a reservation|need an appointment|want an appointment|appointment please|any space|have space|got space|have any space|any spots|any spaces|any space left|anything left|anything available|anything free|anything open|available slot|earliest appointment|earliest slot|next available|first available|pencil me in|put me down|put me in|sign me up|can you see|could you see|any chance of|any appointments|appointments available|slot available|slots available|a slot|~slot|~slots|~earliest|~next available|~any room|sign him up|sign her up|sign them up|sign up my|enrol my|enroll my|enrol him|enrol her|enrol them|enroll him|enroll her|enroll them|register my|sign us up|want to sign up|wants to sign up|like to sign up|hold a spot|hold two spots|hold a place|hold two places|hold the date|hold me a spot|hold us a spot|save me a spot|save us a spot|save a spot|save two spots|block the date',
    fr: '~un rendez vous|~un rdv|prendre rendez vous|prendre rdv|reserver|avez vous un creneau|un creneau|dispo|disponibilite|me recevoir|deplacer mon rendez vous|~passer|~de la place|~une place|~libre|avoir un rdv|avoir un rendez vous|prendre un rdv|prendre un rendez vous|fixer un rdv|caler un rdv|booker|faire une reservation|vous avez une dispo|vous avez des dispos|avez vous des disponibilites|des disponibilites|une disponibilite|une dispo|des dispos|il reste de la place|il vous reste|reste t il|vous reste t il|me caser|me trouver un creneau|un creneau de libre|~creneau|~disponible|~dispo|~vous auriez|~auriez vous|~me prendre|~nous prendre|~le prendre|~la prendre|inscrire mon|inscrire ma|inscrire mes|les inscrire|l inscrire|garder une place|garder deux places|me garder une place|nous garder une place|nous garder deux places|bloquer la date|bloquer une date|mettre une option|poser une option',
    it: "~un appuntamento|prenotare|prenotazione|prenoto|fissare un appuntamento|prendere appuntamento|fissare|mi prenotate|mi segnate|spostare l appuntamento|disponibilita|posto libero|avete posto|~libero|~libera|~disponibile|~venire|prendere un appuntamento|avere un appuntamento|vorrei un appuntamento|mi fissate|segnarmi|mi mettete|c e un posto|ci sono posti|posti liberi|avete spazio|avete tempo|avete disponibilita|c e disponibilita|disponibilita per|avete un buco|mi prendete|prendermi|mi potete prendere|prenotarmi|~c e posto|~ce posto|~c e un posto|~riuscite a prendermi|~c'è posto|~c'è un posto|c'è disponibilità|c'è un buco|iscrivere mio|iscrivere mia|iscrivere i miei|iscrivere le mie|iscriverlo|iscriverla|iscriverli|tenermi un posto|tenerci un posto|tenerci due posti|tenere un posto|bloccare la data|bloccarmi la data|bloccarci la data|opzionare",
    de: '~einen termin|~nen termin|buchen|termin vereinbaren|termin machen|termin ausmachen|termin buchen|reservieren|vormerken|eintragen|termin verschieben|termin verlegen|habt ihr zeit|haben sie zeit|hattet ihr zeit|hatten sie zeit|hast du zeit|hattest du zeit|termin abmachen|noch was frei|noch frei|~frei|~verfugbar|~vorbeikommen|~kommen|termin frei|termine frei|freie termine|freien termin|termin bekommen|termin kriegen|termin haben|hatten sie einen termin|ist noch was frei|ist noch etwas frei|wann ist was frei|was frei|etwas frei|platz frei|zeit fur mich|mich drannehmen|mich einschieben|einschieben|dazwischenschieben|mich eintragen|buchen lassen|anmelden|~hatten sie noch|~habt ihr noch|~haben sie noch|~hattet ihr|~hatten sie was|~noch platz|~chond ir|~chonnt ir|~chond si|~hend ir|~hand ir|~konnen ihr|~konnte ihr|~haben ihr|~hand ihr|platz freihalten|platze freihalten|plätze freihalten|freihalten|datum blocken|termin blocken|termin blockieren|vorreservieren',
    es: '~una cita|pedir cita|coger cita|reservar|agendar|hacer una cita|me podeis ver|verme|atenderme|marcame|apuntame|darme cita|cambiar mi cita|mover mi cita|pedir hora|~ir|~libre|~disponible|~sitio|pedir una cita|tener cita|pedir turno|sacar turno|sacar cita|me das cita|me dais cita|me da cita|dame cita|dadme cita|teneis hueco|tienen hueco|tienes hueco|hay hueco|algun hueco|teneis disponibilidad|tienen disponibilidad|hay disponibilidad|disponibilidad para|hay algo libre|algo libre|me cogeis|me coges|me cogen|cogerme|me atendeis|me atiendes|me atienden|me hacen un hueco|hacerme un hueco|me meteis|apuntarme|reservarme|agendarme|~hay sitio|~teneis sitio|~un turno|~hueco|=anotar =a|=anotarlo|=anotarla|=anotarlos|=anotarlas|=anotarnos|=apuntar =a|=apuntarlo|=apuntarla|=apuntarlos|=apuntarlas|=apuntarnos|=inscribir =a|=inscribirlo|=inscribirla|=inscribirlos|=inscribirlas|=inscribirnos|=apartar|=apartarme|=apartarnos|=apartarlo|=apartarla|=apartarle|=apartenme|=apartame|=aparten|apartar un lugar|apartar lugar|apartar la fecha|apartar el dia|guardar un lugar|guardarme un lugar|guardarnos un lugar|bloquear la fecha',
    ca: "~una cita|demanar cita|demanar hora|agafar hora|reservar|podeu veure|atendre|apunteu me|canviar la cita|canviar-me la cita|~vindre|~venir|~lliure|~lliures|~disponible|demanar una cita|demanar una hora|teniu hora|teniu cita|teniu forat|queda hora|teniu disponibilitat|hi ha disponibilitat|disponibilitat per|m agafeu|magafeu|agafar me|m apunteu|mapunteu|apuntar me|em doneu hora|doneu me hora|em podeu fer un forat|reservar me|~teniu lloc|~hi ha lloc|~hi ha forat|~queda lloc|~algun forat|m'agafeu|m'apunteu|inscriure el meu|inscriure la meva|inscriure els meus|apuntar el meu|apuntar els meus|guardar-me lloc|guardar me lloc|guardar-nos lloc|guardar nos lloc|guardar lloc|bloquejar la data",
    pt: '~uma marcacao|marcar|agendar|reservar|encaixar|tem vaga|tem horario|me atender|desmarcar|remarcar|~ir ai|~livre|~disponivel|marcar um horario|marcar horario|marcar uma consulta|marcar consulta|agendar um horario|agendar horario|tem vagas|tem horarios|tem disponibilidade|ha vaga|ha vagas|ha disponibilidade|horario disponivel|horarios disponiveis|vaga pra|vaga para|tem como marcar|da pra marcar|da para marcar|consigo marcar|consegue me encaixar|me encaixa|me encaixar|pode me encaixar|me marca|me marcar|marca pra mim|~vaga|~vagas|~horario pra|~horario para|~encaixe|inscrever o meu|inscrever a minha|inscrever os meus|inscreve los|inscrever o|inscrever a|guardar um lugar|guardar lugar|guardar vaga|guardar uma vaga|segurar a vaga|segurar uma vaga|segurar a data|bloquear a data|separar um lugar|separar uma vaga',
    ar: 'احجز|حجز|بدي موعد|ابي موعد|e7jez|a7jez|7ajez|ehjez|~فاضي|~في موعد|~متاح|~fadi|~fi maw3ed|نحجز|ندير رونديفو|ناخد رونديفو|ناخد موعد|ندير موعد|بغيت رونديفو|بغيت موعد|حجز ليا|دير ليا|n7jz|n7jez|na7jez|ndir rdv|nakhod rdv|nakhd rdv|bghit rdv|bghit maw3id|bghit mo3id|ndir maw3id|nakhod maw3id|reserver|prendre rdv|~فارغ|~خاوي|~kayn blasa|~kayna blasa|~khawi|=عندكم موعد|كاين موعد|=عندكم بلاصه|موعد فارغ|بغيت ناخد|بغيت نحجز|بدي احجز|ابغى احجز|ابي احجز|اريد حجز|اريد موعد|بدي حجز|bghit nakhod|bghit nakhd|bghit n7jz|bghit n7jez|bghit na7jez|bghit ndir|bghit rendez vous|bghit mw3id|bghit maw3ed|bghit blasa|kayn chi blasa|kayna chi blasa|kayn chi rdv|kayn chi maw3id|kayn chi mw3id|kayn rdv|kayn maw3id|=3ndkom chi blasa|=3ndkom rdv|=3ndkom maw3id|=3ndkom blasa|=3andkom rdv|=3andkoum rdv|=3ndkoum rdv|=3endkom rdv|=عندكوم موعد|=3andkom blasa|baddi e7jez|bade ehjez|~كاين بلاصه|~نقدر نجي|~ممكن نجي|~n9der nji|~nqder nji|~ymken nji|~momkin nji|عايز احجز|عاوز احجز|عايزه احجز|عايز ميعاد|عاوز ميعاد|عايزه ميعاد|محتاج ميعاد|احجز ميعاد|فيه ميعاد|في ميعاد فاضي|a7gez|ahgez|3ayez a7gez|3ayza a7gez|3awez a7gez|nreservi|nreserver|nrezervi|nreservilha|nreservilo|nreservilkom|ndir reservation|ndir reservasion',
  },
  now: {
    en: 'now|right now|at the moment|currently|still open|today',
    fr: 'maintenant|en ce moment|encore ouvert|aujourdhui',
    // Not a bare "ora": "a che ora", "fino a che ora" ask for a time, not about now.
    it: 'adesso|ora come ora|per ora|aperti ora|aperto ora|siete aperti ora|in questo momento|ancora aperti|oggi|subito',
    de: 'jetzt|gerade|im moment|momentan|noch offen|heute|sofort',
    es: 'ahora|ahorita|ahora mismo|en este momento|todavia|aun|hoy',
    ca: 'ara|ara mateix|en este moment|encara|avui|hui',
    pt: 'agora|neste momento|ainda|hoje',
    // "اليوم", "ليوم" (today) only as written: their stem is "يوم" (a day: "ثاني يوم العيد", the Eid's second day).
    ar: 'الان|هلا|هلق|الحين|=اليوم|halla2|hala2|halla|دابا|دبا|هاد الساعه|=ليوم|=ليوما|daba|dba|db|lyoum|lyouma|lyom|daba daba|دلوقتي|دلوقت|حالا|النهارده|انهارده|النهاردة|delwa2ty|dlwa2ty|delwa2ti|dilwa2ti|ennaharda|elnaharda',
  },
  question: {
    // "is that", "is this" ask only when they open a clause (understand.ts): "is that enough?" asks, "the thing is
    // that I…" tells.
    en: 'what|how|when|where|which|why|who|is it|are you|do you|does it|is there|can you|do i|should i|am i|will i|would i|does he|does she|is he|is she|are there|do they|do we|have you|has he|has she|can i still|could i still|is it ok|is that ok|is it okay|is that okay|is that a problem|is it a problem|is that|is this|do any of|does any of|are any of|is any of|can any of|could any of|would any of|will any of',
    fr: 'quoi|comment|quand|ou est|quel|quelle|pourquoi|est ce|avez vous|etes vous|y a t il|je peux quand meme|on peut quand meme|c est grave',
    it: 'che|cosa|come|quando|dove|quale|quali|perche|chi|c e|ci sono|avete|fate|e possibile|posso comunque|posso lo stesso|e un problema',
    de: 'was|wie|wann|wo|welche|welcher|welches|warum|wer|gibt es|habt ihr|haben sie|macht ihr|kann man|darf ich|darf man|soll ich|sollte ich|ist das|ist es|seid ihr|sind sie|bin ich|muss ich|muss man|kann ich trotzdem|ist das ein problem',
    es: 'que|como|cuando|donde|cual|por que|quien|hay|es|teneis|tienen|haceis',
    ca: 'que|com|quan|on|quin|quina|per que|qui|hi ha|teniu|feu|es',
    // "es", "é" and "há" ask only when they open a clause (understand.ts): "você é 5 estrelas!" says.
    pt: 'que|como|quando|onde|qual|porque|quem|ha|tem|fazem|e',
    ar: 'شو|كيف|متى|وين|ليش|مين|هل|في|=shu|=sho|=shou|=shoo|kif|emta|wein|lesh|fi|واش|شنو|اشنو|علاش|كيفاش|فين|فوقاش|وقتاش|امتى|شحال|wach|wesh|chno|achno|3lach|kifach|fin|fain|fo9ash|fou9ach|wa9tash|wa9tach|imta|chhal|ch7al',
  },
  /**
   * The customer's own appointment ("my appointment", "mon rdv", "meinen Termin", "rdv dyali"): with a word
   * of cancelling or moving, a request for the booking flow, not a question about the policy (candidates.ts).
   */
  own: {
    // Hinglish as well (Hindi and Urdu speakers write their bookings in English words): "mera appointment".
    en: 'i have a private lesson|i have a private class|i ve got a private lesson|ive got a private lesson|i have a lesson|i ve got a lesson|ive got a lesson|i have a private|mera appointment|meri appointment|appointment hai mera|appointment hai meri|mera appt|meri booking|mera booking|hamara appointment|humara appointment|apna appointment|my class|my classes|my lesson|my lessons|my spot|our class|my appointment|my appointments|my appt|my booking|my bookings|my reservation|my slot|my session|my visit|my consultation|our appointment|our booking|his appointment|her appointment|the appointment i have|the appointment i booked|the booking i made|i have an appointment|i ve got an appointment|ive got an appointment|i have a booking|i m booked|im booked|i am booked|i booked|we booked|we have an appointment',
    fr: "j ai un cours particulier|jai un cours particulier|j ai un cours prive|jai un cours prive|j ai cours|jai cours|j ai une lecon|jai une lecon|mon cours|mes cours|ma place au cours|mon rdv|mon rendez vous|mes rdv|ma reservation|ma seance|mon creneau|ma consultation|notre rdv|notre rendez vous|son rdv|son rendez vous|j ai un rdv|jai un rdv|j ai un rendez vous|jai un rendez vous|j ai rdv|jai rdv|j ai rendez vous|jai rendez vous|le rdv de|le rendez vous de|le rdv du|le rendez vous du|j ai reserve|jai reserve|j'ai un rdv|j'ai un rendez vous|j'ai rdv|j'ai rendez vous|j'ai réservé|j'avais un rdv|j'avais rendez vous",
    es: 'tengo particular|tengo una particular|tengo clase particular|tengo una clase particular|tengo clase privada|tengo una clase privada|tengo clase|tengo una clase|mi clase|mis clases|mi plaza|mi cita|mis citas|mi reserva|mi turno|mi hora|mi sesion|nuestra cita|su cita|tengo cita|tengo una cita|tenia cita|tenia una cita|tengo reserva|tengo hora|la cita de|la cita del|la cita que tengo|la cita que tenia|la reserva de|la reserva del|tengo turno|reserve',
    ca: 'tinc classe particular|tinc una classe particular|tinc una particular|tinc classe|tinc una classe|la meva classe|la meua classe|les meves classes|la meva cita|la meua cita|meva cita|meua cita|la meva reserva|la meua reserva|la meva hora|la meua hora|tinc cita|tinc hora|tinc una cita|la cita de|la cita del|la hora de|la hora del|vaig reservar',
    it: "ho lezione privata|ho una lezione privata|ho una privata|ho lezione|ho una lezione|la mia lezione|le mie lezioni|il mio corso|la mia classe|il mio appuntamento|mio appuntamento|la mia prenotazione|mia prenotazione|la mia seduta|il mio turno|ho un appuntamento|ho appuntamento|avevo un appuntamento|avevo appuntamento|l appuntamento di|l appuntamento del|l appuntamento per|la prenotazione di|la prenotazione del|ho prenotato|avevo prenotato|l'appuntamento di|l'appuntamento del|l'appuntamento per|l'appuntamento che ho",
    de: 'ich habe eine privatstunde|ich hab eine privatstunde|hab eine privatstunde|ich habe privatstunde|ich habe eine stunde|ich hab eine stunde|meine stunde|meinen kurs|mein kurs|meine kursstunde|meinen platz im kurs|meinen termin|mein termin|meinem termin|meine termine|unseren termin|unser termin|seinen termin|ihren termin|ich habe einen termin|ich hab einen termin|hab einen termin|ich habe termin|ich hab termin|ich bin gebucht|ich habe gebucht|den termin am|den termin vom|den termin fur|den termin morgen|den termin heute|meine buchung|meine reservierung|min termin|mine termin',
    pt: 'tenho particular|tenho uma particular|tenho aula particular|tenho uma aula particular|tenho aula|tenho uma aula|minha aula|minhas aulas|meu horario|minha consulta|minha marcacao|meu agendamento|minha reserva|minha sessao|meu atendimento|meus horarios|tenho horario|tenho um horario|tenho consulta|tenho uma consulta|tenho marcacao|tenho uma marcacao|o horario de|o horario do|a consulta de|a consulta do|a marcacao de|a marcacao do|o agendamento de|marquei|agendei',
    ar: 'عندي حصه خاصه|عندي درس خاص|عندي حصه|3andi 7essa|3andi cours|موعدي|الموعد ديالي|الموعد تاعي|موعد تاع|الموعد تاع|الرونديفو تاعي|rdv ta3|el rdv ta3|lrdv ta3|rdv ta3i|maw3id ta3i|lmaw3id ta3|الرونديفو ديالي|حجزي|عندي موعد|عندي رونديفو|rdv dyali|rdv diali|rendez vous dyali|maw3id dyali|mw3id dyali|maw3ed dyali|lmaw3id dyali|3andi rdv|3ndi rdv|3andi maw3id|3ndi mw3id|3ndi maw3id|mon rdv|mawe3di|maw3edi|mw3di|maw3idi',
  },
  /**
   * A charge made twice or too high: a complaint for a person to check
   * (complaint.ts), unless supposed ("will I be charged twice if I move
   * it?", "si anulo, me cobráis dos veces?"), which asks about the rules.
   */
  overcharged: {
    en: 'charged twice|charged me twice|charged us twice|double charged|charged double|overcharged|charged the wrong amount|charged me the wrong|billed twice|billed me twice|paid twice|taken twice',
    fr: 'debite deux fois|debitee deux fois|preleve deux fois|prelevee deux fois|facture deux fois|facturee deux fois|paye deux fois|double prelevement|double debit|trop preleve|trop facture',
    it: 'addebitato due volte|addebitata due volte|addebitati due volte|pagato due volte|addebito doppio|doppio addebito|addebitato di piu|fatto pagare di piu',
    de: 'doppelt abgebucht|doppelt belastet|doppelt berechnet|doppelt bezahlt|zweimal abgebucht|zweimal belastet|zweimal bezahlt|zweimal berechnet|zu viel berechnet|zuviel berechnet|zu viel abgebucht|zuviel abgebucht|falschen betrag',
    es: 'cobrado dos veces|cobraron dos veces|cobrasteis dos veces|cobro dos veces|pagado dos veces|pague dos veces|cobro doble|doble cobro|cargo doble|doble cargo|cobrado de mas|cobraron de mas|cobrasteis de mas|cobrado mal',
    ca: 'cobrat dues vegades|cobrat dos cops|pagat dues vegades|cobrat de mes|doble cobrament|doble carrec',
    pt: 'cobrado duas vezes|cobraram duas vezes|cobrada duas vezes|paguei duas vezes|pago duas vezes|cobranca duplicada|cobranca em dobro|cobrado em dobro|cobraram em dobro|cobrado a mais|cobraram a mais|debitado duas vezes|debitaram duas vezes',
    ar: 'انخصم مرتين|اتخصم مرتين|تخصم مرتين|خصمتو مرتين|خصمتوا مرتين|دفعت مرتين|خلصت جوج مرات|khlst jouj mrat|tkhsem mrtin',
  },
  /**
   * Doing a thing themselves ("can we record it ourselves or do we pay a technician?", "nosotros mismos
   * podemos grabar?", "on peut le faire nous-mêmes ?"): whether they may, not what the business's service costs
   * (candidates.ts). Only the plural and the reflexive said as such: "myself" alone is said of many things.
   */
  ourselves: {
    en: 'ourselves|by ourselves|on our own|do it ourselves|record it ourselves|bring our own engineer',
    fr: 'nous memes|nous meme|par nous memes|nous meme|nous-memes|de notre cote|par nos propres moyens',
    es: 'nosotros mismos|nosotras mismas|por nuestra cuenta|por nuestros propios medios|nosotros solos|nosotras solas',
    it: 'noi stessi|noi stesse|da soli|per conto nostro|da noi stessi',
    de: 'wir selbst|wir selber|selbst machen|selber machen|selbst aufnehmen|selber aufnehmen|auf eigene faust',
    ca: 'nosaltres mateixos|nosaltres mateixes|pel nostre compte|nosaltres sols',
    pt: 'nos mesmos|nos mesmas|nos proprios|nos proprias|por nossa conta|por conta propria',
    ar: 'بوحدنا|براسنا|b wa7dna|bwa7dna|brasna|b rasna',
  },
  /** "If I cancel…", "si j'annule…", "e se…": a question about the rules, not an act. */
  hypothetical: {
    en: 'if|what if|in case|what happens',
    fr: 'si|au cas ou|en cas de|en cas d|que se passe t il|qu est ce qui se passe',
    es: 'si|en caso de|por si|que pasa',
    it: 'se|nel caso|in caso di|qualora|cosa succede',
    de: 'wenn|falls|im falle|was passiert',
    ca: 'si|en cas de|que passa',
    pt: 'se|caso|no caso de|e se|o que acontece',
    ar: 'اذا|لو|في حال|ila|ida|ilakan|ila kan|law|la kan|شنو غيوقع|chno ghadi w9e3',
  },
  /** Asking how something works ("how do I book?"): an entry about booking answers it, if there is one. */
  howTo: {
    en: 'how do i|how can i|how does|how do you|how to|how would i|how should i|what s the process|what is the process|whats the process|how it works|how does it work',
    fr: 'comment|comment faire|comment on fait|comment ca marche|comment fonctionne|comment je peux|comment puis je',
    es: 'como hago|como se|como funciona|como puedo|como pido|como reservo|como hay que|como es el proceso',
    it: 'come faccio|come si fa|come si|come funziona|come posso|come prenoto|come devo',
    de: 'wie kann ich|wie funktioniert|wie lauft|wie geht das|wie mache ich|wie buche ich|wie macht man|wie bekomme ich|wie komme ich an',
    ca: 'com puc|com funciona|com es fa|com faig|com demano|com s ha de',
    pt: 'como faco|como funciona|como posso|como marco|como e que|como se|como agendo',
    ar: 'كيف|كيفاش|kifach|kifash|kif ndir|كيف احجز|كيفاش نحجز|kifach n7jz|kifach nakhod|comment',
  },
  /** "I need to", "je dois", "ich muss": with a day named, cancelling or moving is the customer's own. */
  obligation: {
    en: 'need to|have to|gotta|got to|i must|i ll have to|will have to',
    fr: 'je dois|dois|il faut que je|je vais devoir',
    es: 'tengo que|tendre que|debo|necesitaria',
    it: 'devo|dovrei|dovro',
    de: 'ich muss|muss|musste|ich musste|wir mussen|mussen|wir mussten|mussten',
    ca: 'he de|haig de|haig|hauré de|tinc que|hauria de', // "haig d'anul·lar" loses its "de" to the elision
    pt: 'tenho que|tenho de|vou ter que|vou precisar|precisava',
    ar: 'خاصني|لازم|khassni|khasni|lazem|lazm|خصني',
  },
  /** Asking what something requires ("do I need a referral?", "hace falta receta?"), not saying one must. */
  requirement: {
    en: 'do i need|do we need|do you need|will i need|would i need|is it necessary|necessary|required|mandatory|compulsory|obligatory|do i have to|must i',
    fr: 'faut il|est ce qu il faut|il faut|obligatoire|necessaire|dois je|est ce que je dois',
    es: 'hace falta|hay que|necesito|se necesita|es necesario|es obligatorio|obligatorio|tengo que',
    it: 'serve|servono|bisogna|e necessario|e obbligatorio|obbligatorio|devo',
    de: 'brauche ich|braucht man|brauch ich|muss ich|muss man|mussen wir|notig|noetig|erforderlich|pflicht',
    ca: 'cal|fa falta|cal que|es necessari|obligatori|he de',
    pt: 'preciso|precisa|e preciso|e necessario|e obrigatorio|obrigatorio|tenho que|tenho de',
    ar: 'لازم|خاصني|خصني|ضروري|واجب|هل يجب|lazem|khassni|daruri|wajib',
  },
  /** Asking what the rules are ("what's your cancellation policy?", "¿qué condiciones tiene?"): a question, not an act. */
  rules: {
    en: 'policy|policies|your rules|the rules|terms and conditions|terms & conditions|t&cs|t cs',
    fr: 'politique|politiques|vos regles|les regles|vos conditions|les conditions|conditions generales|cgv',
    es: 'politica|politicas|las normas|vuestras normas|las condiciones|vuestras condiciones|condiciones de',
    it: 'politica|le regole|le vostre regole|le condizioni|condizioni di|termini e condizioni',
    de: 'richtlinie|richtlinien|eure regeln|ihre regeln|die regeln|bedingungen|agb|stornobedingungen|absagebedingungen|stornoregeln',
    ca: 'politica|les normes|les vostres normes|les condicions|condicions de',
    pt: 'politica|as regras|as vossas regras|as condicoes|condicoes de|termos e condicoes',
    ar: 'سياسه|سياسة|الشروط|شروط|القوانين|قوانين|القواعد|politique|syasa|siyasa|chorout|shurut',
  },
  /** "What else do you do apart from haircuts?": with a question about services, the others than the one named. */
  besides: {
    en: 'apart from|besides|other than|aside from|except|else',
    fr: 'a part|en dehors de|autre que|autres que|sauf|en plus de|d autre',
    es: 'aparte de|aparte del|ademas de|ademas del|a parte de|a parte del|fuera de|fuera del|excepto|otra cosa|mas aparte',
    it: 'oltre a|oltre al|oltre alla|oltre ai|oltre alle|a parte|tranne|eccetto|altro',
    de: 'ausser|abgesehen von|neben|sonst noch|sonst',
    ca: 'a part de|a mes de|apart de|excepte|llevat de|mes a part',
    pt: 'alem de|alem da|alem do|fora|a parte|exceto|tirando|mais alguma coisa',
    // Darija "ghir" is "only" ("ghir cash"): other than a thing is "ghir" before its article.
    ar: 'غير ال*|بخلاف|ما عدا|ماعدا|ma3ada|من غير ال*',
  },
  /**
   * "He has fleas, can I still bring him?", "j'ai un rhume, je peux quand même venir ?": whether a visit may go
   * ahead in spite of something, a question about that condition, not a request to book.
   */
  despite: {
    en: 'can i still|could i still|can we still|can he still|can she still|can they still|should i still|should we still|should he still|should she still|do i still|do we still|is it still ok|still ok to|still okay to|still be able to|still go ahead|still come in|even if|or better not|or should i cancel|or should i reschedule|or is it better to cancel|or better to cancel|or better to reschedule',
    fr: 'quand meme|meme si|malgre|peut encore venir|peux encore venir|pouvons encore venir|toujours venir|ou vaut mieux pas|ou il vaut mieux annuler|ou mieux vaut annuler|ou je reporte|ou je decale|ou il vaut mieux reporter',
    es: 'igual puedo|puedo igual|puede igual|aun asi|aunque sea|aun puedo|todavia puedo|aunque tenga|aunque tiene|incluso si|podemos ir igual|vamos igual|aun podemos|todavia podemos|sigue en pie|o mejor no|o mejor lo dejo|o mejor cancelo|o mejor lo cambio|o es mejor cancelar|o mejor aplazo',
    it: 'comunque|posso lo stesso|venire lo stesso|vengo lo stesso|veniamo lo stesso|viene lo stesso|vado lo stesso|o meglio di no|o e meglio di no|o meglio rimandare|o e meglio rimandare|o meglio disdire|o devo disdire|anche se|nonostante|pur avendo|puo ancora venire|possiamo ancora venire',
    de: 'trotzdem|auch wenn|obwohl|dennoch|trotz|noch kommen|weiterhin kommen|oder lieber nicht|oder besser nicht|oder besser absagen|oder lieber absagen|oder soll ich absagen|oder soll ich verschieben|oder lieber verschieben',
    ca: 'igualment|tot i|encara que|malgrat|igual puc|encara podem venir|encara pot venir|o millor no|o millor ho anullo|o millor ho canvio|o es millor anullar',
    pt: 'mesmo assim|mesmo que|mesmo com|ainda que|apesar|ainda posso|ainda podemos|ainda pode vir|ainda vamos|ou melhor nao|ou e melhor desmarcar|ou melhor desmarcar|ou melhor adiar|ou e melhor adiar|ou devo desmarcar',
    ar: 'رغم|بالرغم|مع ذلك|raghm|rghm',
  },
};
