/**
 * The retrieval index of one business, shared by every responder (the
 * offline responder answers from it; an LLM engine's search tool calls it):
 * Q&A entries, knowledge articles and policies ("knowledge"), and service,
 * variant and category names ("services").
 *
 * Every text is analysed in the language it is written in (domain/analyzer.ts)
 * and all languages share one index, so a question finds an answer written
 * in another language through the concept lexicon and shared words. A
 * question is analysed once, in the languages it may be in, with typos
 * corrected towards the words the business uses.
 *
 * Built on first use and cached per business object.
 */
import { analyse, analyseKey, type Analysis, type AnalyseOptions, CONCEPT_WEIGHT, type Unit } from './analyzer.js';
import type { Business, Localized, Service } from './business.js';
import { Vocabulary } from './fuzzy.js';
import { businessGlossary } from './glossary.js';
import type { Phrase } from './lexicon/phrases.js';
import { detectLanguage, type LanguageGuess, looksArabic } from './language.js';
import { isTextLanguage, TEXT_LANGUAGES, type TextLanguage } from './languages.js';
import { conceptVocabulary, isConceptTerm, isOfferingTerm } from './lexicon/concepts.js';
import { allTexts } from './localized.js';
import { askedUnknownOfferings } from './asked-offering.js';
import { affirmedText } from './mention-frames.js';
import { ANY_STOPWORD } from './stopwords.js';
import { stem } from './stem.js';
import { normalise } from './text.js';
import { buildUnitIndex, matchStrength, type UnitDocument, type UnitHit, type UnitIndex } from './unit-index.js';

export type Variant = Service['variants'][number];
export type KnowledgeKind = 'qa' | 'article' | 'policy';

export interface KnowledgeHit {
  kind: KnowledgeKind;
  id: string;
  /** 0..1, see matchStrength. */
  strength: number;
  /** The best-matching text's hit (which query units it explains, how much of its key). */
  hit: UnitHit;
}

export interface ServiceHit {
  service: Service;
  /** The variants the customer named; empty when they named the service itself. */
  variants: Variant[];
  /** 0..1: share of the matched name that the message contains. */
  nameCoverage: number;
  /** 0..1: share of the message that the match explains. */
  queryCoverage: number;
  /** Query units the match explains. */
  matched: number[];
  /** The part of `matched` the name itself holds (a service's name, a variant's), not its category or description. */
  named: number[];
}

export interface SearchOptions {
  /** Languages the message may be in (the detected one first, if any). */
  languages: readonly TextLanguage[];
  primary?: TextLanguage | undefined;
}

export interface SearchResult {
  analysis: Analysis;
  /** The best hit per entry, strongest first. */
  knowledge: KnowledgeHit[];
  services: ServiceHit[];
  /**
   * Query units that raise an offering of the lexicon (OFFERING_CONCEPTS:
   * "microchip", "boarding", "wifi", a deposit) that none of the business's
   * texts raise, or name a thing asked for ("do you do microblading?") by a
   * word they never use (asked-offering.ts): the customer asks about
   * something the business never wrote about.
   */
  absent: number[];
  /**
   * The part of `absent` named right after a "do you do …?" or "how much
   * is …?" frame (asked-offering.ts): the very thing the customer asks for. A lexicon offering may be raised loosely
   * ("what treatments do you offer?" raises a discount's "offer"); this is not.
   */
  askedFor: number[];
  /**
   * Query units of a concept that a large share of the business's entries hold (PERVASIVE_SHARE): its own
   * subject ("pregnant" to a midwife), said as the customer's case, not a condition an answer may leave out.
   */
  pervasive: number[];
}

/** The share of a business's entries, and their least number, that make a concept its own subject (see SearchResult.pervasive). */
const PERVASIVE_SHARE = 0.3;
const PERVASIVE_ENTRIES = 3;

