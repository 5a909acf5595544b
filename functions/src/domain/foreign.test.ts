import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import { englishGist, FOREIGN_LANGUAGES, type ForeignLanguage, foreignMarkers, gist } from './foreign.js';
import { detectLanguage } from './language.js';
import { assessSafety } from './safety.js';
import { TEXT_LANGUAGES } from './languages.js';
import { STOPWORDS } from './stopwords.js';

describe('languages Frontdesk does not read', () => {
  it.each([
    ['Goedemiddag, hebben jullie morgen nog plek voor mijn hond?', 'nl'],
    ['Wat kost een behandeling bij jullie?', 'nl'],
    ['bedankt!', 'nl'],
    ['Merhaba, yarın için randevu alabilir miyim?', 'tr'],
    ['tesekkurler, iyi aksamlar', 'tr'],
    ['Czy macie wolny termin w sobotę?', 'pl'],
    ['Bună ziua, aveți programare liberă mâine?', 'ro'],
    // Romanian without its greeting's second word or its letters, beside Italian names.
    [
      'Buna, locuiesc la Caserta si nu pot veni la Napoli saptamana asta. Pot sa va trimit telefonul prin curier?',
      'ro',
    ],
    ['Trebuie programare sau pot veni direct? Mufa de incarcare nu mai merge', 'ro'],
    ['Dobar dan, koliko košta pregled?', 'hr'],
    ['Здравствуйте, сколько стоит стрижка?', 'ru'],
    ['privet, skolko stoit manikyur?', 'ru'],
    ['namaste, mujhe kal ke liye appointment chahiye', 'hi'],
    ['aap kitne baje khulte ho?', 'hi'],
    // Hinglish and Roman Urdu, where Italian reads "hai".
    ['bachon ki cutting ka rate kya hai?', 'hi'],
    ['kal subah aa sakta hoon kya? 10 baje free hota hoon', 'hi'],
    ['aur pool kis floor pe hai?', 'hi'],
    // Hinglish with English words of the trade mixed in.
    ['meri beti bahut pareshan hai, uska laser ho sakta hai?', 'hi'],
    ['upper lip ke hair ke liye kitne sessions lagenge, thoda jaldi batao', 'hi'],
    // Urdu in its own script, with letters Arabic does not write.
    ['السلام علیکم، کل میری اپوائنٹمنٹ ہے، کتنے بجے آؤں؟', 'hi'],
    ['آپ کی فیس کتنی ہے؟', 'hi'],
    ['hej, vad kostar en massage?', 'sv'],
    // Swallowing and breathing that fail, said without a greeting or a question word.
    ['ne mogu gutati i teško dišem', 'hr'],
    ['nem tudok nyelni és nehezen kapok levegőt', 'hu'],
    ['jag kan inte svälja och har svårt att andas', 'sv'],
    // Tagalog and Taglish: its "po", "ba", "ng" and question words among the English of the trade.
    ['Hi po, pwede po ba magpa-schedule bukas ng 3pm?', 'tl'],
    ['Magandang umaga po! Magkano po ang consultation?', 'tl'],
    ['Masakit po ang likod ko simula kahapon', 'tl'],
    ['Tumatanggap ba kayo ng card o cash lang?', 'tl'],
    ['Biglang nahimatay ang nanay ko sa banyo', 'tl'],
    // Roman Urdu, with its own spellings.
    ['Assalam o alaikum bhai, main taxi chalata hoon, kamar ke neeche dard karta hai, kitni dafa aana parega?', 'hi'],
    ['AoA, meri ammi ke ghutne mein bohat dard hai, chalne mein takleef hoti hai', 'hi'],
    ['Abbu ki reedh ki haddi mein masla hai, pair sunn ho jata hai, ilaj kitne ka hai?', 'hi'],
    ['Begum ki gardan akad gayi hai aur subah se sar ghoom raha hai', 'hi'],
    ['ammi achanak behosh ho gayi, munh tedha ho gaya hai', 'hi'],
    // Somali: its question words and verbs, with or without its greeting.
    ['Salaan. Meeqa ayay ku kacaysaa fasalka? Haddii aan iibsado 6 fasal meeqa waaye?', 'so'],
    ['Ma daaweysaan ragga mise dumarka oo kaliya?', 'so'],
    ['Berri ballan ma heli karaa? Xagee baarkinka?', 'so'],
    ['Walaal caawimaad, uur ayaan leeyahay, dhiig badan ayaa iga imanaya', 'so'],
    // Bengali in Latin letters, with the "bhai" and "kon" it shares with Hindi.
    ['bhai apnader clinic ta kothay? kon station e namte hobe?', 'bn'],
    ['apnara ki kalke khola thakben? ami bikele ashbo', 'bn'],
    ['amar chokhe byatha, kobe appointment pabo?', 'bn'],
    // Hinglish and Roman Urdu stay Hindi, though Bengali writes "bhai", "kon" and "ache" too.
    ['bhai kal ka appointment mil sakta hai kya? kon se din khule ho?', 'hi'],
    ['bhai parking ache hai kya wahan? kitne baje tak khula hai', 'hi'],
    // Luxembourgish, which shares German's "kann", "bei", "oder", "bis": its own pronouns, verbs and days.
    ['Moien, kann ech muer de Mëtteg laanscht kommen?', 'lb'],
    ['Sidd dir sonndes zou oder op?', 'lb'],
    ['Ech hunn eng Ordonnance, wat kascht eng Séance?', 'lb'],
    ['Villmools merci, äddi!', 'lb'],
    ['Meng Mamm kann net gutt goen, kommt dir och heem?', 'lb'],
    // Persian in Latin letters and in its own script, where Arabic would read "سلام" and "من".
    ['salam khaste nabashid, nobat baraye farda darid?', 'fa'],
    ['mamnoon, kheili lotfan kardid', 'fa'],
    ['سلام، برای فردا نوبت دارید؟', 'fa'],
    ['من از تهران میام، هزینه کاشت مو چقدر است؟', 'fa'],
    ['こんにちは、予約できますか', 'other'],
  ])('%s → %s', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess.other).toBe(language);
    expect(guess.language).toBeUndefined();
  });

  it.each([
    'Hej, habt ihr morgen offen?',
    'Namaste! Do you have yoga classes on Sunday?',
    'hoi zäme, händ er morn offe?',
    'Is the dog ok to come in at 5?',
    'quiero una cita para mañana por la tarde',
    "c'est combien la coupe pour un enfant ?",
    'vull demanar hora per dijous',
    'vcs abrem no sábado?',
    'quanto costa una seduta di pressoterapia?',
    'salam, wach kayn blasa ghda?',
    'Wir kommen mit dem Kind, geht das?',
    "I'm Łukasz, can I book a cut for friday?",
    // Arabic typed on a Persian keyboard (ی, ک, گ) or with ھ for every he is still Arabic.
    // Gulf and Iraqi Arabic write چ and گ, and "من", "بعد", "وقت" as Persian does: Persian needs its own words.
    'شلونكم، ابي موعد باچر، چم الساعة تفتحون؟',
    'شگد سعر الزراعة؟ وقت العملية بعد العيد',
    'مرحبا، من وين انتو؟ بدي اعرف السعر',
    'ابی موعد باچر العصر، یمکن؟',
    'ھل عندکم موعد الیوم؟ ھذا ضروري',
    // Italian "un po'" and Spanish "pero" are no Tagalog.
    "ho un po' di mal di testa, posso venire domani?",
    'pero ya no me duele la espalda, puedo cancelar?',
  ])('leaves %s to the languages Frontdesk reads', (text) => {
    expect(detectLanguage(text).other).toBeUndefined();
  });

  it.each([
    ['Hallo, kann ich morgen bei euch parken oder muss ich ins Parkhaus?', 'de'],
    ['Bis wie viel Uhr habt ihr am Samstag offen?', 'de'],
    ['Vielen Dank für die Hilfe, bis nächste Woche!', 'de'],
    ['Ech ha morn kei Ziit, chan ich de Termin verschiebe?', 'de'],
    ['اگلے ہفتے میری اپوائنٹمنٹ ہے', undefined],
  ] as const)('keeps %s in the language it is read in', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
    expect(detectLanguage(text).other).toBe(language ? undefined : 'hi');
  });

  it.each(FOREIGN_LANGUAGES)('no %s marker is a function word of a language Frontdesk reads', (language) => {
    const shared = foreignMarkers(language).filter((word) => TEXT_LANGUAGES.some((l) => STOPWORDS[l].has(word)));
    expect(shared).toEqual([]);
  });

  it('no marker alone reads as a language Frontdesk reads', () => {
    const misread = FOREIGN_LANGUAGES.flatMap((l) =>
      foreignMarkers(l).filter((word) => {
        const guess = detectLanguage(word);
        return guess.language !== undefined && guess.confidence >= 0.4;
      }),
    );
    expect(misread).toEqual([]);
  });
});

describe('gist', () => {
  it.each([
    ['nl', 'kan ik een afspraak maken voor vrijdag?', 'can i a book an appointment for friday'],
    ['nl', 'Hoeveel kost een knipbeurt?', 'how much cost a haircut'],
    ['tr', 'Cumartesi randevuya gelebilir miyim', 'saturday appointment gelebilir'],
    ['pl', 'Ile kosztuje wizyta jutro?', 'how much is appointment tomorrow'],
    ['ru', 'Можно записаться на завтра?', 'can i book an appointment on tomorrow'],
    ['hi', 'kitna time lagega, kal khula hai?', 'how much time will take tomorrow open is'],
    ['pl', 'czy trzeba mieć własny ręcznik?', 'do i need have own towel'],
    ['nl', 'is de sauna naakt of mag je een badpak aan?', 'is the sauna naked or may you a swimsuit on'],
    ['ro', 'pot să vin totuși la masaj?', 'can i still come at massage'],
    [
      'ro',
      'nu pot veni saptamana asta, pot sa va trimit telefonul prin curier?',
      'cannot come this week can i send you phone by courier',
    ],
    [
      'hi',
      'bhai haircut ka rate kya hai? senior wale ka alag rate hai kya',
      'haircut price what is senior different price is what',
    ],
    // Urdu in its own script, read with the same Hindustani table.
    ['hi', 'آپ کی فیس کتنی ہے؟ کل کھلے ہیں؟', 'your fee how much is tomorrow are you open'],
    ['hi', 'پاسپورٹ ساتھ لانا ضروری ہے؟', 'passport bring is required'],
    // Grammar words go (Polish "czy", Turkish "mı"); ł and ı fold, written or not.
    ['pl', 'Czy płatność kartą jest możliwa?', 'payment card is mozliwa'],
    ['pl', 'czy platnosc karta jest mozliwa', 'payment card is mozliwa'],
    ['tr', 'Kredi kartı kabul ediyor musunuz?', 'credit card accept ediyor'],
    // A whole word before a stem: "gözlük" is glasses, not an eye ("göz*").
    ['tr', 'gözlük tamiri yapıyor musunuz', 'do you do glasses repair'],
    ['tr', 'Evlilik öncesi kan tahlillerini yapıyor musunuz?', 'do you do premarital blood test'],
    ['tr', 'kaç saat aç kalmam gerekiyor?', 'how many hour fast needed'],
    ['pl', 'Czy farbka jest w cenie?', 'tint is included in the price'],
    ['ro', 'cât costă epilarea cu ață pe toată fața?', 'how much is threading on full face'],
    // Turkish puts the verb last: each clause's "do you …" goes first, where the frames look for the thing asked.
    ['tr', 'Merhaba, köpek maması satıyor musunuz?', 'hello do you sell dog mamasi'],
    ['nl', 'Verkopen jullie hondenvoer?', 'do you sell hondenvoer'],
    // Ukrainian, told from Russian by its letters, and Russian read with Ukrainian words where its own lack them.
    ['uk', 'Чи можна перенести запис на п’ятницю?', 'can i reschedule appointment on friday'],
    ['ru', 'Де ви знаходитесь?', 'where you are you located'],
    // Words that say someone is in danger, for the safety rules.
    ['ru', 'у мужа боль в груди, не может дышать', 'at husband chest pain can not breathe'],
    ['nl', 'Ik zie ineens lichtflitsen en een gordijn', 'i see suddenly flashes of light and a dark curtain'],
    ['ro', 'Mama a leșinat și nu poate respira', 'mum passed out and can not breathe'],
    ['ru', 'Моя дочь пишет, что не хочет жить', 'my daughter пишет what does not want to live'],
    ['nl', 'Mijn man slaat me', 'my husband hits me'],
    // Opening hours and classes.
    ['nl', 'wat zijn jullie openingstijden op zaterdag', 'what are you opening hours on saturday'],
    ['pl', 'Czy muszę mieć własną matę?', 'do i need own mat'],
  ] as const)('%s: %s → %s', (language, text, expected) => {
    expect(gist(text, language)).toBe(expected);
  });

  it.each([
    // Luxembourgish: the German and French words it writes in its own way, and the front desk's.
    ['lb', 'Ech hätt gär e Rendez-vous fir mäi Réck', 'i would like to book an appointment for my back'],
    ['lb', 'Sidd dir samschdes op? Bis wéi vill Auer?', 'are you on saturday open until what time'],
    ['lb', 'wat kascht eng Séance', 'how much is a session'],
    ['lb', 'hunn eng Ordonnance vum Dokter', 'have a prescription from the doctor'],
    ['lb', 'de Knéchel steet schief', 'the ankle is deformed'],
    ['lb', 'Kann een bei iech parken?', 'can one at your place park'],
    // Persian in Latin letters and in its script; a strict boss is told, not asked for.
    ['fa', 'mamnoon, farda nobat darid?', 'thanks tomorrow appointment do you have'],
    ['fa', 'manager-am kheili sakhtgire', 'my employer very is strict'],
    ['fa', 'chand rooz morakhasi begiram?', 'how many days take time off'],
    ['fa', 'شما دعوتنامه میفرستید؟', 'you invitation letter do you send'],
    ['fa', 'برای کاشت مو چند روز لازم است؟', 'for hair transplant how many days needed is'],
    // Turkish cancel, move and book, with the time's case ending dropped.
    [
      'tr',
      "yarın saat 10:30'daki randevumu iptal etmem gerekiyor",
      'tomorrow at 10 30 my appointment i need to cancel',
    ],
    ['tr', 'randevumu cumaya erteleyebilir miyim', 'my appointment cumaya can i reschedule'],
    ['tr', 'konsültasyon için randevu almak istiyorum', 'consultation for i want to book an appointment'],
  ] as const)('%s: %s → %s', (language, text, expected) => {
    expect(gist(text, language)).toBe(expected);
  });

  it('keeps the marks and emojis that end what was told, so the clauses stay apart', () => {
    expect(englishGist('Mam przebarwienia 😔 ile kosztuje laser? 🙏🏽', 'pl')).toMatch(/😔 .*\? 🙏🏽$/u);
  });

  it.each([
    ['Добрий день, чи можна записатися на перевірку слуху?', 'uk'],
    ['Здравствуйте, можно записаться на проверку слуха?', 'ru'],
    ['Добрий день', 'ru'], // no letter only Ukrainian writes: read as Russian, with Ukrainian words after Russian
    // A garage's customers: car words tell the language when the function words are few.
    ['ile kosztuje wymiana opon na zimowe?', 'pl'],
    ['az autóm nem indul, mennyibe kerül?', 'hu'],
    ['gaadi se dhuan nikal raha hai, mechanic bhej sakte ho?', 'hi'],
    ['Dobrý den, auto nestartuje a svítí kontrolka motoru', 'cs'],
    // Indonesian shares "anak", "sakit" and "mata" with Tagalog: they are no Tagalog marker.
    ['anak saya sakit mata, besok bisa?', 'id'],
  ] as const)('tells %s as %s', (text, language) => {
    expect(detectLanguage(text).other).toBe(language);
  });
});

