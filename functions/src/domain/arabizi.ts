/**
 * Arabizi (Arabic typed in Latin letters, with digits for the sounds Latin
 * lacks) has no spelling: "se3r", "si3r" and "s3r" are one word, so are
 * "maw3ed" and "maw3ad", "baddi" and "bdi", "5adamet" and "khadamat", and in
 * Moroccan Darija "chhal", "sh7al" and "xhal", "bghit" and "bgheet".
 * Short vowels are what varies most, so a word is reduced to its consonant
 * skeleton after folding the digit and digraph variants together, and after
 * taking off the grammar Darija wraps around a word: the glued article
 * "l-" ("lkelb"), the negation
 * "ma…ch" ("makaynch", "mabghitch"), the present-tense prefixes "ka-",
 * "ta-" ("kanbghi", "katsedou") and the pronoun "-kom" ("3ndkom").
 * Both the customer's words and the Arabizi cues of the lexicon go through
 * it, so over-stripping is harmless as long as it is the same on both sides.
 */

const FOLDS: [RegExp, string][] = [
  [/x/g, '$'], // Moroccan chat writes ش as x ("xhal", "xno")
  [/ch|sh/g, '$'], // ش
  [/kh|5/g, 'x'], // خ
  [/gh|8/g, 'g'], // غ
  [/th|dh/g, 't'], // ث ذ (Levantine t, d)
  [/7/g, 'h'], // ح (many write h for it)
  [/6/g, 't'], // ط
  [/9/g, 'q'], // ق / ص
  [/2|'/g, ''], // hamza: "2adesh" = "adesh"
  [/q/g, 'k'], // ق is k or a glottal stop in most dialects
  [/([aeiou])w(?=[^aeiouy]|$)/g, '$1'], // the diphthong of "maw3id" is the long vowel of "mo3id"
];

/** Darija negation around a verb or "there is": "makaynch", "ma3ndkomch", "mabghitch", "mkaynch". */
const NEGATION = /^(?:ma([a-z0-9]{3,})|m([a-z0-9]{4,}))(?:ch|sh|x)$/;
/** Present-tense prefixes before a consonant: "kanbghi", "katsedou", "kaytnaffes", "tanmchi", "ghanji". */
const VERB_PREFIX = /^(?:kan|kat|kay|tan|tat|tay|gha)(?=[^aeiouy])/;
/** Pronoun suffixes: "3ndkom", "dyalkom", "dyalna", "3ndhom". */
const PRONOUN = /(?:koum|kom|kum|kon|hom|houm|hum)$/;
/** First person past: "bghit" / "bgheet" / "bghite" → "bghi", "mchit" → "mchi". */
const PAST = /(?<=i|ee)te?$/;

/**
 * Whether a Latin-script word opens with a Darija present-tense prefix: "katwled" (she gives birth) is
 * a verb, "weldi" (my son) of the same root is not, though both come down to the skeleton "wld".
 */
export function verbPrefixed(word: string): boolean {
  // Negated ("makaytnfsch") or not.
  return VERB_PREFIX.test(word.toLowerCase().replace(/^ma?(?=ka|ta|gha)/, ''));
}

/** The word without Darija negation, verb prefix and pronoun suffix, if enough of it remains. */
function bare(word: string): string {
  // The article glued on: "lkelb" is "kelb", "ltbib" is "tbib" ("lmch" is too short to lose it).
  let w = /^l[^aeiouy]/.test(word) && word.length >= 5 ? word.slice(1) : word;
  const negated = NEGATION.exec(w);
  if (negated) w = negated[1] ?? negated[2] ?? w;
  const prefix = VERB_PREFIX.exec(w);
  if (prefix && w.length - prefix[0].length >= 4) w = w.slice(prefix[0].length);
  const pronoun = PRONOUN.exec(w);
  if (pronoun && w.length - pronoun[0].length >= 3) w = w.slice(0, -pronoun[0].length);
  if (w.length >= 5) w = w.replace(PAST, '');
  // Plural -in of participles and adjectives: "msdodin", "m7lolin", "kaynin" are "msdod", "m7lol", "kayn".
  if (w.length >= 6) w = w.replace(/(?:in|ine|een)$/, '');
  return w;
}

/** The consonant skeleton of a Latin-script Arabic word; short words stay as they are. */
export function arabiziKey(word: string): string {
  let w = bare(word.toLowerCase());
  for (const [pattern, replacement] of FOLDS) w = w.replace(pattern, replacement);
  // ش stays apart from a plain s and h ("saha", hello, is no "shu", what), as a capital no input holds.
  const skeleton = w
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1') // "baddi" = "badi"
    .replace(/\$/g, 'Sh');
  return skeleton.length >= 2 ? skeleton : word;
}

/**
 * The digit 9 is two letters, by region: ق in the Maghreb ("9ahwa", "n9der",
 * "tesbi9"), which is how the lexicon's Arabizi writes it, and ص in the Gulf
 * and the Levant ("9ayma", fasting; "y9eer", it can be; "9ba7", morning).
 * A message is read the Eastern way when it says so by its own words, or
 * when nothing in it is Darija and the business is in the Middle East.
 */
const DARIJA_MARKERS = new Set(
  `bghit bghina bghiti bgheet wach wech wesh kayn kayna kaynin makaynch dyal dyali dyalkom chhal ch7al sh7al
 bzaf bezzaf daba ghadi 3lach fin mzyan mezyan zwin zwina safi wakha wakha3 3afak 3fak smahli bach hna chno
 ghir khoya kifach kifash 9adach 9addeh chouf chof rah raha rani ntouma nta nti`.split(/\s+/),
);
const EASTERN_MARKERS = new Set(
  `shlon shlonk shlonch shlonkom shloon shnu shno shino shenu abi abgha abee aby wayed wayid
 wayeed ya3teek ya3teekom ya3tik ya3teeki ya3tikom inzain zain zein 7ayak 7ayakom hala halla yalla ubghi
 abghi tabeen tabi tabgheen eshloon kelish killish 3ad ma3laish ma3lesh kifak kifik shu sho baddi badde
 bade 2addesh adesh hek hayda lesh leish 3anjad mish msh hala2`.split(/\s+/),
);
/** Time zones of the Gulf, the Levant, Iraq and Egypt, where 9 is ص. */
const EASTERN_ZONES =
  /^(?:Asia\/(?:Kuwait|Riyadh|Dubai|Qatar|Bahrain|Muscat|Baghdad|Amman|Beirut|Damascus|Aden|Gaza|Hebron|Jerusalem)|Africa\/(?:Cairo|Khartoum))$/;
/** A 9 inside an Arabizi word, not a time or an amount ("9h30", "9am", "9kd", "90mins"). */
const LETTER_NINE =
  /^(?![0-9]+(?:[a-z]{1,3}|h[0-9]{2}|mins?|hrs?)$)(?=[a-z0-9']*[a-z][a-z0-9']*$)[a-z0-9']*9[a-z0-9']*$/;

/** Whether the Latin-script Arabic words of a message write 9 for ص: their own markers first, then the zone. */
export function writesNineAsSad(words: readonly string[], timezone?: string): boolean {
  if (words.some((w) => DARIJA_MARKERS.has(w))) return false;
  if (words.some((w) => EASTERN_MARKERS.has(w))) return true;
  return timezone !== undefined && EASTERN_ZONES.test(timezone);
}

/** The words with each letter 9 read as ص (written s, as the lexicon writes "sayma"), times and amounts kept. */
export function nineAsSad(text: string): string {
  return text.replace(/[A-Za-z0-9']+/g, (word) =>
    /[a-z]/i.test(word) && LETTER_NINE.test(word.toLowerCase()) ? word.replace(/9/g, 's') : word,
  );
}
