/**
 * BM25F over units (domain/analyzer.ts): a document is fields of units, a
 * query is units, and a query unit matches a document through whichever of
 * its terms (the word's stem in some language, a typo correction, a
 * concept) the document holds, counted once. Each field's term frequency
 * is length-normalised, weighted, then summed before saturation.
 *
 * Raw BM25 scores rank documents for one query but mean nothing across
 * queries, so every hit also says how well it matches, in units:
 * `coverage`, the idf-weighted share of the query the document explains;
 * and `keyCoverage`, the idf-weighted share of the document's key field (a
 * question, a title, a name) that the query contains. `matchStrength`
 * blends the two into a 0..1 figure the responder calibrates.
 */
import type { Unit } from './analyzer.js';

export interface UnitDocument {
  id: string;
  /** Field name → units. */
  fields: Readonly<Record<string, readonly Unit[]>>;
}

export interface UnitIndexOptions {
  /** Field name → weight; fields not listed are ignored. */
  fieldWeights: Readonly<Record<string, number>>;
  /** The field whose coverage says how specific a match is. */
  keyField: string;
  k1?: number;
  b?: number;
}

export interface UnitHit {
  id: string;
  score: number;
  /** 0..1: idf-weighted share of the query's units the document explains. */
  coverage: number;
  /** 0..1: idf-weighted share of the key field's units the query holds. */
  keyCoverage: number;
  /** 0..1: plain share of the key field's units the query holds ("legs" is half of "Full legs" and of "Half legs"). */
  keyShare: number;
  /** Query units matched (positions in the query's unit list). */
  matched: number[];
  /** Query units matched by the key field itself (a name, a question), not only the body. */
  keyMatched: number[];
  /** Key-field units of the document. */
  keySize: number;
  /** Units of the query. */
  querySize: number;
}

export interface UnitIndex {
  readonly size: number;
  idf(term: string): number;
  /**
   * The weight of a query unit: its rarest known term, or, for a unit the
   * corpus never saw, `unknownWeight` (`everydayWeight` for an everyday word).
   */
  unitWeight(unit: Unit, everyday?: boolean): number;
  /** Whether some document holds the term. */
  knows(term: string): boolean;
  /** 0..1: the share of the documents that hold the term. */
  share(term: string): number;
  /**
   * `everyday`: positions of query units that are everyday words (Analysis.everyday); `aside`: units said
   * only around the question, which weigh ASIDE_SHARE of their weight in how much of the query a hit explains.
   */
  search(
    query: readonly Unit[],
    limit?: number,
    everyday?: ReadonlySet<number>,
    aside?: ReadonlySet<number>,
  ): UnitHit[];
}

interface IndexedDocument {
  id: string;
  /** Field name → term → number of units holding it. */
  tf: Map<string, Map<string, number>>;
  length: Map<string, number>;
  keyUnits: readonly Unit[];
}