/** The gist holds `english` as whole words (an entry's English may be several). */
const says = (text: string, language: ForeignLanguage, english: string) =>
  ` ${gist(text, language)} `.includes(` ${english} `);
/** Every English word or phrase is in the message's gist. */
const saysAll = (text: string, language: ForeignLanguage, english: readonly string[]) => {
  for (const word of english) expect(says(text, language, word), `${word} in "${gist(text, language)}"`).toBe(true);
};

describe('gist of front-desk, vertical and safety words, as customers type them', () => {
  it.each([
    // Czech
    ['cs', 'Dobry den, kolik stoji prodlouzeni ras?', ['how much', 'lash extensions']],
    ['cs', 'muzu se objednat na zitra odpoledne na manikuru?', ['can i', 'book', 'tomorrow', 'afternoon', 'manicure']],
    ['cs', 'Dobrý den, potřebuji zrušit termín na pátek, děkuji', ['i need', 'cancel', 'appointment', 'friday']],
    ['cs', 'Dobry den, mate v sobotu otevreno? A da se platit kartou? Dekuji', ['saturday', 'open', 'pay', 'by card']],
    [
      'cs',
      'Dobry den, kdy budou vysledky z odberu krve? Muzu prijit nalacno? Dekuji',
      ['when', 'results', 'blood test', 'fasting'],
    ],
    ['cs', 'Dobry den, potrebuji ockovani pro psa, kolik to stoji?', ['vaccination', 'dog', 'how much']],
    ['cs', 'Dobry den, boli me zub, muzete me vzit dnes?', ['toothache', 'today']],
    ['cs', 'Dobry den, je to bolestive? A jak dlouho to trva? Dekuji', ['is it painful', 'how long does it take']],
    // Hungarian
    ['hu', 'Szia, mennyibe kerul a műszempilla?', ['how much', 'lash extensions']],
    [
      'hu',
      'Jo napot, szeretnek idopontot foglalni holnapra fogtomesre',
      ['i would like', 'book an appointment', 'tomorrow', 'filling'],
    ],
    ['hu', 'Szia, szombaton nyitva vagytok? Lehet kartyaval fizetni?', ['saturday', 'are you open', 'by card', 'pay']],
    [
      'hu',
      'Koszonom! A kutyamnak kell oltas es fereghajtas, mennyi az ara?',
      ['dog', 'vaccination', 'deworming', 'how much', 'price'],
    ],
    ['hu', 'Szia, meddig tart a szempilla lifting?', ['how long does it last', 'lash lift']],
    [
      'hu',
      'szia, mikor lesznek meg a vervetel eredmenyei? ehgyomorra kell menni?',
      ['when', 'blood test', 'results', 'fasting'],
    ],
    // Swedish
    ['sv', 'Hej! Vad kostar fransforlangning?', ['how much', 'lash extensions']],
    [
      'sv',
      'Hej, kan jag boka en tid för tandblekning imorgon?',
      ['can i', 'book an appointment', 'teeth whitening', 'tomorrow'],
    ],
    ['sv', 'Hej, har ni oppet pa lordag? Tar ni kort?', ['are you open', 'saturday', 'do you take cards']],
    ['sv', 'hej jag behöver avboka min tid på fredag', ['need', 'cancel', 'appointment', 'friday']],
    [
      'sv',
      'Hej! Min hund behöver vaccination och kloklippning, hur mycket kostar det?',
      ['my dog', 'vaccination', 'nail clipping', 'how much'],
    ],
    ['sv', 'Hej, hur lång tid tar det och gör det ont?', ['how long does it take', 'does it hurt']],
    [
      'sv',
      'hej, när kommer provsvaret från blodprovet? måste jag vara fastande?',
      ['when', 'results', 'blood test', 'fasting'],
    ],
    // Indonesian
    ['id', 'Halo kak, berapa harga eyelash extension?', ['how much', 'lash extensions']],
    [
      'id',
      'Saya mau buat janji untuk scaling gigi besok pagi bisa?',
      ['book an appointment', 'teeth cleaning', 'tomorrow morning'],
    ],
    ['id', 'Apakah buka hari minggu? Bisa bayar pakai kartu?', ['open', 'sunday', 'pay', 'by card']],
    ['id', 'Kucing saya perlu vaksin dan steril, berapa biayanya?', ['my cat', 'vaccine', 'neutering', 'how much']],
    [
      'id',
      'Kak, hasil tes darah saya kapan keluar? Apa harus puasa dulu?',
      ['results', 'blood test', 'when', 'fasting'],
    ],
    ['id', 'Berapa lama prosesnya dan apakah sakit?', ['how long does it take', 'does it hurt']],
    // Croatian
    ['hr', 'Dobar dan, koliko košta produživanje trepavica?', ['how much', 'lash extensions']],
    [
      'hr',
      'Dobar dan, htjela bih naručiti termin za manikuru u subotu',
      ['i would like', 'book', 'appointment', 'manicure', 'saturday'],
    ],
    [
      'hr',
      'Pozdrav, radite li nedjeljom? Mogu li platiti karticom? Hvala',
      ['are you open', 'on sundays', 'can i', 'pay', 'by card'],
    ],
    ['hr', 'Trebam cijepljenje za psa, koliko košta?', ['i need', 'vaccination', 'dog', 'how much']],
    [
      'hr',
      'Dobar dan, kad su gotovi nalazi? Trebam li za vađenje krvi doći natašte?',
      ['when', 'results', 'blood test', 'fasting'],
    ],
    ['hr', 'koliko traje i je li bolno? hvala', ['how long does it take', 'is it painful']],
    // Dutch
    ['nl', 'Hoeveel kosten wimperextensions bij jullie?', ['how much', 'lash extensions']],
    [
      'nl',
      'Kan ik een afspraak maken voor een gebitsreiniging en tanden bleken?',
      ['book an appointment', 'teeth cleaning', 'teeth whitening'],
    ],
    [
      'nl',
      'Kan mijn kitten bij jullie een vaccinatie krijgen en gechipt worden?',
      ['kitten', 'vaccination', 'microchipped'],
    ],
    ['nl', 'Hoe lang duurt het en doet het pijn?', ['how long does it take', 'does it hurt']],
    ['nl', 'Moet ik nuchter zijn voor het bloedonderzoek?', ['fasting', 'blood test']],
    ['nl', 'Hebben jullie studentenkorting of een cadeaukaart?', ['do you have', 'student discount', 'gift card']],
    // Turkish
    ['tr', 'Merhaba, ipek kirpik fiyatı ne kadar?', ['lash extensions', 'price', 'how much']],
    ['tr', 'Yarın diş temizliği için randevu alabilir miyim?', ['tomorrow', 'teeth cleaning', 'appointment']],
    ['tr', 'Kedime aşı ve kısırlaştırma yaptırmak istiyorum', ['cat', 'vaccine', 'neutering', 'i want']],
    ['tr', 'Kan tahlili için aç karna mı gelmem gerekiyor?', ['blood test', 'fasting']],
    [
      'tr',
      'Merhaba, lazer epilasyon ne kadar sürer, acıtır mı?',
      ['laser hair removal', 'how long does it take', 'does it hurt'],
    ],
    ['tr', 'Öğrenci indirimi var mı?', ['do you have', 'student discount']],
    // Polish
    ['pl', 'Ile kosztuje przedłużanie rzęs?', ['how much', 'lash extensions']],
    ['pl', 'Chciałabym umówić wizytę na wybielanie zębów', ['i would like', 'book', 'appointment', 'teeth whitening']],
    ['pl', 'Ile kosztuje szczepienie i odrobaczenie psa?', ['vaccination', 'deworming', 'dog']],
    ['pl', 'Czy badanie krwi robi się na czczo? Kiedy będą wyniki?', ['blood test', 'fasting', 'when', 'results']],
    ['pl', 'Ile trwa zabieg i czy boli?', ['how long does it take', 'treatment', 'does it hurt']],
    ['pl', 'Czy macie zniżki dla studentów?', ['do you have', 'discount', 'students']],
    // Romanian
    ['ro', 'Bună ziua, cât costă extensiile de gene?', ['how much', 'lash extensions']],
    [
      'ro',
      'Aș vrea o programare pentru albirea dinților mâine',
      ['i would like', 'appointment', 'teeth whitening', 'tomorrow'],
    ],
    ['ro', 'Pisica mea are nevoie de vaccin și deparazitare', ['cat', 'vaccine', 'deworming']],
    [
      'ro',
      'Bună ziua, analizele de sânge se fac pe nemâncate? Când primesc rezultatele?',
      ['blood test', 'fasting', 'when', 'results'],
    ],
    ['ro', 'Cât durează și este dureros?', ['how long does it take', 'is it painful']],
    ['ro', 'Acceptați plata cu cardul?', ['do you accept', 'payment', 'card']],
    // Russian
    ['ru', 'Здравствуйте, сколько стоит наращивание ресниц?', ['how much', 'lash extensions']],
    ['ru', 'Можно записаться на отбеливание зубов на субботу?', ['book an appointment', 'teeth whitening', 'saturday']],
    ['ru', 'Нужно сделать прививку и чипирование щенку', ['vaccination', 'microchipping', 'puppy']],
    ['ru', 'Анализ крови сдавать натощак? Когда будут результаты?', ['blood test', 'fasting', 'when', 'results']],
    ['ru', 'Сколько длится процедура и это больно?', ['how long does it take', 'is it painful']],
    ['ru', 'Есть ли скидка для студентов?', ['is there', 'discount', 'students']],
    // How many days to stay, not how much.
    ['ru', 'Сколько дней минимум надо остаться в городе после процедуры?', ['how many days', 'minimum', 'stay']],
    ['ru', 'Что входит в пакет? Сколько ночей в отеле?', ['is included', 'package', 'nights', 'hotel']],
    // Who is seen and by whom: a psychologist's consultation for an adult.
    [
      'ru',
      'Здравствуйте, сколько стоит консультация психолога для взрослого?',
      ['consultation', 'psychologist', 'adult'],
    ],
    [
      'pl',
      'Dzień dobry, ile kosztuje konsultacja psychologa dla dorosłego?',
      ['consultation', 'psychologist', 'adult'],
    ],
    // A word that points back at what was told ("does it help with this?").
    ['ru', 'Массаж помогает при этом?', ['with this']],
    ['uk', 'Чи допоможе мені масаж з цим? Дякую', ['with this']],
    ['pl', 'Czy fizjoterapia pomoże mi z tym?', ['with this']],
    ['nl', 'Kan fysiotherapie mij daarmee helpen? Alvast bedankt', ['with that']],
    ['ro', 'Masajul ajută cu asta?', ['with this']],
    ['tr', 'Masaj bununla ilgili yardımcı olur mu?', ['with this']],
    // Ukrainian
    ['uk', 'Добрий день, скільки коштує нарощування вій?', ['how much', 'lash extensions']],
    ['uk', 'Чи можна записатися на чистку зубів у п’ятницю?', ['book an appointment', 'teeth cleaning', 'friday']],
    ['uk', 'Потрібно зробити щеплення і чипування цуценяті', ['vaccination', 'microchipping', 'puppy']],
    ['uk', 'Аналіз крові здавати натщесерце? Коли будуть результати?', ['blood test', 'fasting', 'when', 'results']],
    ['uk', 'Скільки триває процедура і чи боляче?', ['how long does it take', 'does it hurt']],
    // Hindi and Urdu in Latin letters
    ['hi', 'bhaunhein threading aur palkein tint kitne ka hai?', ['brows', 'lashes', 'how much is']],
    ['hi', 'mujhe kal daant ki safai karwani hai, appointment milega?', ['tomorrow', 'teeth cleaning', 'available']],
    ['hi', 'mere kutte ko teeka lagwana hai, kitne paise lagenge?', ['my', 'dog', 'vaccine', 'how much']],
    ['hi', 'mujhe khoon ki jaanch karwani hai, kya khali pet aana hoga?', ['blood test', 'fasting']],
    ['hi', 'pehli baar aa rahi hoon, dard hota hai kya?', ['first time', 'hurts']],
    ['nl', 'moet ik eerst een voorschrift van mijn huisarts hebben?', ['prescription', 'gp', 'have']],
  ] as const)('%s: %s', (language, text, english) => {
    expect(detectLanguage(text).other).toBe(language);
    saysAll(text, language, english);
  });

  // Words that say someone is in danger, for the safety rules, which read English.
  it.each([
    [
      'cs',
      'Pomozte prosím, manžel má bolest na hrudi a nemůže dýchat',
      ['help', 'husband', 'chest pain', 'can not breathe'],
    ],
    ['cs', 'Můj pes snědl jed na krysy, prosím, co mám dělat?', ['my', 'dog', 'ate', 'rat poison']],
    [
      'cs',
      'Dcera najednou omdlela a krvácí, prosím poraďte co dělat',
      ['daughter', 'suddenly', 'passed out', 'is bleeding'],
    ],
    ['cs', 'Už nechci žít, prosím pomozte, nevím co dělat', ['i do not want to live', 'help']],
    [
      'hu',
      'Segítség, a férjem hirtelen nem kap levegőt, mellkasi fájdalom, nem lehet várni',
      ['help', 'my husband', 'suddenly', 'can not breathe', 'chest pain'],
    ],
    ['hu', 'Szia, a kutyám patkánymérget evett, mit csináljak? Lehet most vinni?', ['dog', 'rat poison', 'ate']],
    ['hu', 'Nem akarok élni, nincs értelme semminek', ['i do not want to live']],
    [
      'hu',
      'Kérem, segítsenek! A lányom elájult és vérzik, hívjak mentőt? Nincs itt senki',
      ['my daughter', 'passed out', 'is bleeding', 'ambulance'],
    ],
    [
      'sv',
      'Hjalp! Min man kan inte andas och har ont i brostet, hur ska jag gora?',
      ['help', 'my husband', 'can not breathe', 'chest pain'],
    ],
    ['sv', 'hej, min hund har ätit råttgift', ['my dog', 'has eaten', 'rat poison']],
    ['sv', 'jag vill inte leva langre, jag orkar inte', ['i do not want to live']],
    [
      'sv',
      'Hjalp, min dotter svimmade plotsligt och bloder, jag vet inte vad jag ska gora',
      ['my daughter', 'passed out', 'suddenly', 'is bleeding'],
    ],
    [
      'id',
      'Tolong, suami saya tiba-tiba sesak napas dan nyeri dada',
      ['my husband', 'suddenly', 'trouble breathing', 'chest pain'],
    ],
    ['id', 'anjing saya keracunan racun tikus, harus bagaimana', ['my dog', 'poisoned', 'rat poison']],
    ['id', 'anak saya pingsan dan berdarah', ['my child', 'passed out', 'bleeding']],
    ['id', 'saya ingin bunuh diri', ['suicide']],
    ['hr', 'Molim pomoć, muž ima bol u prsima i ne može disati', ['help', 'husband', 'chest pain', 'can not breathe']],
    ['hr', 'Hitno! Psić je pojeo otrov za štakore, molim vas pomoć', ['urgent', 'puppy', 'ate', 'rat poison']],
    ['hr', 'molim vas, kći se odjednom onesvijestila i krvari', ['daughter', 'suddenly', 'passed out', 'is bleeding']],
    ['hr', 'Ne želim živjeti, molim pomozite', ['i do not want to live', 'help']],
    ['nl', 'Mijn zoon is flauwgevallen en krijgt geen lucht', ['my', 'son', 'passed out', 'can not breathe']],
    ['nl', 'Mijn dochter is duizelig en moet steeds overgeven', ['my', 'daughter', 'dizzy', 'vomiting']],
    ['tr', 'Kızım bayıldı, nefesi kesildi, kusuyor', ['my daughter', 'passed out', 'can not breathe', 'vomiting']],
    ['tr', 'Annem aniden bayıldı, nefes alamıyor', ['my mother', 'suddenly', 'passed out', 'can not breathe']],
    ['pl', 'Moja córka nagle zemdlała i krwawi', ['my', 'daughter', 'suddenly', 'passed out', 'is bleeding']],
    ['pl', 'Pies zjadł trutkę na szczury, co robić?', ['dog', 'ate', 'rat poison']],
    ['ro', 'Fiica mea a leșinat brusc și sângerează', ['my daughter', 'passed out', 'suddenly', 'is bleeding']],
    ['ro', 'Câinele a mâncat otravă de șobolani', ['dog', 'ate', 'rat poison']],
    ['ru', 'Сын потерял сознание, сильное кровотечение', ['son', 'passed out', 'heavy bleeding']],
    ['ru', 'Собака съела крысиный яд', ['dog', 'ate', 'rat poison']],
    ['ru', 'Ребенок задыхается, губы опухли', ['child', 'can not breathe', 'lips', 'swollen']],
    ['uk', 'Донька знепритомніла і в неї кровотеча', ['daughter', 'passed out', 'heavy bleeding']],
    ['uk', 'Собака з’їла щурячу отруту', ['dog', 'ate', 'rat poison']],
    ['uk', 'Дитина не може дихати, в неї опухли губи', ['child', 'can not breathe', 'swollen', 'lips']],
    [
      'hi',
      'meri beti achanak behosh ho gayi, saans nahi le pa rahi',
      ['my', 'daughter', 'suddenly', 'unconscious', 'can not breathe'],
    ],
    ['hi', 'mere kutte ne zeher kha liya hai, kya karna chahiye? jaldi batao', ['dog', 'ate', 'poison']],
    ['hi', 'mujhe atmahatya ke khayal aa rahe hain', ['suicide']],
  ] as const)('%s: %s', (language, text, english) => {
    expect(detectLanguage(text).other).toBe(language);
    saysAll(text, language, english);
  });
});

