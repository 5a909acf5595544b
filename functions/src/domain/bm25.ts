/**
 * Okapi BM25 over documents with several weighted fields (BM25F: each
 * field's term frequency is length-normalised, weighted, then summed before
 * saturation). Build once per corpus, then query many times.
 *
 * Raw BM25 scores rank documents for one query but mean nothing across
 * queries, so every hit also says how well it matches: `coverage` is the
 * share of the query (weighted by idf, so rare words count more) that the
 * document contains, and `fieldCoverage` the share of each of the document's
 * fields that the query contains. `matchStrength` blends the two.
 */

export interface Bm25Document {
  id: string;
  /** Field name → tokens (already normalised and stemmed). */
  fields: Readonly<Record<string, readonly string[]>>;
}

export interface Bm25Options {
  /** Field name → weight; fields not listed are ignored. */
  fieldWeights: Readonly<Record<string, number>>;
  k1?: number;
  b?: number;
}

export interface Bm25Hit {
  id: string;
  score: number;
  /** Distinct query terms found in the document. */
  matched: string[];
  /** 0..1: idf-weighted share of the distinct query terms the document contains. */
  coverage: number;
  /** Field name → 0..1: idf-weighted share of the field's distinct terms found in the query. */
  fieldCoverage: Record<string, number>;
  /** Field name → 0..1: plain share of the field's distinct terms found in the query. */
  fieldShare: Record<string, number>;
}

export interface Bm25Index {
  readonly size: number;
  idf(term: string): number;
  search(terms: readonly string[], limit?: number): Bm25Hit[];
}

interface IndexedDocument {
  id: string;
  /** Field name → term → frequency. */
  tf: Map<string, Map<string, number>>;
  length: Map<string, number>;
}

export function buildBm25Index(documents: readonly Bm25Document[], options: Bm25Options): Bm25Index {
  const { fieldWeights, k1 = 1.2, b = 0.75 } = options;
  const fieldNames = Object.keys(fieldWeights);
  const docs: IndexedDocument[] = [];
  const postings = new Map<string, number[]>();
  const totalLength = new Map<string, number>(fieldNames.map((f) => [f, 0]));

  for (const document of documents) {
    const doc: IndexedDocument = { id: document.id, tf: new Map(), length: new Map() };
    const seen = new Set<string>();
    for (const field of fieldNames) {
      const tokens = document.fields[field] ?? [];
      const tf = new Map<string, number>();
      for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
      doc.tf.set(field, tf);
      doc.length.set(field, tokens.length);
      totalLength.set(field, (totalLength.get(field) ?? 0) + tokens.length);
      for (const token of tf.keys()) seen.add(token);
    }
    for (const token of seen) {
      const list = postings.get(token) ?? [];
      list.push(docs.length);
      postings.set(token, list);
    }
    docs.push(doc);
  }

  const n = docs.length;
  const averageLength = new Map(fieldNames.map((f) => [f, n ? (totalLength.get(f) ?? 0) / n : 0]));
  const idf = (term: string) => {
    const df = postings.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
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

  /** Per field: the idf-weighted and the plain share of its distinct terms that are in the query. */
  const fieldCoverage = (doc: IndexedDocument, query: ReadonlySet<string>) => {
    const weighted: Record<string, number> = {};
    const plain: Record<string, number> = {};
    for (const field of fieldNames) {
      const terms = [...(doc.tf.get(field)?.keys() ?? [])];
      const found = terms.filter((t) => query.has(t));
      const total = terms.reduce((sum, t) => sum + idf(t), 0);
      weighted[field] = total ? found.reduce((sum, t) => sum + idf(t), 0) / total : 0;
      plain[field] = terms.length ? found.length / terms.length : 0;
    }
    return { weighted, plain };
  };

  return {
    size: n,
    idf,
    search(terms, limit = 10) {
      const query = new Set(terms);
      const queryWeight = [...query].reduce((sum, t) => sum + idf(t), 0);
      const scores = new Map<number, { score: number; matched: string[] }>();
      for (const term of query) {
        const weight = idf(term);
        for (const i of postings.get(term) ?? []) {
          const tf = weightedTf(docs[i]!, term);
          if (tf === 0) continue;
          const entry = scores.get(i) ?? { score: 0, matched: [] };
          entry.score += (weight * tf) / (k1 + tf);
          entry.matched.push(term);
          scores.set(i, entry);
        }
      }
      return [...scores.entries()]
        .map(([i, { score, matched }]): Bm25Hit => {
          const doc = docs[i]!;
          const found = matched.reduce((sum, t) => sum + idf(t), 0);
          const fields = fieldCoverage(doc, query);
          return {
            id: doc.id,
            score,
            matched,
            coverage: queryWeight ? found / queryWeight : 0,
            fieldCoverage: fields.weighted,
            fieldShare: fields.plain,
          };
        })
        .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
        .slice(0, limit);
    },
  };
}

/**
 * 0..1: how well a hit answers the query. Explaining all of the query
 * matters most (a hit that explains half of it scores at most 0.5);
 * covering the document's key field (a question, a title) lifts it. One
 * shared word is weak evidence, so a single-term match scores at most 0.4
 * unless it is the whole key ("parking?" against "Do you have parking?").
 */
export function matchStrength(hit: Bm25Hit, keyField: string): number {
  const strength = hit.coverage * (0.5 + 0.5 * (hit.fieldCoverage[keyField] ?? 0));
  const wholeKey = (hit.fieldShare[keyField] ?? 0) === 1;
  return hit.matched.length < 2 && !wholeKey ? Math.min(strength, 0.4) : strength;
}
