/**
 * Tokens to items: each position becomes the longest lexicon phrase that
 * starts there (with every meaning the phrase has: "dia" is a day-of-month
 * marker before a number and a unit after one), a number read by its
 * shape (a clock time, a date, an ordinal, a plain number), or `other`.
 */
import { ENTRIES, type Fact } from './lexicon.js';
import { tokenise } from './tokens.js';

export type Item =
  | { t: 'facts'; facts: Fact[]; token: string }
  | { t: 'num'; n: number; padded: boolean; token: string }
  | { t: 'clock'; h: number; m: number; meridiem?: 'am' | 'pm'; h24: boolean; approx: boolean; token: string }
  | { t: 'ordinal'; n: number; token: string }
  | { t: 'date'; a: number; b: number; y?: number; iso: boolean; slash: boolean; token: string }
  | { t: 'year'; y: number; token: string }
  | { t: 'other'; token: string };

const MAX_PHRASE = 5;

/** phrase (normalised tokens joined by spaces) → its meanings, each a sequence of facts. */
const PHRASES = new Map<string, Fact[][]>();
for (const [phrases, facts] of ENTRIES) {
  for (const phrase of phrases.split('|')) {
    const key = tokenise(phrase).join(' ');
    if (!key) continue;
    const meanings = PHRASES.get(key) ?? [];
    meanings.push(facts);
    PHRASES.set(key, meanings);
  }
}

/** Arabic attaches و (and), ب (at/in), ل (for), ع (on) and هال (this) to the word: try without them. */
const ARABIC_PREFIXES = ['و', 'ب', 'ل', 'ع', 'ف'];

function numeric(token: string): Item | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(token)))
    return { t: 'date', a: Number(m[3]), b: Number(m[2]), y: Number(m[1]), iso: true, slash: false, token };
  if ((m = /^(\d{1,2})([/.-])(\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(token))) {
    const [a, sep, b] = [Number(m[1]), m[2], Number(m[3])];
    const year = m[4] === undefined ? undefined : Number(m[4].length === 2 ? `20${m[4]}` : m[4]);
    // "17.30" and "5.45" are times; "15.03" is a date.
    if (sep === '.' && year === undefined && (b > 12 || a > 31)) {
      if (a <= 24 && b <= 59)
        return { t: 'clock', h: a, m: b, h24: a > 12 || m[1]!.startsWith('0'), approx: false, token };
      return { t: 'other', token };
    }
    return { t: 'date', a, b, ...(year === undefined ? {} : { y: year }), iso: false, slash: sep === '/', token };
  }
  if ((m = /^(\d{1,2})(?:[:.h](\d{2}))(h|hs|hrs)?(am|pm|a|p)?$/.exec(token))) {
    const h = Number(m[1]);
    if (h > 24 || Number(m[2]) > 59) return { t: 'other', token };
    const meridiem = m[4] ? (m[4].startsWith('a') ? 'am' : 'pm') : undefined;
    const h24 = !meridiem && (h > 12 || h === 0 || m[1]!.startsWith('0') || /h/.test(token));
    return { t: 'clock', h, m: Number(m[2]), ...(meridiem ? { meridiem } : {}), h24, approx: false, token };
  }
  if ((m = /^(\d{1,2})(am|pm|a|p|h|hs|hrs|ish)$/.exec(token))) {
    const h = Number(m[1]);
    if (h > 24) return { t: 'other', token };
    const suffix = m[2]!;
    if (suffix === 'ish') return { t: 'clock', h, m: 0, h24: h > 12 || h === 0, approx: true, token };
    if (suffix.startsWith('h')) return { t: 'clock', h, m: 0, h24: true, approx: false, token };
    return { t: 'clock', h, m: 0, meridiem: suffix.startsWith('a') ? 'am' : 'pm', h24: false, approx: false, token };
  }
  if ((m = /^(\d{1,2})(st|nd|rd|th|er|re|e|eme|o|ero|r|n|t)$/.exec(token)))
    return { t: 'ordinal', n: Number(m[1]), token };
  if ((m = /^(\d{1,2})$/.exec(token)))
    return { t: 'num', n: Number(m[1]), padded: token.length === 2 && token.startsWith('0'), token };
  if ((m = /^((?:19|20)\d{2})$/.exec(token))) return { t: 'year', y: Number(m[1]), token };
  return undefined;
}

function expand(facts: Fact[][], token: string): Item[] {
  if (facts.length === 1) return facts[0]!.map((f) => ({ t: 'facts', facts: [f], token }));
  const singles = facts.filter((f) => f.length === 1).map((f) => f[0]!);
  return [{ t: 'facts', facts: singles.length > 0 ? singles : facts[0]!, token }];
}

export function lex(text: string): Item[] {
  const tokens = tokenise(text);
  const items: Item[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 1 && !matched; len--) {
      const phrase = tokens.slice(i, i + len).join(' ');
      const meanings = PHRASES.get(phrase);
      if (meanings && meanings.some((m) => m.length > 0)) {
        items.push(...expand(meanings, phrase));
        i += len;
        matched = true;
      }
    }
    if (matched) continue;
    const token = tokens[i]!;
    const number = numeric(token);
    if (number) items.push(number);
    else items.push(...arabicWithPrefix(token));
    i += 1;
  }
  return items;
}

function arabicWithPrefix(token: string): Item[] {
  if (/^[\u0600-\u06ff]{3,}$/.test(token)) {
    if (token.startsWith('هال')) {
      const rest = PHRASES.get(`ال${token.slice(3)}`) ?? PHRASES.get(token.slice(3));
      if (rest) return [{ t: 'facts', facts: [{ t: 'this' }], token: 'هال' }, ...expand(rest, token)];
    }
    for (const prefix of ARABIC_PREFIXES) {
      if (!token.startsWith(prefix)) continue;
      const rest = PHRASES.get(token.slice(prefix.length));
      if (rest) return expand(rest, token);
    }
  }
  return [{ t: 'other', token }];
}