export interface KnowledgeIndex {
  readonly languages: readonly TextLanguage[];
  /** `aside`: units said only around the question (offline/understand.ts), which weigh less in a match. */
  search(text: string, options: SearchOptions, aside?: ReadonlySet<number>): SearchResult;
}

type Ref =
  | { kind: KnowledgeKind; id: string }
  | { kind: 'service'; service: Service; variant?: Variant | undefined; category?: boolean };

class Corpus {
  readonly docs: UnitDocument[] = [];
  readonly refs = new Map<string, Ref>();
  /**
   * The terms of the clauses that tell what the business does or declines to do (domain/mention-frames.ts),
   * not what they name as the customer's doing: "please do not wax between sessions".
   */
  readonly affirmed = new Set<string>();

  affirm(units: readonly Unit[]): void {
    for (const unit of units) for (const term of unit.keys()) this.affirmed.add(term);
  }

  add(ref: Ref, fields: Record<string, Unit[]>): void {
    const id = `${this.refs.size}`;
    this.refs.set(id, ref);
    this.docs.push({ id, fields });
  }
}

function businessLanguages(business: Business): TextLanguage[] {
  return business.profile.languages.filter(isTextLanguage);
}

/** The text of `value` in `language`, or '' when it has none there. */
function textIn(value: Localized | undefined, language: string, defaultLanguage: string): string {
  if (value === undefined) return '';
  return allTexts(value, defaultLanguage).find((t) => t.language === language)?.text ?? '';
}

/** Analysis options for a text the business wrote in `language`. */
function written(language: string, fallback: readonly TextLanguage[]): AnalyseOptions {
  return isTextLanguage(language) ? { languages: [language], primary: language } : { languages: fallback };
}

/**
 * An alternate question's language: detected when clear and listed, else
 * any of the entry's, or of the business's that the text looks like at all (owners
 * write alternates in whichever of their languages comes to mind: "fa mal
 * un implant" on a Spanish entry is Catalan, though short).
 */
function alternateOptions(
  text: string,
  entryLanguages: readonly TextLanguage[],
  businessLanguages: readonly TextLanguage[],
): AnalyseOptions {
  const guess = detectLanguage(text);
  // A language the business does not list is a misreading of a short alternate in one it does.
  const listed = [...entryLanguages, ...businessLanguages];
  if (guess.language && guess.confidence >= 0.5 && listed.includes(guess.language))
    return { languages: [guess.language], primary: guess.language };
  // Evidence shared with a language nobody here writes (Italian "un", "per") is not doubt among the listed ones.
  const ranked = [...new Set(listed)].sort((a, b) => guess.scores[b] - guess.scores[a]);
  const [first, second] = ranked;
  if (first && guess.scores[first] >= 0.75 && guess.scores[first] - (second ? guess.scores[second] : 0) >= 0.5)
    return { languages: [first], primary: first };
  const likely = businessLanguages.filter((l) => guess.scores[l] > 0);
  const languages = [...new Set([...entryLanguages, ...likely])];
  // A Latin-script alternate on an entry written only in Arabic ("lap time", "membership" on "وين أشوف أوقات
  // لفاتي؟") is in one of the business's Latin-script languages, not Arabizi, unless it reads as Arabizi at all.
  const latin = businessLanguages.filter((l) => l !== 'ar');
  if (
    guess.script === 'latin' &&
    !guess.arabizi &&
    guess.scores.ar <= 0 &&
    latin.length > 0 &&
    languages.every((l) => l === 'ar')
  )
    return { languages: latin };
  return { languages: languages.length > 0 ? languages : TEXT_LANGUAGES };
}

/** How a business's texts are analysed for its index: with its own glossary (domain/glossary.ts). */
function analysers(glossary: readonly Phrase<string>[]) {
  return {
    units: (text: string, options: AnalyseOptions) => (text ? analyse(text, { ...options, glossary }).units : []),
    keyUnits: (text: string, options: AnalyseOptions) => (text ? analyseKey(text, { ...options, glossary }).units : []),
  };
}

