/**
 * "Do you do microblading?", "vocês fazem hidrolipo?", "macht ihr auch
 * Shellac?": a customer asks whether the business does, offers, sells or
 * has a thing, and names it by a word none of the business's texts use.
 * The lexicon's offering concepts (OFFERING_CONCEPTS) catch the things it
 * knows (boarding, a microchip, a deposit); this catches the rest, the long
 * tail of treatments, brands and products, by the question's frame. An
 * answer that leaves the thing out answers something else, so the message
 * goes to a person (knowledge-index.ts `absent`).
 *
 * "How much is pressotherapy?" asks the same of a price: the price of a
 * thing the business never wrote about is as unknown as the thing.
 *
 * The thing is the first content word within a few words after the frame
 * that the business never wrote (no term of its unit is known: not its
 * stem, its concepts, its cognate key), that is not an everyday word, not
 * a typo of a word the business wrote, and not a day; in English and
 * German, not a word right before one the business writes ("kinesio
 * taping" is a kind of the taping it does).
 *
 * A thing the business writes about only as the customer's doing ("please
 * do not wax between sessions", domain/mention-frames.ts) and no service
 * names is asked for too: "do you also do waxing?" at a laser clinic, or
 * its method after the thing ("¿hacéis depilación con cera?").
 */
import type { Analysis, Unit } from './analyzer.js';
import { isDateWord } from './dates.js';
import { ARTICLES } from './determiners.js';
import type { TextLanguage } from './languages.js';
import { conceptTerm, isConceptTerm, isOfferingTerm } from './lexicon/concepts.js';
import { matchPhrases, PhraseBook, type PhraseTable, prepareWords } from './lexicon/phrases.js';

/**
 * Frames of "do you do/offer/sell/have …?" and of "how much is …?" in every
 * supported language (syntax: lexicon/phrases.ts): the price of a thing the
 * business never wrote about is as unknown as the thing. "Offer" and "sell"
 * are matched only as written: "é para oferecer à minha nora" gives a present
 * to a daughter-in-law, it asks for no offering (the verbs share their stem).
 */
const FRAMES: PhraseTable<'askedFor' | 'priceOf'> = {
  askedFor: {
    en: 'do you do|do you also do|do you guys do|do u do|do you offer|do you also offer|do you sell|do you also sell|you do|you guys do|can you do|do you provide|do you carry|do you stock',
    es: 'haceis|haceis tambien|hacen|hacen tambien|=ofreceis|=ofrecen|=vendeis|=venden|trabajais con|trabajan con',
    fr: 'vous faites|faites vous|vous faites aussi|proposez vous|vous proposez|vendez vous|vous vendez|vous pratiquez|pratiquez vous',
    it: 'fate|fate anche|voi fate|=offrite|=vendete|lavorate con',
    de: 'macht ihr|macht ihr auch|machen sie|machen sie auch|bietet ihr|bieten sie|verkauft ihr|verkaufen sie|habt ihr auch',
    ca: 'feu|feu tambe|=oferiu|=veneu|treballeu amb',
    pt: 'fazem|voces fazem|vcs fazem|fazem tambem|=oferecem|=vendem|trabalham com',
    ar: 'كتديرو|تديرو|واش كتديرو|تعملو|بتعملو|تقدمون|wach katdiro|katdiro|wach kadiro|kadiro|bta3mlo',
  },
  priceOf: {
    en: 'how much is|how much for|how much are|how much does|how much do|how much would|how much will|how much cost|how much costs|how much it cost|how much do you charge for|price of|price for|cost of|what does it cost for',
    es: 'cuanto cuesta|cuanto vale|cuanto sale|cuanto me cuesta|cuanto cobrais|cuanto cobran|precio de|precio del|cuanto es',
    fr: 'combien coute|combien coutent|combien pour|combien ca coute|prix de|prix du|prix des|tarif de|tarif du|tarif des',
    it: 'quanto costa|quanto costano|quanto viene|quanto per|prezzo di|prezzo del|prezzo della|prezzi di',
    de: 'was kostet|was kosten|wie viel kostet|wieviel kostet|preis fur|preis von|kosten fur',
    ca: 'quant costa|quant val|quant es|preu de|preu del',
    pt: 'quanto custa|quanto custam|quanto fica|quanto e|quanto sai|preco de|preco do|preco da',
    ar: 'بشحال|شحال كيسوا|شحال ثمن|بكام|كم سعر|كم يكلف|bch7al|ch7al taman',
  },
};
const FRAME_PHRASES = new PhraseBook(FRAMES);
/** How far after the frame the thing may stand ("do you do [any kind of] microblading"). */
const REACH = 3;
/** The price concept's term: "cost" after the thing closes a price question ("how much does X cost"). */
const PRICE = conceptTerm('price');
/** Shorter words are too often a name, an initial or a slip. */
const MIN_LETTERS = 4;

