/**
 * Whether a message complains: words that say so ("complaint", "refund");
 * harm the business caused (a burn "after my session"); or how bad
 * something is ("terrible", "horrível") — unless that is about the
 * customer themself and blames nobody. The pain that brings a customer to
 * a clinic ("dor lombar horrível, têm vaga?") is why people come; "my
 * Spanish is terrible", "je suis nulle en portugais", "meu hálito tá
 * horrível" describe the customer, not the business. "My back pain is
 * horrible since your massage" and "the service was terrible" still go to
 * a person.
 *
 * A complaint is about what this business did. A bad result from home or
 * from another salon, a bad experience as a child, the customer's fear —
 * asked about — are questions about a service ("I dyed it at home and it
 * looks awful, can you fix it?"). A demand for redress ("I want my money
 * back", "quiero una solución") is a complaint whatever else is said.
 *
 * The state of the customer's animal, asked about ("la gossa té el pèl
 * fatal, quant costarà?"), and how someone fares ("en verano lo pasa
 * fatal") describe them, not the business.
 *
 * Asking for a person (asksForPerson) and deciding to let one's animal go
 * (endOfLife) are here too: the other reasons a message goes to staff
 * before anything is answered.
 */
import { ARTICLES, MINE } from '../../domain/determiners.js';
import { LANGUAGE_CONCEPTS } from '../../domain/lexicon/concepts.js';
import { type PhraseMatch, spansOverlap as overlap } from '../../domain/lexicon/phrases.js';
import { isName } from '../../domain/glossary.js';
import { isStopword, normalise } from '../../domain/text.js';
import type { Intent } from './intents.js';
import type { Reading } from './understand.js';

export interface ComplaintReading {
  has(intent: Intent): boolean;
  concepts: ReadonlySet<string>;
  /** Cue matches over the message's words. */
  matches: readonly PhraseMatch<Intent>[];
  /** Concept matches over the same words. */
  conceptMatches: readonly PhraseMatch<string>[];
  /** Positions of the message's content words (not stopwords). */
  contentPositions: readonly number[];
  /** The clause of each word position. */
  clauses: readonly number[];
  /** A question mark or a question word. */
  asks: boolean;
  /** A question mark. */
  questionMark: boolean;
  /** Whether a clause asks (see Reading.asksIn). */
  asksIn(clause: number): boolean;
  /** The message's words, as the matches count them. */
  words: readonly string[];
  /** Places the message names after "in", "à", "en" as written with a capital ("à Beyrouth"), normalised. */
  placeNames: ReadonlySet<string>;
  /** The message laughs ("hahaha", "kkkk", "mdr", "هههه") or shows delight ("😍", "🥰", "😂"). */
  laughs: boolean;
}

/**
 * Laughter as people type it in the eight languages and beside them ("hahaha", "hehe", "lol", "lmao", Brazilian
 * "kkkk" and "rsrs", Spanish "jajaja", French "mdr" and "ptdr", Arabic "هههه", Thai-style "5555"), and the emojis of
 * delight: said with a word of shock, the shock is amazement.
 */
const LAUGHTER =
  /(?<![\p{L}\p{N}])(?:a?ha(?:ha)+h*|he(?:he)+|hihi(?:hi)*|lol+|lmao+|rofl|kk(?:k)+|rs(?:rs)+|ja(?:ja)+|je(?:je)+|x+d+|mdr+|ptdr+|هه(?:ه)+|خخخ+|5{3,})(?![\p{L}\p{N}])|[😍🥰😂🤣😆😁🤩😻💯🎉]/iu;

/** "In", "at", "à", "en", "a", "em", "im": the word before a town's name ("une mauvaise expérience à Beyrouth"). */
const IN_PREPOSITIONS = ['in', 'à', 'a', 'en', 'em', 'im', 'nach', 'aux', 'au'];
const IN_PLACE = `(?:${IN_PREPOSITIONS.join('|')})`;
/** A capitalised word after one of them, not opening a sentence: "à Beyrouth", "in Dubai", "en Madrid". */
const PLACE_NAME = new RegExp(
  String.raw`(?<=[^.!?\n]\s${IN_PLACE}\s)(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)(?!\p{L})`,
  'gu',
);

/** The places a message names with a capital after "in", "à", "en" (not a weekday, a month or an everyday word). */
function placeNames(text: string): Set<string> {
  return new Set(
    [...text.matchAll(PLACE_NAME)]
      .map((m) => m[1]!)
      .filter(isName)
      .map(normalise),
  );
}

/** What a complaint is judged on, from the responder's reading of the message (`text`: as written, for its capitals). */
export function complaintReading(reading: Reading, text = ''): ComplaintReading {
  return {
    has: reading.has,
    concepts: reading.concepts,
    matches: reading.classification.matches,
    conceptMatches: reading.search.analysis.concepts,
    contentPositions: reading.search.analysis.content,
    clauses: reading.clauses,
    asks: reading.asks,
    questionMark: reading.questionMark,
    asksIn: reading.asksIn,
    words: reading.search.analysis.words,
    placeNames: placeNames(text),
    laughs: LAUGHTER.test(text),
  };
}