function knowledgeCorpus(
  business: Business,
  languages: readonly TextLanguage[],
  glossary: readonly Phrase<string>[],
): Corpus {
  const { units, keyUnits } = analysers(glossary);
  const fallback = languages[0] ?? 'en';
  const corpus = new Corpus();
  const tagOptions: AnalyseOptions = { languages: ['en', ...languages] };
  // What the texts tell of the business's offerings (domain/mention-frames.ts): a question of the customer about
  // their own doing ("can I wax between sessions?") names none, nor do its wordings and tags; an answer, only in
  // the clauses that say what the business does or declines to do ("we don't do microblading").
  // An answer to the customer's question about their own doing is about it throughout: its "no" is theirs.
  const affirm = (text: string, language: string, options: AnalyseOptions, analysed: Unit[], customer: boolean) => {
    const { affirmed, framed } = affirmedText(text, language, customer);
    corpus.affirm(framed ? units(affirmed, options) : analysed);
  };
  for (const qa of business.qa) {
    const ref = { kind: 'qa', id: qa.id } as const;
    const tags = units(qa.tags.join(' '), tagOptions);
    const questions = allTexts(qa.question, fallback);
    const questionLanguages = questions.map((t) => t.language);
    const framedQuestion = questions.some(({ language, text }) => affirmedText(text, language).framed);
    if (!framedQuestion) corpus.affirm(tags);
    for (const { language, text } of questions) {
      const options = written(language, languages);
      const key = keyUnits(text, options);
      const body = units(textIn(qa.answer, language, fallback), options);
      corpus.add(ref, { key, body, tags });
      if (!framedQuestion) corpus.affirm(key);
      affirm(textIn(qa.answer, language, fallback), language, options, body, framedQuestion);
    }
    for (const alternate of qa.alternates) {
      const options = alternateOptions(alternate, questionLanguages.filter(isTextLanguage), languages);
      const answerLanguage = options.primary ?? questionLanguages[0] ?? fallback;
      const answer = textIn(qa.answer, answerLanguage, fallback);
      const key = keyUnits(alternate, options);
      corpus.add(ref, {
        key,
        body: units(answer, written(answerLanguage, languages)),
        tags,
      });
      if (!framedQuestion && !affirmedText(alternate, options.languages).framed) corpus.affirm(key);
    }
  }
  const articles = [
    ...business.knowledge.map((a) => ({
      kind: 'article' as const,
      id: a.id,
      title: a.title,
      body: a.body,
      tags: a.tags,
    })),
    ...business.policies.map((p) => ({ kind: 'policy' as const, id: p.id, title: p.title, body: p.text, tags: [] })),
  ];
  for (const article of articles) {
    const tags = units(article.tags.join(' '), tagOptions);
    const titles = allTexts(article.title, fallback);
    const framedTitle = titles.some(({ language, text }) => affirmedText(text, language).framed);
    if (!framedTitle) corpus.affirm(tags);
    for (const { language, text } of titles) {
      const options = written(language, languages);
      const body = units(textIn(article.body, language, fallback), options);
      const key = keyUnits(text, options);
      corpus.add({ kind: article.kind, id: article.id }, { key, body, tags });
      if (!framedTitle) corpus.affirm(key);
      affirm(textIn(article.body, language, fallback), language, options, body, framedTitle);
    }
  }
  return corpus;
}

/**
 * A name and the shorter names it contains: "Full bikini / Brazilian" is
 * also "Full bikini" and "Brazilian"; "Large (51–90 lb)" also "Large".
 */
export function nameAliases(name: string): string[] {
  const bare = name.replace(/\([^)]*\)/g, ' ').trim();
  const parts = bare.split(/\s+\/\s+|\s*\|\s*/).map((p) => p.trim());
  const inParentheses = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim()).filter((p) => /\p{L}{3}/u.test(p));
  return [...new Set([name, bare, ...parts, ...inParentheses])].filter(Boolean);
}

