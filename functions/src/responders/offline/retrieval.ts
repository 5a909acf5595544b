/**
 * Retrieval over one business's content: Q&A entries, knowledge articles
 * and policies ("knowledge"), and service and variant names ("services").
 * There is one BM25 index per language the content is written in, each
 * tokenised with that language's stemmer; a query is tokenised once per
 * language and the best match over all of them wins, so a customer gets a
 * hit whether or not their language was detected. Indexes are built on
 * first use and cached per business object.
 */
import { type Bm25Document, type Bm25Hit, type Bm25Index, buildBm25Index, matchStrength } from '../../domain/bm25.js';
import { detectLanguage } from '../../domain/language.js';
import { allTexts } from '../../domain/localized.js';
import { tokenise } from '../../domain/text.js';
import type { Localized, Service } from '../../domain/business.js';
import type { BusinessContext } from '../responder.js';

export type Variant = Service['variants'][number];

export interface KnowledgeMatch {
  kind: 'qa' | 'article' | 'policy';
  id: string;
  /** 0..1, see matchStrength. */
  strength: number;
}

export interface ServiceMatch {
  service: Service;
  /** The variants the customer named; empty when they named the service itself. */
  variants: Variant[];
  /** 0..1: share of the matched name that the message contains. */
  nameCoverage: number;
  /** 0..1: share of the message that the match explains. */
  queryCoverage: number;
}

export interface BusinessIndex {
  findKnowledge(text: string): KnowledgeMatch | undefined;
  findServices(text: string): ServiceMatch[];
}

type Ref =
  | { kind: KnowledgeMatch['kind']; id: string; variant?: undefined }
  | { kind: 'service'; service: Service; variant?: Variant; category?: boolean };

class Corpus {
  private readonly docs = new Map<string, Bm25Document[]>();
  readonly refs = new Map<string, Ref>();

  add(language: string, ref: Ref, fields: Record<string, string>): void {
    const id = `${this.refs.size}`;
    this.refs.set(id, ref);
    const tokens = Object.fromEntries(Object.entries(fields).map(([f, text]) => [f, tokenise(text, language)]));
    const list = this.docs.get(language) ?? [];
    list.push({ id, fields: tokens });
    this.docs.set(language, list);
  }

  build(fieldWeights: Record<string, number>): Map<string, Bm25Index> {
    return new Map([...this.docs].map(([language, docs]) => [language, buildBm25Index(docs, { fieldWeights })]));
  }
}

/** The text of `value` in `language`, or '' when it has none there. */
function textIn(value: Localized | undefined, language: string, defaultLanguage: string): string {
  if (value === undefined) return '';
  return allTexts(value, defaultLanguage).find((t) => t.language === language)?.text ?? '';
}