/** The customer's body and their animal: what a word of pain or trouble may be about without blaming anyone. */
const BODY = new Set<string>([
  'tooth',
  'gums',
  'breath',
  'skin',
  'sensitivity',
  'bleeding',
  'swelling',
  'dog',
  'cat',
  'puppy',
]);

/**
 * What a customer's own words may be about without speaking of the
 * business: their languages, their body, their animal. A service, a
 * visit, an experience, a result — and hair or nails, which a salon cuts —
 * are the business's.
 */
const OWN = new Set<string>([...LANGUAGE_CONCEPTS, 'pain', 'fear', ...BODY]);

/**
 * The state of the customer's body, hair or skin, or of their animal's
 * coat, ears or teeth: theirs to describe when they ask about it ("my
 * hair is a disaster, can you help?", "mi perro tiene el pelo fatal,
 * ¿lo podéis arreglar?"), a result of the business's when they only say
 * it ("mi pelo quedó fatal").
 */
const CONDITION = new Set<string>([
  'hair',
  'hairLoss',
  'scalp',
  'nails',
  'face',
  'back',
  'neck',
  'shoulder',
  'knee',
  'hip',
  'ankle',
  'wrist',
  'head',
  'ears',
  'digestive',
  'eat',
  'age',
  'matting',
  'shedding',
  'fleas',
]);
const PETS = new Set<string>(['dog', 'cat', 'puppy']);
/** What a salon cuts, colours or files: its state may be the business's result, not the customer's body. */
const HAIR_AND_NAILS = new Set<string>(['hair', 'hairLoss', 'scalp', 'nails', 'matting', 'shedding']);

/** The business's work: "my dog's haircut was terrible?" speaks of what it did, whatever it asks. */
const WORK = new Set<string>([
  'haircut',
  'groom',
  'hairColour',
  'styling',
  'keratin',
  'hairExtensions',
  'gelNails',
  'nailArt',
  'lashes',
  'brows',
  'threading',
  'waxing',
  'facial',
  'makeup',
  'massage',
  'treatment',
  'results',
  'bath',
  'cleaning',
  'filling',
  'whitening',
  'rootCanal',
  'extraction',
  'implant',
  'crown',
  'veneers',
  'laser',
  'physio',
  'surgery',
  'neuter',
  'tattoo',
  'piercing',
  'touchUp',
  'coverUp',
  'services',
]);

/**
 * Words of blame: "your", "after my session", "came back from". Not right
 * after a question word, where "you" asks what the business has or does:
 * "do you guys do gel?", "واش عندكم علاج؟" (do you have a treatment?).
 */
function blameMatches(reading: ComplaintReading): PhraseMatch<Intent>[] {
  const questions = reading.matches.filter((m) => m.key === 'question');
  const asking = (m: PhraseMatch<Intent>) => questions.some((q) => q.start < m.start && q.end >= m.start);
  return reading.matches.filter((m) => m.key === 'blame' && !asking(m));
}

/** How far back (in words) the customer's "my"/"I am" may stand from the word of severity. */
const SELF_REACH = 5;

/** "His", "her", "their" in every language: the things of someone the customer named and speaks for. */
const THEIRS: ReadonlySet<string> = new Set(
  'his her their son sa ses leur leurs su sus suo sua suoi sue loro sein seine seinen seiner ihr ihre ihren ihrer seu seus suas seva seves'.split(
    ' ',
  ),
);

/** "I" said on its own before a verb: what the customer does ("yo nado fatal"), not what was done to them. */
const SUBJECTS: ReadonlySet<string> = new Set(['yo', 'io', 'ich', 'jo', 'eu', 'moi']);

/**
 * The people close to a customer, as they name them after "my" ("mi hermano
 * está insoportable", "my dad is hopeless with phones"): what follows
 * describes that person, not the business. Normalised forms.
 */
const KIN: ReadonlySet<string> = new Set(
  [
    'brother sister mum mom mother dad father son daughter husband wife partner boyfriend girlfriend grandma granny grandpa grandmother grandfather uncle aunt cousin friend kid kids baby',
    'hermano hermana madre padre mama papa hijo hija hijos marido esposo esposa novio novia abuela abuelo tio tia primo prima amigo amiga suegra suegro cunado cunada bebe nene nena',
    'frere soeur mere pere maman fils fille mari copain copine oncle tante cousin cousine ami amie bebe',
    'fratello sorella madre padre mamma papa figlio figlia marito moglie ragazzo ragazza nonna nonno zio zia cugino cugina amico amica bambino bambina',
    'bruder schwester mutter vater mama papa sohn tochter mann frau freund freundin oma opa onkel tante cousine kind baby',
    'germa germana mare pare fill filla marit dona avia avi oncle tieta cosi cosina amic amiga',
    'irmao irma mae pai filho filha marido esposa mulher namorado namorada avo tio tia primo prima amigo amiga bebe',
  ]
    .join(' ')
    .split(' '),
);

/** Arabic says "my" with a suffix: "كلبي" is my dog, "شعري" my hair. */
const ARABIC_MINE = /^[\u0600-\u06ff]+ي$/u;

