/**
 * Languages Frontdesk does not read. A tourist writes Dutch to a Zürich vet,
 * Turkish to a Vienna physio, Russian to a laser clinic: the responder has
 * no stemmer, cue words or templates for them, so it answers in English
 * when the business lists English (else in its default language), the same
 * rule the evaluation and a front desk follow.
 *
 * Two parts:
 * - **Recognising** such a message: a script Frontdesk does not read
 *   (Cyrillic, Greek, Hebrew, Devanagari, CJK, Hangul, Thai; Urdu's own
 *   letters in the Arabic script), letters only
 *   other Latin alphabets write (language.ts), or function words and
 *   greetings of the languages travellers most often write in (Dutch,
 *   Turkish, Polish, Romanian, Croatian/Serbian/Bosnian, Czech, Hungarian,
 *   Swedish/Danish/Norwegian, Indonesian/Malay, Tagalog/Filipino, Hindi/Urdu and Bengali in Latin letters, Somali,
 *   Russian in Latin letters, Haitian Creole). Every marker is a word no language Frontdesk
 *   reads writes (a test holds them to it).
 * - **The gist** of such a message in English (foreign-gist.ts): the words
 *   that carry a front desk request (an appointment, a price, opening, a
 *   day, cancel, a deposit, a card, a dog, thanks) and the words that say
 *   someone may be in danger (suddenly, cannot breathe, lost their hearing)
 *   are put into English, words that only carry grammar are left out, the
 *   rest kept as written (numbers, names and the international words
 *   "laser", "massage", "full body"), so the request is understood and
 *   answered in English, and the safety and injection rules, which read
 *   English, read it too. Cyrillic is Ukrainian when its own letters (і, ї,
 *   є, ґ) outnumber Russian's (ы, э, ъ, ё), else Russian. Han characters
 *   without kana are Chinese, and so is pinyin: one table reads both, each
 *   Han character a word of its own (Chinese writes no spaces), and the
 *   characters and syllables it does not know are left out.
 */
import { GIST } from './foreign-gist.js';
import { normalise } from './text.js';
import { cyrillicOf, withoutSigns } from './russian-latin.js';

export const FOREIGN_LANGUAGES = [
  'nl',
  'tr',
  'pl',
  'ro',
  'hr',
  'cs',
  'hu',
  'sv',
  'id',
  'tl',
  'hi',
  'bn',
  'so',
  'ru',
  'uk',
  'zh',
  'lb',
  'fa',
  'ht',
  'ml',
] as const;
export type ForeignLanguage = (typeof FOREIGN_LANGUAGES)[number];

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean).map(normalise);

/**
 * Words only these languages write, normalised (accents dropped). Short or
 * shared words ("de", "je", "mi", "ne", "ma", "van", "die") are left out;
 * a greeting or thanks counts more.
 */
