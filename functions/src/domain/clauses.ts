/**
 * Where a customer's message breaks into clauses: sentence punctuation
 * (". ? ! ؟ ; …", line breaks and emojis), so that "what languages do you speak?
 * my Spanish is terrible" is two things said, and a word of one clause is
 * not read as being about the other. Positions are those of
 * `expandedWords(text, language)`, the words every reader of a message
 * shares.
 */
import { expandedWords } from './text.js';

/**
 * An emoji ends a clause too: "me he torcido el tobillo 🙄 se puede congelar el bono?" tells one thing, then asks
 * another. Its skin tones, joiners and variation selectors belong to it. A point between digits ("2.0 TDI",
 * "10.30", "2.50 €") ends nothing, nor the point of a day's ordinal before its month, as German writes a date
 * ("am Freitag, 2. Juli stornieren", "bis zum 15. März").
 */
const MONTH_AFTER_ORDINAL =
  '(?:jan(?:uar)?|j[aä]nner|feb(?:ruar)?|m[aä]rz|maerz|apr(?:il)?|mai|jun[ei]?|jul[ei]?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)(?![\\p{L}])';
/**
 * The point after a day and month written in figures, German style, ends nothing either: "ab Montag 28.6.
 * stornieren", "am 3.7. abholen". (A sentence that ends on such a date runs on into the next: the regular
 * expression reads case-insensitively, so it cannot tell "28.6. stornieren" from "28.6. Danke".)
 */
const NUMERIC_DATE_POINT = '(?<=(?:^|[^\\p{N}.,:])(?:0?[1-9]|[12][0-9]|3[01])\\.(?:0?[1-9]|1[0-2]))\\.(?=\\s+\\p{L})';
const CLAUSE = new RegExp(
  `(?:[^.?!؟;…\\n\\p{Extended_Pictographic}]|(?<=\\p{N})\\.(?=\\p{N})|(?<=(?:^|[^\\p{N}.,:])\\p{N}{1,2})\\.(?=\\s+${MONTH_AFTER_ORDINAL})|${NUMERIC_DATE_POINT})+(?:[.?!؟;…\\n\\p{Extended_Pictographic}\\s]|\\p{Emoji_Modifier}|\\u{FE0F}|\\u{200D})*`,
  'giu',
);

/** The clauses of `text`, as written, each with the punctuation that ends it (empty ones dropped). */
export function splitClauses(text: string): string[] {
  return (text.match(CLAUSE) ?? []).map((c) => c.trim()).filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/**
 * Whether a clause asks: it ends with a question mark, or (in a message with none) it has a question word. Emojis,
 * closing brackets and quotes after the mark still end the question ("…vale regalo?? 🎁").
 */
export const endsAsking = (clause: string) =>
  /[?؟](?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|[)"'»”])*$/u.test(clause);

/**
 * For each word of `expandedWords(text, language)`, the index of its clause.
 * When the clauses' words do not add up to the whole message's (a
 * contraction across a break), every word is in clause 0.
 */
export function clauseOfWords(text: string, language?: string): number[] {
  const total = expandedWords(text, language).length;
  const perClause = splitClauses(text).map((c) => expandedWords(c, language).length);
  // A clause without a letter or digit (a lone "?!") adds no words, so the counts still add up.
  if (perClause.reduce((a, b) => a + b, 0) !== total) return new Array<number>(total).fill(0);
  return perClause.flatMap((n, i) => new Array<number>(n).fill(i));
}
