/**
 * Which day a customer means: "today", "tomorrow", "this Saturday", "el 15",
 * "the 19th", "24/12", "24 de diciembre", "Christmas Eve", "per Reis", or a
 * holiday the business named ("Eid al-Fitr", "Team training day"), in every
 * supported language, resolved against `now` in the business's time zone to
 * the next such date. "On Saturdays" is a weekday, not a date.
 *
 * Pure: the clock is an argument.
 */
import type { Holiday, Weekday } from './business.js';
import { WEEKDAYS } from './business.js';
import { addDays, wallClock, weekdayOf } from './hours.js';
import { allTexts } from './localized.js';
import { ANY_STOPWORD } from './stopwords.js';
import { expandedWords, isStopword, normalise } from './text.js';
import {
  AFTER_WORDS,
  BEFORE_WORDS,
  DATE_WORDS,
  EVE_WORDS,
  FEAST_DAY_WORDS,
  FEAST_NEIGHBOUR_WORDS,
  FEAST_ORDINALS,
  FIXED_DATES,
  MONTHS,
  MOVABLE_FEASTS,
  ONE_DAY_WORDS,
  WEEKDAY_NAMES,
} from './dates-lexicon.js';

export type DateReference =
  | {
      kind: 'date';
      date: string;
      via: 'today' | 'tomorrow' | 'weekday' | 'day-of-month' | 'holiday' | 'named-day';
      holiday?: Holiday;
    }
  | { kind: 'weekday'; weekday: Weekday }
  | { kind: 'weekend'; dates: [string, string] };

export interface DateContext {
  now: Date;
  timezone: string;
  holidays: readonly Holiday[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The next date on or after `from` with this month and day. */
function nextMonthDay(from: string, month: number, day: number): string | undefined {
  const year = Number(from.slice(0, 4));
  for (const y of [year, year + 1]) {
    const date = `${y}-${pad(month)}-${pad(day)}`;
    const valid = new Date(`${date}T00:00:00Z`).getUTCDate() === day;
    if (valid && date >= from) return date;
  }
  return undefined;
}

/** The next date on or after `from` with this day of the month. */
function nextDayOfMonth(from: string, day: number): string | undefined {
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let i = 0; i < 3; i++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (new Date(`${date}T00:00:00Z`).getUTCDate() === day && date >= from) return date;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return undefined;
}

function nextWeekday(from: string, weekday: Weekday): string {
  const offset = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(from)) + 7) % 7;
  return addDays(from, offset);
}

const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|eme|o|a|º|ª)?$/;
/** An article before a weekday that makes it every week. */
const HABITUAL = new Set(['les', 'il', 'la']);
/** Words before a bare number that make it a day of the month: "el 15", "le 15", "the 15th", "dia 15". */
const DAY_BEFORE = new Set([
  'el',
  'le',
  'the',
  'dia',
  'day',
  'del',
  'on',
  'al',
  'pel',
  'pro',
  'il',
  'giorno',
  'am',
  'tag',
  'zum',
]);

/**
 * Words after a number that make it a quantity, not a day: "I am 20 weeks pregnant" ("am" also stands
 * before a German date), "el 15 por ciento", "le 3 ans". Not a word that also reads as something else right
 * after a date: "por", "pour", "per" ("el 15 por la tarde"), Catalan "any" (English "the 15th any time?"),
 * "yo" (Spanish "el 15 yo no puedo").
 */
const QUANTITY_AFTER = new Set(
  (
    'week|weeks|day|days|month|months|year|years|hour|hours|minute|minutes|percent|per cent|kg|euros|eur|' +
    'semana|semanas|dias|mes|meses|ano|anos|hora|horas|minuto|minutos|por ciento|euro|' +
    'semaine|semaines|jour|jours|mois|ans|heure|heures|pour cent|' +
    'settimana|settimane|giorno|giorni|mese|mesi|anno|anni|ore|minuti|per cento|' +
    'woche|wochen|tage|tagen|monat|monate|monaten|jahr|jahre|jahren|stunde|stunden|minuten|prozent|ssw|' +
    'setmana|setmanes|dies|mesos|anys|hores|minuts|' +
    // Counted lessons and visits: "the 10 lesson pack", "el 10 clases", "die 10 Stunden".
    'lesson|lessons|class|classes|session|sessions|visits|entries|clases|sesiones|lecciones|entradas|' +
    'cours|seances|entrees|lezioni|sessioni|ingressi|einheiten|eintritte|aulas|sessoes|entrades'
  ).split('|'),
);

