/**
 * Every answer the business's data could give to a message, each with a
 * score, so intent rules and retrieval compete instead of one pre-empting
 * the other. A score is how sure we are that the candidate answers the
 * message: for a Q&A entry, article or policy it is its match strength
 * (domain/unit-index.ts); for a rule (prices, hours, a day's hours, the
 * address, booking…) it grows with the share of the message's content the
 * rule explains. So "how much notice do I need to cancel?" is answered by
 * the cancellation policy, which explains "notice" and "cancel", not by
 * the price list, which explains only "how much"; and a specific match
 * beats a generic one.
 */
import { moneyAmounts } from '../../domain/amounts.js';
import { type DateReference, isCalendarName, monthAlone, namesADay } from '../../domain/dates.js';
import { OFFERING_CONCEPTS } from '../../domain/lexicon/concepts.js';
import { analyse } from '../../domain/analyzer.js';
import { isTextLanguage } from '../../domain/languages.js';
import type { KnowledgeHit, ServiceHit } from '../../domain/knowledge-index.js';
import type { ComposeContext, Part } from './compose.js';
import {
  bookingPart,
  contactPart,
  dateHoursPart,
  hoursPart,
  knowledgePart,
  locationPart,
  type ServiceMode,
  servicePart,
  serviceListPart,
} from './parts.js';
import type { Reading } from './understand.js';
import type { Intent } from './lexicon.js';

export type CandidateKind =
  'knowledge' | 'service' | 'services' | 'hours' | 'hours-date' | 'location' | 'contact' | 'booking';

export interface Candidate {
  kind: CandidateKind;
  score: number;
  /** Content units (indices into the message's units) this answer accounts for. */
  explains: ReadonlySet<number>;
  part: Part;
  /** For knowledge candidates, the hit. */
  hit?: KnowledgeHit;
  /** For rules, the score when they explain the whole message (a second part is judged on what is left). */
  base?: number;
  /** For service candidates, what they answer. */
  mode?: ServiceMode | 'duration';
  /**
   * A knowledge candidate lifted over a rule it is more specific than
   * (`preferSpecific`) keeps its own match strength here: entries lifted to
   * the same score are still told apart by it.
   */
  strength?: number;
  /** For service candidates, the units the services' own names hold (not their category or description). */
  named?: ReadonlySet<number>;
  /** A rule no entry is lifted over: the list of services "besides" the one named, which entries about it are not. */
  final?: boolean;
}

/** The score, then the own match strength of entries lifted to the same score. */
export const byScore = (a: Candidate, b: Candidate) =>
  b.score - a.score || (b.strength ?? b.score) - (a.strength ?? a.score);

/** How much of the message's content a set of units is. */
function share(reading: Reading, units: Iterable<number>): number {
  const content = new Set(reading.content);
  if (content.size === 0) return 0;
  let n = 0;
  for (const u of new Set(units)) if (content.has(u)) n++;
  return n / content.size;
}

/** A rule's score: its base when it explains everything, down to `base - spread` when it explains nothing. */
export const ruleScore = (base: number, explained: number, spread = 0.45) => base - spread * (1 - explained);

/**
 * Units holding a day ("Saturday", "the 19th", "tomorrow"). `strict`: a word of "the day after tomorrow" that names
 * no time of its own ("after", "depois") only inside that phrase; loosely it counts anywhere, as the time it
 * tells ("…drop by after work").
 */
function dateUnits(reading: Reading, strict = false): number[] {
  const { corrected: words, positions } = reading.search.analysis;
  const names = (p: number) =>
    strict ? namesADay(words[p] ?? '', reading.dates, words, p) : namesADay(words[p] ?? '', reading.dates);
  return positions.flatMap((ps, i) => (ps.some(names) ? [i] : []));
}

/**
 * Words that make a day named after them the customer's own deadline: "we're only here till Saturday", "estamos
 * hasta el sábado", "on est là jusqu'à samedi", "bis Samstag", "fins dissabte", "até sábado", "fino a sabato".
 * The second set are the words of a two-word "until" ("fins a", "fino al", "jusqu au", "hasta el").
 */
const UNTIL = new Set([
  'till',
  'until',
  'til',
  'hasta',
  'fins',
  'jusqu',
  'jusqua',
  'ate',
  'bis',
  'fino',
  'حتى',
  'لين',
  'hatta',
]);
const UNTIL_LINK = new Set(['a', 'al', 'el', 'au', 'o', 'ao', 'zum', 'the', 'la']);

/**
 * Whether the message names its day only as a deadline ("till Saturday"): the day tells when the customer
 * leaves, not a class asked about. Any other day named (a weekday, a date, "tomorrow", a feast) keeps the reading.
 */
function onlyDeadline(reading: Reading, days: readonly number[], dated: readonly DateReference[]): boolean {
  const { corrected: words, positions } = reading.search.analysis;
  const until = (p: number) =>
    UNTIL.has(words[p - 1] ?? '') || (UNTIL_LINK.has(words[p - 1] ?? '') && UNTIL.has(words[p - 2] ?? ''));
  const deadline = days.filter((u) => (positions[u] ?? []).length > 0 && (positions[u] ?? []).every(until));
  const calendar = (u: number) =>
    (positions[u] ?? []).some((p) => isCalendarName(words[p] ?? '') || /\d/.test(words[p] ?? ''));
  return (
    deadline.length > 0 &&
    dated.every((d) => d.kind === 'date' && (d.via === 'weekday' || d.via === 'day-of-month')) &&
    days.every((u) => deadline.includes(u) || !calendar(u))
  );
}

/** Diets a meal is asked about with: no meat, no gluten, an allergy. */
const DIETS = ['vegetarian', 'vegan', 'glutenFree', 'allergy'] as const;

/** Words before "الدوام" that make it the customer's workplace, not the business's hours. */
const WORKPLACE_BEFORE = new Set(['من', 'عند', 'في']);

/**
 * "Opening" units, except "hours" after a number ("takes 2 hours"), "close
 * to" (near), and words a booking cue holds: "tem horário sábado?",
 * "teniu hora dimarts?" ask for a slot, not the opening hours.
 */
function openingUnits(reading: Reading): number[] {
  const { corrected: words, positions } = reading.search.analysis;
  const booking = reading.classification.matches.filter((m) => m.key === 'bookingAct');
  const held = (p: number) => booking.some((m) => m.start <= p && p < m.end);
  // "For an hour", "half an hour", "the whole hour", "per hour": an hour counted is a length, not the opening hours.
  const quantity =
    /^(\d+|a|an|one|many|few|couple|several|two|three|four|five|six|half|per|each|every|an?other|extra|more|whole|full|entire|first|last)$/;
  // A lunch break is a question about the hours ("cerráis a mediodía?"): the week's hours show it.
  // Lunch told around the question ("…pq aí nem marco almoço": the customer's own lunch) asks no hours.
  const opening = new Set(reading.unitsWith('opening'));
  // "…les enfants mangent quoi le midi ?", "what do they eat at lunchtime?": midday said with eating is when someone
  // eats, not the business's break.
  // So is a lunch told with a diet ("o almoço tem opção vegana?", "nel pranzo c'è un menu senza glutine?"): the
  // meal served, not the break.
  const meal = reading.unitsWith('eat', ...DIETS).length > 0;
  const lunch = meal ? new Set(reading.unitsWith('lunchBreak')) : new Set<number>();
  return reading.unitsWith('opening', 'lunchBreak').filter((u) => {
    if (lunch.has(u)) return false;
    if (!opening.has(u) && !reading.asked(u)) return false;
    const ps = positions[u] ?? [];
    return ps.some((p) => {
      if (held(p)) return false;
      const word = words[p] ?? '';
      if (word === 'hours' || word === 'hour') {
        if (!quantity.test(words[p - 1] ?? '')) return true;
        // "Could I pop in in (like) an hour, are you still open?": a time from now, when the business must be open.
        const from = ['like', 'about', 'around', 'roughly'].includes(words[p - 2] ?? '') ? p - 3 : p - 2;
        return /^(a|an|one)$/.test(words[p - 1] ?? '') && ['in', 'within'].includes(words[from] ?? '');
      }
      if (word === 'close') return !['to', 'by'].includes(words[p + 1] ?? '');
      // In the Gulf "الدوام" is also the workplace: "from work", "at work" ("…ياخذ السيارة من عند الدوام") is a place.
      if (/^(?:ال)?دوام$/.test(word)) return !WORKPLACE_BEFORE.has(words[p - 1] ?? '');
      if (word === 'بالدوام') return false;
      return true;
    });
  });
}

function knowledgeCandidates(ctx: ComposeContext, reading: Reading): Candidate[] {
  const content = new Set(reading.content);
  const prices = reading.unitsWith('price');
  return reading.search.knowledge.slice(0, 4).flatMap((hit) => {
    // An entry that matches only small talk ("bonne journée" against a text about the day after) answers nothing.
    if (!hit.hit.matched.some((u) => content.has(u))) return [];
    const part = knowledgePart(ctx.business, hit, hit.strength);
    // An entry that names its price answers the "how much?" asked of what it speaks of.
    const price = prices.length > 0 && statesAmount(ctx.business, hit) ? prices : [];
    return part
      ? [
          {
            kind: 'knowledge' as const,
            score: hit.strength,
            explains: new Set([...hit.hit.matched, ...price]),
            part,
            hit,
          },
        ]
      : [];
  });
}

/** What a "how long" may ask the length of, other than a visit: results coming, a wait, an effect lasting. */
const OTHER_LENGTHS = ['results', 'waitingTime', 'lasting'];