/** "His", "hers", "mine", "theirs" after a thing in spoken Arabic: "ديالو", "تبعها", "dyalha", "taba3o". */
const WHOSE_AFTER: ReadonlySet<string> = new Set(
  'ديالو ديالها ديالي ديالهم ديالك تبعو تبعه تبعها تبعي تبعهم تبعك تاعو تاعه تاعها تاعي تاعهم حقه حقها حقي حقهم dyalo dyalou dyalha dyali diali dyalhom taba3o tab3o taba3a tab3a taba3i tab3i ta3o ta3ha'.split(
    ' ',
  ),
);

/**
 * A word of severity the customer says of themself: "my"/"I am" (or an
 * Arabic "-ي" on their own thing) shortly before it in the same clause,
 * with only their own things in between (a language, a body part, their
 * dog), and no blame in that clause. Asking about it, their hair or skin
 * and whatever they say of their animal are theirs too. So is how someone
 * fares ("en verano lo pasa fatal", "she has a terrible time in the heat"):
 * the severity describes the one who fares.
 */
export function selfDescribed(severity: PhraseMatch<Intent>, reading: ComplaintReading): boolean {
  const clause = reading.clauses[severity.start];
  const inClause = (m: { start: number }) => reading.clauses[m.start] === clause;
  if (blameMatches(reading).some(inClause)) return false;
  const asked = reading.questionMark;
  // How someone fares ("lo pasa fatal"), or, asked about, how a body or an animal smells ("le huele horrible la
  // boca, ¿cuánto cuesta la limpieza?"); said alone, "the room smells horrible" is the business's.
  const fares = reading.matches.filter((m) => (m.key === 'fares' || (asked && m.key === 'smells')) && inClause(m));
  if (fares.some((m) => m.start <= severity.start && severity.start < m.end)) return true;
  const keysAt = (p: number) =>
    reading.conceptMatches.filter((c) => c.start <= p && p < c.end).map((c) => c.key as string);
  // The customer's own things at a word: a language, their body or animal; asked about, their hair or skin.
  const own = (keys: readonly string[]) =>
    keys.some((k) => OWN.has(k)) || (asked && keys.some((k) => CONDITION.has(k)) && !keys.some((k) => WORK.has(k)));
  const mine = reading.conceptMatches
    .filter((c) => ARABIC_MINE.test(reading.words[c.start] ?? '') && own(keysAt(c.start)))
    .map((c) => ({ start: c.start, end: c.start + 1 }));
  // Someone close the customer speaks for ("es para mi madre, que tiene los pies fatal", "my husband's back is awful"),
  // and, after the customer's own ("my dad…"), their things ("…and his english is rubbish").
  const relatives = reading.conceptMatches.filter((c) => c.key === 'companion');
  const customer = reading.matches.filter((m) => m.key === 'self');
  const from = customer[0]?.end ?? Infinity;
  const theirs = reading.words.flatMap((w, p) => (THEIRS.has(w) && p >= from ? [{ start: p, end: p + 1 }] : []));
  // Asking, a part of the body right before it ("llevo 2 meses con el codo fatal, ¿tratáis esto?"): the body's state.
  const body = asked
    ? reading.conceptMatches.filter(
        (c) => CONDITION.has(c.key) && !HAIR_AND_NAILS.has(c.key) && !keysAt(c.start).some((k) => WORK.has(k)),
      )
    : [];
  const selves = [...customer, ...mine, ...fares, ...relatives, ...theirs, ...body];
  const self = selves
    .filter((m) => inClause(m) && m.end <= severity.start && severity.start - m.end < SELF_REACH)
    .sort((a, b) => b.end - a.end)[0];
  if (!self) return false;
  const between = (p: number) => p >= self.start && p < severity.start;
  // "El corte de pelo de mi perro quedó fatal?": the animal's, unless the business's work is named before it.
  const pet =
    asked &&
    reading.conceptMatches.some((c) => PETS.has(c.key) && between(c.start)) &&
    !namesWork(severity, reading, severity.start - 1);
  const content = new Set(reading.contentPositions);
  const said: number[] = [];
  // Spoken Arabic says whose a thing is after it ("الفرونسي ديالو ضعيف", "l'anglais taba3o"): no word of its own.
  for (let p = self.end; p < severity.start; p++) {
    if (content.has(p) && !WHOSE_AFTER.has(reading.words[p] ?? '')) said.push(p);
  }
  // "…es que yo nado fatal 😅", "io nuoto malissimo": asking, the customer says what they do badly themself.
  if (asked && SUBJECTS.has(reading.words[self.start] ?? '') && said.length === 1 && keysAt(said[0]!).length === 0) {
    return true;
  }
  // "My dog's coat is terrible?": what follows the animal describes it, unless it names the business's work.
  // "Mi hermano está insoportable", "a minha filha anda insuportável": someone close and at most a verb, nothing of
  // the business's work named.
  const kin = (p: number) => KIN.has(reading.words[p] ?? '') && !keysAt(p).some((k) => WORK.has(k));
  const rest = said.filter((p) => !own(keysAt(p)) && !kin(p));
  if (said.some(kin) && rest.length <= 1 && rest.every((p) => keysAt(p).length === 0)) return true;
  return said.every((p) => own(keysAt(p)) || (pet && keysAt(p).length === 0));
}