describe('gist of car and bike workshop words, as customers type them', () => {
  // The gist alone: the message is read once it is told as that language (see above for telling it).
  it.each([
    // Dutch
    ['nl', 'wat kost de APK?', ['what', 'cost', 'inspection']],
    [
      'nl',
      'Hoi, mijn auto start niet en het motorlampje brandt. Kunnen jullie een sleepdienst sturen?',
      ['my car', 'will not start', 'engine light is on', 'tow truck', 'send'],
    ],
    [
      'nl',
      'Wat kost het om de winterbanden te wisselen? Kan ik erop wachten?',
      ['winter tyres', 'change', 'can i wait'],
    ],
    [
      'nl',
      'Goedemiddag, kan ik een afspraak maken voor een grote beurt en nieuwe remblokken? Hebben jullie een vervangende auto?',
      ['book an appointment', 'major service', 'brake pads', 'do you have', 'courtesy car'],
    ],
    ['nl', 'Mijn fiets heeft een lekke band, kunnen jullie die vandaag maken?', ['my', 'bike', 'flat tyre', 'today']],
    // Turkish
    ['tr', 'Merhaba, kış lastiği değişimi ne kadar?', ['winter tyre change', 'how much']],
    [
      'tr',
      'Arabam çalışmıyor, marş almıyor. Çekici gönderebilir misiniz?',
      ['my car', 'will not start', 'tow truck', 'send'],
    ],
    ['tr', 'Fren balataları ve yağ değişimi için fiyat teklifi alabilir miyim?', ['brake pads', 'oil change', 'quote']],
    // Polish
    ['pl', 'ile kosztuje wymiana opon na zimowe?', ['how much is', 'tyre change', 'winter tyres']],
    [
      'pl',
      'Dzień dobry, samochód nie odpala, świeci się kontrolka silnika. Czy macie auto zastępcze?',
      ['car', 'will not start', 'engine light', 'do you have', 'courtesy car'],
    ],
    [
      'pl',
      'Ile kosztuje wymiana klocków hamulcowych i ile to potrwa? Czy mogę poczekać?',
      ['brake pads', 'how long does it take', 'can i wait'],
    ],
    // Romanian
    ['ro', 'Bună ziua, cât costă schimbul de ulei și ITP-ul?', ['how much is', 'oil change', 'inspection']],
    ['ro', 'Mașina nu pornește, puteți trimite o platformă auto?', ['car', 'will not start', 'send', 'tow truck']],
    ['ro', 'Cât costă schimbul de anvelope de iarnă?', ['how much is', 'tyre change', 'winter']],
    // Croatian
    ['hr', 'Dobar dan, koliko košta tehnički pregled i zamjena ulja?', ['how much is', 'inspection', 'oil change']],
    ['hr', 'Auto mi ne pali, treba mi šlep služba', ['car', 'will not start', 'tow truck']],
    [
      'hr',
      'Koliko košta zamjena guma na zimske gume? Mogu li pričekati?',
      ['how much is', 'tyre change', 'winter tyres', 'can i wait'],
    ],
    // Czech
    ['cs', 'kolik stojí výměna předních brzdových destiček?', ['how much is', 'replacement', 'front', 'brake pads']],
    [
      'cs',
      'Dobrý den, auto nestartuje a svítí kontrolka motoru, máte odtahovku?',
      ['car', 'will not start', 'engine light', 'do you have', 'tow truck'],
    ],
    [
      'cs',
      'Kolik stojí přezutí na zimní pneumatiky a STK?',
      ['how much is', 'tyre change', 'winter tyres', 'inspection'],
    ],
    // Hungarian
    ['hu', 'Jó napot, mennyibe kerül a műszaki vizsga és az olajcsere?', ['how much is', 'inspection', 'oil change']],
    [
      'hu',
      'Szia, az autóm nem indul, füst jön a motorból, tudtok autómentőt küldeni?',
      ['my car', 'will not start', 'smoke', 'from the engine', 'tow truck', 'send'],
    ],
    ['hu', 'Mennyibe kerül a téli gumi csere? Megvárhatom?', ['how much is', 'winter tyres', 'change', 'can i wait']],
    // Swedish
    ['sv', 'Hej, vad kostar det att byta till vinterdäck?', ['how much is', 'change', 'winter tyres']],
    [
      'sv',
      'Hej, bilen startar inte och varningslampan lyser, har ni bärgning?',
      ['car', 'will not start', 'warning light', 'is on', 'do you have', 'towing'],
    ],
    [
      'sv',
      'Hej! Hur mycket kostar besiktning och oljebyte? Kan jag vänta?',
      ['how much', 'inspection', 'oil change', 'can i wait'],
    ],
    ['sv', 'Min cykel har punktering, kan ni laga den idag?', ['my', 'bike', 'flat tyre', 'today']],
    // Indonesian
    ['id', 'Halo kak, berapa biaya ganti oli dan servis berkala?', ['how much', 'oil change', 'scheduled service']],
    [
      'id',
      'Mobil saya mogok, tidak mau nyala, ada mobil derek?',
      ['my car', 'broke down', 'will not start', 'tow truck'],
    ],
    ['id', 'Berapa harga ganti ban dan kampas rem? Bisa ditunggu?', ['tyre change', 'brake pads', 'can i wait']],
    // Hindi and Urdu in Latin letters
    [
      'hi',
      'bhai meri gaadi chalu nahi ho rahi, engine se awaaz aa rahi hai',
      ['my car', 'will not start', 'engine', 'noise'],
    ],
    [
      'hi',
      'gaadi se dhuan nikal raha hai, mechanic bhej sakte ho?',
      ['car', 'smoke', 'is coming out', 'mechanic', 'send'],
    ],
    [
      'hi',
      'gaadi ki servicing ka kitna kharcha hoga? brake pad bhi badalwana hai',
      ['car', 'servicing', 'how much', 'cost', 'change'],
    ],
    // Russian
    ['ru', 'машина не заводится, сколько стоит эвакуатор?', ['car', 'will not start', 'how much is', 'tow truck']],
    [
      'ru',
      'Здравствуйте, сколько стоит переобувка на зимнюю резину и замена масла?',
      ['how much is', 'tyre change', 'winter tyres', 'oil change'],
    ],
    [
      'ru',
      'Можно записаться на техосмотр? Горит лампочка двигателя',
      ['book an appointment', 'inspection', 'warning light is on', 'engine'],
    ],
    // Ukrainian
    ['uk', 'Добрий день, скільки коштує заміна гальмівних колодок?', ['how much is', 'replacement', 'brake pads']],
    ['uk', 'Машина не заводиться, потрібен евакуатор', ['car', 'will not start', 'tow truck']],
    [
      'uk',
      'Чи можна записатися на техогляд і заміну масла? Скільки часу це займе?',
      ['book an appointment', 'inspection', 'oil change', 'how long'],
    ],
  ] as const)('%s: %s', (language, text, english) => {
    saysAll(text, language, english);
  });

  // A car that will not start is no one in danger, and "până" (until) is no flat tyre.
  it.each([
    ['id', 'mobil saya tidak mau hidup, bisa dicek hari ini?', 'my car will not start', 'want to live'],
    ['id', 'mesinnya gak mau hidup dari pagi', 'engine will not start', 'want to live'],
    ['ro', 'Pot să vin până mâine la ora 10?', 'tomorrow', 'flat tyre'],
  ] as const)('%s: %s', (language, text, english, not) => {
    expect(says(text, language, english), gist(text, language)).toBe(true);
    expect(gist(text, language)).not.toContain(not);
  });
});