/** How much weaker a service's card is as the answer to a question that asks how many (lessons, sessions). */
const COUNT_ASKED_PENALTY = 0.1;

/** How much weaker a service's card is as the answer to how long a pack stays valid (no price asked). */
const VALIDITY_CARD_PENALTY = 0.25;

/** What happens around a booking (cancelling, moving, notice, lateness): rules a policy states, not services. */
const BOOKING_RULES = ['cancel', 'reschedule', 'notice', 'late'];

/** Services the message names: most of a name's words ("full groom", "Haarschnitt"). */
const namedServices = (reading: Reading) => reading.search.services.filter((s) => s.nameCoverage >= 0.66);

/** The least an entry that states its own price must score to answer a price question over a service's card. */
const PRICED_ENTRY_FLOOR = 0.45;

/**
 * The entry of the business's knowledge that answers a price question better than the named service's card: the
 * best one, sure enough, it states an amount, it explains every word the card explains but the price, and two
 * words more.
 */
function pricedEntry(
  ctx: ComposeContext,
  reading: Reading,
  services: readonly ServiceHit[],
  priceUnits: readonly number[],
): KnowledgeHit | undefined {
  const price = new Set(priceUnits);
  const card = new Set(services.flatMap((s) => s.matched).filter((u) => !price.has(u)));
  const content = new Set(reading.content);
  // The best entry only: a weaker one that prices something else ("a puppy's first visit") is no answer.
  const best = reading.search.knowledge[0];
  if (!best || best.strength < PRICED_ENTRY_FLOOR) return undefined;
  const matched = new Set(best.hit.matched);
  if (![...card].every((u) => matched.has(u))) return undefined;
  if ([...matched].filter((u) => content.has(u) && !card.has(u) && !price.has(u)).length < 2) return undefined;
  return statesAmount(ctx.business, best) ? best : undefined;
}

/** Whether an entry's text, in any of its languages, names an amount of money. */
function statesAmount(business: ComposeContext['business'], hit: KnowledgeHit): boolean {
  const text =
    hit.kind === 'qa'
      ? business.qa.find((q) => q.id === hit.id)?.answer
      : hit.kind === 'article'
        ? business.knowledge.find((a) => a.id === hit.id)?.body
        : business.policies.find((p) => p.id === hit.id)?.text;
  if (text === undefined) return false;
  const texts = typeof text === 'string' ? [text] : Object.values(text);
  return texts.some((t) => moneyAmounts(t, business.profile.currency).length > 0);
}

/**
 * Whether a price is asked outright ("how much", "cuánto", "was kostet", "the price", "tarif"), not only paying said
 * ("do we have to pay for an engineer?", "toca pagar aparte?"): a phrase of the concept `price` that the lexicon
 * does not mark weak (concepts-desk.ts, idioms.ts).
 */
function asksHowMuch(reading: Reading): boolean {
  return reading.search.analysis.concepts.some((c) => c.key === 'price' && c.weight >= 1);
}

/**
 * "First time boarding her, what do I need to pack?": what to bring is never on a service's card; an entry of the
 * business's knowledge that speaks of it answers, and the card of the service named beside it does not.
 */
function bringAnswered(reading: Reading): boolean {
  const bring = new Set(reading.unitsWith('bring'));
  return bring.size > 0 && reading.search.knowledge.some((k) => k.hit.matched.some((u) => bring.has(u)));
}

function serviceCandidates(ctx: ComposeContext, reading: Reading): Candidate[] {
  const services = reading.search.services;
  const priceUnits = reading.unitsWith('price', 'duration', 'validity', 'deposit', 'free');
  const asksValidity = reading.concepts.has('validity');
  const asksPrice = priceUnits.length > 0;
  const candidates: Candidate[] = [];
  // "What treatments do you offer?": only the generic word, which some names share ("Root canal treatment").
  const serviceWords = reading.unitsWith('services');
  const onlyGeneric = reading.content.length > 0 && reading.content.every((u) => serviceWords.includes(u));
  // "What else do you do apart from haircuts?": the services besides the one named, so the whole list.
  const besides = reading.concepts.has('services') && reading.has('besides');
  // Named outright: most of a name ("curetaje … por cuadrante"), as a good part of the message.
  const named = namedServices(reading).filter((s) => s.queryCoverage >= 0.3);
  // "I lost the ball of my navel piercing, do you have a spare one, how much?": an entry of the business that
  // speaks of what is asked, names its price and explains the service named as well answers the price; the
  // service's card only knows the service.
  const priced = asksPrice && services.length > 0 ? pricedEntry(ctx, reading, services, priceUnits) : undefined;
  // "Si mañana no puedo estar en casa y os aviso esta noche, ¿me cobráis algo?": a charge for what the customer
  // supposes (missing, cancelling, moving, coming late, telling late) is a booking rule's fee, no service's price.
  // Only a charge asked ("me cobráis algo?"): a deposit asked about beside a supposed cancelling is the service's term.
  const supposedFee =
    reading.concepts.has('price') && hypothetical(reading) && BOOKING_RULES.some((c) => reading.concepts.has(c));
  // "Nosotros mismos podemos grabar allá o toca pagar aparte a un técnico?": whether they may do it themselves, and
  // so whether to pay at all, is the question; the card of the service they would otherwise pay for is no answer to
  // it (an entry about doing it themselves is). A price asked outright ("how much?") beside it stays a price.
  const ownDoing = reading.has('ourselves') && !asksHowMuch(reading);
  if (asksPrice && services.length > 0 && !priced && !supposedFee && !ownDoing) {
    const mode: ServiceMode = asksValidity && !reading.concepts.has('price') ? 'validity' : 'price';
    // Asked how long a pack is valid, the card leaves out how long a visit takes: "how long" is the validity's.
    const lengths = mode === 'validity' ? new Set(reading.unitsWith('duration')) : new Set<number>();
    const explains = new Set([...services.flatMap((s) => s.matched), ...priceUnits.filter((u) => !lengths.has(u))]);
    const coverage = Math.max(...services.map((s) => s.nameCoverage));
    const score = ruleScore(0.55 + 0.4 * coverage, share(reading, explains), 0.5);
    // "How long?" alone is ambiguous (a visit, a course of treatment, how long results last): a weaker rule.
    const durationOnly = !reading.concepts.has('price') && !asksValidity;
    // And weaker still when it asks how long something else takes or lasts: results, a wait, the effect.
    const otherLength = durationOnly && OTHER_LENGTHS.some((c) => reading.concepts.has(c));
    // "How long is the 10-class pass valid?" asks what an entry about validity says; a card answers it only
    // through its price note, so an entry of the business's knowledge that explains it wins.
    const validityOnly = mode === 'validity' ? VALIDITY_CARD_PENALTY : 0;
    const scored = (durationOnly ? score - (otherLength ? 0.3 : 0.1) : score) - validityOnly;
    const kind = durationOnly ? 'duration' : mode;
    candidates.push({
      kind: 'service',
      score: scored,
      explains,
      part: servicePart(ctx, services, mode, scored),
      mode: kind,
      named: new Set(services.flatMap((s) => s.named)),
    });
  } else if (named.length > 0 && !onlyGeneric && !besides && !bringAnswered(reading)) {
    // A service named alongside other words is usually the subject of a question about it, not a request
    // for its details: a weaker rule than a price question.
    const explains = new Set(named.flatMap((s: ServiceHit) => s.matched));
    // "How many lessons will I need?" asks a count, which a service's card never gives: weaker still.
    const count = reading.unitsWith('howMany').length > 0 ? COUNT_ASKED_PENALTY : 0;
    const score = ruleScore(0.8, share(reading, explains), 0.55) - count;
    candidates.push({
      kind: 'service',
      score,
      explains,
      part: servicePart(ctx, named, 'info', score),
      mode: 'info',
      named: new Set(named.flatMap((s) => s.named)),
    });
  }
  const listUnits = reading.unitsWith('services', 'price');
  // "What do you do?": the frame of a question about services, with nothing else, asks for all of them.
  const bareFrame = reading.concepts.has('services') && reading.content.length === 0;
  // "Is there a fee if I cancel?", "¿cuánto cuesta cancelar?": the price of a rule, which the price list lacks.
  const ruleFee = (services.length === 0 || supposedFee) && BOOKING_RULES.some((c) => reading.concepts.has(c));
  const lists = (listUnits.length > 0 || bareFrame) && (candidates.length === 0 || onlyGeneric) && !priced;
  if ((lists || besides) && !ruleFee) {
    const explains = new Set([
      ...listUnits,
      ...(besides ? [...cueUnits(reading, 'besides'), ...services.flatMap((s) => s.matched)] : []),
    ]);
    // "What services do you offer?" is answered by the list; "how much?" alone less surely.
    const base = reading.concepts.has('services') ? 0.85 : 0.8;
    // Besides the thing named, the list is all that answers: an entry about that thing is what was set aside.
    const score = besides ? 1 : bareFrame ? base : ruleScore(base, share(reading, explains), 0.5);
    candidates.push({ kind: 'services', score, base, explains, part: serviceListPart(ctx, score), final: besides });
  }
  return candidates;
}

/** The words of a question of the time ("what time", "à quelle heure", "a quina hora", "الساعه كام"), no word of opening. */
const TIME_QUESTION_WORDS: ReadonlySet<string> = new Set(
  'what time a at quelle heure de partir des que quina hora horas che ora um wie viel uhr الساعه ساعه كام كم من'.split(
    ' ',
  ),
);