function serviceCorpus(
  business: Business,
  languages: readonly TextLanguage[],
  glossary: readonly Phrase<string>[],
): Corpus {
  const { units, keyUnits } = analysers(glossary);
  const fallback = languages[0] ?? 'en';
  const corpus = new Corpus();
  for (const service of business.services.filter((s) => s.active)) {
    for (const { language, text } of allTexts(service.name, fallback)) {
      const options = written(language, languages);
      const context = [textIn(service.category, language, fallback), textIn(service.description, language, fallback)];
      for (const alias of nameAliases(text)) {
        corpus.add(
          { kind: 'service', service },
          { name: keyUnits(alias, options), context: units(context.join(' '), options) },
        );
      }
    }
    // "how much is laser?" names a category, which stands for its services.
    for (const { language, text } of service.category ? allTexts(service.category, fallback) : []) {
      const options = written(language, languages);
      const context = units(textIn(service.name, language, fallback), options);
      corpus.add({ kind: 'service', service, category: true }, { name: keyUnits(text, options), context });
    }
    for (const variant of service.variants) {
      for (const { language, text } of allTexts(variant.name, fallback)) {
        const options = written(language, languages);
        const parent = units(textIn(service.name, language, fallback), options);
        for (const alias of nameAliases(text)) {
          corpus.add({ kind: 'service', service, variant }, { name: keyUnits(alias, options), context: parent });
        }
      }
    }
  }
  return corpus;
}

/**
 * Every word the business wrote, and the lexicon's words in the languages a
 * message is read in: what typos are corrected towards (a Spanish
 * "regalarle" is not an Italian "regalare").
 */
function businessVocabulary(
  business: Business,
  languages: readonly TextLanguage[],
  lexiconLanguages: readonly TextLanguage[],
): Vocabulary {
  const texts: { language: string; text: string }[] = [];
  const push = (value: Localized | undefined) => {
    if (value !== undefined) texts.push(...allTexts(value, languages[0] ?? 'en'));
  };
  for (const qa of business.qa) {
    [qa.question, qa.answer].forEach(push);
    for (const text of [...qa.alternates, ...qa.tags]) texts.push({ language: languages[0] ?? 'en', text });
  }
  for (const a of business.knowledge) [a.title, a.body].forEach(push);
  for (const p of business.policies) [p.title, p.text].forEach(push);
  for (const s of business.services) {
    [s.name, s.category, s.description, s.priceNote].forEach(push);
    s.variants.forEach((v) => push(v.name));
  }
  // Function words of every language are known words: never "corrected" into something else.
  const vocabulary = new Vocabulary([], ANY_STOPWORD);
  for (const { language, text } of texts) {
    const stemmed = isTextLanguage(language) ? language : undefined;
    for (const word of normalise(text).split(' ')) {
      if (!/^\p{L}+$/u.test(word)) continue;
      vocabulary.add(word);
      if (stemmed) vocabulary.addStem(stem(word, stemmed));
    }
  }
  for (const language of lexiconLanguages) {
    for (const word of conceptVocabulary(language)) vocabulary.add(word);
  }
  return vocabulary;
}

interface Scored {
  ref: Ref;
  hit: UnitHit;
}

function searchIn(
  index: UnitIndex,
  refs: Map<string, Ref>,
  analysis: Analysis,
  limit: number,
  aside?: ReadonlySet<number>,
): Scored[] {
  if (analysis.units.length === 0) return [];
  return index.search(analysis.units, limit, analysis.everyday, aside).flatMap((hit) => {
    const ref = refs.get(hit.id);
    return ref ? [{ ref, hit }] : [];
  });
}