describe('gist of bicycle workshop words, as customers type them', () => {
  // The gist alone, as for the car words above: the English the bike shop's concepts read.
  it.each([
    // Dutch
    ['nl', 'Hoi, ik heb een lekke band, kunnen jullie de binnenband vervangen?', ['flat tyre', 'inner tube change']],
    ['nl', 'Mijn versnelling slaat over en de ketting springt', ['gears', 'chain slipping']],
    ['nl', 'Kunnen jullie mijn racefiets inpakken in een fietskoffer voor het vliegtuig?', ['road bike', 'bike box']],
    ['nl', 'Wat kost het om een fiets te huren? En verhuren jullie ook e-bikes?', ['rent', 'e bikes']],
    ['nl', 'Er zit een slag in het wiel en een spaak is gebroken', ['buckled wheel', 'spoke']],
    ['nl', 'Hebben jullie zijwieltjes voor een kinderfiets?', ['do you have', 'training wheels', 'kids bike']],
    // Turkish
    ['tr', 'Bisikletimin iç lastiği patladı, değiştirebilir misiniz?', ['bicycle', 'inner tube']],
    ['tr', 'Arka aktarıcı vites geçirmiyor', ['rear derailleur', 'gears slipping']],
    ['tr', 'Bisiklet kiralama ne kadar?', ['bike rental', 'how much']],
    // Polish
    ['pl', 'Dzień dobry, przebita dętka w rowerze, ile kosztuje wymiana?', ['flat tyre', 'bike']],
    ['pl', 'Przerzutka tylna nie działa, biegi przeskakują', ['rear derailleur', 'gears skipping']],
    ['pl', 'Czy robicie serwis amortyzatora i centrowanie koła?', ['suspension service', 'wheel truing']],
    ['pl', 'Chcę wypożyczyć rower elektryczny na weekend', ['rent an electric bike', 'weekend']],
    ['pl', 'Czy możecie spakować rower do kartonu na rower?', ['pack the bike', 'bike box']],
    // Romanian
    ['ro', 'Am o cameră de bicicletă spartă, o puteți schimba?', ['inner tube']],
    ['ro', 'Lanțul sare și schimbătorul de viteze nu merge', ['chain slipping']],
    ['ro', 'Cât costă închiriere bicicletă electrică?', ['how much is', 'bike rental', 'electric bike']],
    // Croatian
    ['hr', 'Trebam novu zračnicu, imam probušenu gumu', ['inner tube', 'flat tyre']],
    ['hr', 'Lanac spada, možete li pogledati stražnji mjenjač?', ['chain comes off', 'rear derailleur']],
    ['hr', 'Koliko košta najam bicikla?', ['how much is', 'bike rental']],
    // Czech
    ['cs', 'Potřebuji výměna duše, píchl jsem na silnici', ['inner tube change', 'got a flat']],
    ['cs', 'Přehazovačka nefunguje a řetěz padá', ['derailleur', 'chain']],
    ['cs', 'Máte půjčovna kol? Chci půjčit kolo na víkend', ['do you have', 'bike rental', 'rent a bike']],
    // Hungarian
    ['hu', 'Defektes a biciklim, lyukas a gumi', ['flat', 'bike', 'flat tyre']],
    ['hu', 'Leesik a lánc és a hátsó váltó nem jó', ['chain comes off', 'rear derailleur']],
    ['hu', 'Mennyibe kerül a teleszkópos villa szerviz?', ['how much is', 'suspension fork']],
    // Swedish
    ['sv', 'Hej, jag har punktering, kan ni byta slang idag?', ['flat tyre', 'inner tube change', 'today']],
    ['sv', 'Kedjan hoppar av och växlarna hoppar', ['chain comes off', 'gears skipping']],
    ['sv', 'Kan man hyra en cykel hos er? Har ni elcyklar?', ['rent a bike', 'electric bikes']],
    ['sv', 'Säljer ni stödhjul och springcykel?', ['training wheels', 'balance bike']],
    // Indonesian
    ['id', 'Ban dalam sepeda saya bocor, bisa ganti ban dalam hari ini?', ['inner tube', 'bike', 'today']],
    ['id', 'Rantai lepas terus, oper gigi juga susah', ['chain comes off', 'gear shifting']],
    ['id', 'Berapa harga sewa sepeda listrik?', ['how much', 'bike rental', 'electric bike']],
    // Hindi and Urdu in Latin letters
    ['hi', 'bhai cycle mein panchar ho gaya, tube badalna hai', ['bike', 'got a flat', 'inner tube change']],
    ['hi', 'cycle ki chain utar jaati hai baar baar, gear nahi lag rahe', ['chain keeps coming off', 'gears slipping']],
    ['hi', 'bachon ki cycle ke liye side wheels milenge?', ['kids bike', 'training wheels']],
    // Russian
    ['ru', 'Здравствуйте, у меня прокол, можно заменить камеру?', ['puncture', 'inner tube change']],
    ['ru', 'Слетает цепь и задний переключатель плохо работает', ['chain comes off', 'rear derailleur']],
    [
      'ru',
      'Сколько стоит аренда велосипеда на день? Есть электровелосипеды?',
      ['how much is', 'bike rental', 'electric bike'],
    ],
    ['ru', 'Нужна центровка колеса, восьмерка на колесе', ['wheel truing', 'buckled wheel']],
    // Ukrainian
    ['uk', 'Добрий день, потрібно замінити камеру, прокол', ['inner tube change', 'puncture']],
    ['uk', 'Ланцюг злітає, задній перемикач не працює', ['chain comes off', 'rear derailleur']],
    ['uk', 'Чи є у вас оренда велосипедів?', ['bike rental']],
    ['pl', 'Czy możecie zamontować fotelik dziecięcy na tylny bagażnik?', ['fit', 'child bike seat', 'pannier rack']],
  ] as const)('%s: %s', (language, text, english) => {
    saysAll(text, language, english);
  });

  // The bike words of one trade are no other's: a Dutch plan that "liep spaak" (went wrong) has no spokes, an
  // Indonesian "jari-jari" are fingers, a Romanian nappy changer is no derailleur, a pierced ear no flat tyre.
  it.each([
    ['nl', 'Het liep spaak met mijn afspraak, kan ik opnieuw boeken?', 'spokes'],
    ['nl', 'Moet ik even schakelen met mijn collega?', 'gear'],
    ['id', 'jari jari saya sakit setelah pijat', 'spokes'],
    ['ro', 'Aveți un schimbător de scutece?', 'derailleur'],
    ['ru', 'Сколько стоит прокол ушей?', 'flat tyre'],
    ['pl', 'Czy po masażu mogę iść na biegi?', 'gears'],
    ['hu', 'Van valami defektus a fogamon?', 'flat tyre'],
  ] as const)('%s: %s has no %s', (language, text, not) => {
    expect(gist(text, language)).not.toContain(not);
  });

  // The English the gist gives is the English the bike shop's concepts read (lexicon/concepts-bicycle.ts).
  it.each([
    ['nl', 'Ik heb een lekke band, kunnen jullie de binnenband vervangen?', 'puncture'],
    ['pl', 'Przerzutka tylna nie działa', 'gears'],
    ['sv', 'Kan ni rikta hjulet? Det är en trasig eker', 'wheelTruing'],
    ['cs', 'Potřebuji servis vidlice', 'suspension'],
    ['ru', 'Можно упаковать велосипед в велобокс?', 'bikeBox'],
    ['uk', 'Чи є у вас оренда велосипедів?', 'bikeRental'],
    ['hr', 'Imate li pomoćne kotače za dječji bicikl?', 'kidsBike'],
    ['id', 'Mau beli sepeda bekas', 'usedBikes'],
    ['tr', 'Elektrikli bisiklet için hız sınırlayıcı', 'ebikeLimiter'],
  ] as const)('%s: "%s" raises %s in its English gist', (language, text, concept) => {
    const concepts = analyse(gist(text, language), { languages: ['en'], primary: 'en' }).concepts.map((c) => c.key);
    expect(concepts, gist(text, language)).toContain(concept);
  });
});