/**
 * Languages that put a modifier before the thing it modifies ("kinesio taping", "hot stone massage"):
 * there an unknown word right before a word the business writes names a kind of what it does.
 */
const MODIFIER_FIRST: ReadonlySet<TextLanguage> = new Set(['en', 'de']);

/** For each frame, the word positions that follow it (up to REACH words), with the frame's language. */
function afterFrames(analysis: Analysis): { positions: number[]; language: TextLanguage }[] {
  // A price's question word inside a longer phrase of another concept means what the phrase means: Egyptian
  // "الساعه كام" is "what time", and what follows it names no thing priced.
  const within = (f: { key: string; start: number; end: number }) =>
    f.key === 'priceOf' &&
    analysis.concepts.some(
      (c) => c.key !== 'price' && c.start <= f.start && f.end <= c.end && c.end - c.start > f.end - f.start,
    );
  const frames = matchPhrases(prepareWords(analysis.words, analysis.languages), FRAME_PHRASES).filter(
    (f) => !within(f),
  );
  // A word of another frame is no thing asked for: in "you do you sell X" the thing is X, not "sell".
  const inFrame = (p: number) => frames.some((f) => f.start <= p && p < f.end);
  return frames.map(({ end, language }) => {
    const positions: number[] = [];
    for (let p = end; p < Math.min(analysis.words.length, end + REACH); p++) if (!inFrame(p)) positions.push(p);
    return { positions, language };
  });
}

/**
 * Units (positions in `analysis.units`) naming a thing the customer asks
 * the business to do, offer, sell or have, which its texts never name, or
 * name only as the customer's doing. `known` says whether some text of the
 * business holds a term; `offered`, whether a service or a text that tells
 * what the business does (or declines to do) holds it.
 * Each frame asks of its own thing: in "vendete gioielli per i piercing?
 * quanto costa un anellino in oro?" the ring is asked for, though the
 * jewellery is known.
 */
export function askedUnknownOfferings(
  analysis: Analysis,
  known: (term: string) => boolean,
  offered: (term: string) => boolean = known,
): number[] {
  const frames = afterFrames(analysis);
  if (frames.length === 0) return [];
  const unknown = (unit: Unit) => ![...unit.keys()].some((term) => isConceptTerm(term) || known(term));
  const mentioned = (unit: Unit) => mentionedOnly(unit, known, offered);
  const unitAt = (p: number) =>
    analysis.units.findIndex((_, u) => analysis.positions[u]?.length === 1 && analysis.positions[u]![0] === p);
  // A thing of several words ("depilación con cera"), named by the lexicon.
  const phraseAt = (p: number) =>
    analysis.units.findIndex((_, u) => (analysis.positions[u]?.length ?? 0) > 1 && analysis.positions[u]![0] === p);
  const asked = new Set<number>();
  for (const { positions, language } of frames) {
    for (const p of positions) {
      const u = unitAt(p);
      const phrase = u < 0 ? phraseAt(p) : -1;
      if (phrase >= 0 && mentioned(analysis.units[phrase]!)) {
        asked.add(phrase);
        break;
      }
      if (u < 0) continue;
      const word = analysis.words[p]!;
      if (
        word.length < MIN_LETTERS ||
        analysis.everyday.has(u) ||
        analysis.corrections.has(p) ||
        isDateWord(word) ||
        DOING.has(word)
      )
        continue;
      // A thing the business names only as something it does not do, or the customer should not ("do not wax
      // between sessions"), is no offering of its own: "do you also do waxing?" asks what its data cannot answer.
      if (mentioned(analysis.units[u]!)) {
        asked.add(u);
        break;
      }
      // The first thing named after the frame decides: "do you do gel nails with glitter" asks about gel nails.
      // Unless its method is a thing named only as not done: "hacéis depilación con cera?" asks for waxing.
      if (!unknown(analysis.units[u]!)) {
        const method = methodAfter(analysis, p);
        if (method >= 0 && mentioned(analysis.units[method]!)) asked.add(method);
        break;
      }
      // "do you do kinesio taping?" asks for a kind of the taping the business writes about; in "how much does
      // microneedling cost?" the word after the thing closes the question and names nothing.
      const next = analysis.units.findIndex((_, v) => analysis.positions[v]?.[0] === p + 1);
      const modifies =
        MODIFIER_FIRST.has(language) &&
        next >= 0 &&
        !analysis.units[next]!.has(PRICE) &&
        !unknown(analysis.units[next]!);
      if (!modifies && !ofKnown(analysis, p, unknown)) asked.add(u);
      break;
    }
  }
  return [...asked].sort((a, b) => a - b);
}