/**
 * "Pour une prise de sang à domicile vous passez à quelle heure le matin ?": a question of the time alone, with a
 * thing the business does named, asks when that thing is done, not when the business opens; "à quelle heure vous
 * ouvrez ?" and "what time do you close on Saturday?" say opening in words of its own.
 */
function timeOfAThing(reading: Reading): boolean {
  const { concepts, words } = reading.search.analysis;
  const opening = concepts.filter((c) => c.key === 'opening');
  const timeOnly = opening.every((c) => words.slice(c.start, c.end).every((w) => TIME_QUESTION_WORDS.has(w)));
  // The thing in the question's clause: "what time are you shutting? … in time for pick up" asks the closing time.
  const clauses = new Set(opening.map((c) => reading.clauses[c.start]));
  const thing = concepts.some((c) => OFFERING_CONCEPTS.has(c.key as never) && clauses.has(reading.clauses[c.start]));
  // Or one of the business's services named by its name in that clause: "what time does the pasta class start?",
  // "a che ora inizia il corso di pizza?" ask the class's times, on its card.
  const { positions } = reading.search.analysis;
  const service = reading.search.services.some((s) =>
    s.named.some((u) => (positions[u] ?? []).some((p) => clauses.has(reading.clauses[p]))),
  );
  return opening.length > 0 && timeOnly && (thing || service);
}

/**
 * "Il paraît que vous faites une journée asthme le 17, je peux passer vers 18h ?", "hab gehört, am 13. wird
 * umgeschraubt, kann ich vormittags kommen?": a day named by its date that the business lists under a name of its
 * own (special hours, an event), and words of that name in the message: what is asked is that day, so those words
 * count as asking its hours. Words are compared by stem and concept in the name's languages, never a number.
 */
function eventDayUnits(ctx: ComposeContext, reading: Reading, dated: readonly DateReference[]): number[] {
  const { business } = ctx;
  const days = new Set(dated.flatMap((d) => (d.kind === 'date' && d.via === 'day-of-month' ? [d.date] : [])));
  if (days.size === 0) return [];
  const listed = business.holidays.filter((h) => days.has(h.date));
  if (listed.length === 0) return [];
  const languages = business.profile.languages.filter(isTextLanguage);
  const keys = new Set<string>();
  for (const h of listed) {
    for (const name of typeof h.name === 'string' ? [h.name] : Object.values(h.name)) {
      for (const unit of analyse(name, { languages }).units)
        for (const key of unit.keys()) if (!key.startsWith('~') && !/\d/.test(key)) keys.add(key);
    }
  }
  const { units } = reading.search.analysis;
  return reading.content.filter((u) => [...(units[u]?.keys() ?? [])].some((k) => !k.startsWith('~') && keys.has(k)));
}

function hoursCandidates(ctx: ComposeContext, reading: Reading): Candidate[] {
  // Opening said only around the question is no question about opening hours: "screams for hours every
  // evening… could osteopathy help?", "abro muito a boca… vocês tratam isso?", "si ferma a 25 all'ora".
  // "If it rains hard tomorrow, does the outdoor area close?", "bei Gewitter habt ihr zu?": closing in bad weather
  // is the business's weather rule, not its hours of the day named.
  const weather = reading.concepts.has('badWeather');
  const opening = timeOfAThing(reading) || weather ? [] : openingUnits(reading).filter(reading.asked);
  const now = reading.has('now') ? reading.classification.matches.filter((m) => m.key === 'now') : [];
  const candidates: Candidate[] = [];
  const days = dateUnits(reading);
  const dated = reading.dates.filter((d) => d.kind !== 'date' || d.via !== 'today' || days.length > 0);
  const onlyNow = reading.has('now') && dated.every((d) => d.kind === 'date' && d.via === 'today');
  // "On Saturdays?" with nothing else is, at a front desk, a question about opening.
  const onlyDays = days.length > 0 && reading.content.every((u) => days.includes(u));
  // "Lundi 11 vous travaillez ?": working on a day named is opening on it.
  const working = dated.length > 0 ? reading.unitsWith('working').filter(reading.asked) : [];
  // "El lunes hay clase?", "c'è lezione lunedì?": at a school a class on a day named is opening on it, unless
  // the customer asks to book one or asks its price, or the class is one missed, cancelled or moved ("she can't
  // come to Thursday's class, can she make it up?", "I have to cancel tomorrow's lesson", "si plou dimecres
  // s'anul·la?"): then the day tells which class, and what is asked is the booking or its rules.
  const plain =
    !reading.has('bookingAct') &&
    !reading.has('request') &&
    !['price', 'cancel', 'reschedule'].some((c) => reading.concepts.has(c));
  // A day named only as the customer's deadline ("we're only in town till Saturday, if we do a class can you post
  // the pieces?") names no class: what is asked is about the class, not Saturday's.
  const byDeadline = onlyDeadline(reading, days, dated);
  const lessons = dated.length > 0 && plain && !byDeadline ? reading.unitsWith('lesson').filter(reading.asked) : [];
  const event = dated.length > 0 ? eventDayUnits(ctx, reading, dated).filter(reading.asked) : [];
  const open = weather ? [] : [...opening, ...working, ...lessons, ...event];
  // The day asked about is in the question: "ab wann darf ich wieder laufen? Ich hab am Samstag einen Lauf". A word
  // that names a day only in its phrase, told alone in another clause ("…no dia 14? só consigo ir depois do
  // trampo"), is not the day: the day asked may be written in words no unit holds ("dia 14").
  const named = dateUnits(reading, true);
  const dayAsked = named.length === 0 || named.some(reading.asked);
  if (dated.length > 0 && !onlyNow && dayAsked && (open.length > 0 || onlyDays)) {
    const explains = new Set([...open, ...days]);
    const base = open.length > 0 ? 0.95 : 0.75;
    const score = ruleScore(base, share(reading, explains));
    const part = dateHoursPart(ctx, dated, score);
    if (part) candidates.push({ kind: 'hours-date', score, base, explains, part });
  }
  if (opening.length > 0) {
    const nowUnits = reading.search.analysis.positions.flatMap((ps, i) =>
      ps.some((p) => now.some((m) => m.start <= p && p < m.end)) ? [i] : [],
    );
    // "Your hours over the holidays?": the week's hours come with the closures and special days ahead; "do you
    // close in August?", with that month's.
    const festive = reading.unitsWith('festive');
    const { words, positions } = reading.search.analysis;
    const months = monthAlone(words);
    const monthUnits = positions.flatMap((ps, u) => (ps.some((p) => months.some((m) => m.at === p)) ? [u] : []));
    // "Bis wann kann ich noch vorbeikommen?", "until what time can I come in?": the coming is the question's.
    const comingUntil =
      reading.has('untilWhen') && (reading.classification.distinct.bookingAct ?? 0) < 1
        ? cueUnits(reading, 'untilWhen', 'bookingAct')
        : [];
    const explains = new Set([...opening, ...nowUnits, ...festive, ...monthUnits, ...comingUntil]);
    const score = ruleScore(0.9, share(reading, explains));
    const season = festive.length > 0 ? 'festive' : months[0] ? { month: months[0].month } : undefined;
    const part = hoursPart(ctx, now.length > 0, score, season);
    if (part) candidates.push({ kind: 'hours', score, base: 0.9, explains, part });
  }
  return candidates;
}

/**
 * "Where" and "email" are words of many questions ("where does it hurt
 * least?", "could you email me the design?"): an address or a phone number
 * answers only a message they explain most of.
 */
const PLACE_SPREAD = 0.6;

function placeCandidates(ctx: ComposeContext, reading: Reading): Candidate[] {
  const candidates: Candidate[] = [];
  const location = reading.unitsWith('location');
  if (location.length > 0) {
    const explains = new Set(location);
    const score = ruleScore(0.88, share(reading, explains), PLACE_SPREAD);
    const part = locationPart(ctx.business, score, ctx);
    if (part) candidates.push({ kind: 'location', score, base: 0.88, explains, part });
  }
  const contact = reading.unitsWith('contact');
  if (contact.length > 0) {
    const explains = new Set(contact);
    const score = ruleScore(0.85, share(reading, explains), PLACE_SPREAD);
    const part = contactPart(ctx.business, score, ctx);
    if (part) candidates.push({ kind: 'contact', score, base: 0.85, explains, part });
  }
  return candidates;
}

/** A period soon ("next week", "la semaine prochaine", "esta semana"): as good as a day for a booking request. */
const NEAR_PERIOD = new RegExp(
  [
    String.raw`\b(?:next|this) (?:week|month)\b|\b(?:semaine|mois) prochaine?\b|\bcette semaine\b`,
    String.raw`\b(?:semana|mes) que viene\b|\bproxim[oa] (?:semana|mes)\b|\b(?:semana|mes) (?:que vem|proxim[oa])\b`,
    String.raw`\b(?:esta|essa|nesta|nessa) semana\b|\b(?:setmana|mes) que ve\b|\baquesta setmana\b`,
    String.raw`\b(?:diese|nachste|naechste|nachsten|naechsten|kommende|kommenden) woche\b`,
    String.raw`\b(?:questa|prossima) settimana\b|\bsettimana prossima\b|\bsimana (?:jaya|jayin)\b`,
    'الاسبوع (?:الجاي|القادم)|هالاسبوع|هاد السيمانه|السيمانه الجايه',
  ].join('|'),
);

