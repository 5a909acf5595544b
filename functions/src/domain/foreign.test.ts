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
    ['tr', 'Cumartesi randevuya gelebilir miyim', 'saturday appointment gelebilir miyim'],
    ['pl', 'Ile kosztuje wizyta jutro?', 'how much is appointment tomorrow'],
    ['ru', 'Можно записаться на завтра?', 'can i appointment на tomorrow'],
    ['hi', 'kitna time lagega, kal khula hai?', 'how much time lagega kal open hai'],
  ] as const)('%s: %s → %s', (language, text, expected) => {
    expect(gist(text, language)).toBe(expected);
  });
});