/** Whether the words from `at` open with a word (or a pair of words) of quantity. */
const quantityAt = (words: readonly string[], at: number) =>
  QUANTITY_AFTER.has(words[at] ?? '') || QUANTITY_AFTER.has(`${words[at]} ${words[at + 1]}`);

/**
 * Holidays the business listed whose name the message gives: every content
 * word of a short name, two thirds of a longer one ("national day" for "UAE
 * National Day"), in any of the name's languages.
 */
/**
 * The words that name a holiday ("Team training day (staff only)" → team, training, day): no stopwords of the
 * name's language, no aside. French "Jour de l'An" keeps "an" (the year), which English would drop, leaving "jour"
 * to name New Year's Day in any sentence with "jour" in it.
 */
const nameWords = (name: string, language: string) =>
  normalise(name.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => w.length > 1 && !isStopword(w, language));

/** The business's holidays from `today` on, soonest first. */
const upcomingHolidays = (context: DateContext, today: string): Holiday[] =>
  context.holidays.filter((h) => h.date >= today).sort((a, b) => (a.date < b.date ? -1 : 1));

function namedHolidays(words: readonly string[], context: DateContext, today: string): Holiday[] {
  const said = new Set(words);
  const upcoming = upcomingHolidays(context, today);
  const found: Holiday[] = [];
  const names = new Set<string>();
  for (const holiday of upcoming) {
    const given = (tokens: readonly string[]) => {
      const hits = tokens.filter((t) => said.has(t)).length;
      return tokens.length > 0 && hits >= Math.max(tokens.length === 1 ? 1 : 2, Math.ceil((2 * tokens.length) / 3));
    };
    // "Sham el-Nessim: early extra boat": before a colon is the day's name, after it what the business does on
    // it; the name alone names the day when it has two words or more ("Closed: staff day" names nothing).
    const matched = allTexts(holiday.name, 'en').some(({ text: name, language }) => {
      const head = name.includes(':') ? nameWords(name.split(':')[0]!, language) : [];
      return given(nameWords(name, language)) || (head.length > 1 && given(head));
    });
    const key = normalise(allTexts(holiday.name, 'en')[0]?.text ?? '');
    if (matched && !names.has(key)) {
      names.add(key); // "Ramadan hours" names thirty days: the first upcoming one stands for them
      found.push(holiday);
    }
  }
  return found;
}

const DAY_WORDS = new Set(
  [...DATE_WORDS.today, ...DATE_WORDS.tomorrow, ...DATE_WORDS.dayAfterTomorrow, ...DATE_WORDS.weekend].flatMap((p) =>
    p.split(' '),
  ),
);

/** The word between a day and its month: "24 de diciembre", "the 4th of March". */
const MONTH_LINK = new Set(['de', 'of']);

/** The phrases of more than one word that name a day ("day after tomorrow", "fin de semana", "esta tarde"). */
const DAY_PHRASES = [...DATE_WORDS.today, ...DATE_WORDS.tomorrow, ...DATE_WORDS.dayAfterTomorrow, ...DATE_WORDS.weekend]
  .map((p) => p.split(' '))
  .filter((parts) => parts.length > 1);
/**
 * The words of "the day after tomorrow" that name no time of their own: "after", "depois", "dopo", "بعد" alone
 * ("só consigo ir depois do trampo", "after carnival") name no day. The words of the other phrases are a time
 * still ("this week", "la semana que viene", "demain matin", "in the afternoon"), and "day" is a day.
 */
const OTHER_DAY_WORDS = new Set(
  [...DATE_WORDS.today, ...DATE_WORDS.tomorrow, ...DATE_WORDS.weekend].flatMap((p) => p.split(' ')),
);
const DAY_PHRASE_PART = new Set(
  DATE_WORDS.dayAfterTomorrow
    .filter((p) => p.includes(' '))
    .flatMap((p) => p.split(' '))
    .filter((w) => !OTHER_DAY_WORDS.has(w) && w !== 'day' && !isCalendarName(w)),
);

