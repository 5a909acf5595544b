import { describe, expect, it } from 'vitest';
import { FOREIGN_LANGUAGES, foreignMarkers, gist } from './foreign.js';
import { detectLanguage } from './language.js';
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
    ['Dobar dan, koliko košta pregled?', 'hr'],
    ['Здравствуйте, сколько стоит стрижка?', 'ru'],
    ['privet, skolko stoit manikyur?', 'ru'],
    ['namaste, mujhe kal ke liye appointment chahiye', 'hi'],
    ['aap kitne baje khulte ho?', 'hi'],
    // Hinglish and Roman Urdu, where Italian reads "hai".
    ['bachon ki cutting ka rate kya hai?', 'hi'],
    ['kal subah aa sakta hoon kya? 10 baje free hota hoon', 'hi'],
    ['aur pool kis floor pe hai?', 'hi'],
    ['hej, vad kostar en massage?', 'sv'],
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
  ])('leaves %s to the languages Frontdesk reads', (text) => {
    expect(detectLanguage(text).other).toBeUndefined();
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
    ['nl', 'Hoeveel kost een knipbeurt?', 'how much cost a knipbeurt'],
    ['tr', 'Cumartesi randevuya gelebilir miyim', 'saturday appointment gelebilir'],
    ['pl', 'Ile kosztuje wizyta jutro?', 'how much is appointment tomorrow'],
    ['ru', 'Можно записаться на завтра?', 'can i book an appointment on tomorrow'],
    ['hi', 'kitna time lagega, kal khula hai?', 'how much time will take tomorrow open is'],
    ['pl', 'czy trzeba mieć własny ręcznik?', 'do i need have own towel'],
    ['nl', 'is de sauna naakt of mag je een badpak aan?', 'is the sauna naked or may je a swimsuit aan'],
    ['ro', 'pot să vin totuși la masaj?', 'can i still come at massage'],
    [
      'hi',
      'bhai haircut ka rate kya hai? senior wale ka alag rate hai kya',
      'haircut price what is senior different price is what',
    ],
    // Grammar words go (Polish "czy", Turkish "mı"); ł and ı fold, written or not.
    ['pl', 'Czy płatność kartą jest możliwa?', 'payment card is mozliwa'],
    ['pl', 'czy platnosc karta jest mozliwa', 'payment card is mozliwa'],
    ['tr', 'Kredi kartı kabul ediyor musunuz?', 'credit card accept ediyor'],
    // A whole word before a stem: "gözlük" is glasses, not an eye ("göz*").
    ['tr', 'gözlük tamiri yapıyor musunuz', 'do you do glasses repair'],
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
    ['Добрий день, чи можна записатися на перевірку слуху?', 'uk'],
    ['Здравствуйте, можно записаться на проверку слуха?', 'ru'],
    ['Добрий день', 'ru'], // no letter only Ukrainian writes: read as Russian, with Ukrainian words after Russian
  ] as const)('tells %s as %s', (text, language) => {
    expect(detectLanguage(text).other).toBe(language);
  });
});