describe('gist of health and therapy words, as customers type them', () => {
  // What a patient writes to an acupuncturist, a speech therapist, a physio or a paediatric practice: the
  // condition, the treatment, who comes along and who pays, in the English the responder and the lexicon read.
  it.each([
    // Russian
    [
      'ru',
      'Добрый вечер, у жены эндометриоз и сильные боли при месячных, помогает ли иглоукалывание?',
      ['endometriosis', 'pain', 'period', 'does it help', 'acupuncture'],
    ],
    [
      'ru',
      'Дочке 4 года, шепелявит и мало говорит. Есть лист ожидания?',
      ['daughter', 'lisp', 'speaks few words', 'waiting list'],
    ],
    [
      'ru',
      'Я пью кроверазжижающие и у меня кардиостимулятор, можно ставить банки?',
      ['blood thinners', 'pacemaker', 'cupping'],
    ],
    ['ru', 'Иголки одноразовые или стерилизуете?', ['needles', 'disposable']],
    [
      'ru',
      'Сколько придется платить самим, если страховка не покрывает?',
      ['how much', 'will have to pay', 'insurance'],
    ],
    ['ru', 'Хочу бросить курить, сколько нужно сеансов?', ['quit smoking', 'session']],
    // Ukrainian
    [
      'uk',
      'Доброго дня, маю мігрені і безсоння через стрес, чи допоможе голковколювання?',
      ['migraine', 'insomnia', 'stress', 'acupuncture'],
    ],
    [
      'uk',
      'Донечці 3 роки, майже не говорить, педіатр радить логопеда',
      ['daughter', 'years', 'does not talk', 'paediatrician', 'speech therapist'],
    ],
    [
      'uk',
      'Я вагітна, 12 тижнів, сильно нудить. Чи можна акупунктуру?',
      ['pregnant', 'weeks', 'nausea', 'acupuncture'],
    ],
    [
      'uk',
      'Бабуся лежача, чи може логопед приходити додому?',
      ['grandmother', 'bedridden', 'speech therapist', 'home'],
    ],
    // Polish
    [
      'pl',
      'Od miesięcy mam bezsenność i stany lękowe, czy akupunktura pomaga?',
      ['insomnia', 'anxiety', 'acupuncture', 'helps'],
    ],
    [
      'pl',
      'Tata jest po udarze, ma afazję i problemy z przełykaniem, czy logopeda przyjeżdża do domu opieki?',
      ['stroke', 'aphasia', 'swallowing problems', 'speech therapist', 'to the nursing home'],
    ],
    ['pl', 'Syn jąka się od roku, ile kosztuje terapia prywatnie?', ['son', 'stutters', 'therapy', 'privately']],
    ['pl', 'Biorę leki przeciwzakrzepowe, czy mogę mieć bańki?', ['anticoagulants', 'cupping']],
    ['pl', 'Jestem nauczycielką i ciągle mam chrypkę', ['teacher', 'hoarse']],
    // Turkish
    ['tr', 'Bel fıtığım var ve boynum ağrıyor, akupunktur iyi gelir mi?', ['herniated disc', 'my neck', 'acupuncture']],
    [
      'tr',
      'Kızım 4 yaşında, kekeliyor. Dil ve konuşma terapistiniz var mı?',
      ['my daughter', 'years old', 'stutters', 'speech therapist'],
    ],
    ['tr', 'Tüp bebek tedavisi görüyorum, akupunktur destek olur mu?', ['ivf', 'acupuncture', 'does it help']],
    ['tr', 'İğneler steril mi, tek kullanımlık mı?', ['needles', 'sterile', 'disposable']],
    // "-siz" is "without": no prescription, no pain.
    ['tr', 'Reçetesiz gelirsem kendim mi öderim?', ['without a prescription']],
    ['tr', 'Akupunktur ağrısız mı?', ['painless']],
    // Dutch
    [
      'nl',
      'Ik heb al maanden last van slapeloosheid en angst, kan acupunctuur helpen?',
      ['insomnia', 'anxiety', 'acupuncture'],
    ],
    [
      'nl',
      'Mijn dochter van 4 stottert, hoe lang is de wachtlijst voor logopedie?',
      ['daughter', 'stutters', 'waiting list', 'speech therapy'],
    ],
    ['nl', 'Ik ben juf en ik ben steeds hees, mijn stem is weg', ['teacher', 'hoarse', 'voice']],
    [
      'nl',
      'Mijn moeder ligt in het verpleeghuis en is bedlegerig, komt de logopedist daar langs?',
      ['nursing home', 'bedridden', 'speech therapist'],
    ],
    [
      'nl',
      'Hoeveel is de eigen bijdrage als ik geen aanvullende verzekering heb?',
      ['co-payment', 'supplementary insurance'],
    ],
    // Romanian
    [
      'ro',
      'Am migrene și insomnie de câteva luni, mă poate ajuta acupunctura?',
      ['migraine', 'insomnia', 'a few months', 'acupuncture'],
    ],
    [
      'ro',
      'Băiețelul meu are 3 ani și nu vorbește, aveți logoped?',
      ['son', 'years', 'does not talk', 'speech therapist'],
    ],
    [
      'ro',
      'Iau anticoagulante și am stimulator cardiac, pot face electroacupunctură?',
      ['anticoagulants', 'pacemaker', 'electro acupuncture'],
    ],
    ['ro', 'Cât costă o ședință dacă plătesc la privat, fără trimitere?', ['how much is', 'one session', 'privately']],
    // A paediatric practice and an aesthetic clinic.
    [
      'ru',
      'Малышу 8 месяцев, режутся зубы и насморк, можно к педиатру сегодня?',
      ['baby', 'months', 'teething', 'runny nose', 'paediatrician'],
    ],
    ['ru', 'Сколько стоит филлер в губы и пилинг от пигментации?', ['filler', 'chemical peel', 'pigmentation']],
    [
      'uk',
      'Малюку пів року, кашель і нежить, чи приймає педіатр без запису?',
      ['baby', 'six months', 'cough', 'runny nose', 'paediatrician'],
    ],
    [
      'pl',
      'Córka ma katar i kaszel od tygodnia, czy pediatra przyjmie dziś?',
      ['daughter', 'runny nose', 'cough', 'paediatrician'],
    ],
    ['pl', 'Ile kosztuje kwas hialuronowy na zmarszczki?', ['hyaluronic acid', 'wrinkles']],
    [
      'tr',
      'Bebeğim 6 aylık, öksürüyor ve ishal oldu, çocuk doktorunuz var mı?',
      ['my baby', 'months old', 'coughs', 'diarrhoea', 'paediatrician'],
    ],
    ['nl', 'Heeft u iets tegen pigmentvlekken en littekens van acne?', ['dark spots', 'scars', 'acne']],
    ['ro', 'Bebelușul are colici și tușește noaptea', ['baby', 'colic', 'coughs']],
    // A physiotherapist.
    [
      'pl',
      'Po operacji kolana mam zerwane więzadło, potrzebuję rehabilitacji i ćwiczeń',
      ['after surgery', 'knee', 'torn ligament', 'rehabilitation', 'exercises'],
    ],
    ['pl', 'Drętwieje mi ręka od miesiąca, mam rwę kulszową', ['numbness', 'arm', 'sciatica']],
    [
      'ru',
      'После операции на колене нужна реабилитация, немеет стопа',
      ['after surgery', 'knee', 'rehabilitation', 'numbness', 'foot'],
    ],
    ['uk', 'Маю грижу і сколіоз, чи робите мануальну терапію?', ['herniated disc', 'scoliosis']],
    ['tr', 'Ayak bileğim burkuldu, fizik tedaviye ihtiyacım var', ['ankle', 'sprain', 'physiotherapy']],
    ['nl', 'Ik heb een sportblessure en tintelingen in mijn been', ['sports injury', 'tingling', 'leg']],
    [
      'ro',
      'Am hernie de disc și amorțeală în picior, faceți kinetoterapie?',
      ['herniated disc', 'numbness', 'physiotherapy'],
    ],
    // Russian in Latin letters, the words that matter most.
    [
      'ru',
      'Zdravstvuyte, skolko stoit seans igloukalyvaniya? U menya bessonnitsa',
      ['how much is', 'session', 'acupuncture', 'insomnia'],
    ],
  ] as const)('%s: %s', (language, text, english) => {
    saysAll(text, language, english);
  });

  // A word of the same spelling that means something else is left alone: Polish "jaka" (which), Romanian "luni"
  // after a number (months, not Monday), "acele" (those), Turkish "özel" (special), Russian "почти" (almost).
  it.each([
    ['pl', 'Jaka jest cena terapii?', 'stutter'],
    ['ro', 'Fetița are 2 ani și 4 luni', 'monday'],
    ['ro', 'Acele programări sunt pentru copii?', 'needles'],
    ['tr', 'Özel bir fiyatınız var mı?', 'private'],
    ['ru', 'Почти каждый день болит голова', 'email'],
    // A name is no runny nose, a Turkish "gidiyor" (goes) no double chin.
    ['pl', 'Pozdrawiam, Katarzyna Nowak', 'runny nose'],
    ['tr', 'Otobüs oraya gidiyor mu?', 'double chin'],
    // Turkish "kaş" (a brow) folds to "kas" (a muscle): brows stay brows.
    ['tr', 'Kaşlarımı aldırmak istiyorum', 'muscle'],
  ] as const)('%s: %s has no %s', (language, text, not) => {
    expect(gist(text, language)).not.toContain(not);
  });

  // The English the gist gives is the English the concept lexicon reads, in the business's languages too.
  it.each([
    ['ru', 'Помогает ли иглоукалывание при бессоннице?', 'acupuncture'],
    ['ru', 'Помогает ли иглоукалывание при бессоннице?', 'sleep'],
    ['uk', 'Постійна тривога, таблетки не хочу', 'fear'],
    ['pl', 'Czy po bańkach zostają ślady?', 'cupping'],
    ['tr', 'Sigarayı bırakmak istiyorum', 'smoking'],
    ['nl', 'Ik slik bloedverdunners, mag dat?', 'medication'],
    ['nl', 'Is er een wachtlijst?', 'waitingTime'],
    ['ro', 'Sunt gravidă în 10 săptămâni, pot face acupunctură?', 'pregnancy'],
    ['ro', 'Faceți vizite la domiciliu?', 'homeVisit'],
  ] as const)('%s: "%s" raises %s in its English gist', (language, text, concept) => {
    const concepts = analyse(gist(text, language), { languages: ['en'], primary: 'en' }).concepts.map((c) => c.key);
    expect(concepts, gist(text, language)).toContain(concept);
  });

  // The danger signs reach the English safety rules: a stroke as it happens (speech gone wrong, the face or the
  // mouth drooping, an arm that will not lift), a child choking or gone blue, heavy bleeding in pregnancy, fainting.
  it.each([
    ['pl', 'Pomocy, babcia nagle mówi niewyraźnie, ma opadnięty kącik ust i nie może podnieść lewej ręki', 'stroke'],
    ['pl', 'Ratunku, mama nagle mówi niewyraźnie i ma krzywą twarz', 'stroke'],
    ['ru', 'Помогите, у отца вдруг перекосило лицо и он говорит невнятно', 'stroke'],
    ['uk', 'Мамі раптом погано, перекосило обличчя на один бік і не може підняти руку', 'stroke'],
    ['tr', 'Acil! Dedem birden konuşamıyor, ağzı kaydı', 'stroke'],
    ['nl', 'Help, mijn vader lalt ineens en zijn gezicht hangt scheef', 'stroke'],
    ['ro', 'Ajutor, tata vorbește neclar și are gura strâmbă', 'stroke'],
    ['ru', 'Ребенок подавился и посинел!', 'breathing'],
    ['pl', 'Dziecko się zakrztusiło i nie może oddychać', 'breathing'],
    ['uk', 'Дитина вдавилася і посиніла', 'breathing'],
    ['nl', 'Ik ben 9 weken zwanger en heb hevige krampen en veel bloed verloren', 'bleeding'],
    ['tr', 'Hamileyim, şiddetli kanama ve kramp var', 'bleeding'],
    ['ru', 'Она упала в обморок в коридоре', 'unconscious'],
    ['ru', 'Pomogite, u papy vnezapno perekosilo litso i on govorit nevnyatno', 'stroke'],
    ['pl', 'Nagle zdrętwiała mi ręka i twarz', 'stroke'],
    ['tl', 'Tulong po! Hindi makahinga ang anak ko at nangangasul ang labi', 'breathing'],
    ['tl', 'Biglang nahimatay ang nanay ko sa banyo, hindi siya magising', 'unconscious'],
    ['tl', 'Buntis po ako at dumudugo nang malakas, sobrang sakit ng puson ko', 'bleeding'],
    ['tl', 'Ang tatay ko biglang hindi makapagsalita at tabingi ang mukha', 'stroke'],
    ['tl', 'Masakit po ang dibdib ko at hirap huminga, pawis na pawis ako', 'cardiac'],
    ['tl', 'Nilunok ng anak ko ang lason ng daga', 'poisoning'],
    ['hi', 'bhai jaldi, abbu ko seene mein dard hai aur saans nahi le pa rahe', 'cardiac'],
    ['hi', 'meri biwi pregnant hai aur khoon beh raha hai, bahut tez dard', 'bleeding'],
    ['hi', 'ammi achanak behosh ho gayi, munh tedha ho gaya hai', 'stroke'],
  ] as const)('%s: "%s" is an emergency (%s)', (language, text, kind) => {
    expect(assessSafety(englishGist(text, language)).emergency, englishGist(text, language)).toBe(kind);
  });

  // A stroke years ago, with its "ago", is a reason for therapy, not an emergency; a cosmetic wish about the
  // corners of the mouth is no drooping face.
  it.each([
    ['pl', 'Po udarze dwa lata temu tata potrzebuje terapii mowy'],
    ['ru', 'После инсульта три года назад у папы афазия, нужен логопед'],
    ['uk', 'Після інсульту два роки тому мама погано говорить'],
    ['nl', 'Na zijn beroerte twee jaar geleden heeft mijn vader afasie'],
    ['tr', 'İki yıl önce felç geçirdi, şimdi konuşma terapisi istiyoruz'],
    ['ro', 'După un AVC acum doi ani, mama are afazie'],
    ['ru', 'Немеет рука по утрам уже месяц, это от шеи?'],
    ['ru', 'Можно ботоксом поднять опущенные уголки рта?'],
    ['pl', 'Czy botoks pomoże na opadające kąciki ust?'],
    // A stroke named as what life has been like since, with no time said.
    ['ru', 'Мой отец после инсульта плохо глотает, вы приходите на дом?'],
    ['tr', 'Babam felçten sonra konuşamıyor, evde terapi yapıyor musunuz?'],
    ['pl', 'Mój dziadek po udarze mówi niewyraźnie, czy przyjmujecie na NFZ?'],
    ['tl', 'Na-stroke si lolo dalawang taon na ang nakaraan, kailangan niya ng therapy'],
    ['tl', 'Dumudugo po ang gilagid ko kapag nagsesepilyo, normal lang po ba?'],
  ] as const)('%s: "%s" is no emergency', (language, text) => {
    expect(assessSafety(englishGist(text, language)).emergency, englishGist(text, language)).toBeNull();
  });
});

