import { describe, expect, it } from 'vitest';
import { compilePhrases, matchPhrases, PhraseBook, type PhraseTable, prepareWords } from './phrases.js';
import { expandedWords } from '../text.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';

const TABLE: PhraseTable<'cancel' | 'price' | 'greeting' | 'urgent'> = {
  cancel: { en: 'cancel|call off', es: 'cancelar|anular', ca: 'cancel·lar|anul·lar', ar: 'الغاء|alghi' },
  price: { en: 'how much|~cost', es: 'cuanto cuesta|precio', pt: 'quanto custa' },
  greeting: { ar: 'marhaba|mar7aba' },
  urgent: { en: 'urgen*', es: 'urgen*' },
};
const PHRASES = compilePhrases(TABLE);
const find = (text: string, languages: readonly TextLanguage[] = TEXT_LANGUAGES) =>
  matchPhrases(prepareWords(expandedWords(text), languages), PHRASES).map((m) => `${m.key}@${m.start}`);

describe('matchPhrases', () => {
  it.each([
    ['I need to cancel my booking', ['cancel@3']],
    ['cancelled it already', ['cancel@0']], // by stem
    ['quiero cancelar', ['cancel@1']],
    ['vull cancel·lar la cita', ['cancel@1']], // the geminate l
    ['ابي الغاء الموعد', ['cancel@1']],
    ['baddi alghi', ['cancel@1']],
    ['how much is it', ['price@0']],
    ['¿cuánto cuesta?', ['price@0']],
    ['marhaba', ['greeting@0']],
    ['mar7aba!', ['greeting@0']], // the Arabizi skeleton
    ['is it urgent', ['urgent@2']],
    ['es una urgencia', ['urgent@2']], // a prefix matches any ending
  ])('%j → %j', (text, expected) => {
    expect([...new Set(find(text))]).toEqual(expected);
  });

  it('matches a phrase only with its words in a row', () => {
    expect(find('how is it much')).toEqual([]);
  });

  it('skips no word inside a phrase of two function words', () => {
    const table = compilePhrases({ location: { fr: 'est ou' }, firstVisit: { en: 'first visit' } });
    const keys = (text: string, languages: readonly TextLanguage[]) =>
      matchPhrases(prepareWords(expandedWords(text), languages), table).map((m) => m.key);
    expect(keys("c'est où ?", ['fr'])).toEqual(['location']);
    expect(keys("c'est compris ou pas ?", ['fr'])).toEqual([]);
    expect(keys('my first dental visit', ['en'])).toEqual(['firstVisit']);
  });

  it('skips one word inside a phrase, but not the word an Arabic question word asks about', () => {
    const table = compilePhrases({ howMany: { ar: 'كم جلسه|chhal mn' }, firstVisit: { en: 'first visit' } });
    const keys = (text: string, languages: readonly TextLanguage[]) =>
      matchPhrases(prepareWords(expandedWords(text), languages), table).map((m) => m.key);
    expect(keys('my first dental visit', ['en'])).toEqual(['firstVisit']);
    expect(keys('كم جلسة احتاج؟', ['ar'])).toEqual(['howMany']);
    // "How long does the session take?" asks how long, not how many sessions.
    expect(keys('كم تستغرق الجلسة؟', ['ar'])).toEqual([]);
  });

  it('skips nothing after a one-letter first word ("à l’avance" reads "a avance")', () => {
    const table = compilePhrases({ notice: { fr: "à l'avance" } });
    const keys = (text: string) => matchPhrases(prepareWords(expandedWords(text), ['fr']), table).map((m) => m.key);
    expect(keys("il faut prévenir à l'avance ?")).toEqual(['notice']);
    expect(keys('mon vol a été avancé')).toEqual([]);
  });

  it('does not let two words with the same short stem meet', () => {
    // Portuguese "dente" and "dentista" share the stem "dent"; Catalan "esteu" and "estació" share "est".
    const table = compilePhrases({ doctor: { pt: 'dentista' }, station: { ca: 'estacio' } });
    expect(matchPhrases(prepareWords(expandedWords('o dente doi'), ['pt']), table)).toEqual([]);
    expect(matchPhrases(prepareWords(expandedWords('on esteu'), ['ca']), table)).toEqual([]);
  });

  it('lets a short Arabizi skeleton meet only a word that starts alike and is about as long', () => {
    const phrases = compilePhrases({ night: { ar: 'bellil|abl' } } as PhraseTable<'night'>);
    const keys = (text: string) => matchPhrases(prepareWords(expandedWords(text), ['ar']), phrases).map((m) => m.key);
    expect(keys('ana student bl LAU')).toEqual([]);
    expect(keys('bellil')).toEqual(['night']);
    expect(keys('abl')).toEqual(['night']);
  });

  it('only tries the languages prepared', () => {
    expect(find('precio', ['en'])).toEqual([]);
    expect(find('precio', ['es'])).toEqual(['price@0']);
  });

  it('matches a word written with = only as written', () => {
    // The English stem of "shorts" (the clothes) is "short": "a bit short this month" names no clothes.
    const table = compilePhrases({ clothing: { en: 'leggings|=shorts|gym =shorts' } });
    const keys = (text: string) => matchPhrases(prepareWords(expandedWords(text), ['en']), table).map((m) => m.source);
    expect(keys('can i wear shorts?')).toEqual(['=shorts']);
    expect(keys('gym shorts ok?')).toContain('gym =shorts');
    expect(keys('a bit short this month')).toEqual([]);
    expect(keys('i am short on time')).toEqual([]);
  });

  it('marks weak phrases', () => {
    const [match] = matchPhrases(prepareWords(['cost'], ['en']), PHRASES);
    expect(match?.weight).toBe(0.5);
  });

  it.each(['ruecken', 'rücken', 'Rückenschmerzen'])('compares German as typed with or without umlauts: %s', (text) => {
    const back = compilePhrases({ back: { de: 'rücken*|schmerzen im rücken' } });
    expect(matchPhrases(prepareWords(expandedWords(text), ['en', 'de']), back).map((m) => m.key)).toContain('back');
  });
});

describe('PhraseBook', () => {
  it.each([
    'I need to cancel my booking, how much is it?',
    'quiero cancelar, cuánto cuesta, es urgente',
    'ابي الغاء الموعد',
    'quanto custa',
  ])('matches %j as the whole compiled table does', (text) => {
    const prepared = prepareWords(expandedWords(text), TEXT_LANGUAGES);
    expect(matchPhrases(prepared, new PhraseBook(TABLE))).toEqual(matchPhrases(prepared, PHRASES));
  });

  it('compiles a language once, when a message first needs it, and keeps it', () => {
    const book = new PhraseBook(TABLE);
    const spanish = book.index('es');
    matchPhrases(prepareWords(expandedWords('quiero cancelar'), ['es']), book);
    expect(book.index('es')).toBe(spanish);
    expect([...book.index('pt').byFirst.values()].flat().every((p) => p.language === 'pt')).toBe(true);
  });
});