/**
 * Concepts of a question about the rules around a booking rather than a
 * request to book, move or cancel one: what it costs, how much notice,
 * being late, the deposit ("is there a fee if I cancel?", "how much notice
 * do I need to move it?").
 */
const POLICY = ['price', 'notice', 'late', 'deposit'];

/** The word of "if possible" in every language (see hypothetical). */
const POSSIBLE = new Set([
  'possible',
  'posible',
  'possibile',
  'moglich',
  'possivel',
  'momkin',
  'mumkin',
  'ممكن',
  'convenient',
]);

/**
 * A hypothetical ("if I cancel…", "si j'annule…", "e se eu desmarcar?")
 * asks about the rules. A bare "sí"/"si" alone in its clause ("Sí, necesito
 * cancelar mi cita") is a yes, not an if.
 */
function hypothetical(reading: Reading): boolean {
  return reading.classification.matches.some((m) => supposes(reading, m));
}

/** Words of degree after which French "si" means "so", not "if" ("si tard", "si tôt", "si peu"). */
const SO_DEGREE: ReadonlySet<string> = new Set('tard tot peu vite longtemps souvent loin cher proche'.split(' '));

/** Whether a cue is an "if" that supposes something (see hypothetical). */
function supposes(reading: Reading, m: { key: string; start: number; end: number }): boolean {
  if (m.key !== 'hypothetical') return false;
  const words = reading.search.analysis.words;
  // "If possible", "si es posible", "wenn möglich", "ila momkin": a courtesy, not a supposition.
  if (POSSIBLE.has(words[m.end] ?? '') || POSSIBLE.has(words[m.end + 1] ?? '')) return false;
  // French "si" before a word of degree is "so": "désolée de prévenir si tard", "pardon de répondre si vite".
  if (m.end - m.start === 1 && words[m.start] === 'si' && SO_DEGREE.has(words[m.end] ?? '')) return false;
  const clause = reading.clauses[m.start];
  const alone = reading.clauses.every((c, p) => p === m.start || c !== clause);
  return !(alone && m.end - m.start === 1);
}

/** Words that name a time: a day, an hour ("3pm", "a les 5"), a period soon. */
function namesWhen(reading: Reading): boolean {
  const words = reading.search.analysis.words.join(' ');
  return (
    reading.dates.length > 0 ||
    /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|h)\b|\b(?:a les|a las|as|at|um|vers|alle|per le) \d/i.test(words) ||
    NEAR_PERIOD.test(words)
  );
}

/**
 * Cancelling or moving the customer's own appointment ("I need to cancel my
 * appointment on the 17th", "ich muss meinen Termin absagen", "preciso
 * desmarcar amanhã", "¿se puede pasar la clase al viernes?"): a request for
 * the booking flow, not a question about the cancellation policy, which asks
 * what it costs, how much notice, or what happens if ("is there a fee if I
 * cancel?").
 */
export function actsOnOwnBooking(reading: Reading): boolean {
  if (!reading.concepts.has('cancel') && !reading.concepts.has('reschedule')) return false;
  // "Will the flights be cancelled?", "se cancela la salida?": cancelled said of the outing is no act of the customer.
  if (changeWords(reading).every((c) => saysOfOuting(reading, c))) return false;
  if (hypothetical(reading) || reading.has('rules')) return false;
  if (wondersWhether(reading)) return false;
  // A word of the rules asks about them only in a message that asks: "sorry for the short notice" beside "I need to
  // cancel tomorrow's" apologises. A cancelling decided is the customer's act whatever they ask beside it ("je dois
  // annuler notre vol du jeudi 17 juin… l'acompte nous est remboursé ?"); asking until when one may cancel asks the
  // rule ("I have booked for the 23rd, till when can I cancel without penalty?").
  const decided = decidesChange(reading);
  const policy = reading.asks && POLICY.some((c) => reading.concepts.has(c));
  if ((policy || asksUntilWhenToChange(reading)) && !decided) return false;
  // A month alone names which booking ("preciso de cancelar a estadia de março").
  const when = namesWhen(reading) || reading.search.analysis.words.some(isCalendarName);
  // "…se puede pasar la clase al viernes?": moving a class to a day named asks to move this customer's class.
  const movesToDay = reading.concepts.has('reschedule') && reading.has('impersonal') && reading.dates.length > 0;
  return (
    reading.has('own') ||
    ((asksToChange(reading) || saidAsAct(reading) || changesSomeone(reading)) && when) ||
    movesToDay
  );
}

/** A person cancelled or moved: "can you cancel her?", "pls move us to friday", "cancelarla", "spostarlo". */
const PERSON_OBJECT: ReadonlySet<string> = new Set(['her', 'him', 'me', 'us', 'them']);
/** What may follow such a person in its clause: a date, a thanks, nothing else ("cancel her membership" is a thing). */
const AFTER_PERSON: ReadonlySet<string> = new Set(
  'for on from off out of at in to tomorrow today tonight this next please pls plz thanks thx thank'.split(' '),
);
/** Spanish, Catalan, Italian and Portuguese infinitives with a person's pronoun joined on. */
const ENCLITIC_PERSON = /(?:ar|er|ir)(?:la|lo|le|las|los|les|me|nos|li|mi|ci|ne)$/;

/**
 * Cancelling or moving a person, not a thing: a pronoun of a person right after the word of cancelling or moving,
 * at the end of its clause or before a date or a thanks ("can you cancel her?", "could you move us to friday"), or
 * joined to the infinitive ("¿podéis cancelarla?"). The person is the customer or someone they book for.
 */
function changesSomeone(reading: Reading): boolean {
  const { concepts, words } = reading.search.analysis;
  return concepts.some((c) => {
    if (c.key !== 'cancel' && c.key !== 'reschedule') return false;
    if (ENCLITIC_PERSON.test(words[c.end - 1] ?? '')) return true;
    if (!PERSON_OBJECT.has(words[c.end] ?? '')) return false;
    const next = c.end + 1;
    return next >= words.length || reading.clauses[next] !== reading.clauses[c.end] || AFTER_PERSON.has(words[next]!);
  });
}

/** A word of cancelling inside a phrase of whether the outing goes ahead ("will flights be cancelled?"). */
function saysOfOuting(reading: Reading, c: { start: number; end: number }): boolean {
  return reading.search.analysis.concepts.some((g) => g.key === 'goAhead' && g.start <= c.start && c.end <= g.end);
}

/** The words of cancelling or moving a booking (concepts `cancel` and `reschedule`). */
const changeWords = (reading: Reading) =>
  reading.search.analysis.concepts.filter((c) => c.key === 'cancel' || c.key === 'reschedule');

/**
 * A cue of `key` (an intent cue of the classification) before a word of cancelling or moving in the same clause:
 * what the cue says is said of the cancelling or moving itself, not of anything else in the message.
 */
function cuesChange(reading: Reading, key: Intent): boolean {
  const changes = changeWords(reading);
  return reading.classification.matches.some(
    (m) =>
      m.key === key && changes.some((c) => reading.clauses[m.start] === reading.clauses[c.start] && m.end <= c.start),
  );
}

/**
 * A cancelling or moving decided: a cue of obligation before the word of cancelling or moving in its clause ("je
 * dois malheureusement annuler", "ich muss leider den Kurs ab Montag stornieren", "tengo que cancelar", "I need to
 * cancel"), not asked ("do I need to cancel, or is it ok to come?") nor supposed ("si on doit annuler…", read by
 * `hypothetical` before). The customer tells what they do: a question beside it (is the deposit paid back?) is for
 * the person who cancels it.
 */
const decidesChange = (reading: Reading) => cuesChange(reading, 'obligation');

/**
 * Asking until when one may cancel or move: a cue of "until when" before the word of cancelling or moving in its
 * clause ("till when I can cancel without any penalty?", "bis wann kann ich stornieren?", "hasta cuándo puedo
 * cancelar?", "jusqu'à quand je peux annuler ?"). It asks the rule of notice, not to cancel.
 */
const asksUntilWhenToChange = (reading: Reading) => cuesChange(reading, 'untilWhen');

/**
 * A wish or a need said of the cancelling or moving itself, before it or in it in its clause ("tengo que cancelar
 * la del martes", "I need to move Thursday's", "ya no puedo ir"), not one said elsewhere in the message: "la
 * setmana que ve es queda 4 nits; li he de portar jo el pinso? em fa por canviar-li'l" needs to bring food and
 * fears changing it.
 */
function asksToChange(reading: Reading): boolean {
  const changes = reading.search.analysis.concepts.filter((c) => c.key === 'cancel' || c.key === 'reschedule');
  // "Possiamo spostare la lezione a mercoledì?", "can we move it to Friday?": asking it together, just before.
  const { words } = reading.search.analysis;
  const inClause = (c: { start: number }, p: number) => p >= 0 && reading.clauses[p] === reading.clauses[c.start];
  const together = changes.some((c) =>
    [c.start - 1, c.start - 2].some(
      (p) => inClause(c, p) && (WE_CAN.has(words[p] ?? '') || WE_CAN.has(`${words[p - 1]} ${words[p]}`)),
    ),
  );
  if (together) return true;
  return reading.classification.matches.some(
    (m) =>
      (m.key === 'request' || m.key === 'obligation') &&
      changes.some(
        (c) =>
          reading.clauses[m.start] === reading.clauses[c.start] &&
          // "Please" asks wherever it stands: "m'anul·leu el dia, porfa?"; "ya no puedo ir" says it in its words.
          (m.start < c.end || PLEASE.has(m.source)),
      ),
  );
}