const MARKERS: Record<ForeignLanguage, { words: string; strong: string }> = {
  nl: {
    words: `het een ik jij jullie mijn niet zijn hoeveel hoe waar wanneer graag voor ook nog welke hebben heb hebt 
 moet moeten vandaag afspraak afspraken kunnen zou wordt geen hij wij misschien zonder allemaal gaat 
 weken erg uur kost prijs bij naar deze komen langs verzetten annuleren ziens zaterdag zondag maandag 
 dinsdag woensdag donderdag vrijdag morgenochtend behandeling nagels knippen hond konijn huisbezoek wasbeurt leeftijd 
 helpt maanden welk wel dank wat heeft bezig maar omdat onze duizelig hoofdpijn overgeven misselijk
 kinderen zitten zoon groepje verlegen ofzo niks huren
 gevallen pols scheef vriendin krijgt moeilijk gestoken kwal kwallen
 helemaal goed afgesproken begrepen`,
    strong: `goedemorgen goedemiddag goedenavond goedendag bedankt alstublieft alsjeblieft doei dankjewel dankuwel`,
  },
  tr: {
    words: `bir icin kadar nasıl nerede randevu randevum randevuya almak istiyorum istiyoruz yapabilir miyim musunuz misiniz 
 mısınız mıyım bugun yarın saat kac fiyat fiyatı ucret ucreti evet hayır iyi aksam aksamlar gibi sonra hangi neden 
 degil benim sizin odeme kartı kartıyla nakit pazartesi salı carsamba persembe cuma cumartesi pazar gunu 
 annem cok geliyor bana benim sizin galiba zehir zehirlendi yedi icti tum unut onceki ucretsiz yardım lazım 
 kopegim kopegime kopegimi kedim kedime
 ilk defa gelecegim getireyim giyeyim ayakkabi tirmanabilir kiralik yazilmak kisilik sonuclar cikiyor`,
    strong: `merhaba gunaydın tesekkurler tesekkur tesekkur ederim sagol sagolun hosca kalın lutfen`,
  },
  pl: {
    words: `czy jak kosztuje macie jestescie mozna wizyta wizyte wizyty jutro dzisiaj dzis ktorej ktory ktora 
 ktore dla bardzo psa kot kota czeka otwarci otwarte zamkniete poniedziałek wtorek sroda czwartek piatek sobota 
 niedziela chciałabym chciałbym podarunkowe siostry moj moja moje moze mozna juz tylko oddychac pomocy ratunku 
 nagle boli wymiana wymiane opon opony zimowe letnie samochod samochodu hamulce klocki ile zeby zebym chce
 chcialabym chcialbym porodzie porodu wykorzystac pakiet pakietu przepadl przepadnie lipcu miesiace miesiecy
 tesciowej kupie kupic waznosc wazny nietrzymanie moczu kiedy
 gdzie dokladnie jestem dojechac jakis jakas nurkowac nurkowanie ponurkowac wasza wasz wasze mieszkam mieszkamy rekiny wynajem
 prysznic plecak sylwestra wspinac przyjade zostawic
 corka astmy atak inhalatora upadl upadla krzywa krzywy nadgarstek`,
    strong: `dzien dobry dziekuje dzieki prosze czesc`,
  },
  ro: {
    words: ` sunt pentru cand unde aveti puteti poate vreau doresc programare programarea maine azi astazi caine pisica 
 imi luni marti miercuri joi vineri sambata duminica deschis inchis prin asta aceasta acesta saptamana trebuie sau 
 locuiesc trimit faceti facut vreo acum sunteti rog daca doar foarte copil copilul fiul fiica telefonul curier 
 incarcare copiii nastere nasterea dupa credeam strănut stranut pachetul valabil `,
    strong: `buna ziua multumesc multumim`,
  },
  hr: {
    words: `trebam koljeno iduci ako moze koliko kosta gdje imate sutra danas otvoreno zatvoreno cijena naruciti 
 ponedjeljak utorak srijeda cetvrtak petak subota nedjelja tjedan gutati disati disem tesko odjednom iznenada
 mogu jel tjedana tocno dolazim stanici kojoj iznajmljujem inace nosim znam trebaju clanarinu
 koji cipela cipele uzmem tijesne godisnju mjesecnu zamrznuti ozljede
 pomozite pala pao iskrivljen iskrivljena ruka ruku kci jako`,
    strong: `dobar hvala zdravo molim pomozite`,
  },
  cs: {
    words: `kolik stoji objednat zitra dnes muzu muzete prosim nestartuje kontrolka svici brzdy pneumatiky vymena vymenu
 platit kartou nebo jen hotove hotovosti mobilu
 pomozte dcera syn spadla spadl kriva krivy ruka ruku zapesti`,
    strong: `dekuji dobry`,
  },
  hu: {
    words: `mennyi kerul idopont holnap nincs lehet szeretnek hetfo kedd szerda csutortok pentek szombat vasarnap mennyibe mennyiert indul autom csere gumicsere fekbetet olajcsere nyelni tudok levegot kapok nehezen hirtelen nekem kell vagy tudom gyerekeket elmehetek vasarolni szulinapi segitseg baratnom baratom kapott alig talalja talalom elesett leesett eszmeletlen verzik asztmas rohamot
 lanyom fiam elesett csuklo ferde nagyon faj segitseg`,
    strong: `szia sziasztok koszonom napot segitseg`,
  },
  sv: {
    words: `jag hur mycket kostar boka imorgon idag oppet hvad hvor meget koster jeg hvornar inte och andas svalja plotsligt
 mandag tirsdag tisdag onsdag torsdag fredag lordag lørdag sondag søndag ikke ikkje hva vad hvordan hvorfor varfor
 vil vill gjerne garna aflyse afbestille avbestilla avlyse bestille bestalla ombooke flytte flytta tid morgon
 abent apent oppen lukket stengt klokken noget noen nagon skal kanskje ogsa ferie uge uke vecka kvall
 eftermiddag formiddag hvilken vilken vores våre børn barna barnen sønn søn har mvh hilsen
 dere egentlig ligger lenge gjelder uker gangen finns klubben avboka
 eller buss sentrum veckor galler klippkort klippekort det
 hjalp hjelp ramlade falt skjev datteren dottern
 blir bliver pga timmen timme bokat trafiken aldrig aften sjov veninder venninder vanner venner vansterhant`,
    strong: `hej tack takk supert hjalp hjelp tusind mvh`,
  },
  id: {
    words: `apa berapa harga bisa saya besok ini itu untuk dengan tidak buka tutup`,
    strong: `terima kasih selamat`,
  },
  // Tagalog (Filipino) and Taglish: its particles ("po", "ba", "ng") and question words; not the words it shares
  // with Indonesian and Malay ("anak", "mata", "sakit", "dapat", "sana", "kami").
  tl: {
    words: `po ba ng ang mga iyong ako akong ikaw kayo kayong namin natin nila niya siya sila ninyo nyo niyo tayo hindi
 oho pwede puwede pwedeng puwedeng pede magkano ilang ilan kailan saan nasaan bukas ngayon kahapon kagabi mamaya
 naman lamang lang kasi talaga ano anong paano bakit sino alin gusto gustong kailangan meron mayroon wala walang
 dito diyan doon ito iyan iyon yun tapos kapag din rin daw muna nang nga masakit sumasakit likod leeg tuhod ngipin
 buntis nanay tatay asawa bayad tumatanggap makahinga dumudugo nahimatay biglang lagnat nilalagnat namamaga
 miyerkules huwebes biyernes sobrang magpa`,
    strong: `salamat maraming magandang kumusta kamusta paalam opo`,
  },
  hi: {
    words: `kya hain mujhe meri aap aapka aapke kitna kitne kab kaise kahan nahi nahin chahiye karna karwana aaj hoga 
 sakta sakte sakti bhai accha thik paisa rupay baje aur kis kaun kitni hoon hota hoti rehte rehta rahe rahi 
 wala wale wali alag bachay bacche bachche bachon saal mahine abhi yahan wahan kyun kyunki lekin phir bhi toh 
 humein hamara mera mere aapko aapki chahta chahti batao bataiye karwa karenge milega milegi milta ghante baad 
 pehle khule khula raat subah shaam dopahar ammi abbu shukriya  gaadi gadi dhuan nikal bhej bhejo badalna kharcha
 bahut bohot bohat zyada jyada thoda thodi sirf pareshan saath uska uski uske usko iska iski inka unka unki unke
 aapne aapse maine mujhse humko haan bilkul achha acha sahi galat matlab kaisa kaisi beti bete behen biwi ghar
 parso waqt samay jaldi lagbhag dard ilaaj dawai daant chehra twacha kaam kharab aaun aayenge lagta lagti
 dafa dafaa takleef taklif bukhar haddi ghutna ghutne kandha kandhe peeth aankh karta karti parega padega neeche
 chalata ilaj bhot ziada aoa dikhta dikhti dikhai dhundla karte dena hogi padta padti jata jati gaya gayi
 achanak behosh tedha munh masla sunn jhukta gardan akad ghoom begum chhutti chutti khulta khulti khulega
 darr unchai paunga paungi bezzati zabardasti dost`,
    strong: `namaste shukriya dhanyavad dhanyawad theek`,
  },
  // Bengali in Latin letters (Banglish): its own pronouns, verbs and question words, not the ones Hindi and Urdu
  // write too ("kon", "ki", "ache", "diye", "bhai", "kal"), so a Hinglish or Roman Urdu message stays Hindi.
  bn: {
    words: `apnader apnar apnake apnara amader amake amra tomader tomake kothay kothai kothae kobe koto
 kototuku kemon keno hobe hoyeche hoyechhe lagbe lagche lagchhe parbo parben parbona jabo ashbo asbo ashben
 asben ashte ashle asle korbo korben korte korechi korlam dekhabo dorkar ekhon ajke kalke porshu
 shokale bikele onek ektu bhalo kharap byatha betha namte nambo thakbe
 naki tahole shudhu amio ekta`,
    strong: `dhonnobad dhonyobad dhonyabad nomoskar`,
  },
  // Somali: its question words, verbs and the words of family and body a front desk hears; not "ma", "oo", "aan",
  // "ka", "la" (too short and shared) nor "badan" (Indonesian and Tagalog "body").
  so: {
    words: `meeqa immisa imisa haddii waaye waa waxaan wuxuu waxay waxaad ayaan ayay ayuu mise kaliya keliya
 ninkayga xaaskayga ilmahayga wiilkayga gabadhayda hooyaday aabahay walaal walaalo qabaa qabtaa leeyahay
 leedahay dhibaato kaadi kaadida kadib kaddib kahor daaweysaan daaweeysaan daaweyn ragga dumarka haweenka
 uurka uurleyda iibsado iibsan maxaan sameeyaa sameysaan caawimaad caawi bilood toddobaad maalin maanta
 berri shalay hadda dhiig xanuun calool ballan ballanta qabsado qabsan goorma xagee halkee sidee furan xiran
 lacagta qiimaha qiimo carruurta carruur caruurta ilmaha dhakhtarka dhakhtar isbitaalka`,
    strong: `salaan mahadsanid mahadsanidin mahadsantahay`,
  },
  ru: {
    words: `mozhno skolko stoit zavtra segodnya zapis zapisatsya`,
    strong: `privet zdravstvuyte spasibo pozhaluysta`,
  },
  // Ukrainian is told from Russian by its letters (unreadScript); in Latin letters it is rarely written.
  uk: { words: ``, strong: `dyakuyu` },
  // Chinese in Han characters is told by its script (unreadScript); these are pinyin (zh-Latn) syllables and words,
  // without the ones other languages write ("wo", "ni", "da", "de", "le", "ma", "sui", "ci", "shi", "hui").
  zh: {
    words: `xiang shuo zhe bu yao xian wei rou ge dan keyi duoshao qian zenme shenme meiyou xianzai mingtian jintian
 yuyue jiage weixian roudusu baobao haizi zhege nage danshi dou hen zai ye`,
    strong: `nihao xiexie hao`,
  },
  // Luxembourgish, which German and French readers would take for German: its own pronouns, verbs, days and words
  // of a front desk, not the ones German, Swiss German or French write too ("dir", "gar", "mai", "frei", "hatt",
  // "och", "vill", "ass", "net", "haut", "leit", "woch").
  lb: {
    words: `ech iech hunn hues hutt sidd kascht kaschten auer samschdes sonndes meindes denschdes mettwochs donneschdes
 freides heem doheem eppes hellef moies mettes owes virun aarbecht esou leifsten meng mengem menger mamm papp huet
 vun vum hirer erem gutt goen wou weini firwat ouni iwwer nemmen elo muer kanner duechter kreien keint
 kinnt mecht verdreint knechel feiert minutte gesait ennert fouss knei zou seancen annuleieren
 verreckelen geschwenn weisou gelift wei fir`,
    strong: `moien villmools addi`,
  },
  // Persian (Farsi) in Latin letters (Finglish); in its own script it is told by its words (persianScript). Not
  // the words Arabizi, Hindi or the languages read write too ("salam", "man", "too", "kar", "age", "hast", "chi").
  fa: {
    words: `vaght vaqt bekheir bekheyr bekhair mikonam mikonid mikonin mikham mikhastam mikhaid mitoonam mitunam
 mitoonid mishe mishan kheili kheyli chetor chetori koja kojast hastam hastid hastin baraye bayad betoonam betunam
 begiram daram darid darin konam konid shoma inja unja chera emrooz emruz farda dirooz hafte hazine hazineh gheymat
 gheimat ghimat nobat morakhasi sakhtgire hamkara motevajeh bargardam khoobi khubi cheghadr cheqadr kashte`,
    strong: `khaste khasteh nabashid mamnoon mamnun mamnoonam mamnunam motshakeram moteshakeram lotfan`,
  },
  // Haitian Creole (Kreyòl), which French readers would take for French: its own pronouns, particles, question
  // words and spellings ("mwen", "kisa", "konbyen", "randevou", "mèsi"), not the words French writes too ("ou",
  // "te", "pa", "li", "nan", "tres", "boule", "souple", "rive", "salon") nor short or shared ones ("m", "yo", "ti",
  // "ka", "e", "a", "men", "se").
  ht: {
    words: `mwen nou kisa kijan konbyen eske poukisa kile kote kounye kounya jodi demen anpil vle kapab pral paske
 poukont lakay cheve randevou anile vwayaje pwoblem tann moun koule pwodui tonbe wouj louvri defet depi mitan
 koute toujou kras samdi dimanch lendi madi mekredi jedi vandredi mwa semen lajan peye bezwen konn genyen
 fos gen pran ede bonjou bonswa ansent pitit timoun doule senyen respire lontan fenmen femen ouvri retire
 trese chak anko yon ak ap pou tou`,
    strong: `bonjou bonswa mesi sakpase tanpri orevwa anmwe`,
  },
  // Malayalam in Latin letters (Manglish), as Kerala's customers in the Gulf write it: its question words, verbs
  // and forms of address; not the words the languages read write too ("alle", "undo", "illa", "ente", "il").
  ml: {
    words: `evide evideya evidya aanu aano aayi ethu ethra entha enthanu enthu eppol eppo ningal ningalude njan
 enikku enik venam venamo cheyyan cheyyamo cheyyanam pattumo pattum kittumo kittum allenkil allengil varaam varam
 varan neram samayam vekkanam vechal vekkano raathri rathri muzhuvan nallathano nallathu pinne vellam thodaan thodan
 paadilla paadillallo paadillello chechi chetta innu naale thurakkumo thurakkum undallo ille
 pattunnilla pattilla anakkan vedana bhayankara karayunnu vegam shwasam kittunnilla aniyante pidichittund
 sahayikkane`,
    strong: `namaskaram nanni`,
  },
};