export function buildUnitIndex(documents: readonly UnitDocument[], options: UnitIndexOptions): UnitIndex {
  const { fieldWeights, keyField, k1 = 1.2, b = 0.75 } = options;
  const fieldNames = Object.keys(fieldWeights);
  const docs: IndexedDocument[] = [];
  const postings = new Map<string, number[]>();
  const totalLength = new Map<string, number>(fieldNames.map((f) => [f, 0]));

  for (const document of documents) {
    const doc: IndexedDocument = { id: document.id, tf: new Map(), length: new Map(), keyUnits: [] };
    const seen = new Set<string>();
    for (const field of fieldNames) {
      const units = document.fields[field] ?? [];
      const tf = new Map<string, number>();
      for (const unit of units) for (const term of unit.keys()) tf.set(term, (tf.get(term) ?? 0) + 1);
      doc.tf.set(field, tf);
      doc.length.set(field, units.length);
      totalLength.set(field, (totalLength.get(field) ?? 0) + units.length);
      for (const term of tf.keys()) seen.add(term);
    }
    doc.keyUnits = document.fields[keyField] ?? [];
    for (const term of seen) {
      const list = postings.get(term) ?? [];
      list.push(docs.length);
      postings.set(term, list);
    }
    docs.push(doc);
  }

  const n = docs.length;
  const averageLength = new Map(fieldNames.map((f) => [f, n ? (totalLength.get(f) ?? 0) / n : 0]));
  const idf = (term: string) => {
    const df = postings.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  // A word no document has is content the business does not talk about: it
  // weighs like a rare word, but half (it may be a name, a typo or a word said in passing).
  const unknownWeight = 0.5 * Math.log(1 + (n - 1 + 0.5) / 1.5);
  // An everyday word the business never wrote ("nervt", "kinda", "rovinato") is what people say around
  // a question, not a topic the business does not cover: it weighs a fifth of that.
  const everydayWeight = EVERYDAY_SHARE * unknownWeight;

  const unitWeight = (unit: Unit, everyday = false) => {
    let weight = 0;
    for (const term of unit.keys()) if (postings.has(term)) weight = Math.max(weight, idf(term));
    return weight > 0 ? weight : everyday ? everydayWeight : unknownWeight;
  };

  const weightedTf = (doc: IndexedDocument, term: string) => {
    let sum = 0;
    for (const field of fieldNames) {
      const tf = doc.tf.get(field)?.get(term) ?? 0;
      const avg = averageLength.get(field) ?? 0;
      if (tf === 0 || avg === 0) continue;
      const norm = 1 - b + (b * (doc.length.get(field) ?? 0)) / avg;
      sum += ((fieldWeights[field] ?? 0) * tf) / norm;
    }
    return sum;
  };

  const keyCoverage = (doc: IndexedDocument, queryTerms: ReadonlyMap<string, number>) => {
    let total = 0;
    let found = 0;
    let plain = 0;
    for (const unit of doc.keyUnits) {
      const weight = unitWeight(unit);
      total += weight;
      let best = 0;
      for (const term of unit.keys()) best = Math.max(best, queryTerms.get(term) ?? 0);
      found += weight * best;
      plain += best;
    }
    return { weighted: total ? found / total : 0, plain: doc.keyUnits.length ? plain / doc.keyUnits.length : 0 };
  };

  return {
    size: n,
    idf,
    unitWeight,
    knows: (term) => postings.has(term),
    share: (term) => (n ? (postings.get(term)?.length ?? 0) / n : 0),
    search(query, limit = 10, everyday = new Set(), aside = new Set()) {
      const weights = query.map((unit, u) => unitWeight(unit, everyday.has(u)) * (aside.has(u) ? ASIDE_SHARE : 1));
      const totalWeight = weights.reduce((sum, w) => sum + w, 0);
      const queryTerms = new Map<string, number>();
      for (const unit of query)
        for (const [term, w] of unit) queryTerms.set(term, Math.max(queryTerms.get(term) ?? 0, w));

      // Per document and query unit, the best term for the score (idf × its weight in the unit), and
      // for the coverage the unit's strongest term the document holds: "molaire" explained by the
      // concept #tooth (0.9) is explained as well whether or not its rarer, weaker cognate key also meets.
      const best = new Map<number, Map<number, { term: string; value: number; weight: number }>>();
      query.forEach((unit, u) => {
        for (const [term, weight] of unit) {
          const value = idf(term) * weight;
          for (const i of postings.get(term) ?? []) {
            const perDoc = best.get(i) ?? new Map();
            const current = perDoc.get(u);
            if (!current) perDoc.set(u, { term, value, weight });
            else {
              if (value > current.value) Object.assign(current, { term, value });
              current.weight = Math.max(current.weight, weight);
            }
            best.set(i, perDoc);
          }
        }
      });

      const hits: UnitHit[] = [];
      for (const [i, perUnit] of best) {
        const doc = docs[i]!;
        let score = 0;
        let found = 0;
        const keyMatched: number[] = [];
        const keyTf = doc.tf.get(keyField);
        for (const [u, { term, value, weight }] of perUnit) {
          const tf = weightedTf(doc, term);
          if (tf === 0) continue;
          score += (value * tf) / (k1 + tf);
          found += weights[u]! * weight;
          if (query[u] && [...query[u].keys()].some((t) => keyTf?.has(t))) keyMatched.push(u);
        }
        if (score === 0) continue;
        const key = keyCoverage(doc, queryTerms);
        hits.push({
          id: doc.id,
          score,
          coverage: totalWeight ? Math.min(1, found / totalWeight) : 0,
          keyCoverage: key.weighted,
          keyShare: key.plain,
          matched: [...perUnit.keys()].sort((x, y) => x - y),
          keyMatched: keyMatched.sort((x, y) => x - y),
          keySize: doc.keyUnits.length,
          querySize: query.length,
        });
      }
      return hits.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)).slice(0, limit);
    },
  };
}