/**
 * A word of severity in a question about the customer's animal, with
 * nothing blamed and none of the business's work named before it in its
 * clause (or right after it): the animal's state ("la gossa té el pèl
 * fatal, quant costarà?", "هل تنظفون أسنان الكلاب؟ رائحة فمه سيئة جدا"),
 * not a complaint. "My dog's haircut was terrible?" names the work.
 */
function animalsState(severity: PhraseMatch<Intent>, reading: ComplaintReading): boolean {
  if (!reading.questionMark || blameMatches(reading).length > 0) return false;
  const pets = reading.conceptMatches.filter((c) => PETS.has(c.key));
  if (pets.length === 0) return false;
  return !namesWork(severity, reading, severity.end);
}

/**
 * The business's work named in the clause of a word of severity, before it
 * or up to `until` ("the haircut was terrible", "terrible haircut"). A word
 * that names the animal ("cane", a dog, also reads as Catalan grey hair) is
 * the animal.
 */
function namesWork(severity: PhraseMatch<Intent>, reading: ComplaintReading, until: number): boolean {
  const clause = reading.clauses[severity.start];
  const animal = (p: number) => reading.conceptMatches.some((c) => PETS.has(c.key) && c.start <= p && p < c.end);
  return reading.conceptMatches.some(
    (c) => WORK.has(c.key) && reading.clauses[c.start] === clause && c.start <= until && !animal(c.start),
  );
}

/** How far back (in words) the way here may stand from the word of severity that describes it. */
const JOURNEY_REACH = 4;

/**
 * The customer's way here, asked around: a word of severity said of the transport named shortly before it in its
 * clause ("salgo del trabajo justo y el metro es un desastre, ¿puedo llegar 10 min tarde?", "the buses are awful
 * on Sundays, can I come at 11?") describes the trip, not the business, when the customer asks and blames
 * nothing of the business anywhere ("your shuttle bus was a disaster" still complains).
 */
function journeyState(severity: PhraseMatch<Intent>, reading: ComplaintReading): boolean {
  if (!reading.questionMark || blameMatches(reading).length > 0) return false;
  const clause = reading.clauses[severity.start];
  return reading.conceptMatches.some(
    (c) =>
      c.key === 'transport' &&
      reading.clauses[c.start] === clause &&
      c.end <= severity.start &&
      severity.start - c.end < JOURNEY_REACH &&
      !namesWork(severity, reading, severity.start - 1),
  );
}

/** Said, not asked: no question mark, and no question word unless the customer also asks for something. */
const demanded = (reading: ComplaintReading) => !reading.questionMark && (!reading.asks || reading.has('request'));

/**
 * Words of a refund are a complaint when demanded ("I want my money back",
 * "remboursez-moi"), not when asked about ("do you refund the deposit?",
 * "la mutuelle rembourse ?"): a question about the refund policy is answered.
 */
function complaintCue(reading: ComplaintReading, here: readonly PhraseMatch<Intent>[]): boolean {
  const refunds = reading.conceptMatches.filter((c) => c.key === 'refund');
  const aboutRefund = (m: PhraseMatch<Intent>) => refunds.some((r) => overlap(r, m));
  // "Molesta" is upset, or a tooth that bothers: with a part of the customer's body named, it is the pain.
  const pains = reading.conceptMatches.filter((c) => c.key === 'pain');
  const body = reading.conceptMatches.some((c) => BODY.has(c.key));
  const aboutPain = (m: PhraseMatch<Intent>) => body && pains.some((p) => overlap(p, m));
  // "A queixar-se do ouvido", "se queja de la barriga": complaining of a symptom.
  const symptoms = reading.matches.filter((m) => m.key === 'symptomOf');
  // "My husband was shocked hahaha 😍", "fiquei chocada kkkk": shock that laughs is amazement.
  const amazement = reading.laughs;
  const cues = here.filter(
    (m) =>
      (m.key === 'complaint' || (m.key === 'amazed' && !amazement)) &&
      !aboutPain(m) &&
      !symptoms.some((s) => overlap(s, m)),
  );
  return cues.some((m) => !aboutRefund(m)) || (cues.length > 0 && demanded(reading));
}

/** How many words may stand between an illness and the word of severity or harm that describes it. */
const ILLNESS_REACH = 1;

/**
 * An illness or a symptom named right before a word of harm ("acne scars": its cause, whatever else is blamed),
 * or on either side of a word of severity with no blame of the business in its clause ("gripes malísimas", "a
 * horrible cough"): the word describes the illness.
 */
function besideIllness(
  reading: ComplaintReading,
  blames: readonly PhraseMatch<Intent>[],
  m: PhraseMatch<Intent>,
  side: 'before' | 'either',
): boolean {
  const clause = reading.clauses[m.start];
  if (side === 'either' && blames.some((b) => reading.clauses[b.start] === clause)) return false;
  return reading.matches.some(
    (i) =>
      i.key === 'illness' &&
      reading.clauses[i.start] === clause &&
      ((i.end <= m.start && m.start - i.end <= ILLNESS_REACH) ||
        (side === 'either' && m.end <= i.start && i.start - m.end <= ILLNESS_REACH)),
  );
}