interface Markers {
  words: ReadonlySet<string>;
  strong: ReadonlySet<string>;
}
const MARKER_SETS = new Map<ForeignLanguage, Markers>(
  FOREIGN_LANGUAGES.map((l) => [
    l,
    { words: new Set(list(MARKERS[l].words)), strong: new Set(list(MARKERS[l].strong)) },
  ]),
);
const markersOf = (l: ForeignLanguage): Markers => MARKER_SETS.get(l)!;

/** A greeting or thanks weighs as much as three function words: it alone says which language. */
const STRONG = 3;

/** Every marker word, for the test that holds them to words no served language writes. */
export function foreignMarkers(language: ForeignLanguage): string[] {
  const { words, strong } = markersOf(language);
  return [...words, ...strong];
}

/** Scripts Frontdesk does not read, and the language (or family) each most likely is. */
const SCRIPTS: [RegExp, ForeignLanguage | 'other'][] = [
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Devanagari}/u, 'hi'],
  // Han without kana is Chinese; with kana it is Japanese (below).
  [/\p{Script=Han}/u, 'zh'],
  [
    /[\p{Script=Greek}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u,
    'other',
  ],
];

/**
 * Letters of the Arabic script that Urdu writes and Arabic does not: ٹ ڈ ڑ (its retroflex sounds), ں (a
 * nasal n), ے and ہ (its final ye and its he). Not the Persian ک, ی, گ, which Arabic keyboards in the Gulf type
 * too, nor ھ, which some Arabic keyboards type for every he.
 */
