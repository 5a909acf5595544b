/**
 * Languages Frontdesk does not read. A tourist writes Dutch to a Zürich vet,
 * Turkish to a Vienna physio, Russian to a laser clinic: the responder has
 * no stemmer, cue words or templates for them, so it answers in English
 * when the business lists English (else in its default language), the same
 * rule the evaluation and a front desk follow.
 *
 * Two parts:
 * - **Recognising** such a message: a script Frontdesk does not read
 *   (Cyrillic, Greek, Hebrew, Devanagari, CJK, Hangul, Thai), letters only
 *   other Latin alphabets write (language.ts), or function words and
 *   greetings of the languages travellers most often write in (Dutch,
 *   Turkish, Polish, Romanian, Croatian/Serbian/Bosnian, Czech, Hungarian,
 *   Swedish/Danish/Norwegian, Indonesian/Malay, Hindi/Urdu in Latin letters,
 *   Russian in Latin letters). Every marker is a word no language Frontdesk
 *   reads writes (a test holds them to it).
 * - **The gist** of such a message in English: the words that carry a front
 *   desk request (an appointment, a price, opening, a day, cancel, a card,
 *   a dog, thanks) are put into English, the rest kept as written (numbers,
 *   names and the international words "laser", "massage", "full body"), so
 *   the request is understood and answered in English. A word ending in
 *   `*` is a stem: Turkish, Polish, Russian and their neighbours inflect
 *   the end ("randevuya", "wizytę", "записаться").
 */
import { normalise } from './text.js';