/**
 * Asking whether the change is needed ("do I need to rearrange, or is it ok to still come in?"): a question about the
 * visit's condition, not the act. A requirement cue asked as a question just before the cancelling or moving, in its
 * clause.
 */
function wondersWhether(reading: Reading): boolean {
  const changes = reading.search.analysis.concepts.filter((c) => c.key === 'cancel' || c.key === 'reschedule');
  const { matches } = reading.classification;
  // Asked as a question ("do I need to…"), not said ("preciso cancelar…", "tengo que cancelar…").
  const asked = (m: { start: number }) => matches.some((q) => q.key === 'question' && q.start === m.start);
  return matches.some(
    (m) =>
      m.key === 'requirement' &&
      asked(m) &&
      changes.some(
        (c) => reading.clauses[m.start] === reading.clauses[c.start] && m.start <= c.start && c.start - m.end <= 2,
      ),
  );
}

/** "Can we", "could we" in the languages read: asking to do something with the business. */
const WE_CAN: ReadonlySet<string> = new Set([
  'can we',
  'could we',
  'possiamo',
  'potremmo',
  'podemos',
  'podriamos',
  'podem',
  'podriem',
  'pouvons',
  'pourrions',
  'konnen wir',
  'konnten wir',
  'on peut',
  'on pourrait',
  'peut on',
  'pourrait on',
]);

/** The words of "please" among the request cues (lexicon.ts). */
const PLEASE: ReadonlySet<string> = new Set([
  'porfa',
  'por favor',
  'per favor',
  'si us plau',
  'per favore',
  'per piacere',
  'bitte',
  'please',
  'pls',
]);

/** Words of courtesy that may stand before an act said outright: "pls cancel…", "hola, anulo…". */
const COURTESY = new Set([
  'please',
  'pls',
  'plz',
  'kindly',
  'hi',
  'hello',
  'hey',
  'hola',
  'bonjour',
  'ciao',
  'ola',
  'oi',
]);

/**
 * Cancelling or moving said outright, as the first words of a sentence ("pls cancel my 8:30 class tomorrow",
 * "annullo la ceretta di giovedì", "reporter mon balayage du 17 au 22 svp"): the act itself, not a question
 * about it.
 */
function saidAsAct(reading: Reading): boolean {
  const { concepts, words } = reading.search.analysis;
  const opens = (p: number) => {
    let q = p - 1;
    while (q >= 0 && reading.clauses[q] === reading.clauses[p] && COURTESY.has(words[q] ?? '')) q--;
    return q < 0 || reading.clauses[q] !== reading.clauses[p];
  };
  return concepts.some((c) => (c.key === 'cancel' || c.key === 'reschedule') && opens(c.start));
}

/**
 * Whether the message tells something before the cue or in another clause:
 * the condition a "can she still come on Tuesday?" is asked about ("she's
 * coming into season, …"), which "can we still come in on Friday at 3?"
 * alone lacks.
 */
function toldBeside(reading: Reading, intent: Intent): boolean {
  const cue = reading.classification.matches.find((m) => m.key === intent);
  if (!cue) return false;
  const clause = reading.clauses[cue.start];
  const { positions } = reading.search.analysis;
  const beside = (p: number) => p < cue.start || reading.clauses[p] !== clause;
  return reading.content.some((u) => (positions[u] ?? []).some(beside));
}

/** A word of an appointment: booking one, moving one, a first visit, signing up to a class ("queria inscrever-me"). */
const APPOINTMENT: readonly string[] = ['booking', 'reschedule', 'firstVisit', 'enrol'];
const namesAppointment = (reading: Reading) => APPOINTMENT.some((c) => reading.concepts.has(c));

/** An answer this strong is sure: no rival, handoff rule or booking question overrules it (select.ts `sureScore`). */
export const SURE_SCORE = 0.7;

/**
 * Concepts of a question about a service rather than a request for it: its price, length, or the opening hours; what
 * one eats on it ("la giornata intera domenica prossima, ma per mangiare come si fa?") or the meals it includes.
 */
const INFORMATIONAL = [
  'price',
  'duration',
  'opening',
  'notice',
  'late',
  'validity',
  'aftercare',
  'preparation',
  'sideEffects',
  'results',
  'lasting',
  'children',
  'age',
  'pregnancy',
  'companion',
  'eat',
  'mealsIncluded',
];

/** What is worn to a visit: asking whether it will do is no request for a slot. */
const WORN = ['clothing', 'shoes'];

/** The least an entry about what booking requires scores to take a requirement question from booking. */
const REQUIRED_FLOOR = 0.35;

/**
 * How strongly the message asks to book (or move, or cancel, a booking):
 * booking cues ("book", "pedir cita", "marcar"), a request ("I want",
 * "vull") about appointments, a day or time named alongside.
 */
export function bookingStrength(reading: Reading, own = actsOnOwnBooking(reading)): number {
  // "Can I come without an appointment?" asks about walking in, whatever day it names.
  if (reading.concepts.has('walkIn')) return 0;
  const scores = reading.classification.scores;
  const appointment = namesAppointment(reading);
  const when = namesWhen(reading);
  let strength = scores.bookingAct ?? 0;
  if (appointment) strength += 0.5;
  if (reading.has('request') && (appointment || strength > 0)) strength += 0.5;
  if (when && (appointment || strength > 0)) strength += 0.5;
  // A question about the rules around bookings ("does cancelling cost anything?", "do I get my money back?") is
  // not a request to book. Nor is one about who may come along ("can my husband come in with me?"), nor what
  // happens if the customer cancelled ("ila bghit nlghi rendez-vous, wach kanraj3 lflous?").
  // Who the visit is for, with a request and a day, is part of the request ("quería cita para mi madre, el martes"),
  // and so it is in a request that asks nothing ("Ich hätte gern einen Termin für meinen Vater, am besten vormittags").
  const forSomeone = reading.has('request') && appointment && (when || !reading.asks);
  // Nor is asking for a paper about a visit ("can u give me a letter to show i was at an appointment?").
  const rules = ['price', 'notice', 'late', 'refund', 'medicalCertificate', ...(forSomeone ? [] : ['companion'])];
  // Unless the message acts on the customer's own booking and asks nothing: "tengo que cancelar la del sábado,
  // perdón por avisar tarde" apologises for the short notice, it does not ask the rule.
  const apologises = own && !reading.asks;
  if (!apologises && rules.some((c) => reading.concepts.has(c))) strength -= 0.6;
  // Or what happens if a class or a visit is missed or moved ("si no va el jueves, ¿puede ir otro día?").
  if ((reading.concepts.has('cancel') || reading.concepts.has('reschedule')) && hypothetical(reading)) strength -= 0.6;
  // Nor is a question put impersonally, with no day named ("ab wann kann man sich anmelden?", "se puede reservar
  // online?"): it asks how booking goes for everyone.
  if (reading.has('impersonal') && reading.asks && !reading.has('request') && !when && !own) strength -= 0.6;
  // Nor is asking which is better, with no day named ("… o è meglio venire da voi?"): advice on a choice.
  if (reading.has('better') && reading.asks && !when && !own) strength -= 0.6;
  // "Come" inside "come in" is one weak cue, not two.
  const said = reading.classification.distinct.bookingAct ?? 0;
  // A cue of coming inside a doubt ("is it ok to still come in?") or inside the condition told ("I've just come
  // on": a period) asks for no slot.
  const outright = saidOutright(reading);
  // Nor is asking how late a visit may be, with only a word of coming ("habt ihr heute offen? bis wann kann ich noch
  // vorbeikommen?", "until what time can I drop in?"): it asks for the closing time, not a slot.
  if (reading.has('untilWhen') && reading.asks && said < 1 && !appointment && !own) strength -= 0.6;
  // Asking what the rules are is no request ("what's your cancellation policy? something might come up").
  if (reading.has('rules')) strength -= 0.6;
  // A visit already booked and a question of what happens then, nothing requested ("got the team booked for
  // tomorrow but a sandstorm is forecast, what happens then?", "j'ai rdv demain, qu'est-ce qui se passe s'il
  // pleut ?"): it asks for the rule, not a slot. Moving or cancelling it is the customer's act, read above.
  const booked = reading.has('own') || reading.search.analysis.words.some((w) => BOOKED.has(w));
  const held = booked && !reading.concepts.has('cancel') && !reading.concepts.has('reschedule');
  if (held && hypothetical(reading) && reading.asks && !reading.has('request') && !own)
    strength = Math.min(strength, 0);
  // Nor when every word of booking tells it done and the question is about something else ("on a réservé pour jeudi
  // mais on dit qu'il y a du mistral qui arrive… est-ce que la sortie est maintenue ?"): the booking is the
  // backstory of the question, not a request for one.
  // A request inside a doubt is the doubt's ("my husband booked us a flight for next week. Can I still do it if…?"):
  // it asks whether the visit may go ahead, not for a slot.
  // A second day asks to move it ("I've got a lane booked this Thursday… can we switch it to Tuesday the 28th?",
  // "tenía la prueba reservada este jueves… ¿podemos pasarla a la semana que viene? martes o miércoles").
  const anotherDay = reading.dates.length > 1;
  if (
    held &&
    toldAsBooked(reading) &&
    reading.asks &&
    !requestsOutright(reading) &&
    !own &&
    !anotherDay &&
    asksBesideVisit(reading)
  )
    strength = Math.min(strength, 0);
  // Whether the outing goes ahead, asked ("will the flights be cancelled tomorrow? we have a booking at 5"), is a
  // question for the business's rule on weather or closures, not a request for a slot.
  if (reading.concepts.has('goAhead') && reading.asks && !reading.has('request') && !own)
    strength = Math.min(strength, 0);
  // Asking until when one may cancel or move is asking the rule ("I have booked hijama for 23 May… till when I can
  // cancel without any penalty?"); a cancelling decided is read as the customer's own above.
  if (asksUntilWhenToChange(reading) && !own) strength = Math.min(strength, 0);
  // A booking only thought of, with no day named, beside a question ("Bevor wir ihn anmelden: ist jemand in
  // Erster Hilfe geschult?"): the question is what the customer needs first.
  const acts = reading.classification.matches.filter((m) => m.key === 'bookingAct');
  if (acts.length > 0 && acts.every((act) => thoughtOf(reading, act)) && reading.asks && !when && !own)
    strength = Math.min(strength, 0);
  // Whether a visit may still go ahead ("he has fleas, can I still bring him?", "she's coming into season, can she
  // still come on Tuesday?", "our appointment is Tuesday, should we still come?") asks about that condition, the
  // day and the appointment already settled; a word of booking asks for a slot ("can I still book for tomorrow?").
  const doubts =
    reading.has('despite') && !own && ((outright < 1 && toldBeside(reading, 'despite')) || (!when && !appointment));
  if (doubts) strength -= 0.6;
  // Nor is a question about a condition of the visit, with no word of booking ("my period might come on the day
  // of my appointment, is that a problem?", "doit-elle être à jeun pour la stérilisation demain ?"); a weak cue
  // ("come", "venir") is no word of booking.
  // Who the visit is for (a child, an age) is part of a booking request ("can you see my son today?").
  // What is worn to it is such a condition too ("can I come in flip flops?", "posso venire coi tacchi?").
  const condition =
    CONDITIONS.some((c) => c !== 'age' && c !== 'children' && reading.concepts.has(c)) ||
    WORN.some((c) => reading.concepts.has(c));
  // A request for a day names the condition as part of what is booked ("queria inscrever-me nas aulas de Pilates
  // para grávidas, estou com 16 semanas. Terça às 18:30 ainda há lugar?"): the request is made of the appointment,
  // in its clause, not of something else ("mañana tengo turno… ¿me pueden dar una constancia?").
  if (reading.asks && condition && outright < 1 && !own && !(when && requestsVisit(reading))) strength -= 0.6;
  // A visit only supposed, with nothing requested ("if I go for a check-up today, can the doctor give me a sick
  // note?", "si je viens samedi, vous acceptez la carte ?"): the question is what happens then.
  if (supposesVisit(reading) && reading.asks && !reading.has('request') && !own && asksBesideVisit(reading))
    strength -= 0.6;
  // A question about what booking takes, not when, that an entry of the business answers outright
  // ("do I need a doctor's referral to book?", "preciso de receita pra marcar?"), is that entry's.
  // An entry answers it when it is sure, or fair and about what is required, not only about booking (the
  // referral of "do I need a referral before booking?").
  const bookingUnits = new Set(reading.unitsWith('booking', 'reschedule'));
  const content = new Set(reading.content);
  const top = reading.search.knowledge[0];
  const required = top?.hit.matched.some((u) => content.has(u) && !bookingUnits.has(u)) ?? false;
  const answered = top !== undefined && (top.strength >= SURE_SCORE || (required && top.strength >= REQUIRED_FLOOR));
  if (reading.has('requirement') && reading.asks && !when && !own && answered) return 0;
  // "Is Saturday morning possible for a full groom?", "I'd like to get Max groomed this week": a service
  // the business sells, a day, and a request or a question, with nothing else asked about it, is a booking,
  // but only just: an entry of the business's knowledge that answers the message better still wins.
  const serviceNamed = namedServices(reading).length > 0;
  const informational = INFORMATIONAL.some((c) => reading.concepts.has(c));
  if (strength < 1 && !appointment && when && serviceNamed && !informational && !doubts) {
    if (reading.has('request') || reading.asks) strength = 1;
  }
  return own ? Math.max(strength, 1.5) : strength;
}