/** Whether the word at `at` is part of a phrase of several words that names a day, written there. */
function inDayPhrase(words: readonly string[], at: number): boolean {
  return DAY_PHRASES.some((parts) =>
    parts.some((part, k) => part === words[at] && parts.every((p, j) => words[at - k + j] === p)),
  );
}

/** Abbreviations of a day that are also common words elsewhere: French "mon chien" is not Monday. */
const SHARED_ABBREVIATIONS = new Set(['mon']);
const BEFORE_DAY = new Set(['on', 'next', 'this', 'till', 'until', 'from', 'by', 'every', 'or', 'and', 'to']);
const AFTER_DAY = /^(?:\d.*|am|pm|at|morning|afternoon|evening|night|or|and|to|-)$/;

/** Whether an abbreviation that is also a word reads as a day here: "on mon", "mon at 3", "mon?" (alone at the end). */
function abbreviationIsDay(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  return after === undefined || AFTER_DAY.test(after) || (before !== undefined && BEFORE_DAY.has(before));
}

/** The parts of a day, in every language: Italian "mattina" is the morning, not a typo for English "matting". */
const PARTS_OF_DAY = new Set(
  `morning mornings afternoon afternoons evening evenings night nights noon midday midnight
   manana mananas tarde tardes noche noches mediodia madrugada
   matin matinee apres-midi apresmidi soir soiree nuit midi minuit
   mattina mattino mattinata pomeriggio sera serata notte mezzogiorno mezzanotte
   morgens vormittag vormittags mittag mittags nachmittag nachmittags abend abends nacht nachts mitternacht
   mati vesprada tarda vespre nit migdia matinada
   manha manhas tardinha noite noites meio-dia madrugada`.split(/\s+/),
);

/** The name of a month or a weekday, in any language: a word spelt right, never a typo for another. */
export function isCalendarName(word: string): boolean {
  return WEEKDAY_NAMES.has(word) || MONTHS.has(word);
}

/** The name of a part of the day, in any language: a word spelt right too. */
export function isPartOfDay(word: string): boolean {
  return PARTS_OF_DAY.has(word);
}

/** Month names that are other words too ("may I…", "mar" the sea, "mars", an abbreviation, Gulf "ماي" water). */
const AMBIGUOUS_MONTHS = new Set('may mar marc mars jan feb apr jun jul aug sep sept oct nov dec ماي اب'.split(' '));
/** Words that introduce a month ("in May", "durante agosto", "fi ghusht"): an ambiguous name after one is the month. */
const MONTH_INTRODUCERS = new Set(
  'in during this next until till by early late mid end en em no na durante desde hasta pendant depuis au dans im ab bis nel ad a fi في ف'.split(
    ' ',
  ),
);

/**
 * The months a message names on their own ("cerráis en octubre?", "fecham para férias em agosto?"), each with
 * where, not as part of a day of the month ("el 9 de octubre"): a figure of up to 31 just before one (or before its
 * "de"/"of") or just after it makes it a date's. A name that is another word too ("may") counts only after a word
 * that introduces a month ("in May").
 */
export function monthAlone(words: readonly string[]): { month: number; at: number }[] {
  const day = (w: string | undefined) => {
    const n = ORDINAL.exec(w ?? '');
    return n !== null && Number(n[1]) >= 1 && Number(n[1]) <= 31;
  };
  const joiners = new Set(['de', 'of', 'del', 'di', 'du', 'd']);
  return words.flatMap((word, at) => {
    const month = MONTHS.get(word);
    if (month === undefined) return [];
    if (AMBIGUOUS_MONTHS.has(word) && !MONTH_INTRODUCERS.has(words[at - 1] ?? '')) return [];
    const before = joiners.has(words[at - 1] ?? '') ? words[at - 2] : words[at - 1];
    return day(before) || day(words[at + 1]) ? [] : [{ month, at }];
  });
}

/** The days of the next `month` (1..12) from `today` (YYYY-MM-DD): from today if it is this month. */
export function monthWindow(month: number, today: string): [string, string] {
  const [year, current] = today.split('-').map(Number) as [number, number];
  const y = month < current ? year + 1 : year;
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const from = `${y}-${mm}-01`;
  return [today > from ? today : from, `${y}-${mm}-${String(last).padStart(2, '0')}`];
}

