/**
 * A business's Q&A and knowledge name many things it does not do: "do not
 * wax between sessions", "évitez le soleil avant la séance", "if you take
 * roaccutane…". Such a mention is no offering: a customer who asks "do you
 * also do waxing?" asks about something the business never said it does
 * (domain/asked-offering.ts), and a text that only tells them not to wax
 * does not answer it.
 *
 * This reads a text clause by clause (sentences split at commas and dashes)
 * and tells how each presents what it names:
 *
 * - framed, as the customer's doing: an instruction ("please", "you can",
 *   "vous devez", "bitte", "يرجى"), a condition on them ("if you", "si
 *   vous", "wenn Sie", "إذا"), avoiding ("avoid", "evitar", "vermeiden",
 *   "تجنب"), a time around a treatment ("before your session", "entre
 *   sesiones", "nach der Behandlung", "بين الجلسات", "4 weeks before"), the
 *   customer's question about their own doing ("can I", "puedo", "kann
 *   ich"; not "can I get…", which asks for something), an English clause
 *   opening with "do not"; and a negation in a sentence with any of these,
 *   or in the answer to such a question ("No. … please do not wax");
 * - declined, by the business: a negation otherwise ("we don't do
 *   microblading", "no hacemos tatuajes"), which answers "do you do …?";
 * - affirmed: what the business does.
 *
 * A negation reaches on through the clauses of its sentence ("do not wax,
 * thread, pluck…") until one opens with a contrast or a yes ("but we can
 * shave small areas").
 */
import { isTextLanguage, TEXT_LANGUAGES, type TextLanguage } from './languages.js';
import { normalise } from './text.js';

/**
 * Negations and avoiding, per language (`|`-separated normalised words; a word ending in `*` is a prefix):
 * they reach on through the clauses of a list ("do not wax, thread, pluck or use an epilator").
 */
const NEGATIONS: Record<TextLanguage, string> = {
  en: 'not|no|never|dont|cannot|nor|neither|avoid*|refrain|stop using|stop taking',
  es: 'no|nunca|ni|jamas|tampoco|evit*|suspend*',
  fr: 'ne|pas|jamais|aucun|aucune|ni|non|evit*|arretez|cessez',
  it: 'non|mai|niente|nessun|nessuna|evit*|sospend*',
  de: 'nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nein|weder|vermeid*|verzicht*|absetzen',
  ca: 'no|mai|ni|tampoc|evit*',
  pt: 'nao|nunca|nem|jamais|nenhum|nenhuma|evit*|suspend*',
  ar: 'لا|لن|لم|ليس|ليست|عدم|ممنوع|يمنع|تجنب*|تفادي|امتنع*|الامتناع|توقف*|التوقف',
};

/**
 * Instructions to the customer, conditions on them, avoiding: one clause each, and they make the negations of
 * their sentence the customer's ("between sessions you can shave, but no wax").
 */
const FRAMES: Record<TextLanguage, string> = {
  en:
    'please|pls|you can|you may|you should|you must|you need|you have to|you will need|make sure|' +
    'its ok to|its fine to|if you|if u|in case you|avoid*|refrain|stop using|stop taking',
  es:
    'por favor|porfa|puedes|podeis|usted puede|puede usted|debes|debeis|debe usted|tienes que|teneis que|hay que|' +
    'si usted|si tienes|si teneis|si te|si os|si vas|si vienes|en caso de que|evit*|suspend*',
  fr: 'veuillez|merci de|vous pouvez|vous devez|il faut|pensez a|tu peux|tu dois|si vous|si tu|en cas|evit*|arretez|cessez',
  it: 'per favore|si prega|puoi|potete|devi|dovete|bisogna|se hai|se ti|se si|se vuoi|se fai|evit*|sospend*',
  de:
    'bitte|sie konnen|sie mussen|sie sollten|du kannst|du musst|ihr konnt|ihr musst|' +
    'wenn sie|wenn du|wenn ihr|falls sie|falls du|vermeid*|verzicht*|absetzen',
  ca: 'si us plau|sisplau|podeu|pots|heu de|has de|cal|si teniu|si tens|si us|si et|evit*',
  pt:
    'por favor|voce pode|vc pode|podes|voce deve|vc deve|deves|tem de|tem que|precisa|' +
    'se voce|se vc|se tu|se tiver|evit*|suspend*',
  ar:
    'يرجى|ينصح|نوصي|الرجاء|من فضلك|يمكنك|يجب|عليك|عليكي|اذا|لو|في حال|عند|' +
    'تجنب*|تفادي|امتنع*|الامتناع|توقف*|التوقف',
};

