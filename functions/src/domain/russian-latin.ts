/**
 * Russian typed in Latin letters ("privet, v voskresenye do skolki vy rabotaete?"), put back into Cyrillic the
 * way chat transliteration writes it, so the Russian gist (foreign-gist.ts), written in Cyrillic, reads it too.
 * The soft and hard signs, which transliteration mostly drops, are dropped on both sides of the comparison
 * (`withoutSigns`): "skolki" is "скольки", "detmi" is "детьми".
 */

/** Letter groups first (longest first), then single letters; "y" after a vowel is "й", elsewhere "ы". */
const GROUPS: readonly [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yo', 'е'],
  ['jo', 'е'],
  ['ye', 'е'],
  ['je', 'е'],
];
const SINGLE: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  v: 'в',
  w: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  j: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  x: 'кс',
  q: 'к',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * A normalised Latin word in Cyrillic, normalised as text.ts does (й as и, ё as е), or undefined when it is not all
 * Latin letters. "voskresenye" → "воскресене", "rabotaete" → "работаете", "prijti" → "приити".
 */
export function cyrillicOf(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  let out = '';
  for (let i = 0; i < word.length;) {
    const group = GROUPS.find(([latin]) => word.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const letter = word[i]!;
    if (letter === 'y') out += i > 0 && VOWELS.has(word[i - 1]!) ? 'и' : 'ы';
    else out += SINGLE[letter] ?? letter;
    i += 1;
  }
  return out;
}

/** A Cyrillic word without the soft and hard signs, which Latin typing drops. */
export const withoutSigns = (word: string): string => word.replace(/[ьъ]/g, '');