const URDU_LETTERS = /[ٹڈڑںےۓہ]/gu;

/** Urdu in its own script: two of its own letters or more ("اگلے ہفتے میری اپوائنٹمنٹ ہے"). Read as Hindustani. */
export function urduScript(text: string): boolean {
  return (text.match(URDU_LETTERS)?.length ?? 0) >= 2;
}

/**
 * Words only Persian writes in the Arabic script, normalised as text.ts does (ی → ي, ک → ك, چ → ش, a
 * zero-width joiner a space): its verbs "to be" and "to have", its pronoun "you", its question words and
 * prepositions. Not the ones Arabic writes too ("من", "این" where, "تو", "ولی", "شي", "ممنون", "بخیر", "مرسی"),
 * nor Urdu's ("چند", "کہ"): Gulf and Iraqi Arabic type چ and گ, and Persian keyboards type Arabic, so letters
 * alone say nothing.
 */
const PERSIAN_WORDS: ReadonlySet<string> = new Set(
  list(`است هست هستم هستی هستید هستیم هستند نیست نیستم نیستید برای میخواهم میخوام میخواستم خواهش خواهشمندم
 چطور چطوری چقدر کجا کجاست خیلی شما دارم دارید دارین داریم دارند میکنم میکنید میکنن کنم کنید بکنم باشه باشد
 باشید نباشید خسته اینجا اونجا که از را میام میاد میرم میخواد میشه میشود بگیرم بدم روز فردا امروز دیروز
 هفته ساعت قیمت قیمتش هزینه هزینش نوبت دکتر دکترم گفته بهتره انجام میدید میدهید میفرستید میفرستین بفرستید
 لازمه ممنونم متشکرم سپاس`),
);