/**
 * Swallowing and breathing that fail, sight that blurs or skin that greys after a filler, a dog beside a
 * ripped-open box of rat poison, in the languages read by their gist; and beside them a bruise after a filler, a
 * tongue swollen after its piercing, asked whether it is normal.
 */
describe('gist of swallowing, breathing, sight and skin after a filler, and a poison got at', () => {
  it.each([
    [
      'tr',
      'acil!! dün dilimi deldirdim, bu gece dilim çok fena şişti, yutkunamıyorum ve nefes almakta zorlanıyorum, ne yapmalıyım',
      'breathing',
    ],
    ['tr', 'yutamıyorum, nefes alamıyorum', 'breathing'],
    ['ru', 'не могу глотать и трудно дышать, язык распух', 'breathing'],
    ['uk', 'не можу ковтати і важко дихати', 'breathing'],
    ['nl', 'ik kan niet slikken en heb moeite met ademen', 'breathing'],
    ['pl', 'nie mogę przełknąć i ciężko mi oddychać', 'breathing'],
    ['ro', 'nu pot să înghit și respir greu', 'breathing'],
    ['hr', 'ne mogu gutati i teško dišem', 'breathing'],
    ['cs', 'nemůžu polykat a špatně se mi dýchá', 'breathing'],
    ['hu', 'nem tudok nyelni és nehezen kapok levegőt', 'breathing'],
    ['sv', 'jag kan inte svälja och har svårt att andas', 'breathing'],
    ['id', 'saya tidak bisa menelan dan susah bernapas', 'breathing'],
    ['tl', 'hindi ako makalunok at hirap huminga', 'breathing'],
    ['hi', 'nigal nahi pa raha aur saans lene mein takleef ho rahi hai', 'breathing'],
    [
      'ru',
      'Помогите, вчера сделала филлер в скулы, сегодня щека стала серо-синяя пятнами и боль всё сильнее, обезболивающее не помогает 😢',
      'circulation',
    ],
    ['ru', 'после филлера в губы губа стала белая и болит всё сильнее', 'circulation'],
    ['tr', 'dudak dolgusu yaptırdım, dudağım gri-mavi oldu ve ağrı giderek artıyor', 'circulation'],
    ['pl', 'po wypełniaczu mam szarą skórę na policzku i ból się nasila', 'circulation'],
    ['ru', 'вчера сделала филлер, сегодня внезапно правый глаз видит мутно, всё расплывается', 'eye'],
    ['tr', 'dolgudan sonra aniden sağ gözüm bulanık görüyor', 'eye'],
    ['ru', 'внезапно перестал видеть правый глаз', 'eye'],
    ['ru', 'вдруг всё мутно в левом глазу', 'eye'],
    ['tr', 'birden sağ gözüm karardı, göremiyorum', 'eye'],
    ['tr', 'köpeğim fare zehiri kutusunu yırtmış, ağzının etrafında yeşil şeyler var', 'poisoning'],
    ['ru', 'мой пёс разорвал коробку с крысиным ядом, у него зелёное вокруг рта', 'poisoning'],
  ] as const)('%s: "%s" is an emergency (%s)', (language, text, kind) => {
    expect(assessSafety(englishGist(text, language)).emergency, englishGist(text, language)).toBe(kind);
  });

  it.each([
    ['ru', 'после филлера небольшой синяк на губе, это нормально?'],
    ['ru', 'вчера сделала филлер в губы, губы опухли, это нормально?'],
    ['uk', 'учора зробила філер, невеликий синець, це нормально?'],
    ['pl', 'po wypełniaczu mam małego siniaka, czy to normalne?'],
    ['tr', 'dün dilimi deldirdim, dilim biraz şişti, ne yiyebilirim?'],
    ['pl', 'wczoraj zrobiłam kolczyk w języku, język spuchnięty, co mogę jeść?'],
    ['ru', 'моя собака разорвала пакет с кормом, можно ей ещё дать?'],
  ] as const)('%s: "%s" is no emergency', (language, text) => {
    expect(assessSafety(englishGist(text, language)).emergency, englishGist(text, language)).toBeNull();
  });
});

describe('gist of Tagalog and Roman Urdu, as patients and customers type them', () => {
  // Filipino customers write Tagalog and Taglish, with "po" anywhere; the English of the trade stays as written.
  it.each([
    ['Hi po, pwede po ba magpa-schedule bukas ng 3pm?', ['can i', 'book an appointment', 'tomorrow', '3pm']],
    [
      'Magandang umaga po! Magkano po ang consultation sa dentista?',
      ['good morning', 'how much is', 'consultation', 'dentist'],
    ],
    [
      'Hello po, gusto ko sanang magpa-appointment para sa anak ko, 7 taong gulang',
      ['i would like to', 'book an appointment', 'my child', 'years old'],
    ],
    [
      'Pwede ko po bang i-cancel yung appointment ko sa Sabado? Salamat po',
      ['can i', 'cancel', 'appointment', 'saturday', 'thanks'],
    ],
    [
      'Kailangan ko pong i-resched yung booking ko, hindi ako makakapunta bukas',
      ['i need', 'reschedule', 'booking', 'i can not come', 'tomorrow'],
    ],
    ['Tumatanggap ba kayo ng card o cash lang?', ['do you accept', 'card', 'cash only']],
    ['May discount po ba para sa senior? Kasama ko ang nanay ko', ['discount', 'senior', 'with me', 'my mother']],
    ['Bukas po ba kayo ngayon? Anong oras kayo nagsasara?', ['are you open', 'today', 'what time', 'close']],
    [
      'Masakit po ang likod ko simula kahapon, pwede po ba magpa-check up ngayon?',
      ['back pain', 'since', 'yesterday', 'get a check up', 'today'],
    ],
    [
      'Sumasakit yung leeg at balikat ko sa trabaho, ilang session po kailangan?',
      ['hurts', 'neck', 'shoulder', 'work', 'how many sessions', 'need'],
    ],
    [
      'Ang tuhod ko po ay namamaga pagkatapos kong mahulog, normal lang po ba?',
      ['knee', 'swollen', 'after', 'fall', 'is it normal'],
    ],
    ['Buntis po ako, 20 linggo, pwede po ba ang masahe?', ['pregnant', '20 weeks', 'can i', 'massage']],
    [
      'Nilagnat po ang anak ko kagabi at inuubo, dapat po ba akong mag-alala?',
      ['had a fever', 'my child', 'last night', 'coughing', 'should i', 'worry'],
    ],
    [
      'Sumasakit ang ngipin ko, may butas na yata, magkano po ang pasta?',
      ['toothache', 'hole', 'how much is', 'filling'],
    ],
    [
      'Lumalabo na po ang mata ko pag nagbabasa, kailangan ko na ba ng salamin?',
      ['getting blurry', 'eye', 'reading', 'glasses'],
    ],
    ['Saan po kayo located? May parking po ba?', ['where are you', 'located', 'parking']],
    ['Ilang araw po bago lumabas ang resulta ng dugo?', ['how many days', 'results of', 'blood']],
    ['Tinatanggap niyo po ba ang insurance ko? Maxicare po', ['do you accept', 'insurance']],
    ['Pwede po ba magbayad ng hulugan?', ['can i', 'pay', 'installments']],
    ['Salamat po sa tulong, kita tayo sa Huwebes!', ['thanks', 'help', 'see you', 'thursday']],
    ['Yung asawa ko po may pananakit ng ulo palagi, nahihilo din siya', ['my spouse', 'headache', 'always', 'dizzy']],
    [
      'Gusto kong magpa-book ng massage para sa akin at sa misis ko sa Linggo ng hapon',
      ['i want to', 'book', 'massage', 'for me', 'my wife', 'on sunday', 'afternoon'],
    ],
    ['Kamusta po, ano po ang schedule ni Dok sa Biyernes?', ['hello', 'what is', 'schedule', 'doctor', 'friday']],
    [
      'Pwede po ba ipaligo at ipagupit ang aso ko bukas? Magkano po?',
      ['can i', 'bath', 'haircut', 'my dog', 'how much'],
    ],
    [
      'Masakit ang balakang ko kapag matagal nakaupo, namamanhid ang binti',
      ['painful', 'hip', 'when', 'sitting', 'numb', 'leg'],
    ],
  ] as const)('tl: %s', (text, english) => {
    saysAll(text, 'tl', english);
  });

  // Hindi and Urdu in Latin letters at a physio, a chiropractor, a dentist, an eye or a women's health clinic.
  it.each([
    [
      'Assalam o alaikum bhai, main taxi chalata hoon, kamar ke neeche dard karta hai, kitni dafa aana parega?',
      ['hello', 'taxi', 'drive', 'lower back', 'hurts', 'how many times', 'have to come'],
    ],
    [
      'AoA, meri ammi ke ghutne mein bohat dard hai, chalne mein takleef hoti hai. Physio ki fees kitni hai?',
      ['hello', 'mother', 'knee', 'a lot of pain', 'when walking', 'trouble', 'fee'],
    ],
    [
      'Namaste, gardan aur kandhe mein dard rehta hai, office mein der tak baithna padta hai. Kitne session lagenge?',
      ['neck', 'shoulder pain', 'sitting for long', 'how many sessions'],
    ],
    [
      'bhai peeth mein kadak awaaz aati hai jab jhukta hoon, chiropractor se theek ho jayega?',
      ['back', 'cracking sound', 'when', 'bend', 'will it get better'],
    ],
    [
      'Meri biwi pregnant hai, 5 mahine, kamar dard bahut hai, kya massage ho sakta hai?',
      ['my wife', 'pregnant', 'months', 'back pain', 'massage', 'is it possible'],
    ],
    [
      'daant mein bohot dard hai kal raat se, masudon se khoon aa raha hai, aaj ka time milega?',
      ['tooth', 'a lot of pain', 'last night', 'bleeding gums', 'today', 'available'],
    ],
    [
      'chashme ka number badal gaya lagta hai, dhundla dikhta hai, aankh check karwani hai',
      ['glasses', 'sees blurry', 'eye'],
    ],
    [
      'Sar mein dard aur chakkar aate hain subah se, bukhar bhi hai, kya aaj shaam aa sakte hain?',
      ['headache', 'dizzy', 'morning', 'fever', 'this evening', 'can come'],
    ],
    [
      'kal subah 10 baje ka appointment cancel karna hai, parson shaam ko ho sakta hai?',
      ['tomorrow morning', "o'clock", 'appointment', 'cancel', 'day after tomorrow', 'evening', 'is it possible'],
    ],
    [
      'Abbu ki reedh ki haddi mein masla hai, pair sunn ho jata hai, ilaj kitne ka hai?',
      ['father', 'spine', 'problem', 'leg', 'numbness', 'treatment', 'how much is'],
    ],
    [
      'Shohar ki kalai mein moch aa gayi hai, sujan hai, kitni baar aana padega theek hone ke liye?',
      ['husband', 'wrist', 'sprained', 'swelling', 'how many times', 'have to come', 'to get better'],
    ],
    [
      'Insurance accept karte ho ya cash dena hoga? Card se payment ho sakti hai?',
      ['insurance', 'do you accept', 'cash', 'card', 'is it possible'],
    ],
    [
      'Beti ko periods mein bohat dard hota hai, lady doctor se check up karwana hai, fees kitni hai?',
      ['daughter', 'periods', 'a lot of pain', 'lady doctor', 'check up', 'fee'],
    ],
    ['Begum ki gardan akad gayi hai aur subah se sar ghoom raha hai', ['wife', 'stiff neck', 'morning', 'dizzy']],
  ] as const)('hi: %s', (text, english) => {
    saysAll(text, 'hi', english);
  });
});