function bestKnowledge(scored: Scored[]): KnowledgeHit[] {
  const best = new Map<string, KnowledgeHit>();
  for (const { ref, hit } of scored) {
    if (ref.kind === 'service') continue;
    const strength = matchStrength(hit, ref.kind === 'qa');
    const key = `${ref.kind}:${ref.id}`;
    const current = best.get(key);
    if (!current || strength > current.strength) best.set(key, { kind: ref.kind, id: ref.id, strength, hit });
  }
  return [...best.values()].sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
}

function bestServices(scored: Scored[]): ServiceHit[] {
  const candidates = scored
    .flatMap(({ ref, hit }) => (ref.kind === 'service' && holdsHalf(hit) ? [{ ref, hit }] : []))
    // A name that holds more of the message's words first ("la consultation avant une couleur" is the colour
    // consultation, not the colour correction whose description says a consultation is needed); then a name
    // given in full ("a sports massage tomorrow after 5" names the sports massage, not the drainage whose
    // description says "after surgery"); then explains more of the message; then fuller name; a variant beats its service on a tie;
    // then the service named first ("how much is an implant? is the crown included?"). At the same count of words,
    // a name held by half its words comes before one held only with the concepts' weight (holdsHalf): "maquillaje de
    // novia" is the "Maquillage mariée", not the "Essai mariée (maquillage et/ou coiffure)" it half holds.
    .sort(
      (a, b) =>
        b.hit.keyMatched.length - a.hit.keyMatched.length ||
        Number(b.hit.keyShare >= 0.5) - Number(a.hit.keyShare >= 0.5) ||
        Number(b.hit.keyShare >= FULL_NAME) - Number(a.hit.keyShare >= FULL_NAME) ||
        b.hit.coverage - a.hit.coverage ||
        b.hit.keyShare - a.hit.keyShare ||
        Number(!!b.ref.variant) - Number(!!a.ref.variant) ||
        (a.hit.matched[0] ?? 0) - (b.hit.matched[0] ?? 0) ||
        b.hit.score - a.hit.score,
    );
  // A category ("Laser", "Body") stands for its services only when no service or variant is named.
  const named = candidates.filter((c) => !c.ref.category);
  const pool = named.length > 0 ? named : candidates;
  const top = pool[0];
  const matches = new Map<string, ServiceHit>();
  const explained = new Set<number>();
  // The words of the message that name a service by its own name (not a variant's, not its category's).
  const ownName = (service: Service) =>
    new Set(
      pool.flatMap((c) => (c.ref.service === service && !c.ref.variant && !c.ref.category ? c.hit.keyMatched : [])),
    );
  for (const { ref, hit } of pool) {
    // Keep ties with the best ("legs" → full and half legs), and names given in full that
    // explain words the better matches did not ("full legs and underarms").
    const tie = hit.coverage >= (top?.hit.coverage ?? 0) - 0.01 && hit.keyShare >= (top?.hit.keyShare ?? 0) - 0.01;
    if (!tie && (hit.keyShare < 0.99 || hit.matched.every((u) => explained.has(u)))) continue;
    hit.matched.forEach((u) => explained.add(u));
    const match = matches.get(ref.service.id);
    // "How much is the sports certificate?": a variant ("Leisure sport / gym") named only by words of the service's
    // own name is not asked for; a variant narrows the service when the message names it by a word of its own.
    const own = ownName(ref.service);
    const variant = ref.variant && !(own.size > 0 && hit.keyMatched.every((u) => own.has(u))) ? ref.variant : undefined;
    if (!match) {
      matches.set(ref.service.id, {
        service: ref.service,
        variants: variant ? [variant] : [],
        nameCoverage: hit.keyShare,
        queryCoverage: hit.coverage,
        matched: hit.matched,
        named: hit.keyMatched,
      });
    } else if (variant && !match.variants.includes(variant)) {
      match.variants.push(variant); // a variant named narrows "the whole service" down
      match.matched = [...new Set([...match.matched, ...hit.matched])].sort((a, b) => a - b);
      match.named = [...new Set([...match.named, ...hit.keyMatched])].sort((a, b) => a - b);
    }
  }
  // Another service the message names by a word only its name has ("…an implant? Is the crown included?").
  for (const { ref, hit } of pool) {
    if (matches.has(ref.service.id)) continue;
    const own = hit.keyMatched.filter(
      (u) =>
        !explained.has(u) && pool.every((c) => c.ref.service.id === ref.service.id || !c.hit.keyMatched.includes(u)),
    );
    if (own.length === 0) continue;
    own.forEach((u) => explained.add(u));
    const variants = ref.variant ? [ref.variant] : [];
    matches.set(ref.service.id, {
      service: ref.service,
      variants,
      nameCoverage: hit.keyShare,
      queryCoverage: hit.coverage,
      matched: hit.matched,
      named: hit.keyMatched,
    });
  }
  return [...matches.values()].slice(0, 3);
}