/**
 * A cue of a request said outside a doubt: "can I" inside "can I still" (`despite`: "ainda posso", "igual puedo",
 * "posso lo stesso") asks whether the visit may still go ahead, not for a slot.
 */
function requestsOutright(reading: Reading): boolean {
  const { matches } = reading.classification;
  const doubts = matches.filter((m) => m.key === 'despite');
  return matches.some((m) => m.key === 'request' && !doubts.some((d) => d.start <= m.start && m.end <= d.end));
}

/** A visit said as booked already ("got the team booked", "c'est réservé", "ist gebucht", "está marcado"). */
const BOOKED: ReadonlySet<string> = new Set(
  'booked reserve reservee reservado reservada reservat prenotato prenotata gebucht agendado agendada marcado marcada'.split(
    ' ',
  ),
);

/**
 * Words before which a booking word is done, not asked: an auxiliary of the past ("on a réservé", "I have booked",
 * "abbiamo prenotato", "hemos reservado", "wir haben gebucht", "tenho marcado"). French "réservé" and "réserve"
 * write alike once accents go, so "reserve" needs one; the other words of BOOKED are participles by themselves.
 */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'have has had ve ai a avons avez ont as he ha hemos habeis han ho abbiamo avete hanno hai habe hat haben hatte hatten ist sind tenho temos tem tinc tenim esta estamos'.split(
    ' ',
  ),
);

/** Every cue of booking in the message is a booking told done ("booked", "on a réservé", "ist gebucht"). */
function toldAsBooked(reading: Reading): boolean {
  const { words } = reading.search.analysis;
  const acts = reading.classification.matches.filter((m) => m.key === 'bookingAct');
  const done = (p: number) => {
    const word = words[p] ?? '';
    if (!BOOKED.has(word)) return false;
    return word !== 'reserve' || [words[p - 1], words[p - 2]].some((w) => AUXILIARIES.has(w ?? ''));
  };
  return acts.length > 0 && acts.every((m) => m.end - m.start === 1 && done(m.start));
}

/** A request said in the clause of a word of an appointment ("queria inscrever-me nas aulas", "I'd like to book"). */
function requestsVisit(reading: Reading): boolean {
  const visits = reading.search.analysis.concepts.filter((c) => APPOINTMENT.includes(c.key));
  return reading.classification.matches.some(
    (m) => m.key === 'request' && visits.some((v) => reading.clauses[v.start] === reading.clauses[m.start]),
  );
}

/** The weight of the cues of booking said outside a doubt and outside a condition's words (see bookingStrength). */
function saidOutright(reading: Reading): number {
  const { matches, distinct } = reading.classification;
  const doubts = matches.filter((m) => m.key === 'despite');
  const conditions = reading.search.analysis.concepts.filter((c) => (CONDITIONS as readonly string[]).includes(c.key));
  const inside = (m: { start: number; end: number }, spans: readonly { start: number; end: number }[]) =>
    spans.some((s) => s.start <= m.start && m.end <= s.end);
  const within = new Map<string, number>();
  for (const m of matches)
    if (m.key === 'bookingAct' && (inside(m, doubts) || inside(m, conditions))) within.set(m.source, m.weight);
  const taken = [...within.values()].reduce((sum, w) => sum + w, 0);
  return Math.max(0, (distinct.bookingAct ?? 0) - taken);
}

/**
 * A visit supposed: an "if" (not "if possible") before a word of an appointment or of coming in its clause ("if I go
 * for a check-up today", "se eu marcar para sábado").
 */
function supposesVisit(reading: Reading): boolean {
  const visits = [
    ...reading.search.analysis.concepts.filter((c) => c.key === 'booking' || c.key === 'firstVisit'),
    ...reading.classification.matches.filter((m) => m.key === 'bookingAct'),
  ];
  return reading.classification.matches.some(
    (m) =>
      supposes(reading, m) &&
      visits.some((v) => v.start >= m.end && reading.clauses[v.start] === reading.clauses[m.start]),
  );
}

/**
 * Whether the message asks about something besides the visit and its time: "…can the doctor give me a sick note?"
 * does, "if I come tomorrow at 10, is that ok?" proposes a slot and asks nothing else.
 */
function asksBesideVisit(reading: Reading): boolean {
  const visit = new Set([
    ...cueUnits(reading, 'bookingAct', 'hypothetical', 'question', 'request'),
    ...reading.unitsWith(...APPOINTMENT),
    ...dateUnits(reading),
  ]);
  const { everyday } = reading.search.analysis;
  return reading.content.some((u) => !visit.has(u) && !everyday.has(u));
}

/** A cue of booking only thought of, just after "thinking of", "before we", "antes de" (lexicon.ts `tentative`). */
function thoughtOf(reading: Reading, act: { start: number }): boolean {
  return reading.classification.matches.some(
    (t) => t.key === 'tentative' && t.end <= act.start && act.start - t.end <= THOUGHT_REACH,
  );
}
const THOUGHT_REACH = 3;

/** The units of the message that cues of these intents hold. */
function cueUnits(reading: Reading, ...intents: Intent[]): number[] {
  const cues = reading.classification.matches.filter((m) => intents.includes(m.key));
  return reading.search.analysis.positions.flatMap((ps, i) =>
    ps.some((p) => cues.some((m) => m.start <= p && p < m.end)) ? [i] : [],
  );
}