/**
 * What a customer asks a clinic, a piercing studio or a dog hotel, in the languages read by their gist: fear of
 * needles and whether it hurts, numbing, pregnant or breastfeeding, a lost ball and a spare, a bar too long once the
 * swelling has gone down, a piercing hidden at work, a gun or a needle, from what age and staying beside a child,
 * the kennel cough vaccine and how long before, a female in heat, neutered or not, extra cost, a holiday, staying
 * overnight, a dog that barks when alone; and Chinese, in Han characters and in pinyin.
 */
describe('gist of asking at a clinic, a piercing studio or a dog hotel', () => {
  it.each([
    [
      'ru',
      'Я очень боюсь иголок. Это очень больно? Вы делаете что-нибудь, чтобы не чувствовать?',
      ['i am very afraid', 'needles', 'very painful', 'do you do anything', 'so that', 'feel'],
    ],
    ['ru', 'Будет больно? Есть обезболивающий крем или анестезия?', ['will it hurt', 'numbing cream', 'anaesthesia']],
    ['ru', 'Я беременна, а подруга кормлю грудью, малышу 4 месяца', ['pregnant', 'breastfeeding', 'baby']],
    [
      'ru',
      'Потеряла шарик от пирсинга в пупке, есть запасной? Штанга слишком длинная, отёк спал, можно укоротить?',
      ['lost', 'ball', 'piercing', 'spare', 'bar', 'too', 'long', 'swelling has gone down', 'shorten'],
    ],
    [
      'ru',
      'Я работаю в банке, строгий дресс-код, очень хочу септум, чтобы на работе было не видно. Можно спрятать, что-то прозрачное вставить?',
      [
        'i work',
        'bank',
        'strict',
        'dress code',
        'i really want',
        'septum',
        'at work',
        'not visible',
        'hide',
        'something',
        'transparent',
        'put in',
      ],
    ],
    [
      'ru',
      'С какого возраста прокалываете уши? Пистолетом или иглой? Можно побыть рядом?',
      ['from what age', 'gun', 'needle', 'stay beside'],
    ],
    [
      'ru',
      'Нужна прививка от вольерного кашля? За сколько дней? Наша собака не стерилизована, у неё течка',
      ['vaccination', 'kennel cough', 'how many days before', 'not spayed', 'in heat'],
    ],
    [
      'ru',
      'Мы в отпуске, можно на ночь на передержку? Это дополнительно? Он лает и воет, когда один дома, соседи жалуются, поможете?',
      [
        'holiday',
        'overnight',
        'boarding',
        'extra',
        'barks',
        'howls',
        'alone at home',
        'neighbours',
        'complain',
        'can you help',
      ],
    ],
    ['ru', 'Это опасно? Первый раз делаю', ['dangerous', 'first time']],
    [
      'uk',
      'Я дуже боюся голок, чи боляче? Я вагітна, годую грудьми',
      ['very', 'i am afraid', 'needles', 'does it hurt', 'pregnant', 'breastfeeding'],
    ],
    [
      'uk',
      'Загубила кульку, є запасна? Штанга занадто довга, набряк спав',
      ['lost', 'ball', 'spare', 'bar', 'too', 'long', 'swelling has gone down'],
    ],
    [
      'uk',
      'На роботі щоб не було видно, можна сховати? Щеплення від кашлю, тічка',
      ['at work', 'not visible', 'hide', 'vaccination', 'cough', 'in heat'],
    ],
    [
      'tr',
      'Merhaba, kızım 5 yaşında, kulağını deldirmek istiyor. Kaç yaşından itibaren yapıyorsunuz? Tabancayla mı iğneyle mi? Yanında durabilir miyim',
      [
        'my daughter',
        'years old',
        'have her ears pierced',
        'from what age',
        'with a gun',
        'or with a needle',
        'can i stay beside her',
      ],
    ],
    [
      'tr',
      'göbek piercingimin topu düştü kayboldu, sizde yedek top var mı? başka yerde yaptırdım sorun olur mu',
      [
        'my navel piercing',
        'the ball fell off',
        'got lost',
        'do you have',
        'spare ball',
        'somewhere else',
        'is that a problem',
      ],
    ],
    [
      'tr',
      'şişlik indi, çubuk çok uzun dişlerime çarpıyor, kısaltmak lazım mı',
      ['swelling has gone down', 'bar', 'too long', 'teeth', 'shorten'],
    ],
    [
      'tr',
      'iğneden çok korkuyorum, acır mı? uyuşturucu krem var mı? emziriyorum',
      ['needles', 'i am very afraid', 'does it hurt', 'numbing cream', 'breastfeeding'],
    ],
    [
      'tr',
      'iş yerinde belli olmasın, şeffaf bir şey takabilir miyim? kıyafet kuralı var',
      ['at work', 'not visible', 'transparent', 'dress code'],
    ],
    [
      'tr',
      'köpeğim kızgınlıkta, kısırlaştırılmadı. tatile gidiyoruz, gece kalabilir mi? ekstra ücret var mı? yalnız kalınca havlıyor, komşular şikayet ediyor',
      [
        'in heat',
        'not neutered',
        'holiday',
        'stay overnight',
        'extra cost',
        'when alone',
        'barks',
        'neighbours',
        'complain',
      ],
    ],
    ['tr', 'tehlikeli mi? ilk kez yaptıracağım', ['dangerous', 'first time']],
    [
      'pl',
      'mam kolczyk w jezyku od 3 tyg, opuchlizna juz zeszla i ten pręt jest strasznie dlugi, stuka mi o zeby, trzeba go skrocic?',
      ['tongue piercing', 'weeks', 'swelling has already gone down', 'bar', 'really', 'long', 'teeth', 'shorten'],
    ],
    [
      'pl',
      'zgubiłam kulkę, macie zapasową? i czy boli? boję się igieł',
      ['lost', 'ball', 'spare', 'does it hurt', 'i am afraid', 'needles'],
    ],
    ['pl', 'jestem w ciąży, karmię piersią, dziecko ma 3 miesiące', ['pregnant', 'breastfeeding', 'child']],
    [
      'pl',
      'w pracy nie może być widać, da się ukryć? coś przezroczystego?',
      ['at work', 'visible', 'hide', 'transparent'],
    ],
    [
      'pl',
      'od ilu lat przekłuwacie uszy? igłą czy pistoletem? mogę być obok?',
      ['from what age', 'needle', 'gun', 'beside'],
    ],
    [
      'pl',
      'suczka ma cieczkę, nie jest sterylizowana, jedziemy na urlop, czy może zostać na noc? czy jest dodatkowa opłata? szczepienie na kaszel kenelowy',
      ['female dog', 'in heat', 'holiday', 'stay', 'overnight', 'extra', 'vaccination', 'kennel cough'],
    ],
    [
      'nl',
      'Moet onze hond echt de kennelhoest-vaccinatie hebben? Onze dierenarts zei dat het niet nodig was, en hoe lang van tevoren dan?',
      [
        'our',
        'dog',
        'really',
        'kennel cough',
        'vaccination',
        'vet',
        'said',
        'not',
        'needed',
        'how long before',
        'then',
      ],
    ],
    [
      'nl',
      'onze teef (niet gesteriliseerd) is waarschijnlijk loops als we in mei op vakantie gaan. Kan ze bij jullie logeren? Kost dat extra?',
      [
        'our',
        'female dog',
        'not spayed',
        'probably',
        'in heat',
        'may',
        'holiday',
        'stay overnight',
        'does that cost extra',
      ],
    ],
    [
      'nl',
      'ik ben bang voor naalden, doet het pijn? hebben jullie verdovingscreme?',
      ['i am afraid', 'needles', 'does it hurt', 'numbing cream'],
    ],
    [
      'nl',
      'balletje kwijt, hebben jullie een reserve? het staafje is te lang, de zwelling is weg',
      ['ball', 'lost', 'spare', 'bar', 'too long', 'swelling has gone down'],
    ],
    [
      'nl',
      'op mijn werk mag het niet zichtbaar zijn, kan ik het verbergen met iets doorzichtigs?',
      ['at work', 'not visible', 'hide', 'transparent'],
    ],
    [
      'nl',
      'vanaf welke leeftijd? met een pistool of een naald? mag ik naast haar blijven?',
      ['from what age', 'gun', 'needles', 'beside her', 'stay'],
    ],
    [
      'nl',
      'hij blaft als hij alleen thuis is, de buren klagen, kunnen jullie helpen?',
      ['barks', 'alone at home', 'neighbours', 'complain', 'can you help'],
    ],
    [
      'zh',
      'ni hao, wo xiang da rou du su (botox) dan shi wo mama shuo zhe ge shi du yao, hui bu hui you wei xian?? wo 29 sui, di yi ci da',
      [
        'hello',
        'i want',
        'botox',
        'but',
        'my mum',
        'says',
        'this',
        'is',
        'poison',
        'is it dangerous',
        'years',
        'first time',
      ],
    ],
    [
      'zh',
      '你好，我宝宝四个月，我还在喂奶。现在可以打玻尿酸或者做激光脱毛吗？',
      [
        'hello',
        'my baby',
        'four',
        'months',
        'still',
        'breastfeeding',
        'now',
        'can i',
        'hyaluronic acid',
        'or',
        'laser hair removal',
      ],
    ],
    ['zh', '肉毒素有危险吗？第一次打，多少钱？', ['botox', 'is it dangerous', 'first time', 'how much']],
    [
      'zh',
      'wo huai yun le, ke yi zuo ji guang tuo mao ma? duo shao qian',
      ['i', 'pregnant', 'can i', 'laser hair removal', 'how much'],
    ],
  ] as const)('%s: %s', (language, text, english) => {
    saysAll(text, language, english);
  });

  // A word with two meanings keeps the one the rest of the sentence does not decide: sterilised needles are not a
  // spayed dog, a night slept badly is no swelling gone down, once is not alone, a tooth is no female, a tyre's
  // puncture no piercing.
  it.each([
    ['ru', 'иглы стерилизованы?', 'spayed'],
    ['ru', 'я плохо спала', 'gone down'],
    ['ru', 'один раз в месяц', 'alone'],
    ['ru', 'прокол колеса, можно сегодня?', 'piercing'],
    ['tr', 'dişi ağrıyor', 'female'],
    ['tr', 'kısırlık tedavisi yapıyor musunuz', 'neutered'],
    ['tr', 'işte bu kadar', 'work'],
    ['nl', 'zijn de naalden gesteriliseerd?', 'spayed'],
    ['pl', 'czy narzędzia są sterylizowane?', 'spayed'],
  ] as const)('%s: "%s" does not say %s', (language, text, english) => {
    expect(says(text, language, english), gist(text, language)).toBe(false);
  });

  // The words that only carry grammar are no topic asked about: none stays as written.
  it.each([
    ['ru', 'Это очень даже для меня, вы что-нибудь можете?'],
    ['ru', 'Вы вообще можете что-то для меня сделать? Мне это очень нужно'],
    ['uk', 'Це дуже навіть для мене, ви що-небудь можете?'],
    ['zh', '你好，我想问一下，这个可以吗？'],
  ] as const)('%s: "%s" leaves no word as written', (language, text) => {
    expect(gist(text, language)).not.toMatch(/[\p{Script=Cyrillic}\p{Script=Han}]/u);
  });

  // The English gist raises the concepts the business's own texts are found by.
  it.each([
    ['ru', 'Я очень боюсь иголок, это больно?', 'pain'],
    ['ru', 'Я кормлю грудью, можно ботокс?', 'breastfeeding'],
    ['tr', 'Kaç yaşından itibaren yapıyorsunuz?', 'age'],
    ['nl', 'Onze teef is loops, mag ze komen?', 'inSeason'],
    ['nl', 'Kan ze bij jullie logeren?', 'boarding'],
    ['pl', 'Suczka ma cieczkę', 'inSeason'],
    ['zh', '我还在喂奶，可以打玻尿酸吗？', 'breastfeeding'],
    ['zh', '我还在喂奶，可以打玻尿酸吗？', 'filler'],
    ['zh', 'rou du su hui bu hui you wei xian?', 'botox'],
  ] as const)('%s: "%s" raises %s in its English gist', (language, text, concept) => {
    const concepts = analyse(gist(text, language), { languages: ['en'], primary: 'en' }).concepts.map((c) => c.key);
    expect(concepts, gist(text, language)).toContain(concept);
  });

  // Chinese: Han without kana, and pinyin; Han with kana is Japanese, which Frontdesk reads by no gist.
  it.each([
    ['你好，我宝宝四个月，我还在喂奶。', 'zh'],
    ['肉毒素有危险吗？', 'zh'],
    ['ni hao, wo xiang da rou du su, hui bu hui you wei xian?', 'zh'],
    ['nihao, duoshao qian?', 'zh'],
    ['予約可能ですか', 'other'],
    ['こんにちは、予約できますか', 'other'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).other).toBe(language);
  });

  it.each([
    'Ciao, vorrei un appuntamento per giovedì',
    'Hallo, wo ist die Praxis? Wie lange dauert das?',
    'hola, que tal?',
  ])('leaves %s to the languages Frontdesk reads', (text) => {
    expect(detectLanguage(text).other).toBeUndefined();
  });
});

