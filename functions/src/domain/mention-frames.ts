/**
 * A business's Q&A and knowledge name many things it does not do: "do not
 * wax between sessions", "no hacemos tatuajes", "évitez le soleil avant la
 * séance", "if you take roaccutane…". Such a mention is no offering: a
 * customer who asks "do you also do waxing?" asks about something the
 * business never said it does (domain/asked-offering.ts).
 *
 * This reads a text clause by clause (split at sentence marks, commas,
 * semicolons, colons and dashes) and tells the clauses that frame what
 * they name as something other than an offering:
 *
 * - a negation ("we don't", "no", "pas de", "non", "kein", "لا");
 * - an instruction to the customer ("please", "you can", "vous devez",
 *   "bitte", "يرجى") or a question of the customer about their own doing
 *   ("can I", "puedo", "puis-je", "kann ich");
 * - a condition on the customer ("if you", "si vous", "wenn Sie", "إذا");
 * - avoiding something ("avoid", "evitar", "vermeiden", "تجنب");
 * - a time before, after or between treatments ("before your session",
 *   "entre sesiones", "nach der Behandlung", "بين الجلسات", "4 weeks before").
 *
 * The rest of the text (its affirmed clauses) presents what the business
 * does. A clause is framed as a whole: "Yes, we also do waxing" is two
 * clauses, "Yes" and "we also do waxing", and the second is affirmed.
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

/** Instructions to the customer, their questions about their own doing, conditions on them: one clause each. */
const FRAMES: Record<TextLanguage, string> = {
  en:
    'please|pls|you can|you may|you should|you must|you need|you have to|you will need|make sure|' +
    'can i|should i|do i|may i|must i|is it ok|is it safe|is it fine|its ok to|its fine to|if you|if u|in case you',
  es:
    'por favor|porfa|puedes|podeis|usted puede|puede usted|debes|debeis|debe usted|tienes que|teneis que|hay que|' +
    'puedo|debo|tengo que|si usted|si tienes|si teneis|si te|si os|si vas|si vienes|en caso de que',
  fr:
    'veuillez|merci de|vous pouvez|vous devez|il faut|pensez a|tu peux|tu dois|' +
    'je peux|puis je|dois je|est ce que je|si vous|si tu|en cas',
  it: 'per favore|si prega|puoi|potete|devi|dovete|bisogna|posso|devo|se hai|se ti|se si|se vuoi|se fai',
  de:
    'bitte|sie konnen|sie mussen|sie sollten|du kannst|du musst|ihr konnt|ihr musst|' +
    'kann ich|darf ich|soll ich|muss ich|wenn sie|wenn du|wenn ihr|falls sie|falls du',
  ca: 'si us plau|sisplau|podeu|pots|heu de|has de|cal|puc|he de|si teniu|si tens|si us|si et',
  pt:
    'por favor|voce pode|vc pode|podes|voce deve|vc deve|deves|tem de|tem que|precisa|' +
    'posso|devo|se voce|se vc|se tu|se tiver',
  ar: 'يرجى|ينصح|نوصي|الرجاء|من فضلك|يمكنك|يجب|عليك|عليكي|هل يمكنني|هل استطيع|اقدر|ينفع|اذا|لو|في حال|عند',
};

/** A clause that opens with a contrast or a yes starts afresh after a negation ("no wax, but we can shave"). */
const FRESH =
  'but however yes pero sin embargo si mais cependant oui ma sim mas porem aber jedoch ja doch però لكن نعم اما';

/** Before, after and between: a frame when a treatment follows ("before your first session"). */
const AROUND =
  'before after between prior antes despues entre avant apres prima dopo tra fra vor nach zwischen abans despres depois ' +
  'قبل وقبل قبلها بعد وبعد بعدها بين وبين';
/** Said alone, or ending the clause ("shave 12 hours before"), before and after are a frame too. */
const AROUND_ALONE = 'beforehand afterwards afterward vorher nachher danach davor previamente posteriormente';
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

/** The clauses of `text`, each with whether it frames what it names as no offering of the business. */
export function framedClauses(
  text: string,
  language: string | readonly TextLanguage[],
): { clause: string; framed: boolean }[] {
  const languages = languagesOf(language);
  const { negations, frames, fresh } = tables();
  const clauses: { clause: string; framed: boolean }[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    let negated = false;
    for (const clause of sentence.split(CLAUSE_BREAK).map((c) => c.trim())) {
      if (!hasLetters(clause)) continue;
      const words = normalise(clause).split(' ').filter(Boolean);
      if (words.length > 0 && any(fresh, bare(words[0]!))) negated = false;
      negated ||= hasPhrase(negations, words, languages);
      clauses.push({ clause, framed: negated || hasPhrase(frames, words, languages) || around(words) });
    }
  }
  return clauses;
}

/**
 * `text` read for what it presents as done by the business: its affirmed
 * clauses, joined, and whether any clause was framed (else `affirmed` is the
 * text itself).
 */
export function affirmedText(
  text: string,
  language: string | readonly TextLanguage[],
): { affirmed: string; framed: boolean } {
  const clauses = framedClauses(text, language);
  if (clauses.every((c) => !c.framed)) return { affirmed: text, framed: false };
  return {
    affirmed: clauses
      .filter((c) => !c.framed)
      .map((c) => c.clause)
      .join('. '),
    framed: true,
  };
}