/**
 * The share of a name the message must hold to name the service at all: half its words, a word matched through
 * the concept lexicon counting as the word (it weighs CONCEPT_WEIGHT in the share). "alquilar un kayak doble" holds
 * "Noleggio kayak singolo e doppio" by "kayak" and "alquilar" (#gearRental, as "noleggio"): 1.9 of its 4 words.
 */
const HALF_NAME = 0.5 * CONCEPT_WEIGHT;

/**
 * Whether the message holds half a service's name (see HALF_NAME): a concept's word counts as the word only in a
 * name of three words or more, where HALF_NAME takes two of its words; a concept alone holds half a two-word name
 * only by its full weight ("Tarifa de dia" is not named by "was kostet", though "tarifa" is a word of price, nor
 * "Visita d'urgència" by "cancel·lar la cita").
 */
const holdsHalf = (hit: UnitHit) => hit.keyShare >= 0.5 || (hit.keyShare >= HALF_NAME && hit.keySize >= 3);

/** A name's share the message holds for it to be given in full. */
const FULL_NAME = 0.99;

/** The shortest word of a name that a customer writes together with another ("surf" + "camp"). */
const JOINED_PART = 4;

/**
 * Two words of the business's service names written as one ("Surfcamp-Woche" for the "Surf camp week",
 * "surfcamp", "yogaclass"): the customer names the offering, not one the business lacks. Only plain words, each
 * part at least JOINED_PART letters and a word of a service's name.
 */
export function joinedName(term: string, knows: (part: string) => boolean): boolean {
  if (!/^\p{L}+$/u.test(term) || term.length < 2 * JOINED_PART) return false;
  for (let i = JOINED_PART; i <= term.length - JOINED_PART; i++) {
    if (knows(term.slice(0, i)) && knows(term.slice(i))) return true;
  }
  return false;
}