/** Persian in the Arabic script: two of its own words or more ("من ایرانی هستم ... برای عمل ویزا لازم دارم؟"). */
export function persianScript(text: string): boolean {
  return (
    normalise(text)
      .split(' ')
      .filter((w) => PERSIAN_WORDS.has(w)).length >= 2
  );
}

/** Letters only Ukrainian writes among the Cyrillic alphabets, and letters only Russian writes. */
const UKRAINIAN_LETTERS = /[іїєґ]/giu;
const RUSSIAN_LETTERS = /[ыэъё]/giu;

/** The unread script a text is mostly written in, if any (Cyrillic: Ukrainian if its own letters outnumber Russian's). */
export function unreadScript(text: string): ForeignLanguage | 'other' | undefined {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
  for (const [pattern, language] of SCRIPTS) {
    if (language === 'zh' && kana) continue;
    const n = letters.filter((c) => pattern.test(c)).length;
    if (n < 2 || n * 2 < letters.length) continue;
    const ukrainian = (text.match(UKRAINIAN_LETTERS)?.length ?? 0) > (text.match(RUSSIAN_LETTERS)?.length ?? 0);
    return language === 'ru' && ukrainian ? 'uk' : language;
  }
  return undefined;
}

/** Letters of Latin alphabets Frontdesk does not read, and whose they are (for a message full of them). */
const LETTERS: [RegExp, ForeignLanguage][] = [
  [/[ğışİ]/giu, 'tr'],
  [/[ąęłńśźż]/giu, 'pl'],
  [/[ășțţ]/giu, 'ro'],
  [/[đ]/giu, 'hr'],
  [/[řěůľ]/giu, 'cs'],
  [/[őű]/giu, 'hu'],
  [/[åøæ]/giu, 'sv'],
  // Haitian Creole spells French's "oi", "ou" + vowel and "eu" with a w ("mwen", "pwodui", "vwayaje", "bwè") and
  // writes ò inside a word ("fòs", "kòb"), which French never does; not "kw" (Angolan "kwanza") nor "sw" ("swim").
  [/[mpbv]w[aeiouèò]|ò(?=\p{L})/giu, 'ht'],
];