/** An English clause that opens with "do not" or "never" tells the customer what not to do. */
const IMPERATIVE_NEGATION = new Set(['do not', 'dont', 'never']);

/** The customer's questions about their own doing ("can I wax between sessions?"), unless they ask for something. */
const SELF: Record<TextLanguage, string> = {
  en: 'can i|should i|do i|may i|must i|is it ok|is it safe|is it fine',
  es: 'puedo|debo|tengo que',
  fr: 'je peux|puis je|dois je|est ce que je',
  it: 'posso|devo',
  de: 'kann ich|darf ich|soll ich|muss ich',
  ca: 'puc|he de',
  pt: 'posso|devo',
  ar: 'هل يمكنني|هل استطيع|اقدر|ينفع',
};

/** Asking for something: "can I get a tax refund?", "puedo reservar…", "kann ich … buchen" ask of the business. */
const REQUESTS =
  'get have book* buy order* pay* receive claim request pedir reserv* compr* pag* tener consegu* obten* solicit* ' +
  'avoir achet* prendre demander avere prenot* otten* chiedere richiedere buchen kaufen bezahlen zahlen bekommen ' +
  'haben kriegen erhalten tenir obtenir demanar ter obter marcar احجز اشتري ادفع احصل اخذ ناخذ';

/** A clause that opens with a contrast or a yes starts afresh after a negation ("no wax, but we can shave"). */
const FRESH =
  'but however yes pero sin embargo si mais cependant oui ma sim mas porem aber jedoch ja doch però لكن نعم اما';

/** Before, after and between: a frame when a treatment follows ("before your first session"). */
const AROUND =
  'before after between prior antes despues entre avant apres prima dopo tra fra vor nach zwischen abans despres depois ' +
  'قبل وقبل قبلها بعد وبعد بعدها بين وبين';
/** Said alone, or ending the clause ("shave 12 hours before"), before and after are a frame too. */
const AROUND_ALONE = 'beforehand afterwards afterward vorher nachher danach davor previamente posteriormente precedent';
/** A treatment, a session, a visit: what before, after and between are about. */
const SESSION =
  'session* treatment* appointment* visit* procedure* laser* sesion* sessio* sessao sessoes seance* seduta sedute ' +
  'tratamient* traitement* trattament* tractament* tratament* behandlung* sitzung* termin* cita* rendez ' +
  'consulta* intervention* intervencion* operation* eingriff* جلس* الجلس* علاج* العلاج* ليزر الليزر موعد* الموعد*';

type Matcher = (word: string) => boolean;

function matcher(pattern: string): Matcher {
  return pattern.endsWith('*') ? (w) => w.startsWith(pattern.slice(0, -1)) : (w) => w === pattern;
}

const wordsOf = (list: string) => list.split(/\s+/).filter(Boolean);

let compiled:
  | {
      negations: Map<TextLanguage, Matcher[][]>;
      frames: Map<TextLanguage, Matcher[][]>;
      self: Map<TextLanguage, Matcher[][]>;
      requests: Matcher[];
      fresh: Matcher[];
      around: Matcher[];
      alone: Matcher[];
      session: Matcher[];
    }
  | undefined;

const wordMatcher = (w: string) => matcher(w.endsWith('*') ? `${normalise(w.slice(0, -1))}*` : normalise(w));

function phraseTable(table: Record<TextLanguage, string>): Map<TextLanguage, Matcher[][]> {
  const phrases = new Map<TextLanguage, Matcher[][]>();
  for (const language of TEXT_LANGUAGES) {
    const list = table[language].split('|').filter(Boolean);
    phrases.set(
      language,
      list.map((phrase) => phrase.split(' ').filter(Boolean).map(wordMatcher)),
    );
  }
  return phrases;
}

function tables() {
  const list = (text: string) => wordsOf(text).map(wordMatcher);
  return (compiled ??= {
    negations: phraseTable(NEGATIONS),
    frames: phraseTable(FRAMES),
    self: phraseTable(SELF),
    requests: list(REQUESTS),
    fresh: list(FRESH),
    around: list(AROUND),
    alone: list(AROUND_ALONE),
    session: list(SESSION),
  });
}

/** How far after "before" or "after" the treatment may stand ("before your very first session"). */
const AROUND_REACH = 3;

const any = (matchers: readonly Matcher[], word: string) => matchers.some((m) => m(word));