function bookingCandidates(ctx: ComposeContext, reading: Reading, own: boolean): Candidate[] {
  const strength = bookingStrength(reading, own);
  if (strength < 1) return [];
  const explains = new Set([
    ...cueUnits(reading, 'bookingAct', 'request'),
    ...reading.unitsWith('booking', 'reschedule', 'cancel', 'firstVisit', 'emergency'),
    ...dateUnits(reading),
    // The service to book is part of the request, not another question ("can I book a nail trim?").
    ...namedServices(reading).flatMap((s) => s.matched),
  ]);
  // "I want to book …" is unambiguous: it beats even a Q&A entry on how to book.
  const score =
    strength >= 1.5 ? 1 : Math.min(0.92, ruleScore(0.6 + 0.15 * Math.min(2, strength), share(reading, explains), 0.4));
  // A question that only names a day or a coming ("can my son come on his own?", "darf ich die Hörgeräte im
  // Flugzeug lassen? ich fliege am 27.", "can men come too? we're in town till sunday"), with no word of an
  // appointment and no request, little of it about booking, and the rest about what an entry of the business
  // speaks of, asks about the visit: other answers decide. "Is 3pm possible on Thursday?" asks for a slot.
  const appointment = namesAppointment(reading);
  const content = new Set(reading.content);
  const elsewhere = reading.search.knowledge.some((k) => k.hit.matched.some((u) => content.has(u) && !explains.has(u)));
  if (score < WEAK_BOOKING && reading.asks && !appointment && !reading.has('request') && elsewhere) return [];
  return [{ kind: 'booking', score, explains, part: bookingPart(ctx, score) }];
}

/** Under this a booking reading explains little of a message (see bookingCandidates). */
const WEAK_BOOKING = 0.6;

/** What a message asks of booking: how it works ("how do I book?"), or to act on the customer's own appointment. */
export interface BookingQuestion {
  howTo: boolean;
  own: boolean;
}

/**
 * Specific beats generic, both ways. A Q&A entry or article that explains
 * what a generic rule explains, with most of its own key in the message, is
 * the more specific answer: "how long does an Invisalign treatment take?" is
 * its Q&A, not the length of one visit; "do you make dentures?" is its Q&A,
 * not the service list. Against a plain fact (hours, address, contact) the
 * text must explain more than the fact. A price question about a named
 * service goes to the service, whose data carries every variant, the
 * deposit and the conditions, rather than to a text about the same. And a
 * day's hours beat a text about opening hours in general when the customer
 * names the day.
 */
export function preferSpecific(
  all: Candidate[],
  reading: Pick<Reading, 'unitsWith' | 'asks' | 'dates'> & Partial<Pick<Reading, 'asked'>>,
  booking: BookingQuestion = { howTo: false, own: false },
): Candidate[] {
  const knowledge = all.filter((c) => c.kind === 'knowledge');
  const opening = reading.unitsWith('opening');
  const festive = reading.unitsWith('festive');
  const booked = reading.unitsWith('booking', 'reschedule');
  const durationUnits = reading.unitsWith('duration');
  const conditionUnits = reading.unitsWith(...CONDITIONS);
  const ruleUnits = reading.unitsWith(...BOOKING_RULES);
  const priceUnits = reading.unitsWith('price');
  // Words every service of a kind shares ("teeth", "price", "how long") do not name one.
  const genericUnits = reading.unitsWith('tooth', 'price', 'duration', 'services', 'treatment');
  // "Is it free or how much is it?" asks the price, which the card gives.
  const termUnits = reading.unitsWith(...TERMS.filter((c) => c !== 'free' || priceUnits.length === 0));
  // A price asked of a service for someone ("how much is the party package for 15 kids?") is the card's when its
  // card speaks of the condition too (its description: every child) and the entry's own question holds nothing
  // else the card leaves: not an entry about parties for girls only that shares "kids". An entry that holds more
  // ("dyslexia"), or a condition the card is silent on, or no price asked ("combien de temps avant ?") still wins.
  const askedConditionUnits = reading.unitsWith(...CONDITIONS);
  // "How much is the deposit for the full body package?", "a fisioterapia dói?", "can pregnant women get a
  // check-up?": the service is the subject, a term of the visit (the deposit, paying, being paid back, pain, what
  // to wear) or a condition is what is asked, and an entry whose own question holds it, which the service's name
  // does not, answers it.
  const asksTerm = (entry: Candidate, rule: Candidate) =>
    rule.kind === 'service' &&
    entry.kind === 'knowledge' &&
    entry.score >= MENTION_FLOOR &&
    (entry.hit?.hit.matched.length ?? 0) >= 2 &&
    (termUnits.some((u) => entry.hit?.hit.keyMatched.includes(u) && !rule.named?.has(u)) ||
      askedConditionUnits.some(
        (u) =>
          entry.hit?.hit.keyMatched.includes(u) &&
          !rule.named?.has(u) &&
          (!rule.explains.has(u) ||
            priceUnits.length === 0 ||
            entry.hit.hit.keyMatched.some((k) => !rule.explains.has(k))),
      )) &&
    // …of this service: the entry explains its name too (a cleaning's pain is no answer for a wisdom tooth), or
    // its own question is the message's for the most part ("what should I wear for the physio session?") and
    // leaves no price asked unanswered ("what does it cost and does the insurance pay?" asks the card too).
    ([...(rule.named ?? [])].every((u) => entry.explains.has(u)) ||
      ((entry.hit?.hit.keyCoverage ?? 0) >= 0.6 && priceUnits.every((u) => entry.explains.has(u))));
  // "How long do lash extensions last?", "tengo una uña encarnada… me la podéis arreglar en la pedicura?": an
  // entry whose own question names the service and more of the message is about that service and is the more
  // specific answer, whatever else the card explains through its description ("pie", "arreglar"). Not against a
  // price card: "cuánto cuesta sacar una muela del juicio" asks the card's price, whatever entry names the wisdom
  // tooth and its extraction.
  const namesMore = (entry: Candidate, rule: Candidate) => {
    const key = entry.hit?.hit.keyMatched ?? [];
    const named = [...(rule.named ?? [])];
    return (
      rule.kind === 'service' &&
      rule.mode !== 'price' &&
      entry.kind === 'knowledge' &&
      entry.score >= MENTION_FLOOR &&
      named.length > 0 &&
      named.every((u) => key.includes(u)) &&
      key.some((u) => !rule.named?.has(u) && !genericUnits.includes(u))
    );
  };
  return all.map((candidate) => {
    if (candidate.kind === 'booking' && !reading.asks) {
      // "Necessite una cita urgent": a request that names a service asks to book it, not for its details.
      const card = all.filter(
        (c) =>
          c.kind === 'service' &&
          c.mode === 'info' &&
          c.score >= candidate.score &&
          [...c.explains].every((u) => candidate.explains.has(u)),
      );
      if (card.length > 0) return { ...candidate, score: Math.max(...card.map((c) => c.score)) + 0.01 };
      return candidate;
    }
    if (candidate.kind === 'booking' && reading.asks && reading.dates.length === 0 && booked.length > 0) {
      // Cancelling or moving one's own appointment is a request, whatever entry speaks of cancelling.
      if (booking.own) return candidate;
      // A question about booking itself ("do I need a prescription to book?", "can I come without an
      // appointment?") is answered by the entry whose own question holds the booking word and explains more;
      // "how do I book?" by an entry about booking even when it explains nothing more.
      const about = knowledge.filter(
        (k) =>
          k.score >= 0.45 &&
          (k.hit?.hit.keyCoverage ?? 0) >= 0.6 &&
          booked.every((u) => k.hit?.hit.keyMatched.includes(u)) &&
          (booking.howTo || [...k.explains].some((u) => !candidate.explains.has(u))),
      );
      if (about.length > 0)
        return { ...candidate, score: Math.min(candidate.score, ...about.map((k) => k.score)) - 0.01 };
      return candidate;
    }
    if (candidate.kind === 'service' && candidate.mode === 'price') {
      // The service's own data (every variant, the deposit, the conditions) is the surest price answer.
      const same = knowledge.filter(
        (k) => k.score > candidate.score && [...k.explains].every((u) => candidate.explains.has(u)),
      );
      // Not when an entry answers the term asked of the service (the deposit of "how much is the deposit for…").
      if (same.length > 0 && !knowledge.some((k) => asksTerm(k, candidate)))
        return { ...candidate, score: Math.max(...same.map((k) => k.score)) + 0.01 };
      return candidate;
    }
    if (candidate.kind === 'hours-date') {
      const general = knowledge.filter((k) => opening.some((u) => k.explains.has(u)));
      return { ...candidate, score: Math.max(candidate.score, ...general.map((k) => k.score + 0.01)) };
    }
    if (candidate.kind === 'hours' && festive.length > 0) {
      // "Your hours over the holidays?": the week's hours with the closures and special days ahead beat a text
      // about opening hours in general that mentions Christmas, not one whose own question is about the season.
      const general = knowledge.filter(
        (k) => opening.some((u) => k.explains.has(u)) && !festive.some((u) => k.hit?.hit.keyMatched.includes(u)),
      );
      return { ...candidate, score: Math.max(candidate.score, ...general.map((k) => k.score + 0.01)) };
    }
    const hit = candidate.hit;
    if (candidate.kind !== 'knowledge' || !hit || candidate.score < Math.min(MENTION_FLOOR, CONDITION_FLOOR)) {
      return candidate;
    }
    const covers = (rule: Candidate) => [...rule.explains].every((u) => candidate.explains.has(u));
    // A service merely named ("can a pregnant woman have a cleaning?") is the subject of a question
    // an entry answers when that entry explains the name and more of the message.
    const mentions = (rule: Candidate) =>
      rule.kind === 'service' && rule.mode === 'info' && candidate.explains.size > rule.explains.size;
    // "Should I wear deodorant on the day of my underarm session?": the service is the subject, and the rest of
    // the message, which its card does not explain, is what the entry explains (two words or more of it).
    const explainsTheRest = (rule: Candidate) =>
      rule.kind === 'service' &&
      rule.mode === 'info' &&
      candidate.score >= MENTION_FLOOR &&
      [...rule.explains].every((u) => candidate.explains.has(u) || rule.named?.has(u)) &&
      [...candidate.explains].filter((u) => !rule.explains.has(u)).length >= 2;
    // "How do I get to you from the airport, what does a taxi cost?": the address answers the "how do I get to
    // you" alone; an entry that explains it and two words more of the message (the airport, the taxi) is the way
    // there the customer asks about.
    const waysThere = (rule: Candidate) =>
      rule.kind === 'location' &&
      candidate.score >= MENTION_FLOOR &&
      covers(rule) &&
      [...candidate.explains].filter((u) => !rule.explains.has(u)).length >= 2;
    // "Do you have any offer for families with several children?": the list of services was fetched by a word of
    // offering ("offer") and a price said in passing; an entry that explains every word of the list that is asked,
    // and whose own question holds two words more of the message, is the offer asked about.
    const narrowsList = (rule: Candidate) =>
      rule.kind === 'services' &&
      candidate.score >= MENTION_FLOOR &&
      [...rule.explains].filter((u) => reading.asked?.(u) ?? true).every((u) => candidate.explains.has(u)) &&
      hit.hit.keyMatched.filter((u) => !rule.explains.has(u)).length >= 2;
    // "Se disdico la colonscopia di giovedì devo pagare?": the fee of a booking rule asked is the answer of the
    // entry whose own question or title holds the rule (cancelling, moving, notice, being late) and that explains
    // the fee, not of an entry on the service's price or on something else the message names, which leaves the
    // rule out.
    const feeOfRule = (rule: Candidate) =>
      rule.kind === 'knowledge' &&
      candidate.score >= MENTION_FLOOR &&
      priceUnits.length > 0 &&
      priceUnits.every((u) => candidate.explains.has(u)) &&
      ruleUnits.some((u) => hit.hit.keyMatched.includes(u) && (reading.asked?.(u) ?? true)) &&
      ruleUnits.every((u) => !rule.explains.has(u));
    const specific = candidate.score >= 0.45 && hit.hit.keyCoverage >= 0.6;
    // "How long does the aligner treatment last?": an entry whose own question asks how long, about what the
    // message names, beats the length of one visit even when the service's name holds a word the entry lacks.
    const asksDurationToo =
      durationUnits.length > 0 &&
      durationUnits.every((u) => hit.hit.keyMatched.includes(u)) &&
      hit.hit.matched.length >= 2;
    // "Can I have whitening while breastfeeding?", "how long before I eat after a filling?": a service's card
    // (price, length) says nothing of a condition, aftercare or preparation the entry's own question is about.
    const condition = (rule: Candidate) =>
      rule.kind === 'service' &&
      candidate.score >= CONDITION_FLOOR &&
      hit.hit.matched.length >= 2 &&
      conditionUnits.some((u) => hit.hit.keyMatched.includes(u) && !rule.explains.has(u)) &&
      // …about the service the card is for: the entry's own question names it too.
      hit.hit.keyMatched.some((u) => rule.explains.has(u) && !conditionUnits.includes(u) && !genericUnits.includes(u));
    // "Is there a fee if I cancel the same day?": the policy that explains the cancelling and the fee is the
    // answer, not the price of a service the message happens to name.
    const ruleFee = (rule: Candidate) =>
      rule.kind === 'service' &&
      rule.mode !== 'info' &&
      candidate.score >= MENTION_FLOOR &&
      ruleUnits.some((u) => candidate.explains.has(u) && !rule.explains.has(u)) &&
      priceUnits.every((u) => candidate.explains.has(u));
    const beaten = all.filter((rule) => {
      if (rule.final) return false;
      if (rule.score > candidate.score && condition(rule)) return true;
      if (rule.score > candidate.score && asksTerm(candidate, rule)) return true;
      if (rule.score > candidate.score && explainsTheRest(rule)) return true;
      if (rule.score > candidate.score && namesMore(candidate, rule)) return true;
      if (rule.score > candidate.score && ruleFee(rule)) return true;
      if (rule.score > candidate.score && waysThere(rule)) return true;
      if (rule.score > candidate.score && narrowsList(rule)) return true;
      if (rule.score > candidate.score && feeOfRule(rule)) return true;
      if (
        rule.kind === 'service' &&
        rule.mode === 'duration' &&
        specific &&
        asksDurationToo &&
        rule.score > candidate.score
      )
        return true;
      if (rule.score <= candidate.score || !covers(rule) || candidate.score < MENTION_FLOOR) return false;
      if (mentions(rule)) return true;
      if (!specific) return false;
      if (rule.kind === 'services' || (rule.kind === 'service' && rule.mode !== 'price')) return true;
      const more = candidate.explains.size > rule.explains.size;
      return ['hours', 'location', 'contact'].includes(rule.kind) && more && hit.hit.keyCoverage >= 0.75;
    });
    if (beaten.length === 0) return candidate;
    // Over another entry (whichever rule preferred it: the fee of a rule, more of the message named), the lift clears
    // the tie margin: the entry beaten leaves out what this one answers, so it is no coin toss beside it.
    const lift = beaten.some((r) => r.kind === 'knowledge') ? ENTRY_OVER_ENTRY_LEAD : 0.01;
    return { ...candidate, score: Math.max(...beaten.map((r) => r.score)) + lift, strength: candidate.score };
  });
}