/** Whether a normalised word names a day: a weekday, a month, "today", "tomorrow", a day of the month. */
export function isDateWord(word: string): boolean {
  if (isCalendarName(word) || DAY_WORDS.has(word)) return true;
  const number = ORDINAL.exec(word);
  return number !== null && Number(number[1]) >= 1 && Number(number[1]) <= 31;
}

/** Longest first, so "por la mañana" goes before "la mañana". */
const MORNINGS = [...DATE_WORDS.morning].sort((a, b) => b.length - a.length);

/** Where in `words` a phrase of words in a row starts, or -1. */
function phraseAt(words: readonly string[], phrase: string): number {
  const parts = phrase.split(' ');
  return words.findIndex((_, i) => parts.every((p, k) => words[i + k] === p));
}

/**
 * A movable feast the message names ("open on Eid?", "the second day of Eid", "Thanksgiving") and its day: the
 * first upcoming holiday the business listed under that feast's name that is not its eve or the day after ("Eid
 * eve / chand raat", "Day after Thanksgiving"), moved on by an ordinal said next to a day word ("yung pangalawang
 * araw": the second day). `at` is where the message names the feast.
 */
function feastDay(
  words: readonly string[],
  context: DateContext,
  today: string,
): { date: string; at: number; eveOf?: string } | undefined {
  // Each upcoming holiday with the words of its name in every language it is given in; read once, when the message
  // names a feast at all.
  let upcoming: { holiday: Holiday; names: string[][] }[] | undefined;
  for (const names of MOVABLE_FEASTS) {
    const at = names.map((n) => phraseAt(words, n)).find((i) => i >= 0);
    if (at === undefined) continue;
    upcoming ??= upcomingHolidays(context, today).map((holiday) => ({
      holiday,
      names: allTexts(holiday.name, 'en').map(({ text }) => normalise(text.replace(/\([^)]*\)/g, ' ')).split(' ')),
    }));
    // A holiday whose name says eve or day after in any of its languages is the feast's neighbour, even where
    // another language's name of it says only the feast ("Eve of Eid al-Adha" beside "عيد الأضحى: نغلق على 12").
    const listed = upcoming.find(
      (h) =>
        h.names.some((nameWords) => names.some((n) => phraseAt(nameWords, n) >= 0)) &&
        !h.names.some((nameWords) => nameWords.some((w) => FEAST_NEIGHBOUR_WORDS.has(w))),
    )?.holiday;
    if (!listed) continue;
    const length = names.find((n) => phraseAt(words, n) === at)!.split(' ').length;
    if (asksForEve(words, at, length)) {
      // The eve the business listed itself, up to three days before ("Veille de l'Aïd" on the Saturday), or the day before.
      const eve = upcoming.find(
        (h) =>
          h.holiday.date < listed.date &&
          h.holiday.date >= addDays(listed.date, -3) &&
          h.names.some((nameWords) => nameWords.some((w) => EVE_WORDS.has(w))),
      )?.holiday;
      return { date: eve?.date ?? addDays(listed.date, -1), at, eveOf: listed.date };
    }
    const ordinal = words.findIndex(
      (w, i) =>
        FEAST_ORDINALS.has(w) && (FEAST_DAY_WORDS.has(words[i + 1] ?? '') || FEAST_DAY_WORDS.has(words[i - 1] ?? '')),
    );
    const nth = ordinal >= 0 ? FEAST_ORDINALS.get(words[ordinal]!)! : 1;
    return { date: addDays(listed.date, nth - 1), at };
  }
  return undefined;
}

/**
 * Whether the feast named at `at` (of `length` words) is asked about by its eve: an eve word just before or right
 * after its name ("la veille de l'Aïd", "Eid eve", "وقفة العيد"), or one day word then a word of before ("the day
 * before Eid", "el día antes del Eid", "يوم قبل العيد").
 */
function asksForEve(words: readonly string[], at: number, length: number): boolean {
  const before = words.slice(Math.max(0, at - 3), at);
  if (before.some((w) => EVE_WORDS.has(w)) || EVE_WORDS.has(words[at + length] ?? '')) return true;
  return before.some(
    (w, k) => ONE_DAY_WORDS.has(w) && BEFORE_WORDS.has(before[k + 1] ?? '') && !/\d/.test(before[k - 1] ?? ''),
  );
}

