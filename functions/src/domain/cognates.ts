/**
 * A cognate key: what a word of the Latin-script languages keeps when its
 * spelling habits are set aside, so that the same word borrowed across
 * languages meets itself. "couleur", "colour", "color" and "colore" all
 * become `~klr`; "esterilización", "sterilisation" and "sterilizzazione"
 * become `~strl`; "implante", "implant" and "Implantat" become `~mpln`.
 *
 * The concept lexicon (domain/lexicon) bridges the words of the appointment
 * trade; a cognate key bridges the long tail it does not list, which is
 * most often a shared Latin or Greek word (anaesthesia, orthodontics,
 * allergic, laser, sterilise, colour). It is a weak term (analyzer.ts gives
 * it `COGNATE_WEIGHT`): a match through it counts for less than the word
 * itself or a concept, and a short word has no key, since short consonant
 * skeletons meet by chance.
 *
 * The steps: the spellings of one sound written differently across
 * languages become one (ph→f, th→t, t→s before i and a vowel, qu→k, c→s
 * before e/i/y else k, z→s, w→v, y→i, h and vowels dropped), a final s
 * goes, doubled letters become one, and the first four consonants that
 * remain are the key. Words that
 * share a skeleton by chance ("couleur", "clair") share the key too: that is
 * why it weighs little.
 */

/** Words shorter than this have no key. */
const MIN_LETTERS = 5;
/** A skeleton shorter than this says too little ("tatouez" → t-t-s). */
const MIN_CONSONANTS = 3;
/** The key is the skeleton's first consonants: endings differ by language ("-ción", "-tion", "-zione"). */
const KEY_CONSONANTS = 4;

/** The cognate key of a normalised word (lowercase, no accents), or undefined for a short or non-Latin word. */
export function cognateKey(word: string): string | undefined {
  if (word.length < MIN_LETTERS || !/^[a-z]+$/.test(word)) return undefined;
  const skeleton = word
    .replace(/s$/, '') // a plural, or the -s of "diabetes" that "diabète" does not write
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/t(?=i[aeou])/g, 's') // "-tion", "-zione", "-ción"; "patient", "paziente", "paciente"
    .replace(/qu/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/[aeiouh]/g, '')
    .replace(/(.)\1+/g, '$1');
  if (skeleton.length < MIN_CONSONANTS) return undefined;
  return `~${skeleton.slice(0, KEY_CONSONANTS)}`;
}

/**
 * The Latin letters an Arabic letter stands for in a borrowed word, in the alphabet of the cognate key: ب is b or
 * p (ريبورت, report), ف f or v, ج j or g (باكج, package), ك k or g (the Maghreb's ڭ folds into it), ش the s or k
 * that "sh" and "ch" leave. Long vowels, alef, hamza and h write vowels and drop, as in the Latin key.
 */
const LOAN_LETTERS: Record<string, readonly string[]> = {
  ب: ['b', 'p'],
  ت: ['t'],
  ط: ['t'],
  د: ['d'],
  ر: ['r'],
  ز: ['s'],
  س: ['s'],
  ص: ['s'],
  ش: ['s', 'k'],
  غ: ['g'],
  ف: ['f', 'v'],
  ق: ['k'],
  ك: ['k', 'g'],
  ج: ['j', 'g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
  ا: [''],
  و: [''],
  ي: [''],
  ه: [''],
  ء: [''],
};
/** The article and the clitics before it ("الاكاديميه", "بالكورس", "فالجيم", "للباكج", Levantine "عالكورس"). */
const LOAN_ARTICLE = /^(?:[وفبلك]?ال|لل|عال)(?=.{4})/;

/**
 * The cognate keys an Arabic-script word would have if it is a Latin word borrowed into Arabic ("الأكاديمية" →
 * `~kdm`, academia; "ريبورت" → `~rprt`, report and rapport; "باكج" → `~pkg`, package; "انبودي" → `~nbd`,
 * InBody), so that a customer writing a loanword in Arabic letters meets the business's Latin word. A borrowed
 * word writes its vowels as long vowels: a word with no vowel letter inside it is an Arabic root ("درس", lesson, is
 * no "adresse"), and so is one with a letter Latin words are never written with (ع ح خ ذ ث ض ظ). The caller keeps
 * the words the Arabic lexicon knows away from it.
 */
export function loanKeys(word: string): string[] {
  const bare = word.replace(LOAN_ARTICLE, '');
  if (bare.length < 4 || !/^[\u0621-\u064a]+$/.test(bare)) return [];
  if (!/[اوي]/.test(bare.slice(1, -1))) return [];
  let keys = [''];
  let last: readonly string[] = [];
  for (const letter of bare) {
    const latin = LOAN_LETTERS[letter];
    if (!latin) return [];
    if (latin[0] === '' || latin === last) {
      if (latin[0] === '') last = [];
      continue;
    }
    last = latin;
    keys = keys.flatMap((key) => (key.length >= KEY_CONSONANTS ? [key] : latin.map((l) => key + l)));
  }
  const unique = [...new Set(keys.map((key) => key.replace(/(.)\1+/g, '$1')))];
  return unique.filter((key) => key.length >= MIN_CONSONANTS).map((key) => `~${key.slice(0, KEY_CONSONANTS)}`);
}
