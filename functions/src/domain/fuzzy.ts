/**
 * Typo tolerance: a word the business never wrote is compared, by edit
 * distance (with transpositions: "cancle" is one edit from "cancel"), with
 * the words it did write and the words of the concept lexicon, and the
 * closest one stands in for it at a lower weight. Accents are already gone
 * (normalise), so "limpieza"/"limpiesa" or "blanquejament"/"blanqueament"
 * are one edit apart.
 *
 * Short words are left alone (one edit turns "cita" into "cima"): a word
 * needs 5 letters for one edit and 8 for two.
 */

/** Optimal-string-alignment distance, or `max + 1` as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[cols - 1]!;
}

/** An Arabic word without the article or the conjunction and preposition written on it ("والعاملات" → "عاملات"). */
const ARABIC_PREFIX = /^(?:[وفبل]?ال|لل)(?=[\u0600-\u06ff]{2})/u;
const arabicCore = (word: string): string => word.replace(ARABIC_PREFIX, '');

/** How many edits a word of this length may be away from its correction. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

export interface Correction {
  word: string;
  distance: number;
}

/**
 * A vocabulary of known words, bucketed by length so a lookup only compares
 * words that could be close enough.
 */
export class Vocabulary {
  /** Known words by length, each with its Arabic core (the word itself elsewhere), found once when added. */
  private readonly byLength = new Map<number, { word: string; core: string }[]>();
  private readonly known = new Set<string>();

  /** `words` are what typos are corrected to; `alsoKnown` are never corrected but never a correction (stopwords). */
  constructor(words: Iterable<string>, alsoKnown: Iterable<string> = []) {
    for (const word of words) this.add(word);
    this.protectedWords = new Set(alsoKnown);
  }

  private readonly protectedWords: ReadonlySet<string>;

  add(word: string): void {
    if (!word || this.known.has(word)) return;
    this.known.add(word);
    const bucket = this.byLength.get(word.length) ?? [];
    bucket.push({ word, core: arabicCore(word) });
    this.byLength.set(word.length, bucket);
  }

  has(word: string): boolean {
    return this.known.has(word) || this.protectedWords.has(word);
  }

  private readonly stems = new Set<string>();

  /** The stem of a word the business wrote: a word of the customer's with that stem is that word, no typo. */
  addStem(value: string): void {
    if (value.length >= STEM_MIN) this.stems.add(value);
  }

  knowsStem(value: string): boolean {
    return this.stems.has(value);
  }

  /**
   * The closest known word within the allowed edits that starts with the
   * same letter (typos rarely hit the first one, and a different first letter
   * is usually a different word), or undefined; ties go to the
   * alphabetically first, so the answer is deterministic.
   */
  correct(word: string): Correction | undefined {
    // Arabic writes its article and conjunctions on the word: the word itself is what is spelt, and begins after them.
    const core = arabicCore(word);
    const max = allowedEdits(core.length);
    if (max === 0 || this.has(word) || /\d/.test(word)) return undefined;
    let best: Correction | undefined;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const { word: candidate, core: other } of this.byLength.get(length) ?? []) {
        if (allowedEdits(other.length) === 0 || other[0] !== core[0]) continue;
        // Arabizi writes its digits as letters (3 ع, 7 ح, 9 ق): a word without them is another root, no typo of one
        // with them ("shahri", monthly, is not "sha3ri", my hair).
        if (/\d/.test(candidate)) continue;
        const distance = editDistance(word, candidate, max);
        if (distance > max) continue;
        const better = !best || distance < best.distance || (distance === best.distance && candidate < best.word);
        if (better) best = { word: candidate, distance };
      }
    }
    return best ?? this.complete(word);
  }

  /**
   * A word people clip ("la furgo", "la guarde", "el cole", "the vet appt"):
   * the one known word it begins, at least CLIPPED_REST letters longer, or
   * its shortest form when every such word begins with that one ("furgoneta",
   * "furgonetas"). Two words apart ("insta" of "instalaciones" and
   * "instagram") are no completion, nor is a compound of the word and another
   * known word ("mother" in "motherboard"). Latin letters only; counted as two
   * edits.
   */
  private complete(word: string): Correction | undefined {
    if (word.length < CLIPPED_MIN || !/^[a-z]+$/.test(word)) return undefined;
    const longer: string[] = [];
    for (const [length, bucket] of this.byLength) {
      if (length < word.length + CLIPPED_REST) continue;
      for (const { word: candidate } of bucket) {
        // A compound of the word and another known word ("mother" of "motherboard") is no clipping: the word is whole.
        if (candidate.startsWith(word) && !this.has(candidate.slice(word.length))) longer.push(candidate);
      }
    }
    if (longer.length === 0) return undefined;
    const shortest = longer.reduce((a, b) => (b.length < a.length || (b.length === a.length && b < a) ? b : a));
    return longer.every((w) => w.startsWith(shortest)) ? { word: shortest, distance: 2 } : undefined;
  }
}

/** Stems shorter than this say too little to vouch for a word's spelling. */
const STEM_MIN = 4;
/** A clipped word has at least this many letters… */
const CLIPPED_MIN = 5;
/** …and the word it clips at least this many more. */
const CLIPPED_REST = 3;