/**
 * What a service's card (its price, its length, its description) cannot
 * answer: who may have it (pregnancy, breastfeeding, age, children,
 * medication), what to do before and after (preparation, aftercare,
 * eating, smoking, sport, sun), what it does (results, side effects,
 * sensitivity, skin that goes red, how long it lasts, how often). An entry whose own question
 * is about one of these is more specific than the card.
 */
export const CONDITIONS = [
  'pregnancy',
  'menstruation',
  'fasting',
  'breastfeeding',
  'age',
  'children',
  'medication',
  'sideEffects',
  'aftercare',
  'preparation',
  'eat',
  'smoking',
  'sport',
  'sun',
  'lasting',
  'results',
  'sensitivity',
  'frequency',
  'fear',
  'worry',
  'redness',
  'fever',
  'stopMedication',
  ...DIETS,
] as const;
/**
 * The terms of a visit, which every service shares and a service's card
 * does not answer: paying (when, how, a deposit, instalments, an invoice),
 * being paid back (insurance, a refund), whether it is free, whether it
 * hurts, what to wear or bring, the papers it needs and the records of a
 * previous practice, a trial before the day. An entry about a
 * term (or a condition) needs no service in its own question when it
 * explains the service's name: the deposit policy is the deposit of every
 * service.
 */
export const TERMS = [
  'deposit',
  'payment',
  'instalments',
  'invoice',
  'insurance',
  'refund',
  'free',
  'pain',
  'anaesthesia',
  'clothing',
  'bring',
  'documents',
  'referral',
  'consent',
  'medicalRecords',
  'trialRun',
] as const;

/** The least an entry about a condition must score to beat a service's card. */
const CONDITION_FLOOR = 0.25;

/** How far an entry preferred over another entry is lifted above it: past the tie margin, so the two are no toss-up. */
const ENTRY_OVER_ENTRY_LEAD = 0.03;

/** The least an entry must score to beat a service its question merely names. */
const MENTION_FLOOR = 0.3;

/** Every candidate answer, best first. */
export function candidates(ctx: ComposeContext, reading: Reading): Candidate[] {
  const booking = { howTo: reading.has('howTo'), own: actsOnOwnBooking(reading) };
  const all = [
    ...knowledgeCandidates(ctx, reading),
    ...serviceCandidates(ctx, reading),
    ...hoursCandidates(ctx, reading),
    ...placeCandidates(ctx, reading),
    ...bookingCandidates(ctx, reading, booking.own),
  ];
  // On a tie, a booking request and a day's hours go first: they are what the customer asked to do or know;
  // the booking first of the two, as the day it names is the day to book ("hi ha lloc dijous?").
  // A rule no entry is lifted over goes before the entries it ties with.
  const priority = (c: Candidate) => (c.final ? 3 : c.kind === 'booking' ? 2 : c.kind === 'hours-date' ? 1 : 0);
  return preferSpecific(all, reading, booking)
    .map((c) => (asksPolicy(reading, c) ? { ...c, score: c.score + POLICY_LEAD } : c))
    .sort((a, b) => byScore(a, b) || priority(b) - priority(a));
}

/** How far a policy the customer asks for by name leads the entries that share its words. */
const POLICY_LEAD = 0.05;

/**
 * "What's your cancellation policy?", "¿cuál es vuestra política de
 * devoluciones?": the customer asks for a rule by its name, and the policy
 * whose title holds the words asked about is that rule, ahead of a Q&A entry
 * or an article that shares them ("how do I cancel my appointment?").
 */
function asksPolicy(reading: Reading, c: Candidate): boolean {
  return reading.has('rules') && c.kind === 'knowledge' && c.hit?.kind === 'policy' && c.hit.hit.keyMatched.length > 0;
}