/**
 * Whether the business's texts name `unit` only as no offering of their own
 * (domain/mention-frames.ts): some term of it is known but not offered, and
 * none of its words is offered. A broader concept may be ("waxing" is also a
 * hair removal, which a laser clinic offers); its own may not.
 */
function mentionedOnly(unit: Unit, known: (term: string) => boolean, offered: (term: string) => boolean): boolean {
  const terms = [...unit.keys()];
  const concepts = terms.filter(isConceptTerm);
  const words = terms.filter((t) => !isConceptTerm(t));
  if (words.some(offered)) return false;
  if (concepts.length === 0) return words.some(known);
  // Only an offering's concept tells: a price or a day named in a "don't" says nothing of what is done.
  return concepts.some((t) => isOfferingTerm(t) && known(t) && !offered(t));
}

/** "With" and "by" before a method ("depilación con cera", "épilation à la cire", "Haarentfernung mit Wachs"). */
const WITH = new Set([
  'with',
  'by',
  'using',
  'con',
  'a',
  'al',
  'à',
  'com',
  'amb',
  'mit',
  'per',
  'par',
  'ab',
  'بال',
  'ب',
]);

/** The unit of a method named right after the thing at `p` ("depilación con [la] cera"), or -1. */
function methodAfter(analysis: Analysis, p: number): number {
  if (!WITH.has(analysis.words[p + 1] ?? '')) return -1;
  const at = ARTICLES.has(analysis.words[p + 2] ?? '') ? p + 3 : p + 2;
  return analysis.units.findIndex((_, v) => analysis.positions[v]?.[0] === at);
}

/**
 * Verbs of doing or fitting before the thing ("cuánto cuesta poner el microchip", "combien pour poser des
 * extensions", "quanto costa fare la pulizia"): the thing is what they take, not the verb.
 */
const DOING = new Set(
  (
    'poner ponerle ponerse hacer hacerle hacerse quitar quitarle quitarse sacar colocar cambiar arreglar ' +
    'faire poser mettre enlever retirer changer refaire ' +
    'fare farsi farle mettere togliere cambiare rifare ' +
    'fazer colocar tirar trocar botar ' +
    'posar treure canviar ' +
    'machen wechseln entfernen ' +
    'getting doing having putting'
  ).split(/\s+/),
);

/** "Of" and its contractions ("cours de reformer", "studio dell'appoggio"). */
const OF = new Set([
  'de',
  'del',
  'della',
  'dello',
  'dell',
  'dei',
  'degli',
  'delle',
  'di',
  'do',
  'da',
  'dos',
  'das',
  'du',
  'des',
  'of',
]);

/** Words for a session of something, in every language: a class, a course, an assessment, a study, a pack. */
const GENERAL = new Set(
  (
    'class classes lesson lessons course session sessions consultation assessment evaluation study exam test analysis treatment package pack programme program ' +
    'cours classe seance seances consultation bilan etude examen analyse soin soins forfait abonnement ' +
    'clase clases curso sesion sesiones consulta evaluacion valoracion estudio prueba analisis tratamiento bono paquete programa ' +
    'corso lezione lezioni seduta sedute sessione consulto consulenza valutazione studio esame analisi trattamento pacchetto abbonamento ' +
    'aula aulas sessao sessoes avaliacao estudo exame teste analise tratamento pacote plano ' +
    'curs sessio avaluacio estudi prova tractament paquet ' +
    'kurs stunde sitzung beratung untersuchung analyse behandlung paket'
  ).split(/\s+/),
);

/**
 * "Combien coûte un cours de reformer ?", "quanto costa lo studio
 * dell'appoggio?": a general word (a class, a study, an assessment)
 * followed by "of" and a thing the business writes about names that thing,
 * as "kinesio taping" names a kind of taping.
 */
function ofKnown(analysis: Analysis, p: number, unknown: (unit: Unit) => boolean): boolean {
  if (!GENERAL.has(analysis.words[p]!) || !OF.has(analysis.words[p + 1] ?? '')) return false;
  const at = ARTICLES.has(analysis.words[p + 2] ?? '') ? p + 3 : p + 2;
  const thing = analysis.units.findIndex((_, v) => analysis.positions[v]?.[0] === at);
  return thing >= 0 && !unknown(analysis.units[thing]!);
}
