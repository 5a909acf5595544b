/**
 * Guesses which of English, French, Spanish or Arabic a customer wrote in,
 * including Arabizi (Arabic in Latin letters with digits for sounds Latin
 * lacks: 3 = ع, 7 = ح, 2 = ء, 5 = خ …), which counts as Arabic.
 *
 * Arabic script decides by itself. Latin text is scored on marker words
 * (function words, greetings, common question words) and a few letters only
 * one language uses. Very short or ambiguous text gets `language: undefined`
 * so the caller can keep the contact's previous language; a single word gets
 * at most 0.4 confidence.
 */
import { STOPWORDS, type TextLanguage, normalise } from './text.js';

export interface LanguageGuess {
  language: TextLanguage | undefined;
  script: 'arabic' | 'latin';
  arabizi: boolean;
  /** 0..1 */
  confidence: number;
}

type Candidate = 'en' | 'fr' | 'es' | 'arabizi';

const extra = (s: string) => s.split(' ');

const MARKERS: Record<Candidate, ReadonlySet<string>> = {
  en: new Set([
    ...STOPWORDS.en,
    ...extra('price prices cost book booking appointment open today tomorrow hours there thank'),
  ]),
  fr: new Set([
    ...STOPWORDS.fr,
    ...extra('prix coute tarif rendez ouvert ouverts aujourdhui demain horaires heures suis jai cest veux'),
  ]),
  es: new Set([
    ...STOPWORDS.es,
    ...extra('precio cuesta cita abierto abiertos hoy manana horario horarios tengo necesito quisiera'),
  ]),
  arabizi: new Set(
    extra(
      'kifak kifik kifkon kif keefak shu sho chou ana baddi badde bade bdi kam bkam se3r s3r as3ar ade adesh addesh 2adesh 2addesh b2adesh 2adde mar7aba marhaba marhabtein shukran shokran choukran inshallah insha2allah nshalla 3andkon 3andak 3andik 3endkon wein wen wayn fi mish msh mesh hayda hayde hay yalla habibi 7abibi ktir kteer tayeb tayyeb mni7 men7 ahlan ahla salam salamu alaykum 3aleikum bukra bokra halla2 hala2 leh lesh laysh ma3 3a 3ala w ya eh la2 aywa akid mashi 7ada ba3ref ma3leh',
    ),
  ),
};

/** Said in every language, so they say nothing about which. */
const UNIVERSAL = new Set(['ok', 'okay', 'bye']);

/** Latin words that carry an Arabizi digit-letter (se3r, mar7aba, 2addesh) but not 10am, 2nd or 3x. */
function isArabiziDigitWord(word: string): boolean {
  if (!/[a-z]/.test(word) || !/[235679]/.test(word)) return false;
  if (/^\d+(st|nd|rd|th|am|pm|h|hr|hrs|min|mins|k|x|m|cm|kg|ml)?$/.test(word)) return false;
  return /^[a-z0-9]*[a-z][235679]|^[235679][a-z]{2,}/.test(word);
}

const FRENCH_LETTERS = /[çèêëàâîïôûùœ]/g;
const SPANISH_LETTERS = /[ñ¿¡]/g;
const SPANISH_VOWELS = /[áíóú]/g;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function detectLanguage(text: string): LanguageGuess {
  const arabicLetters = count(text, ARABIC_LETTER);
  const latinLetters = count(text, LATIN_LETTER);
  if (arabicLetters >= 2 && arabicLetters >= latinLetters) {
    return { language: 'ar', script: 'arabic', arabizi: false, confidence: Math.min(1, 0.6 + arabicLetters / 20) };
  }
  const unknown: LanguageGuess = { language: undefined, script: 'latin', arabizi: false, confidence: 0 };
  const latinWords = normalise(text)
    .split(' ')
    .filter((w) => /[a-z]/.test(w));
  if (latinWords.length === 0) return unknown;

  const lower = text.toLowerCase();
  const scores: Record<Candidate, number> = {
    en: 0,
    fr: Math.min(2, count(lower, FRENCH_LETTERS)),
    es: Math.min(2, count(lower, SPANISH_LETTERS) + count(lower, SPANISH_VOWELS) / 2),
    arabizi: 0,
  };
  for (const word of latinWords) {
    if (UNIVERSAL.has(word)) continue;
    for (const candidate of Object.keys(MARKERS) as Candidate[]) {
      if (MARKERS[candidate].has(word)) scores[candidate] += 1;
    }
    if (isArabiziDigitWord(word)) scores.arabizi += 1.5;
  }

  const ranked = (Object.entries(scores) as [Candidate, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  const margin = best[1] - second[1];
  if (best[1] < 1 || margin < 1) return unknown;

  const n = latinWords.length;
  const confidence = Math.min(n === 1 ? 0.4 : 1, (1.5 * margin) / Math.max(n, 2));
  if (best[0] === 'arabizi') return { language: 'ar', script: 'latin', arabizi: true, confidence };
  return { language: best[0], script: 'latin', arabizi: false, confidence };
}