/** The language the unread letters of a text belong to (the most frequent), and how many it has. */
function unreadLetterCount(text: string): { language: ForeignLanguage; count: number } | undefined {
  const counted = LETTERS.map(([re, language]) => ({ language, count: text.match(re)?.length ?? 0 }));
  const best = counted.sort((a, b) => b.count - a.count)[0];
  return best && best.count > 0 ? best : undefined;
}

/** The language the unread letters of a text belong to, the most frequent first. */
export function unreadLetters(text: string): ForeignLanguage | undefined {
  return unreadLetterCount(text)?.language;
}

/**
 * The unread language a message's words are in, if their evidence beats the
 * best of the languages Frontdesk reads (`served`, language.ts's score):
 * at least one marker more, and half as much again. Each letter only an
 * unread alphabet writes ("sobotę") counts as a marker of its language.
 */
export function foreignWords(words: readonly string[], served: number, text = ''): ForeignLanguage | undefined {
  const letters = unreadLetterCount(text);
  let best: { l: ForeignLanguage; score: number } | undefined;
  for (const l of FOREIGN_LANGUAGES) {
    const { words: plain, strong } = markersOf(l);
    const marked = words.reduce((s, w) => s + (strong.has(w) ? STRONG : plain.has(w) ? 1 : 0), 0);
    const score = marked + (l === letters?.language ? letters.count : 0);
    if (score > (best?.score ?? 0)) best = { l, score };
  }
  if (!best || best.score < 1) return undefined;
  const ahead = best.score >= served + 1 && (SHARES_GRAMMAR.has(best.l) || best.score >= 1.5 * served);
  return ahead ? best.l : undefined;
}

/**
 * Languages that write most of a read language's function words as their own (Luxembourgish German's "kann",
 * "bei", "oder", "muss", "bis"): the read language's score counts those too, so one marker more is enough.
 */
const SHARES_GRAMMAR: ReadonlySet<ForeignLanguage> = new Set(['lb']);

interface Entry {
  words: string[];
  stem: boolean;
  english: string;
}

/**
 * Chinese writes no spaces between its words: each Han character is made a word of its own, and a key of several
 * characters ("玻尿酸") matches them in a row, the longest first, as a key of several words does.
 */
const spaceHan = (text: string) => text.replace(/(\p{Script=Han})/gu, ' $1 ');

/**
 * A syllable of pinyin (Chinese in Latin letters): in a Chinese message, one the gist does not know is a Chinese
 * word it cannot read ("dan", "ge"), not a word of English kept as written ("botox"), and it is left out.
 */
const PINYIN =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|a|o|e|i|u|v)$/;

/** Letters NFD leaves whole, folded for the gist: "płatność" and "platnosc", "kapalı" and "kapali" are one word. */
const fold = (text: string) => normalise(text).replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/đ/g, 'd');