/**
 * Somali and Bengali in Latin letters, read by their gist; and the words of Romanian, Polish and Tagalog a pelvic
 * health clinic, an optician or any clinic hears: leaking when one sneezes or jumps, after giving birth, how long a
 * package stays valid, glasses ready to pick up.
 */
describe('gist of Somali, Bengali and the words of a body, a package and an order', () => {
  it.each<[ForeignLanguage, string, readonly string[]]>([
    ['so', 'Meeqa ayay ku kacaysaa Pilates-ka haweenka uurka leh?', ['how much does it cost', 'women', 'pregnant']],
    ['so', 'Haddii aan iibsado 6 fasal meeqa waaye?', ['if', 'buy', '6 class', 'how much is it']],
    ['so', 'Ninkayga wuxuu qabaa dhibaato kaadida ah kadib qalliinkii', ['my husband', 'problem', 'urine', 'after']],
    [
      'so',
      'kaadidu way ka timaadaa. Ma daaweysaan ragga mise dumarka?',
      ['leaks', 'do you treat', 'men', 'or', 'women'],
    ],
    [
      'so',
      'Berri ballan ma heli karaa? Isniinta ma furan tihiin?',
      ['tomorrow', 'appointment', 'monday', 'are you open'],
    ],
    ['so', 'Xagee baarkinka? Carruurta ma la keeni karaa?', ['where', 'parking', 'children']],
    ['so', 'Ballanta ka noqo fadlan, mahadsanid', ['the appointment', 'cancel', 'please', 'thank you']],
    ['so', 'uur 7 bilood ah, dhiig badan ayaa iga imanaya', ['pregnant', 'months', 'heavy bleeding']],
    ['so', 'calool xanuun daran, neefsan kari waayay', ['stomach pain', 'severe', 'can not breathe']],
    ['bn', 'apnader clinic ta kothay? parking ache?', ['your', 'clinic', 'where', 'parking', 'is there']],
    [
      'bn',
      'ami metro diye ashbo, kon station e namte hobe?',
      ['metro', 'by', 'come', 'which', 'at the station', 'get off'],
    ],
    [
      'bn',
      'kalke shokale appointment pabo? dam koto?',
      ['tomorrow', 'in the morning', 'appointment', 'get', 'what is the price'],
    ],
    ['bn', 'amar chokhe byatha, hothat rokto porche', ['my', 'in the eye', 'pain', 'suddenly', 'bleeding']],
    ['bn', 'amar kukur er gosol ar nokh kata koto?', ['my', 'dog', 'bath', 'nail trim', 'how much']],
    ['so', 'Eeygayga qubeys iyo ciddiyaha jar meeqa waaye?', ['my dog', 'bath', 'nail trim', 'how much is it']],
    ['ro', 'e normal sa scap putin pipi cand strănut?', ['is it normal', 'leak', 'urine', 'sneeze']],
    ['ro', 'pierd urina cand tusesc sau sar pe trambulina', ['leak urine', 'cough', 'jump', 'trampoline']],
    ['ro', 'dupa nastere am incontinenta urinara', ['after giving birth', 'urinary incontinence']],
    ['ro', 'cat timp e valabil pachetul? expira?', ['how long is it valid', 'the package', 'expires']],
    ['ro', 'cand sunt gata ochelarii? cand pot ridica?', ['when are they ready', 'when can i pick up']],
    [
      'pl',
      'ile mam czasu zeby wykorzystac pakiet po porodzie?',
      ['how long do i have', 'use', 'package', 'after giving birth'],
    ],
    ['pl', 'jak dlugo wazny jest karnet? nie chce zeby przepadl', ['how long is it valid', 'pass', 'expire']],
    ['pl', 'popuszczam mocz jak kicham albo skacze na trampolinie', ['leak', 'urine', 'sneeze', 'jump', 'trampoline']],
    ['pl', 'w lipcu lecimy do polski na 2 miesiace', ['july', 'we fly', 'to poland', 'months']],
    ['tl', 'Ilang araw po bago ko makuha ang salamin?', ['how long until it is ready to pick up', 'glasses']],
    ['tl', 'Ready na po ba yung salamin ko? Kailan ko makukuha?', ['ready', 'my glasses', 'when can i pick up']],
    ['tl', 'Nagpagawa po ako ng salamin, uuwi na ako ng Pinas', ['had made', 'glasses', 'going back', 'philippines']],
    [
      'tl',
      'May contact lens po ba kayo na may kulay? Walang grado',
      ['contact lenses', 'coloured', 'without prescription'],
    ],
  ])('%s: %s', (language, text, english) => {
    saysAll(text, language, english);
  });
});

describe('englishGist', () => {
  it.each<[ForeignLanguage, string, string]>([
    // Sentence by sentence, the marks of every script as English writes them: which clause asks, which tells.
    ['hi', 'اگلے ہفتے میری اپوائنٹمنٹ ہے۔ پاسپورٹ ضروری ہے؟', 'next week my appointment is. passport is required?'],
    ['ru', 'Здравствуйте, сколько стоит стрижка?', 'hello, how much is haircut?'],
    ['nl', 'Hoi! Wat kost een knipbeurt', 'hi! what cost a haircut'],
    ['ru', 'Кто делает ботокс на лоб?', 'who does botox on forehead?'],
    ['ru', 'можно мужу прийти со мной?', 'can i husband come with me?'],
    ['hi', 'meri beti bahut pareshan hai', 'my daughter very troubled is'],
    ['pl', 'czy robicie zdjecia do paszportu?', 'do you do passport photos?'],
    ['tr', 'hijab ile pasaport fotografi cekilebilir mi?', 'headscarf with passport photo can it be taken?'],
    // Chinese: each sentence's mark as English writes it, the characters the gist does not know left out.
    ['zh', '你好，我想预约。多少钱？', 'hello, i want book an appointment. how much?'],
  ])('%s: %s → %s', (language, text, english) => {
    expect(englishGist(text, language)).toBe(english);
  });
});

describe('Haitian Creole, a language of its own', () => {
  it.each([
    'Bonjou, eske nou ouvri samdi maten?',
    'Mwen ta renmen pran randevou pou trese pitit mwen an',
    'Mèsi anpil, nou fè yon bèl travay!',
    'Bonswa, konbyen sa koute pou yon retwist?',
    // Without its accents, and with French's "je", "tres" and "boule" in it.
    'souple ede m, pwodui a antre nan je m, li boule m anpil, kisa pou m fe?',
    'kounye a m pa ka vini, m ap rive an reta, kisa pou m fe?',
  ])('%s is Haitian Creole', (text) => {
    const guess = detectLanguage(text);
    expect(guess.other).toBe('ht');
    expect(guess.language).toBeUndefined();
  });

  it.each([
    // French, and the French of the Antilles and of Abidjan, with the words Haitian shares.
    "Bonjour, je voudrais un rendez-vous pour des tresses samedi, c'est possible ?",
    "j'ai très mal, le produit m'a brûlé les yeux, je fais quoi ?",
    'Bonsoir, vous faites les nattes collées pour les enfants ? Mèsi',
    'ma fille a les cheveux crépus, vous pouvez les démêler ?',
    "on est en retard de 10 min, c'est grave ? on arrive",
    "Bonjour, c'est pour savoir si vous prenez les cartes ou bien c'est cash seulement",
    // German "zwei", Angolan "kwanzas", English "swim" and Italian "però" bring no Haitian spelling.
    'Können wir zwei Termine am Freitag haben?',
    'quanto custa em kwanzas? vou pagar la',
    'can I swim after the braids?',
    'però posso venire domani?',
  ])('leaves %s to the languages Frontdesk reads', (text) => {
    expect(detectLanguage(text).other).toBeUndefined();
  });

  it.each<[string, readonly string[]]>([
    ['Bonjou, mwen bezwen anile randevou m pou lendi', ['hello', 'i', 'need', 'cancel', 'my appointment', 'monday']],
    ['Konbyen tan sa pran pou fè tres yo?', ['how long does it take', 'braids']],
    ['m ap an reta 20 minit, nou ka tann mwen?', ['late', '20', 'can', 'wait']],
    ['Eske nou konn defèt tres? Konbyen sa koute?', ['do you', 'undo braids', 'how much does it cost']],
    ['mèsi anpil pou tout bagay', ['thank you very much']],
    ['pitit mwen an pa ka respire byen', ['my child', 'can not breathe']],
  ])('ht: %s', (text, english) => {
    const said = englishGist(text, 'ht');
    for (const e of english) expect(said).toContain(e);
  });
});

describe('gist of a fertility clinic in Russian, of places, holidays and a stroke in Turkish, of Urdu goodbyes', () => {
  it.each<[ForeignLanguage, string, readonly string[]]>([
    ['ru', 'Сколько стоит заморозка яйцеклеток и хранение?', ['how much is', 'egg freezing', 'storage']],
    ['ru', 'Какой у вас процент успеха ЭКО в 40 лет?', ['success rate', 'ivf']],
    ['ru', 'Можно продлить хранение эмбрионов ещё на год?', ['extend', 'storage', 'embryos', 'for another year']],
    ['ru', 'После пункции болит живот и температура 38', ['after the egg collection', 'belly', 'fever']],
    ['tr', 'Otopark var mı, arabayla gelebilir miyim?', ['parking', 'by car']],
    ['tr', 'Adresiniz nedir, taksiye ne söyleyeyim?', ['your address', 'to the taxi']],
    ['tr', 'Ne sıklıkla masaj yaptırmalıyım?', ['how often']],
    ['tr', 'Ramazan bayramında açık mısınız?', ['eid al fitr', 'are you open']],
    ['tr', "İstanbul'dan geliyorum, Kadıköy'de misiniz?", ['istanbul', 'kadikoy']],
    ['hi', 'bahut shukriya doctor sahab, khuda hafiz', ['thank you very much', 'goodbye']],
  ])('%s: %s', (language, text, english) => {
    const said = englishGist(text, language);
    for (const e of english) expect(said).toContain(e);
  });
});
