/**
 * Arabizi (Arabic typed in Latin letters, with digits for the sounds Latin
 * lacks) has no spelling: "se3r", "si3r" and "s3r" are one word, so are
 * "maw3ed" and "maw3ad", "baddi" and "bdi", "5adamet" and "khadamat".
 * Short vowels are what varies most, so a word is reduced to its consonant
 * skeleton after folding the digit and digraph variants together. Both the
 * customer's words and the Arabizi cues of the lexicon go through it.
 */

const FOLDS: [RegExp, string][] = [
  [/ch|sh/g, '$'], // ش
  [/kh|5/g, 'x'], // خ
  [/gh|8/g, 'g'], // غ
  [/th|dh/g, 't'], // ث ذ (Levantine t, d)
  [/7/g, 'h'], // ح (many write h for it)
  [/6/g, 't'], // ط
  [/9/g, 'q'], // ق / ص
  [/2|'/g, ''], // hamza: "2adesh" = "adesh"
  [/q/g, 'k'], // ق is k or a glottal stop in most dialects
];

/** The consonant skeleton of a Latin-script Arabic word; short words stay as they are. */
export function arabiziKey(word: string): string {
  let w = word.toLowerCase();
  for (const [pattern, replacement] of FOLDS) w = w.replace(pattern, replacement);
  const skeleton = w
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1') // "baddi" = "badi"
    .replace(/\$/g, 'sh');
  return skeleton.length >= 2 ? skeleton : word;
}