const entries = (table: string): Entry[] =>
  table
    .split(',')
    .map((pair) => pair.split('=').map((p) => p.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '')
    .map(([key, english]) => {
      const stem = key.endsWith('*');
      return { words: fold(spaceHan(stem ? key.slice(0, -1) : key)).split(' '), stem, english };
    })
    // Longer keys first ("dank je" before "je", "ile kosztuje" before "ile"), then a whole word before a
    // stem ("gozluk" before "goz*"), then the longer stem ("kopeg*" before "kop*").
    .sort(
      (a, b) =>
        b.words.length - a.words.length ||
        Number(a.stem) - Number(b.stem) ||
        b.words.join(' ').length - a.words.join(' ').length,
    );

/** Russian and Ukrainian share many words and one script: each is read with its own table, then the other's. */
const NEIGHBOURS: Partial<Record<ForeignLanguage, ForeignLanguage>> = { ru: 'uk', uk: 'ru' };
const GIST_ENTRIES = new Map(
  (Object.keys(GIST) as (keyof typeof GIST)[]).map((l) => {
    const neighbour = l === 'other' ? undefined : NEIGHBOURS[l];
    return [l, [...entries(GIST[l]), ...(neighbour ? entries(GIST[neighbour]) : [])]];
  }),
);

/**
 * The Russian entries, soft and hard signs dropped, for words typed in Latin letters and put into Cyrillic
 * (russian-latin.ts): "do skolki" meets "до скольки". Entries of the Latin typing itself are not among them.
 */
const SIGNLESS_RUSSIAN: readonly Entry[] = (GIST_ENTRIES.get('ru') ?? [])
  .filter((e) => e.words.every((w) => /\p{Script=Cyrillic}/u.test(w)))
  .map((e) => ({ ...e, words: e.words.map(withoutSigns) }));

/** The Russian entry that a Latin-typed message, put into Cyrillic, holds at `at`. */
const cyrillicEntryAt = (words: readonly string[], at: number): Entry | undefined =>
  /\p{Script=Cyrillic}/u.test(words[at] ?? '') ? SIGNLESS_RUSSIAN.find((e) => matchesAt(words, at, e)) : undefined;

function matchesAt(words: readonly string[], at: number, entry: Entry): boolean {
  return entry.words.every((w, i) => {
    const word = words[at + i];
    if (word === undefined) return false;
    const last = i === entry.words.length - 1;
    return last && entry.stem ? word.startsWith(w) : word === w;
  });
}

/**
 * The message in English where its words are known (foreign-gist.ts), else as written:
 * "kan ik een afspraak maken voor vrijdag?" → "can i a book an appointment
 * for friday". Punctuation goes: the gist is read for its words.
 */
export function gist(text: string, language: ForeignLanguage | 'other'): string {
  // Turkish puts the verb last ("köpek maması satıyor musunuz?": dog food do you sell?): each clause's "do you …"
  // goes first, where the frames that read the thing asked about (asked-offering.ts) look for it.
  if (VERB_LAST.has(language)) {
    // A time keeps no case ending ("saat 15:00'teki": at 15:00) and "saat" before it says "at", not "hour".
    // A name keeps no case ending either ("Abdoun'da": in Abdoun, "İstanbul'dan": from Istanbul).
    const timed = text
      .replace(/(\d)['’]\p{L}+/gu, '$1')
      // …and none written straight after it either ("saat 5te", "18:00de", "17:40ta"): the suffixes of place and time.
      .replace(/(\d)(?:da|de|ta|te|dan|den|tan|ten|ya|ye)\b/gu, '$1')
      .replace(/(\p{Lu}\p{L}+)['’]\p{Ll}{1,5}\b/gu, '$1')
      .replace(/\bsaat\s+(?=\d)/giu, 'at ');
    return timed
      .split(/(?:[?!;]|[.,](?!\d)|(?<!\d)[.,])+/u)
      .map((clause) => {
        const words = gistWords(clause, language);
        const frame = words.findIndex((w) => w.startsWith('do you '));
        return frame > 0 ? [words[frame]!, ...words.slice(0, frame), ...words.slice(frame + 1)] : words;
      })
      .flat()
      .join(' ');
  }
  // Dutch writes the plural of a word ending in a vowel with an apostrophe ("ski's", "foto's", "baby's"), which
  // the normaliser would cut off as an English possessive: it is kept as the plural English writes ("skis").
  const plurals = language === 'nl' ? text.replace(/(?<=\p{L}[aeiouy])['’]s\b/giu, 's') : text;
  return gistWords(plurals, language).join(' ');
}

/** Languages whose verb ends the clause. */
const VERB_LAST: ReadonlySet<ForeignLanguage | 'other'> = new Set(['tr']);

/**
 * Particles of politeness a language drops anywhere in a sentence (Tagalog "po", "ho": "masakit po ang likod ko",
 * "pwede ko po bang"): they carry no word of English and would break every key of several words, so they go first.
 */
const PARTICLES: Partial<Record<ForeignLanguage | 'other', ReadonlySet<string>>> = {
  tl: new Set(['po', 'ho', 'pong', 'hong']),
};

/** Languages that write a noun and what it is for as one word ("tangoschoenen", "dansles", "hundfoder"). */
const COMPOUNDING: ReadonlySet<ForeignLanguage | 'other'> = new Set(['nl', 'sv', 'lb']);
/** The shortest last part of a compound read alone ("schoen", "kaart"): shorter ends are too often chance. */
const MIN_HEAD = 5;

/**
 * A compound the gist does not know, read by its last part when the gist knows that one as a word: the noun a
 * compound names ("tangoschoenen": tango shoes, "cadeaukaart": gift card, "hundfoder": dog food); its first part
 * in English where the gist knows it (with the joining "s" or "en" dropped: "verjaardagsfeest"), else as written.
 */
function compoundGist(word: string, table: readonly Entry[]): string | undefined {
  if (!/^\p{L}+$/u.test(word)) return undefined;
  const single = (w: string) => table.find((e) => e.words.length === 1 && !e.stem && e.words[0] === w && e.english);
  for (let cut = 3; cut <= word.length - MIN_HEAD; cut++) {
    const head = single(word.slice(cut));
    if (!head) continue;
    const first = word.slice(0, cut);
    const known = [first, first.replace(/s$/, ''), first.replace(/en$/, '')].map(single).find(Boolean);
    return `${known?.english ?? first} ${head.english}`;
  }
  return undefined;
}

/** The gist's words (an entry's English is one item, however many words it has). */
function gistWords(text: string, language: ForeignLanguage | 'other'): string[] {
  const particles = PARTICLES[language];
  const chinese = language === 'zh';
  const words = fold(chinese ? spaceHan(text) : text)
    .split(' ')
    .filter((w) => w !== '' && !particles?.has(w));
  const table = GIST_ENTRIES.get(language) ?? [];
  // Russian typed in Latin letters: a word its Latin entries do not know is looked for in Cyrillic too.
  const cyrillic = language === 'ru' ? words.map((w) => cyrillicOf(w) ?? w) : undefined;
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    // "20 min" is minutes in every language that abbreviates it so, not a possessive ("min": my in Nordic).
    if (/^mins?$/.test(words[i]!) && /^\d+$/.test(words[i - 1] ?? '')) {
      out.push('minutes');
      i += 1;
      continue;
    }
    const entry = table.find((e) => matchesAt(words, i, e)) ?? (cyrillic && cyrillicEntryAt(cyrillic, i));
    if (entry) {
      // A word that only carries grammar (Polish "czy", Turkish "mi") is left out: it is no word of English.
      if (entry.english) out.push(entry.english);
      i += entry.words.length;
    } else {
      const word = words[i]!;
      const compound = COMPOUNDING.has(language) ? compoundGist(word, table) : undefined;
      // A Chinese character or syllable the gist does not know is no word of English: it is left out.
      if (compound) out.push(compound);
      else if (!(chinese && (/\p{Script=Han}/u.test(word) || PINYIN.test(word)))) out.push(word);
      i += 1;
    }
  }
  return out;
}

/** Sentence marks of every script, as English writes them. */
const MARKS: Record<string, string> = { '؟': '?', '۔': '.', '،': ',', '؛': ';', '。': '.', '？': '?', '，': ',' };

/**
 * The gist of a message in an unread language, sentence by sentence, each with its mark ("?", ".", ","), so the
 * clauses of the English read as the customer's did: which of them asks, which only tells. A point or a comma
 * between digits ("17.30", "4,50") is part of a time or an amount, not a mark between sentences.
 */
export function englishGist(text: string, language: ForeignLanguage | 'other'): string {
  return (
    text
      .split(
        /((?:[?!;؟۔،؛。？，]|[.,](?!\d)|(?<!\d)[.,])+|\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})*)/u,
      )
      // The marks between sentences (odd places of the split) as their first mark in English, an emoji as it is
      // (it ends what was told: domain/clauses.ts); the sentences as gists.
      .map((piece, i) =>
        i % 2 === 0
          ? gist(piece, language)
          : /\p{Extended_Pictographic}/u.test(piece)
            ? piece
            : (MARKS[piece[0]!] ?? piece[0]!),
      )
      .filter((piece) => piece.trim() !== '')
      .join(' ')
      .replace(/ ([.?!;,])/g, '$1')
  );
}