/** A supposition ("if", "si", "wenn") in the clause of a match, before or after it. */
function supposedIn(reading: ComplaintReading, m: PhraseMatch<Intent>): boolean {
  const clause = reading.clauses[m.start];
  return reading.matches.some((h) => h.key === 'hypothetical' && reading.clauses[h.start] === clause);
}

/** How many words after a word of blame a place may stand to be what it blames ("after my home dye"). */
const BLAME_REACH = 2;
/** How many words before a word of trouble a place or time may stand to be where it happened. */
const PLACE_BEFORE = 6;

/**
 * Where a word of trouble happened, if not here: a place or time shortly
 * before it ("pinté en casa y quedó fatal", "at another clinic and it was
 * terrible") or right after it ("a bad experience as a kid"), with no blame
 * of the business in between.
 */
function elsewhereOf(
  m: PhraseMatch<Intent>,
  places: readonly PhraseMatch<Intent>[],
  blame: readonly PhraseMatch<Intent>[],
): boolean {
  return places.some((e) => {
    const before = e.end <= m.start && m.start - e.end <= PLACE_BEFORE;
    const after = e.start >= m.end && e.start - m.end <= 1;
    if (!before && !after) return false;
    const [from, to] = before ? [e.end, m.start] : [m.end, e.start];
    return !blame.some((b) => b.start >= from && b.end <= to);
  });
}

/** How many words before a named town a word of blame makes it the business's town ("your branch in Dubai"). */
const TOWN_REACH = 3;
/** The prepositions before a town as the words read them (accents dropped). */
const IN_WORDS = new Set(IN_PREPOSITIONS.map(normalise));

/**
 * A town named right after "in", "à", "en" ("j'ai eu une très mauvaise expérience à Beyrouth"): where something
 * happened, as a place of the `elsewhere` cue is, read only beside a word of trouble (see elsewhereOf).
 */
function namedPlaces(reading: ComplaintReading): PhraseMatch<Intent>[] {
  if (reading.placeNames.size === 0) return [];
  return reading.words.flatMap((word, i) =>
    i > 0 && reading.placeNames.has(word) && IN_WORDS.has(reading.words[i - 1]!)
      ? [{ key: 'elsewhere' as Intent, language: 'en' as const, start: i - 1, end: i + 1, weight: 1, source: word }]
      : [],
  );
}

export function complains(reading: ComplaintReading): boolean {
  // "I want my money back", "exijo una explicación", "mo zain abadan": said, they complain.
  if (reading.has('protest') && demanded(reading)) return true;
  const blames = blameMatches(reading);
  // A place, unless blame holds it: "cheguei em casa" (I got home) comes home from the business.
  const places = reading.matches.filter(
    (m) => m.key === 'elsewhere' && !blames.some((b) => b.start <= m.start && m.end <= b.end),
  );
  // Blame of the business ("your", "after my session", "came back from"), not of a place it leads to
  // ("after my home dye", "después de teñirme en casa").
  const blame = blames.filter((m) => !places.some((e) => e.start >= m.end && e.start < m.end + BLAME_REACH));
  const blamed = blame.length > 0;
  // It happened elsewhere (at home, at another salon, as a child) and nothing blames the business; or the
  // customer tells of their fear and asks how it is handled ("I had a bad experience, do you sedate?").
  if (!blamed && (places.length > 0 || (reading.concepts.has('fear') && reading.asks))) return false;
  // The words of trouble that are about the business, not about another place or time.
  // A town named beside a word of trouble is where it happened ("une très mauvaise expérience à Beyrouth"),
  // unless the business is blamed just before it ("your branch in Dubai"): then it is the business's town.
  const ours = (t: PhraseMatch<Intent>) => blame.some((b) => b.end <= t.start && t.start - b.end <= TOWN_REACH);
  const towns = [...places, ...namedPlaces(reading).filter((t) => !ours(t))];
  const here = reading.matches.filter((m) => !elsewhereOf(m, towns, blame));
  if (complaintCue(reading, here)) return true;
  // A charge made twice or too high, unless supposed ("will I be charged twice if I move it?").
  if (here.some((m) => m.key === 'overcharged' && !supposedIn(reading, m))) return true;
  // Harm with the business blamed: not by a question about it in another clause ("I got burned by a laser
  // elsewhere 😔 is your laser safe for dark skin?" asks whether this one is safe).
  // Scars of acne, not of a treatment: an illness named right before the harm is its cause.
  const harms = here.filter((m) => m.key === 'harm' && !besideIllness(reading, blames, m, 'before'));
  const clauseOf = (m: { start: number }) => reading.clauses[m.start];
  const accuses = (b: PhraseMatch<Intent>) =>
    !reading.asksIn(clauseOf(b) ?? 0) || harms.some((h) => clauseOf(h) === clauseOf(b));
  if (harms.length > 0 && blame.some(accuses)) return true;
  // "Dos gripes malísimas", "a horrible cough": the illness is what is severe.
  const severe = here.filter((m) => m.key === 'severity' && !besideIllness(reading, blames, m, 'either'));
  if (severe.length === 0) return false;
  // Every word of severity about the customer themself (or their way here): nothing is said of the business.
  if (severe.every((m) => selfDescribed(m, reading) || animalsState(m, reading) || journeyState(m, reading))) {
    return false;
  }
  return !reading.concepts.has('pain') || blamed;
}