function createIndex(business: Business): KnowledgeIndex {
  const languages = businessLanguages(business);
  const glossary = businessGlossary(business);
  const knowledge = knowledgeCorpus(business, languages, glossary);
  const knowledgeIndex = buildUnitIndex(knowledge.docs, {
    fieldWeights: { key: 3, body: 1, tags: 1 },
    keyField: 'key',
  });
  const services = serviceCorpus(business, languages, glossary);
  const serviceIndex = buildUnitIndex(services.docs, { fieldWeights: { name: 3, context: 1 }, keyField: 'name' });
  const vocabularies = new Map<string, Vocabulary>();
  const vocabularyFor = (searched: readonly TextLanguage[]): Vocabulary => {
    const key = [...searched].sort().join(' ');
    const cached = vocabularies.get(key);
    if (cached) return cached;
    const vocabulary = businessVocabulary(business, languages, searched.length > 0 ? searched : TEXT_LANGUAGES);
    vocabularies.set(key, vocabulary);
    return vocabulary;
  };

  return {
    languages,
    search(text, options, aside) {
      const analysis = analyse(text, { ...options, vocabulary: vocabularyFor(options.languages), glossary });
      const named = (term: string) => knowledgeIndex.knows(term) || serviceIndex.knows(term);
      // The name's words are indexed as stems ("Kite" as "kit"): a part is looked up as written and as stemmed.
      const nameWord = (part: string) =>
        serviceIndex.knows(part) || options.languages.some((language) => serviceIndex.knows(stem(part, language)));
      const joinedService = (term: string) => joinedName(term, nameWord);
      const known = (term: string) => named(term) || joinedService(term);
      // A unit the customer wrote as two of the service's words together is known, whatever its other keys.
      const joined = (unit: Unit) => [...unit.keys()].some(joinedService);
      // Only a word as written names an offering the business lacks: a typo correction towards one is a guess
      // ("si vedano" is not "vegano").
      const absent = analysis.units.flatMap((unit, u) =>
        !joined(unit) && [...unit].some(([t, weight]) => isOfferingTerm(t) && !known(t) && weight >= CONCEPT_WEIGHT)
          ? [u]
          : [],
      );
      // Named by a service, or by a text that presents it as done by the business (not only in a "don't wax").
      const offered = (term: string) => serviceIndex.knows(term) || knowledge.affirmed.has(term) || joinedService(term);
      const askedFor = askedUnknownOfferings(analysis, known, offered);
      for (const u of askedFor) if (!absent.includes(u)) absent.push(u);
      const pervades = (term: string) => {
        const share = knowledgeIndex.share(term);
        return share >= PERVASIVE_SHARE && share * knowledgeIndex.size >= PERVASIVE_ENTRIES;
      };
      const pervasive = analysis.units.flatMap((unit, u) =>
        [...unit.keys()].some((t) => isConceptTerm(t) && pervades(t)) ? [u] : [],
      );
      return {
        analysis,
        absent,
        askedFor,
        pervasive,
        knowledge: bestKnowledge(searchIn(knowledgeIndex, knowledge.refs, analysis, 40, aside)),
        services: bestServices(searchIn(serviceIndex, services.refs, analysis, 40, aside)),
      };
    },
  };
}

/**
 * How to read a customer's message for `search`: in the detected language
 * plus the business's and English (for words languages share), or in all
 * languages when detection is unsure; Arabizi only for text that looks
 * Arabic, since Latin words of other languages share its skeletons ("son"
 * and "sinn"). `language` is the conversation's language, if known: when
 * detection is unsure, its stopwords and shorthand apply if the message
 * looks like it at all.
 */
export function searchOptions(
  text: string,
  business: Business,
  language?: string,
  guess: LanguageGuess = detectLanguage(text),
): SearchOptions {
  const sure = guess.language !== undefined && guess.confidence >= 0.4;
  const all: TextLanguage[] = sure
    ? [guess.language!, ...business.profile.languages.filter(isTextLanguage), 'en']
    : [...TEXT_LANGUAGES];
  const arabic = looksArabic(text, guess);
  const likely = isTextLanguage(language) && guess.scores[language] > 0 ? language : undefined;
  return {
    languages: [...new Set(all)].filter((l) => l !== 'ar' || arabic),
    primary: sure ? guess.language : likely,
  };
}

/**
 * The entries and services of a business that answer `text`, best first:
 * what a responder's search tool calls. `language` is the conversation's
 * language, if known.
 */
export function searchKnowledge(business: Business, text: string, language?: string): SearchResult {
  return knowledgeIndex(business).search(text, searchOptions(text, business, language));
}

const cache = new WeakMap<Business, KnowledgeIndex>();

/** The retrieval index of a business, built on first use and kept while the object lives. */
export function knowledgeIndex(business: Business): KnowledgeIndex {
  let index = cache.get(business);
  if (!index) {
    index = createIndex(business);
    cache.set(business, index);
  }
  return index;
}