/**
 * A weekday said right before a feast with a word of before or after between them ("the Wednesday before
 * Thanksgiving", "mekredi anvan Thanksgiving"): that weekday of the feast's week, not the next one.
 */
function weekdayBesideFeast(
  words: readonly string[],
  i: number,
  weekday: Weekday,
  feast: { date: string; at: number },
): string | undefined {
  if (feast.at <= i || feast.at - i > 4) return undefined;
  const between = words.slice(i + 1, feast.at);
  const feastWeekday = weekdayOf(feast.date);
  if (between.some((w) => BEFORE_WORDS.has(w))) {
    const back = (WEEKDAYS.indexOf(feastWeekday) - WEEKDAYS.indexOf(weekday) + 7) % 7 || 7;
    return addDays(feast.date, -back);
  }
  if (between.some((w) => AFTER_WORDS.has(w))) {
    const on = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(feastWeekday) + 7) % 7 || 7;
    return addDays(feast.date, on);
  }
  return undefined;
}

/** The text with every phrase of a morning taken out: "mañana" left in it is tomorrow ("mañana por la mañana"). */
const withoutMornings = (joined: string): string =>
  MORNINGS.reduce((text, phrase) => text.split(` ${phrase} `).join(' _ '), joined);

let namedDayWords: ReadonlySet<string> | undefined;

/**
 * Whether `word` names a day in a message that refers to dates: a word of a
 * fixed day's name ("Heiligabend", "nochebuena") or of the name of a
 * holiday the message refers to ("Flash Day"), besides `isDateWord`.
 */
export function namesADay(
  word: string,
  refs: readonly DateReference[],
  words?: readonly string[],
  at?: number,
): boolean {
  if (isDateWord(word))
    return words === undefined || at === undefined || !DAY_PHRASE_PART.has(word) || inDayPhrase(words, at);
  namedDayWords ??= new Set(
    FIXED_DATES.flatMap((d) => d.phrases.flatMap((p) => p.split(' '))).filter((w) => !ANY_STOPWORD.has(w)),
  );
  if (namedDayWords.has(word)) return true;
  return refs.some(
    (ref) =>
      ref.kind === 'date' &&
      ref.holiday !== undefined &&
      allTexts(ref.holiday.name, 'en').some(({ text, language }) => nameWords(text, language).includes(word)),
  );
}

/** Words just before a figure that make "5.30" a time of day: "at 5.30", "a las 9.15", "um 7.45", "dalle 10.30". */
const TIME_BEFORE = new Set(
  (
    'at|around|about|by|from|till|until|before|after|a|as|las|la|les|vers|hacia|sobre|desde|hasta|antes|despues|' +
    'apres|avant|jusqu|um|ab|bis|gegen|vor|nach|alle|dalle|verso|prima|dopo|fino|ore|om|tegen|cap|fins|des|' +
    'entre|between|hora|horas|heure|heures'
  ).split('|'),
);
/** Words just after a figure that make it a time: "5.30 pm", "9.15h", "7.45 Uhr", "17.30 hs". */
const TIME_AFTER = new Set(['am', 'pm', 'h', 'hs', 'hrs', 'uhr', 'horas', 'heures', 'ore', 'hores', 'oclock']);
/** Currency words after a figure: "12.05 euros" is an amount. */
const MONEY_AFTER = new Set([
  'euros',
  'euro',
  'eur',
  'dollars',
  'usd',
  'pounds',
  'gbp',
  'chf',
  'francs',
  'dirhams',
  'dinars',
  'pesos',
  'reais',
]);
/** Words after "3-4" that make it a range of a count, not a date: "3-4 people", "2-3 hours", "7-12 years old". */
const COUNTED_AFTER = new Set(
  (
    'people|persons|person|pax|guests|kids|children|adults|players|dogs|cats|mins|min|hrs|h|x|times|' +
    'personas|persona|ninos|adultos|jugadores|perros|veces|personnes|enfants|adultes|joueurs|chiens|fois|' +
    'persone|bambini|adulti|giocatori|cani|volte|personen|kinder|erwachsene|spieler|hunde|mal|' +
    'pessoas|criancas|adultos|jogadores|caes|vezes|persones|nens|adults|jugadors|gossos|cops|vegades'
  ).split('|'),
);
/** Words just before "7-12" that make it a range: "aged 7-12", "ages 7-12", "edades 6-10", "de 5-6 ans". */
const RANGE_BEFORE = new Set([
  'aged',
  'ages',
  'age',
  'edad',
  'edades',
  'eta',
  'alter',
  'idade',
  'edat',
  'entre',
  'between',
]);