/** Languages by name (not the word "language" itself, nor "speak", which asks for a person as often). */
const NAMED_LANGUAGES = new Set<string>(LANGUAGE_CONCEPTS.filter((c) => c !== 'language'));
const ALL_LANGUAGE_CONCEPTS = new Set<string>(LANGUAGE_CONCEPTS);
/** Who a customer would like to see: a woman, a man (see asksForPerson). */
const PERSON_KINDS = new Set<string>(['women', 'men']);
/** How many words (a preposition: "in", "bel", "en") may stand between talking with someone and the language. */
const QUALIFIER_REACH = 1;

/** Titles before a name: "talk to Dr Smith", "hablar con la Sra. Pérez". */
const TITLES = new Set([
  'dr',
  'doctor',
  'doc',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sr',
  'sra',
  'srta',
  'mme',
  'mlle',
  'herr',
  'frau',
  'dott',
  'dottssa',
]);

/**
 * A person's name at `at` (after a title, if any): a word of letters that
 * is no function word of the cue's language ("talk to my vet", "speak to
 * you") and names nothing of the lexicon in that language ("do you talk to
 * dogs gently?") — "megan", "Carlos". Whatever the name: the business's
 * staff list is not what the responder reads, and a name may look like a
 * word of another language ("Sarah", Portuguese "sarar").
 */
function nameAt(at: number, language: string, reading: ComplaintReading): boolean {
  const word = (p: number) => reading.words[p] ?? '';
  const p = TITLES.has(word(at)) ? at + 1 : at;
  const name = word(p);
  if (!/^\p{L}{2,}$/u.test(name) || isStopword(name, language)) return false;
  return !reading.conceptMatches.some((c) => c.language === language && c.start <= p && p < c.end);
}

/** German puts the verb last: "mit Anna sprechen", "mit Frau Weber reden". */
const WITH_BEFORE: Partial<Record<string, string>> = { de: 'mit' };

/**
 * "Directly", "personally" between the cue and the name: "speak directly with Sabine", "direkt mit Sabine",
 * "parler directement à Sabine", "hablar directamente con Sabine".
 */
const DIRECTLY = new Set([
  'directly',
  'personally',
  'direkt',
  'personlich',
  'directement',
  'personnellement',
  'directamente',
  'personalmente',
  'direttamente',
  'diretamente',
  'pessoalmente',
  'directament',
  'personalment',
  'مباشره',
  'مباشرة',
  'shakhsiyan',
]);

/** German wishes the past: "ich hätte gern mit Sabine gesprochen" asks for her; "ich habe mit ihr gesprochen" tells. */
const PARTICIPLES = new Set(['gesprochen', 'geredet', 'telefoniert']);
const WISH_AUX = new Set(['hatte', 'hatt', 'wurde', 'wurd']);
const WISH_WORD = new Set(['gern', 'gerne', 'lieber']);

/**
 * A German participle cue ("gesprochen") that no wish ("hätte gern", "würde lieber") stands before in its clause:
 * "ich habe schon mit jemandem gesprochen" tells of a talk, it asks for none.
 */
function toldPast(m: PhraseMatch<Intent>, reading: ComplaintReading): boolean {
  if (m.language !== 'de' || !PARTICIPLES.has(reading.words[m.start] ?? '')) return false;
  const clause = reading.clauses[m.start];
  const before = reading.words.slice(0, m.start).map((w, i) => (reading.clauses[i] === clause ? w : ''));
  const aux = before.findIndex((w) => WISH_AUX.has(w));
  return aux < 0 || !before.slice(aux + 1).some((w) => WISH_WORD.has(w));
}

/** A name right after a weak phrase ("speak with Megan"), or, in German, between "mit" and the verb. */
function namesOne(m: PhraseMatch<Intent>, reading: ComplaintReading): boolean {
  if (m.end - m.start > 1) {
    // "speak directly with Sabine": the adverb that may end the phrase, or stand right after it.
    const after = DIRECTLY.has(reading.words[m.end] ?? '') ? m.end + 1 : m.end;
    if (nameAt(after, m.language, reading)) return true;
  }
  const withWord = WITH_BEFORE[m.language];
  if (!withWord) return false;
  const at = [m.start - 2, m.start - 3].find((p) => reading.words[p] === withWord);
  return at !== undefined && nameAt(at + 1, m.language, reading);
}

/** "My" after a person in spoken Arabic: "المدير تبعي", "lmodir dyali". */
const MINE_AFTER = new Set(['تبعي', 'تاعي', 'ديالي', 'taba3i', 'tab3i', 'dyali', 'diali']);

/**
 * "At someone's place": Arabic "عند" (3and) and French "chez" before a person say where the customer will be
 * ("عندي عزومة عند المدير", a dinner at the boss's; "un dîner chez le gérant"), not whom they ask for.
 */
const AT_PLACE_OF = new Set(['عند', '3and', '3nd', '3end', '3ind', 'chez']);