export const FOREIGN_LANGUAGES = ['nl', 'tr', 'pl', 'ro', 'hr', 'cs', 'hu', 'sv', 'id', 'hi', 'ru'] as const;
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
 helpt maanden welk wel dank`,
    strong: `goedemorgen goedemiddag goedenavond goedendag bedankt alstublieft alsjeblieft doei dankjewel dankuwel`,
  },
  tr: {
    words: `bir icin kadar nasıl nerede randevu randevum randevuya almak istiyorum istiyoruz yapabilir miyim musunuz misiniz 
 mısınız mıyım bugun yarın saat kac fiyat fiyatı ucret ucreti evet hayır iyi aksam aksamlar gibi sonra hangi neden 
 degil benim sizin odeme kartı kartıyla nakit pazartesi salı carsamba persembe cuma cumartesi pazar gunu 
 annem cok geliyor`,
    strong: `merhaba gunaydın tesekkurler tesekkur tesekkur ederim sagol sagolun hosca kalın lutfen`,
  },
  pl: {
    words: `czy jak kosztuje macie jestescie mozna wizyta wizyte wizyty jutro dzisiaj dzis ktorej ktory ktora 
 ktore dla bardzo psa kot kota czeka otwarci otwarte zamkniete poniedziałek wtorek sroda czwartek piatek sobota 
 niedziela chciałabym chciałbym podarunkowe siostry`,
    strong: `dzien dobry dziekuje dzieki prosze czesc`,
  },
  ro: {
    words: ` sunt pentru cand unde aveti puteti poate vreau doresc programare programarea maine azi astazi caine pisica 
 imi luni marti miercuri joi vineri sambata duminica deschis inchis `,
    strong: `buna ziua multumesc multumim`,
  },
  hr: {
    words: `trebam koljeno iduci ako moze koliko kosta gdje imate sutra danas otvoreno zatvoreno cijena naruciti 
 ponedjeljak utorak srijeda cetvrtak petak subota nedjelja tjedan`,
    strong: `dobar hvala zdravo molim`,
  },
  cs: {
    words: `kolik stoji objednat zitra dnes muzu muzete prosim`,
    strong: `dekuji dobry`,
  },
  hu: {
    words: `mennyi kerul idopont holnap nincs lehet szeretnek hetfo kedd szerda csutortok pentek szombat vasarnap`,
    strong: `szia koszonom napot`,
  },
  sv: {
    words: `jag hur mycket kostar boka imorgon idag oppet hvad hvor meget koster jeg hvornar`,
    strong: `hej tack takk`,
  },
  id: {
    words: `apa berapa harga bisa saya besok ini itu untuk dengan tidak buka tutup`,
    strong: `terima kasih selamat`,
  },
  hi: {
    words: `kya hain mujhe meri aap aapka aapke kitna kitne kab kaise kahan nahi nahin chahiye karna karwana aaj hoga 
 sakta sakte sakti bhai accha theek paisa rupay baje `,
    strong: `namaste shukriya dhanyavad dhanyawad`,
  },
  ru: {
    words: `mozhno skolko stoit zavtra segodnya zapis zapisatsya`,
    strong: `privet zdravstvuyte spasibo pozhaluysta`,
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
  [
    /[\p{Script=Greek}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u,
    'other',
  ],
];

/** The unread script a text is mostly written in, if any. */
export function unreadScript(text: string): ForeignLanguage | 'other' | undefined {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  for (const [pattern, language] of SCRIPTS) {
    const n = letters.filter((c) => pattern.test(c)).length;
    if (n >= 2 && n * 2 >= letters.length) return language;
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
  return best.score >= served + 1 && best.score >= 1.5 * served ? best.l : undefined;
}

/**
 * What a front desk needs from a message in an unread language, in English.
 * Keys are normalised; a key of two words matches them in a row; a key
 * ending in `*` matches any word it starts (the stem of an inflected word).
 */
const GIST: Record<ForeignLanguage | 'other', string> = {
  nl: `afspraak=appointment, afspraken=appointments, afspraak maken=book an appointment, maken=make, boeken=book,
    reserveren=book, verzetten=reschedule, verplaatsen=reschedule, annuleren=cancel, afzeggen=cancel, hoeveel=how much,
    kost=cost, kosten=costs, prijs=price, prijzen=prices, wat=what, hoe laat=what time, hoe lang=how long, hoe=how,
    waar=where, wanneer=when, open=open, geopend=open, dicht=closed, gesloten=closed, vandaag=today, morgen=tomorrow,
    overmorgen=day after tomorrow, maandag=monday, dinsdag=tuesday, woensdag=wednesday, donderdag=thursday,
    vrijdag=friday, zaterdag=saturday, zondag=sunday, volgende week=next week, uur=o'clock, tot=until, vanaf=from,
    ik=i, jullie=you, u=you, mijn=my, kan=can, kunnen=can, mag=may, moet=must, voor=for, met=with, bij=at, een=a,
    parkeren=parking, parkeerplaats=parking, betalen=pay, pinnen=pay by card, kaart=card, contant=cash,
    cadeaubon=gift card, kind=child, kinderen=children, hond=dog, kat=cat, konijn=rabbit, puppy=puppy, nagels=nails,
    knippen=cut, wassen=wash, wasbeurt=bath, huisbezoek=home visit, thuis=at home, leeftijd=age, oud=old, weken=weeks,
    wachten=wait, aanbetaling=deposit, behandeling=treatment, sessie=session, man=man, vrouw=woman, vader=father,
    moeder=mother, pijn=pain, rug=back, knie=knee, helpt=helps, januari=january, februari=february, december=december,
    oudejaarsdag=new year's eve, kerstmis=christmas, kerst=christmas, nieuwjaarsdag=new year's day, hallo=hello, hoi=hi,
    goedemorgen=good morning, goedemiddag=good afternoon, goedenavond=good evening, bedankt=thanks, dank je=thank you,
    dank u=thank you, dankjewel=thank you, tot ziens=goodbye, doei=bye, ja=yes, nee=no, alstublieft=please,
    alsjeblieft=please`,
  tr: `randevu*=appointment, almak=book, alabilir=can book, istiyorum=i want, istiyoruz=we want, ne kadar=how much,
    kac para=how much, fiyat*=price, ucret*=fee, kac=how many, saat kacta=what time, saat=hour, acık=open, acik=open,
    kapalı=closed, kapali=closed, bugun=today, yarın=tomorrow, yarin=tomorrow, pazartesi=monday, salı=tuesday,
    sali=tuesday, carsamba=wednesday, persembe=thursday, cuma=friday, cumartesi=saturday, pazar=sunday, nerede=where,
    adres*=address, otopark=parking, iptal=cancel, kredi kart*=credit card, kart*=card, odeme=payment, nakit=cash,
    masaj*=massage, lazer=laser, eve=home, evde=at home, kopek*=dog, kedi*=cat, cocuk*=child, doktor*=doctor,
    sevk=referral, bekle*=wait, merhaba=hello, gunaydın=good morning, gunaydin=good morning, tesekkur*=thanks,
    sagol*=thanks, lutfen=please, evet=yes, hayır=no, hayir=no`,
  pl: `dzien dobry=good morning, czesc=hi, dziekuje=thank you, dzieki=thanks, prosze=please, ile kosztuje=how much is,
    ile=how much, kosztuje=costs, koszt*=cost, cena=price, ceny=prices, wizyt*=appointment, termin*=appointment,
    umowic=book, zapisac=book, odwołac=cancel, odwolac=cancel, dzisiaj=today, dzis=today, jutro=tomorrow,
    poniedziałek=monday, poniedzialek=monday, wtorek=tuesday, sroda=wednesday, czwartek=thursday, piatek=friday,
    sobota=saturday, niedziela=sunday, otwarci=open, otwarte=open, zamkniete=closed, do ktorej=until what time,
    godzin*=hours, gdzie=where, jak długo=how long, jak dlugo=how long, czeka*=wait, parking=parking, kart*=card,
    płatnosc=payment, gotowk*=cash, bon*=voucher, podarunkow*=gift, pies=dog, psa=dog, kot=cat, kota=cat,
    dziecko=child, minut=minutes, fizjoterapi*=physiotherapy`,
  ro: `buna ziua=good day, buna=hello, salut=hi, multumesc=thank you, multumim=thank you, cat costa=how much is,
    costa=costs, pret*=price, programare*=appointment, programez=book, anula*=cancel, azi=today, astazi=today,
    maine=tomorrow, luni=monday, marti=tuesday, miercuri=wednesday, joi=thursday, vineri=friday, sambata=saturday,
    duminica=sunday, deschis*=open, inchis*=closed, unde=where, parcare=parking, card=card, plata=payment,
    caine*=dog, pisic*=cat, copil*=child`,
  hr: `dobar dan=good day, bok=hi, zdravo=hello, hvala=thanks, molim=please, koliko kosta=how much is, koliko=how much,
    kosta=costs, cijena=price, termin*=appointment, trebam=i need, naruci*=book, otkaz*=cancel, danas=today,
    sutra=tomorrow, ponedjeljak=monday, utorak=tuesday, srijeda=wednesday, cetvrtak=thursday, petak=friday,
    subota=saturday, nedjelja=sunday, otvoreno=open, zatvoreno=closed, gdje=where, kartic*=card, koljen*=knee,
    fizioterapij*=physiotherapy, iduci tjedan=next week, tjedan=week`,
  cs: `dobry den=good day, dekuji=thank you, prosim=please, kolik stoji=how much is, kolik=how much, stoji=costs,
    objednat=book, zitra=tomorrow, dnes=today`,
  hu: `szia=hi, jo napot=good day, koszonom=thank you, mennyi=how much, kerul*=cost, idopont*=appointment,
    holnap=tomorrow, ma=today`,
  sv: `hej=hello, tack=thanks, takk=thanks, tak=thanks, hur mycket=how much, kostar=costs, koster=costs, boka=book,
    imorgon=tomorrow, idag=today, oppet=open`,
  id: `terima kasih=thank you, selamat pagi=good morning, berapa=how much, harga=price, besok=tomorrow,
    hari ini=today, buka=open, tutup=closed`,
  hi: `namaste=hello, shukriya=thanks, dhanyavad=thank you, dhanyawad=thank you, kitna=how much, kitne=how much,
    daam=price, keemat=price, kimat=price, aaj=today, kab=when, kahan=where, khula=open, ghar=home, bachcha=child,
    bacche=children, kutta=dog, billi=cat, chahiye=need, appointment=appointment`,
  ru: `здравствуите=hello, привет=hi, доброе утро=good morning, добрыи день=good afternoon, спасибо=thanks,
    пожалуиста=please, сколько стоит=how much is, сколько=how much, стоит=costs, цен*=price, запис*=appointment,
    отмен*=cancel, сегодня=today, завтра=tomorrow, понедельник=monday, вторник=tuesday, среду=wednesday,
    среда=wednesday, четверг=thursday, пятниц*=friday, суббот*=saturday, воскресень*=sunday, открыт*=open,
    закрыт*=closed, где=where, парковк*=parking, карт*=card, собак*=dog, кошк*=cat, кот=cat, ребен*=child,
    дет*=children, лазер*=laser, массаж*=massage, можно=can i, privet=hi, zdravstvuyte=hello, spasibo=thanks,
    skolko stoit=how much is, skolko=how much, zavtra=tomorrow, segodnya=today, zapis*=appointment`,
  other: ``,
};

interface Entry {
  words: string[];
  stem: boolean;
  english: string;
}

const entries = (table: string): Entry[] =>
  table
    .split(',')
    .map((pair) => pair.split('=').map((p) => p.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '')
    .map(([key, english]) => {
      const stem = key.endsWith('*');
      return { words: normalise(stem ? key.slice(0, -1) : key).split(' '), stem, english };
    })
    // Longer keys first: "dank je" before "je", "ile kosztuje" before "ile".
    .sort((a, b) => b.words.length - a.words.length);

const GIST_ENTRIES = new Map((Object.keys(GIST) as (keyof typeof GIST)[]).map((l) => [l, entries(GIST[l])]));

function matchesAt(words: readonly string[], at: number, entry: Entry): boolean {
  return entry.words.every((w, i) => {
    const word = words[at + i];
    if (word === undefined) return false;
    const last = i === entry.words.length - 1;
    return last && entry.stem ? word.startsWith(w) : word === w;
  });
}

/**
 * The message in English where its words are known, else as written:
 * "kan ik een afspraak maken voor vrijdag?" → "can i a book an appointment
 * for friday". Punctuation goes: the gist is read for its words.
 */
export function gist(text: string, language: ForeignLanguage | 'other'): string {
  const words = normalise(text).split(' ').filter(Boolean);
  const table = GIST_ENTRIES.get(language) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const entry = table.find((e) => matchesAt(words, i, e));
    if (entry) {
      out.push(entry.english);
      i += entry.words.length;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return out.join(' ');
}