function knowledgeCorpus(business: BusinessContext): Corpus {
  const fallback = business.profile.languages[0] ?? 'en';
  const corpus = new Corpus();
  for (const qa of business.qa) {
    const ref = { kind: 'qa', id: qa.id } as const;
    for (const { language, text } of allTexts(qa.question, fallback)) {
      corpus.add(language, ref, { key: text, body: textIn(qa.answer, language, fallback) });
    }
    for (const alternate of qa.alternates) {
      const language = detectLanguage(alternate).language ?? fallback;
      corpus.add(language, ref, { key: alternate, body: textIn(qa.answer, language, fallback) });
    }
  }
  const articles = [
    ...business.knowledge.map((a) => ({ kind: 'article' as const, id: a.id, title: a.title, body: a.body })),
    ...business.policies.map((p) => ({ kind: 'policy' as const, id: p.id, title: p.title, body: p.text })),
  ];
  for (const article of articles) {
    for (const { language, text } of allTexts(article.title, fallback)) {
      corpus.add(language, article, { key: text, body: textIn(article.body, language, fallback) });
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
  return [...new Set([name, bare, ...parts])].filter(Boolean);
}

function serviceCorpus(business: BusinessContext): Corpus {
  const fallback = business.profile.languages[0] ?? 'en';
  const corpus = new Corpus();
  for (const service of business.services.filter((s) => s.active)) {
    for (const { language, text } of allTexts(service.name, fallback)) {
      const extra = [textIn(service.category, language, fallback), textIn(service.description, language, fallback)];
      for (const alias of nameAliases(text)) {
        corpus.add(language, { kind: 'service', service }, { name: alias, context: extra.join(' ') });
      }
    }
    // "how much is laser?" names a category, which stands for its services.
    for (const { language, text } of service.category ? allTexts(service.category, fallback) : []) {
      const context = textIn(service.name, language, fallback);
      corpus.add(language, { kind: 'service', service, category: true }, { name: text, context });
    }
    for (const variant of service.variants) {
      for (const { language, text } of allTexts(variant.name, fallback)) {
        const parent = textIn(service.name, language, fallback);
        for (const alias of nameAliases(text)) {
          corpus.add(language, { kind: 'service', service, variant }, { name: alias, context: parent });
        }
      }
    }
  }
  return corpus;
}

interface Scored<R> {
  ref: R;
  hit: Bm25Hit;
}

function searchAll<R>(indexes: Map<string, Bm25Index>, refs: Map<string, R>, text: string): Scored<R>[] {
  const results: Scored<R>[] = [];
  for (const [language, index] of indexes) {
    const terms = tokenise(text, language);
    if (terms.length === 0) continue;
    for (const hit of index.search(terms, 20)) {
      const ref = refs.get(hit.id);
      if (ref) results.push({ ref, hit });
    }
  }
  return results;
}

function createIndex(business: BusinessContext): BusinessIndex {
  const knowledge = knowledgeCorpus(business);
  const knowledgeIndexes = knowledge.build({ key: 3, body: 1 });
  const services = serviceCorpus(business);
  const serviceIndexes = services.build({ name: 3, context: 1 });

  return {
    findKnowledge(text) {
      let best: KnowledgeMatch | undefined;
      for (const { ref, hit } of searchAll(knowledgeIndexes, knowledge.refs, text)) {
        if (ref.kind === 'service') continue;
        const strength = matchStrength(hit, 'key');
        if (!best || strength > best.strength) best = { kind: ref.kind, id: ref.id, strength };
      }
      return best;
    },

    findServices(text) {
      const candidates = searchAll(serviceIndexes, services.refs, text)
        .flatMap(({ ref, hit }) => {
          const name = hit.fieldShare.name ?? 0;
          return ref.kind === 'service' && name >= 0.5 ? [{ ref, hit, name }] : [];
        })
        // Explains more of the message first; then fuller name; a variant beats its service on a tie.
        .sort(
          (a, b) =>
            b.hit.coverage - a.hit.coverage ||
            b.name - a.name ||
            Number(!!b.ref.variant) - Number(!!a.ref.variant) ||
            b.hit.score - a.hit.score,
        );
      // A category ("Laser", "Body") stands for its services only when no service or variant is named.
      const named = candidates.filter((c) => !c.ref.category);
      const pool = named.length > 0 ? named : candidates;
      const top = pool[0];
      const matches = new Map<string, ServiceMatch>();
      const explained = new Set<string>();
      for (const { ref, hit, name } of pool) {
        // Keep ties with the best ("legs" → full and half legs), and names given in full that
        // explain words the better matches did not ("full legs and underarms").
        const tie = hit.coverage >= (top?.hit.coverage ?? 0) - 0.01 && name >= (top?.name ?? 0) - 0.01;
        if (!tie && (name < 0.99 || hit.matched.every((t) => explained.has(t)))) continue;
        hit.matched.forEach((t) => explained.add(t));
        const match = matches.get(ref.service.id);
        if (!match) {
          const variants = ref.variant ? [ref.variant] : [];
          matches.set(ref.service.id, {
            service: ref.service,
            variants,
            nameCoverage: name,
            queryCoverage: hit.coverage,
          });
        } else if (ref.variant && !match.variants.includes(ref.variant)) {
          match.variants.push(ref.variant); // a variant named narrows "the whole service" down
        }
      }
      return [...matches.values()].slice(0, 3);
    },
  };
}

const cache = new WeakMap<BusinessContext, BusinessIndex>();

/** The retrieval index of a business, built on first use and kept while the object lives. */
export function businessIndex(business: BusinessContext): BusinessIndex {
  let index = cache.get(business);
  if (!index) {
    index = createIndex(business);
    cache.set(business, index);
  }
  return index;
}