/** The most one matched unit can score when it is all the customer asked about ("vous faites des facettes ?"). */
export const SINGLE_UNIT_CAP = 0.45;
/**
 * The most one matched unit can score when the message says more than that
 * word: kept under the offline responder's answer threshold, so "do you do
 * hair removal too?" is not answered by whatever entry mentions "removal"
 * unless nothing else comes close (see its `clearLead`).
 */
export const PARTIAL_SINGLE_UNIT_CAP = 0.38;

/** A key covered this much is the whole key: a concept match ("estacionamento" → #parking) weighs 0.9. */
const WHOLE_KEY = 0.88;
/**
 * A message that holds the whole of a Q&A entry's question, two units or
 * more, asks that question, however much else it tells ("je suis enceinte
 * de 4 mois et j'ai une carie qui me gêne, je peux me faire soigner ?"
 * against "Can I be treated while pregnant?"): it scores at least
 * WHOLE_QUESTION_FLOOR plus WHOLE_QUESTION_SLOPE of its coverage, not the
 * little its coverage alone gives. An entry that explains much more of the
 * message still ranks above it. Only a question: a title ("Minors", "Late
 * arrivals") names a topic a message may mention in passing.
 */
const WHOLE_QUESTION_FLOOR = 0.35;
const WHOLE_QUESTION_SLOPE = 0.4;
/**
 * The share of its weight a word keeps when it is said only around the question ("aceitam cartão estrangeiro?
 * Estamos de férias em Rabat"): the holiday and the city are context, and an answer that leaves them out still
 * answers the question.
 */
export const ASIDE_SHARE = 0.35;
/** The share of an unknown word's weight an everyday word keeps (see buildUnitIndex). */
const EVERYDAY_SHARE = 0.2;

/**
 * 0..1: how well a hit answers the query. Explaining all of the query
 * matters most (a hit that explains half of it scores at most 0.5);
 * covering the document's key field lifts it. One matched unit is weak
 * evidence unless it is the whole key ("parking?" against "Parking"): at
 * most SINGLE_UNIT_CAP when it is the whole query, PARTIAL_SINGLE_UNIT_CAP
 * when the query says more. A query that holds the whole of a question
 * scores at least WHOLE_QUESTION_FLOOR + WHOLE_QUESTION_SLOPE × coverage.
 */
export function matchStrength(hit: UnitHit, keyIsQuestion = false): number {
  const strength = hit.coverage * (0.5 + 0.5 * hit.keyCoverage);
  if (keyIsQuestion && hit.keyMatched.length >= 2 && hit.keyCoverage >= WHOLE_KEY)
    return Math.max(strength, WHOLE_QUESTION_FLOOR + WHOLE_QUESTION_SLOPE * hit.coverage);
  // The whole key, found by a word or by a concept of another language (concept matches weigh CONCEPT_WEIGHT, 0.9).
  if (hit.matched.length >= 2 || hit.keyCoverage >= WHOLE_KEY) return strength;
  return Math.min(strength, hit.querySize <= 1 ? SINGLE_UNIT_CAP : PARTIAL_SINGLE_UNIT_CAP);
}
