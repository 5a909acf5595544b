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