/** A person of the customer's own: "my manager", "il mio capo", "المدير تبعي"; or one at whose place they will be. */
function ownPerson(match: PhraseMatch<Intent>, words: readonly string[]): boolean {
  const before = words[match.start - 1] ?? '';
  // "chez le gérant": the place's word may stand before an article.
  const place = ARTICLES.has(before) ? (words[match.start - 2] ?? '') : before;
  return (
    MINE.has(before) ||
    MINE_AFTER.has(words[match.end] ?? '') ||
    (match.end - match.start === 1 && AT_PLACE_OF.has(place))
  );
}

/** What "human" describes when it is no person: "human hair", "cheveux humains", "pelo humano", "capelli umani". */
const HUMAN_THINGS = new Set([
  'hair',
  'hairs',
  'cheveux',
  'cheveu',
  'meches',
  'pelo',
  'cabello',
  'cabelo',
  'capelli',
  'resources',
  'rights',
  'body',
  'error',
]);

/** "Human" said of a thing: "is it real human hair?" asks about a wig, not for a person. */
function describesThing(match: PhraseMatch<Intent>, words: readonly string[]): boolean {
  if (match.end - match.start !== 1) return false;
  const next = words[match.end] ?? '';
  const before = words[match.start - 1] ?? '';
  return HUMAN_THINGS.has(next) || HUMAN_THINGS.has(before);
}

/** Before "a person" when it counts or describes the customer: "sono una persona", "for a person", "como una persona". */
const BEFORE_COUNTED_PERSON = new Set([
  'sono',
  'soy',
  'sou',
  'suis',
  'am',
  'im',
  'as',
  'per',
  'for',
  'pour',
  'para',
  'por',
  'fur',
]);
/** After "a person" when it counts: "una persona sola", "a single person", "une personne seule", "uma pessoa a mais". */
const AFTER_COUNTED_PERSON = new Set([
  'sola',
  'solo',
  'singola',
  'seule',
  'seul',
  'sozinha',
  'sozinho',
  'alone',
  'only',
  'extra',
  'more',
  'plus',
  'mas',
  'in',
  // "A person" as the subject of a general question, then what they do: "how long does it take a person to reach
  // blue belt?", "quant triga una persona a passar…", "cuánto tarda una persona en aprender…", "une personne de 60
  // ans peut…" ask about anyone, not for someone.
  'a',
  'to',
  'en',
  'di',
  'normal',
  'normale',
  'average',
  'media',
  'mitjana',
  'moyenne',
  'comum',
  'qualquer',
]);
/** The phrases of the cue that say "a person": "a person", "una persona", "une personne", "uma pessoa". */
const A_PERSON = /^(?:a|una|une|uma|un) (?:person|persona|personne|pessoa)$/u;

/**
 * "A person" as someone counted or the customer themself, not someone asked for: "posso unirmi se sono una
 * persona sola?", "is the price for a person?", "je viens, une personne seule". The cue "talk to a person" is
 * still a request.
 */
function countsPerson(match: PhraseMatch<Intent>, words: readonly string[]): boolean {
  if (!A_PERSON.test(match.source)) return false;
  const before = words[match.start - 1] ?? '';
  const after = words[match.end] ?? '';
  return BEFORE_COUNTED_PERSON.has(before) || AFTER_COUNTED_PERSON.has(after);
}

/**
 * How strongly the cues ask for a person: each phrase once (said twice, it
 * asks once), and spellings of one phrase over the same words once ("bade
 * ehke" and "baddi e7ke" are one Arabizi phrase written two ways).
 */
function requestWeight(cues: readonly PhraseMatch<Intent>[], weight: (m: PhraseMatch<Intent>) => number): number {
  const bySpan = new Map<string, PhraseMatch<Intent>>();
  for (const m of cues) {
    const span = `${m.start}-${m.end}`;
    const kept = bySpan.get(span);
    if (!kept || weight(m) > weight(kept)) bySpan.set(span, m);
  }
  const bySource = new Map<string, number>();
  for (const m of bySpan.values()) bySource.set(m.source, Math.max(bySource.get(m.source) ?? 0, weight(m)));
  return [...bySource.values()].reduce((a, b) => a + b, 0);
}

/**
 * Asking for a person: "talk to someone", "pásame con la encargada",
 * "can I speak with Megan please". "Does someone there speak English?"
 * ("qualcuna di voi parla inglese?", "quelqu'un parle espagnol au
 * salon ?") has the weak words of it, someone and speak, but asks about a
 * language: a cue that speaks a language (its phrase holds one, or one
 * follows it) asks for nobody, and with a language named only a clear
 * request ("talk to someone") counts.
 */