/**
 * Dates written in figures: day first ("24/12", "24.12.2027", "24-12"), month first when the day cannot be a month
 * ("12/24", slashes only: American), the year when given ("2027-12-24", "24/12/27"), with `rest` the text without
 * them. Not a time of day ("at 5.30", "9.15 h": with a dot, "5.30" has no month 30 to be a date), nor a range of a
 * count or of days ("3-4 people", "aged 7-12", "2-3 hours", "el 5-6 de marzo": the month's own day reads it).
 */
function numericDates(text: string, today: string): { dates: string[]; rest: string } {
  const dates: string[] = [];
  const valid = (y: number, m: number, d: number) => {
    const date = `${y}-${pad(m)}-${pad(d)}`;
    return m >= 1 && m <= 12 && d >= 1 && new Date(`${date}T00:00:00Z`).getUTCDate() === d ? date : undefined;
  };
  const wordsOf = (s: string) => normalise(s).split(' ').filter(Boolean);
  const pattern = /(?<![\d/.,:-])(\d{1,4})\s?([/.-])\s?(\d{1,2})(?:\2(\d{4}|\d{2})(?!\d))?(?![\d/:]|[.,-]\d)/g;
  const rest = text.replace(
    pattern,
    (whole, first: string, sep: string, second: string, year: string | undefined, at: number) => {
      const before = wordsOf(text.slice(Math.max(0, at - 24), at)).at(-1) ?? '';
      const after = wordsOf(text.slice(at + whole.length, at + whole.length + 24));
      const [a, b] = [Number(first), Number(second)];
      // ISO, year first: "2027-12-24".
      if (first.length === 4) {
        const date = year?.length === 2 && sep === '-' ? valid(a, b, Number(year)) : undefined;
        if (date) dates.push(date);
        return date ? ' ' : whole;
      }
      if (first.length > 2) return whole;
      // An amount ("12.05 €", "€12.05", "12.05 euros"), a time of day or a counted range is taken out unread: its
      // figures are no days either ("at 10.05" is not the 5th).
      const money = /[€$£]\s?$/.test(text.slice(0, at)) || /^\s?[€$£]/.test(text.slice(at + whole.length));
      if (money || MONEY_AFTER.has(after[0] ?? '')) return ' ';
      if (year === undefined) {
        const time = b > 12 || TIME_BEFORE.has(before) || TIME_AFTER.has(after[0] ?? '');
        if (sep === '.' && second.length === 2 && time) return ' ';
        if (COUNTED_AFTER.has(after[0] ?? '') || quantityAt(after, 0)) return ' ';
        if (sep === '-' && RANGE_BEFORE.has(before)) return ' ';
        // "el 5-6 de marzo", "5-6 March": both days of the month named.
        const named = MONTHS.get(after[0] ?? '') ?? (after[0] === 'de' ? MONTHS.get(after[1] ?? '') : undefined);
        if (sep === '-' && named !== undefined) {
          for (const day of [a, b]) {
            const date = nextMonthDay(today, named, day);
            if (date) dates.push(date);
          }
          return ' ';
        }
      }
      let [day, month] = [a, b];
      if (sep === '/' && month > 12 && day <= 12) [day, month] = [month, day];
      const date =
        year === undefined
          ? nextMonthDay(today, month, day)
          : valid(year.length === 2 ? 2000 + Number(year) : Number(year), month, day);
      if (!date) return whole;
      dates.push(date);
      return ' ';
    },
  );
  return { dates, rest };
}

/** The first day of a month written as a word: "primo aprile", "le premier mai", "primero de abril", "first of May". */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  'first',
  'primo',
  'premier',
  'primero',
  'primer',
  'primeiro',
  'erste',
  'ersten',
  'erster',
]);

