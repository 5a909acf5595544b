/**
 * Intent classification: every cue of the lexicon is compiled once into
 * stems and looked for, as a contiguous run, in the message's stems for the
 * cue's language. Each intent adds up the weights of its distinct cues
 * found; it is present at 1 or more. Several intents can be present at once
 * ("hi, how much is laser and are you open now?").
 */
import { isStopword, stem, words } from '../../domain/text.js';
import { type CueLanguage, INTENTS, type Intent, LEXICON, type Lexicon } from './lexicon.js';

export type { Intent } from './lexicon.js';

export interface Cue {
  intent: Intent;
  language: CueLanguage;
  stems: string[];
  weight: number;
}

export const CUE_LANGUAGES: readonly CueLanguage[] = ['en', 'fr', 'es', 'ar'];

export function compileLexicon(lexicon: Lexicon): Cue[] {
  const cues: Cue[] = [];
  for (const intent of INTENTS) {
    for (const language of CUE_LANGUAGES) {
      for (const raw of lexicon[intent][language]?.split('|') ?? []) {
        const weak = raw.startsWith('~');
        const stems = words(weak ? raw.slice(1) : raw).map((w) => stem(w, language));
        if (stems.length > 0) cues.push({ intent, language, stems, weight: weak ? 0.5 : 1 });
      }
    }
  }
  return cues;
}

const CUES = compileLexicon(LEXICON);

/** Where `needle` first occurs as a contiguous run in `haystack`, or -1. */
function findRun(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export interface Classification {
  intents: ReadonlySet<Intent>;
  scores: Readonly<Partial<Record<Intent, number>>>;
  /** Number of words in the message. */
  wordCount: number;
  /** Content words (not stopwords) that no cue explained: what the message asks beyond its intents. */
  unexplained: number;
}

/**
 * `languages` limits the cues tried: stems of one language can collide with
 * cues of another (English "payment" and French "payer" both stem to "pay").
 */
export function classify(
  text: string,
  languages: readonly CueLanguage[] = CUE_LANGUAGES,
  cues: readonly Cue[] = CUES,
): Classification {
  const messageWords = words(text);
  const stems = Object.fromEntries(
    languages.map((language) => [language, messageWords.map((w) => stem(w, language))]),
  ) as Partial<Record<CueLanguage, string[]>>;
  const scores: Partial<Record<Intent, number>> = {};
  const counted = new Set<string>();
  const explained = new Set<number>();
  for (const cue of cues) {
    const key = `${cue.intent}:${cue.stems.join(' ')}`;
    const haystack = stems[cue.language];
    if (!haystack || counted.has(key)) continue;
    const at = findRun(haystack, cue.stems);
    if (at < 0) continue;
    counted.add(key);
    cue.stems.forEach((_, i) => explained.add(at + i));
    scores[cue.intent] = (scores[cue.intent] ?? 0) + cue.weight;
  }
  const intents = new Set(INTENTS.filter((intent) => (scores[intent] ?? 0) >= 1));
  const unexplained = messageWords.filter((w, i) => !explained.has(i) && w.length > 1 && !isStopword(w)).length;
  return { intents, scores, wordCount: messageWords.length, unexplained };
}