export function asksForPerson(reading: ComplaintReading): boolean {
  const languages = reading.conceptMatches.filter((c) => ALL_LANGUAGE_CONCEPTS.has(c.key));
  const named = languages.filter((c) => NAMED_LANGUAGES.has(c.key));
  // "…e7ke ma3 7ada bel 3arabe", "ma bertee7 e7ke ma3 rejjel": talking with someone in a language, or with a
  // man or a woman, says who the customer would like to see, not that they want a person now.
  // A woman who is the doctor herself ("نهدر مع الطبيبة", "m3a tbiba") names the person asked for, not a kind.
  const roles = reading.conceptMatches.filter((c) => c.key === 'doctor');
  const kinds = reading.conceptMatches.filter((c) => PERSON_KINDS.has(c.key) && !roles.some((r) => overlap(r, c)));
  const qualifiers = [...named, ...kinds];
  const speaks = (m: PhraseMatch<Intent>) =>
    qualifiers.some((l) => overlap(l, m) || (l.start >= m.end && l.start - m.end <= QUALIFIER_REACH));
  const human = reading.matches.filter((m) => m.key === 'human');
  // "Quelqu'un parle anglais ?", "someone speaks english?": someone, then (a word on) a cue that speaks one.
  const speaksOne = (m: PhraseMatch<Intent>) =>
    speaks(m) || human.some((n) => n !== m && n.start >= m.end && n.start - m.end <= 1 && speaks(n));
  // "Il y a quelqu'un ?", "hay alguien?": whether anyone is there is a greeting, not a request for a person.
  const greetings = reading.matches.filter((m) => m.key === 'greeting');
  // "Il parle à peine" tells how a child speaks; "my manager", "المدير تبعي" is the customer's own.
  // "Vous avez quelqu'un pour ça ?" asks whether the business has someone for a need, not for a person now.
  const speech = reading.matches.filter((m) => m.key === 'speechAbout' || m.key === 'hasSomeone');
  const cues = human.filter(
    (m) =>
      !speaksOne(m) &&
      !greetings.some((g) => overlap(g, m) && g.end - g.start > 1) &&
      !speech.some((s) => overlap(s, m)) &&
      !ownPerson(m, reading.words) &&
      !describesThing(m, reading.words) &&
      !countsPerson(m, reading.words) &&
      !toldPast(m, reading),
  );
  // "Can I speak with Megan?", "kann ich mit Anna sprechen?": a weak "speak with" asks for a person when the
  // customer asks and names one.
  const asking = reading.has('request') || reading.questionMark;
  const weight = (m: PhraseMatch<Intent>) => (m.weight < 1 && asking && namesOne(m, reading) ? 1 : m.weight);
  const score = requestWeight(cues, weight);
  if (score < 1) return false;
  // "speak" in "speak with Megan" is the request's own word, not a language asked about.
  const aboutLanguage = languages.some((l) => !cues.some((m) => overlap(l, m)));
  return !aboutLanguage || score >= 1.5;
}

/** Why a message asking for an action on the customer's own record went to staff. */
export const RECORD_ACTION = "an action on the customer's own record (their results, their invoice): staff do it";

/**
 * Asking for an action on one's own record: "can you send me my biopsy results here?", "mi potete rifare la
 * fattura di ottobre intestata alla mia società?". The business's text on results or invoices says how it
 * goes for everyone; only staff can send this customer's results or redo this invoice.
 */
export function asksForRecordAction(reading: ComplaintReading): boolean {
  return reading.matches.some((m) => m.key === 'recordAction');
}

/** Why such a message went to staff, for staff (and the engine) to read. */
export const END_OF_LIFE = 'the customer is deciding to let their animal go: answer with care';

/** How many letting-go cues (by weight) make a decision on their own. */
const DECIDED = 1;

/**
 * The customer is deciding to let their animal go: "we think it's time to
 * put her to sleep", "je crois qu'il est temps de le laisser partir",
 * "wir möchten ihn einschläfern lassen". That is no question for a price
 * list: a person answers, with care (the handoff is "requested").
 *
 * The rule: a verb of letting go said of one's own animal ("have her put
 * to sleep", "sacrificarlo", "ihn einschläfern lassen") is the decision; one
 * that may also be a sedation or a booking ("put him to sleep for the
 * dental", "le laisser partir") counts only with another one, or with a word
 * that the end is near or the decision made ("it's time", "il souffre
 * beaucoup", "no quality of life", "we've decided"). Naming euthanasia is
 * no decision: "how does euthanasia work? she is very old and ill", what it
 * costs, whether you cremate, and a clause that opens as a supposition ("if
 * one day we have to…", "si mi perro se muere…") ask about the service, and
 * the business's own answer about it is the reply.
 */
export function endOfLife(reading: ComplaintReading): boolean {
  const opens = (m: { start: number }) => m.start === 0 || reading.clauses[m.start - 1] !== reading.clauses[m.start];
  const supposes = reading.matches.filter((m) => m.key === 'hypothetical' && opens(m));
  const supposed = (m: PhraseMatch<Intent>) =>
    supposes.some((h) => h.start <= m.start && reading.clauses[h.start] === reading.clauses[m.start]);
  // Each cue once, and the same words once: two spellings of a cue that match one word are one cue.
  const cues = reading.matches
    .filter((m) => m.key === 'letGo' && !supposed(m))
    .sort((a, b) => b.weight - a.weight)
    .filter((m, i, all) => !all.slice(0, i).some((o) => overlap(o, m)));
  const bySource = new Map<string, number>();
  for (const m of cues) bySource.set(m.source, Math.max(bySource.get(m.source) ?? 0, m.weight));
  const weight = [...bySource.values()].reduce((a, b) => a + b, 0);
  if (weight >= DECIDED) return true;
  return weight > 0 && reading.matches.some((m) => m.key === 'endNear' && !supposed(m));
}