/** "Giovedì primo aprile", "jeudi premier avril": the word "first" before a month (or "de"/"of" and a month) is the 1st. */
function firstOfMonth(words: string[]): string[] {
  return words.map((word, i) => {
    if (!FIRST_WORDS.has(word)) return word;
    const next = words[i + 1] ?? '';
    const month = MONTHS.has(next) || (MONTH_LINK.has(next) && MONTHS.has(words[i + 2] ?? ''));
    return month ? '1' : word;
  });
}

export function findDateReferences(text: string, context: DateContext): DateReference[] {
  const today = wallClock(context.now, context.timezone).date;
  // French elides the article of the feast ("l'Aïd"), which the normaliser drops with it: it is Eid.
  // Dates in figures are read first and taken out, so their numbers are not read again as days ("el 24/12").
  const numeric = numericDates(text, today);
  const words = firstOfMonth(expandedWords(numeric.rest.replace(/\b[lL]['’]\s?[aA][iïIÏ]d\b/gu, 'eid')));
  const joined = ` ${words.join(' ')} `;
  const refs: DateReference[] = [];
  const push = (ref: DateReference) => {
    const key = JSON.stringify(ref.kind === 'date' ? ref.date : ref);
    if (!refs.some((r) => JSON.stringify(r.kind === 'date' ? r.date : r) === key)) refs.push(ref);
  };
  const has = (phrases: readonly string[]) => phrases.some((p) => joined.includes(` ${p} `));

  const feast = feastDay(words, context, today);
  const besideFeast = feast
    ? words.flatMap((word, i) => {
        const weekday = WEEKDAY_NAMES.get(word);
        const date = weekday && !weekday.plural ? weekdayBesideFeast(words, i, weekday.day, feast) : undefined;
        return date ? [{ i, date }] : [];
      })
    : [];
  const holidayOn = (date: string) => context.holidays.find((h) => h.date === date);
  for (const { date } of besideFeast) {
    const holiday = holidayOn(date);
    push({ kind: 'date', date, via: holiday ? 'holiday' : 'weekday', ...(holiday ? { holiday } : {}) });
  }
  if (feast && besideFeast.length === 0) {
    const holiday = holidayOn(feast.date);
    push({ kind: 'date', date: feast.date, via: holiday ? 'holiday' : 'named-day', ...(holiday ? { holiday } : {}) });
  }
  // The feast a weekday was put beside, or whose eve is asked, is not asked about itself ("the Tuesday before
  // Thanksgiving", "Thanksgiving eve").
  for (const holiday of namedHolidays(words, context, today))
    if ((besideFeast.length === 0 || holiday.date !== feast?.date) && holiday.date !== feast?.eveOf)
      push({ kind: 'date', date: holiday.date, via: 'holiday', holiday });
  // Longer names first ("Christmas Eve" before "Christmas"): a name found is taken out of the text.
  let rest = joined;
  for (const { phrases, month, day } of FIXED_DATES) {
    const phrase = phrases.find((p) => rest.includes(` ${p} `));
    if (!phrase) continue;
    rest = rest.replace(` ${phrase} `, ' _ ');
    const date = nextMonthDay(today, month, day);
    const holiday = context.holidays.find((h) => h.date === date);
    if (date) push({ kind: 'date', date, via: holiday ? 'holiday' : 'named-day', ...(holiday ? { holiday } : {}) });
  }
  if (has(DATE_WORDS.dayAfterTomorrow)) push({ kind: 'date', date: addDays(today, 2), via: 'tomorrow' });
  else if (DATE_WORDS.tomorrow.some((p) => withoutMornings(joined).includes(` ${p} `)))
    push({ kind: 'date', date: addDays(today, 1), via: 'tomorrow' });
  if (has(DATE_WORDS.today)) push({ kind: 'date', date: today, via: 'today' });
  if (has(DATE_WORDS.weekend)) {
    const saturday = nextWeekday(today, 'sat');
    push({ kind: 'weekend', dates: [saturday, addDays(saturday, 1)] });
  }

  for (const date of numeric.dates) push({ kind: 'date', date, via: 'day-of-month' });

  // "dimanche 20", "Saturday the 19th", "sábado 19 de diciembre": a weekday with its date names that date, not the
  // next such weekday, when the two agree.
  const datedWeekday = (i: number): string | undefined => {
    const word = words[i] ?? '';
    const weekday = WEEKDAY_NAMES.get(word);
    if (!weekday || weekday.plural || (SHARED_ABBREVIATIONS.has(word) && !abbreviationIsDay(words, i)))
      return undefined;
    const at = words[i + 1] === 'the' || words[i + 1] === 'den' ? i + 2 : i + 1;
    const number = ORDINAL.exec(words[at] ?? '');
    if (!number) return undefined;
    const day = Number(number[1]);
    const month = MONTHS.get(words[at + 1] ?? '') ?? MONTHS.get(words[at + 2] ?? '');
    const date = month ? nextMonthDay(today, month, day) : nextDayOfMonth(today, day);
    return date && weekdayOf(date) === weekday.day ? date : undefined;
  };
  words.forEach((word, i) => {
    const dated = datedWeekday(i);
    if (dated) {
      push({ kind: 'date', date: dated, via: 'day-of-month' });
      return;
    }
    if (datedWeekday(i - 1) || (words[i - 1] === 'the' && datedWeekday(i - 2))) return;
    if (besideFeast.some((b) => b.i === i)) return;
    const weekday = WEEKDAY_NAMES.get(word);
    if (weekday && !(SHARED_ABBREVIATIONS.has(word) && !abbreviationIsDay(words, i))) {
      // French "les samedis", Italian "il sabato"/"la domenica" (habitual): every week.
      const recurring =
        weekday.plural || DATE_WORDS.every.includes(words[i - 1] ?? '') || HABITUAL.has(words[i - 1] ?? '');
      if (recurring) push({ kind: 'weekday', weekday: weekday.day });
      else push({ kind: 'date', date: nextWeekday(today, weekday.day), via: 'weekday' });
      return;
    }
    const number = ORDINAL.exec(word);
    if (!number) return;
    const day = Number(number[1]);
    if (day < 1 || day > 31) return;
    const month = MONTHS.get(words[i + 1] ?? '') ?? MONTHS.get(words[i + 2] ?? '') ?? MONTHS.get(words[i - 1] ?? '');
    // "24 de diciembre", "the 4th of March".
    const nextIsMonth =
      MONTHS.has(words[i + 1] ?? '') || (MONTH_LINK.has(words[i + 1] ?? '') && MONTHS.has(words[i + 2] ?? ''));
    if (month && (nextIsMonth || MONTHS.has(words[i - 1] ?? ''))) {
      const date = nextMonthDay(today, month, day);
      if (date) push({ kind: 'date', date, via: 'day-of-month' });
    } else if (quantityAt(words, i + 1)) {
      return;
    } else if (
      word !== String(day) ||
      // "le 10" is the 10th in French, but "verso le 10", "dopo le 10" in Italian is a time of day.
      (DAY_BEFORE.has(words[i - 1] ?? '') && !(words[i - 1] === 'le' && TIME_BEFORE.has(words[i - 2] ?? '')))
    ) {
      // "15th", or "el 15": a day of this month (or the next, if it has passed).
      const date = nextDayOfMonth(today, day);
      if (date) push({ kind: 'date', date, via: 'day-of-month' });
    }
  });
  return withoutFramingWeekend(refs);
}

/**
 * "El finde que viene, el viernes 17, abrís?", "next weekend, Saturday the 18th": a date written out (its day of
 * the month) that falls on the weekend named, or on the Friday that opens it (where the weekend starts on
 * Friday), says which day of it is meant; the weekend frames it and is not asked about besides.
 */
function withoutFramingWeekend(refs: DateReference[]): DateReference[] {
  const weekend = refs.find((r) => r.kind === 'weekend');
  if (weekend?.kind !== 'weekend') return refs;
  const [saturday, sunday] = weekend.dates;
  const friday = addDays(saturday, -1);
  const framed = refs.some(
    (r) => r.kind === 'date' && r.via === 'day-of-month' && r.date >= friday && r.date <= sunday,
  );
  return framed ? refs.filter((r) => r !== weekend) : refs;
}