/** An Arabic word without the "and" or "so" it is written with (وفي حال, فلا). */
const bare = (word: string) =>
  word.length >= 3 && /^[وف]/.test(word) && /^\p{Script=Arabic}/u.test(word) ? word.slice(1) : word;

function hasPhrase(
  table: Map<TextLanguage, Matcher[][]>,
  words: readonly string[],
  languages: readonly TextLanguage[],
) {
  for (const language of languages) {
    for (const phrase of table.get(language) ?? []) {
      for (let i = 0; i + phrase.length <= words.length; i++) {
        if (phrase.every((m, k) => m(words[i + k]!) || m(bare(words[i + k]!)))) return true;
      }
    }
  }
  return false;
}

/** Whether normalised words hold a time before, after or between treatments. */
function around(words: readonly string[]): boolean {
  const { around, alone, session } = tables();
  return words.some(
    (w, i) =>
      any(alone, w) ||
      (any(around, w) &&
        (i === words.length - 1 || words.slice(i + 1, i + 1 + AROUND_REACH).some((next) => any(session, next)))),
  );
}

/** Sentence marks, semicolons, colons, brackets, bullets and line breaks. */
const SENTENCE_BREAK = /[.!?¿¡;:؛؟()[\]{}•\n\r]+/u;
/** Commas and dashes between words: the clauses of a sentence. */
const CLAUSE_BREAK = /[,،]|\s[-–—]+\s/u;

const hasLetters = (text: string) => /\p{L}/u.test(text);

const languagesOf = (language: string | readonly TextLanguage[]): readonly TextLanguage[] =>
  typeof language === 'string' ? (isTextLanguage(language) ? [language] : TEXT_LANGUAGES) : language;

/** How a clause presents what it names. */
export type ClauseKind = 'affirmed' | 'declined' | 'framed';

/**
 * The clauses of `text`, each with how it presents what it names:
 * - framed: as the customer's doing, not the business's (an instruction, a condition, avoiding, a time around a
 *   treatment, the customer's question about their own doing, or a negation in a sentence or entry about those);
 * - declined: as something the business does not do ("we don't do microblading"), which answers the question;
 * - affirmed: as something it does.
 * `customer`: the text is about the customer's doing as a whole (the answer to "can I wax between sessions?").
 */
export function framedClauses(
  text: string,
  language: string | readonly TextLanguage[],
  customer = false,
): { clause: string; kind: ClauseKind; framed: boolean }[] {
  const languages = languagesOf(language);
  const { negations, frames, self, requests, fresh } = tables();
  const clauses: { clause: string; kind: ClauseKind; framed: boolean }[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const read: { clause: string; negated: boolean; directed: boolean }[] = [];
    let negated = false;
    for (const clause of sentence.split(CLAUSE_BREAK).map((c) => c.trim())) {
      if (!hasLetters(clause)) continue;
      const words = normalise(clause).split(' ').filter(Boolean);
      if (words.length > 0 && any(fresh, bare(words[0]!))) negated = false;
      const opening = words.slice(0, 2).join(' ');
      const imperative =
        languages.includes('en') && (IMPERATIVE_NEGATION.has(opening) || IMPERATIVE_NEGATION.has(words[0] ?? ''));
      negated ||= hasPhrase(negations, words, languages);
      const asksOwn = hasPhrase(self, words, languages) && !words.some((w) => any(requests, w));
      const directed = imperative || asksOwn || hasPhrase(frames, words, languages) || around(words);
      read.push({ clause, negated, directed });
    }
    const aboutCustomer = customer || read.some((c) => c.directed);
    for (const { clause, negated, directed } of read) {
      const kind: ClauseKind = directed || (negated && aboutCustomer) ? 'framed' : negated ? 'declined' : 'affirmed';
      clauses.push({ clause, kind, framed: kind === 'framed' });
    }
  }
  return clauses;
}

/**
 * `text` read for what it tells of the business's offerings (what it does or
 * declines to do): its clauses that are not framed as the customer's doing,
 * joined, and whether any clause was framed (else `affirmed` is the text itself).
 */
export function affirmedText(
  text: string,
  language: string | readonly TextLanguage[],
  customer = false,
): { affirmed: string; framed: boolean } {
  const clauses = framedClauses(text, language, customer);
  if (clauses.every((c) => !c.framed)) return { affirmed: text, framed: false };
  return {
    affirmed: clauses
      .filter((c) => !c.framed)
      .map((c) => c.clause)
      .join('. '),
    framed: true,
  };
}
