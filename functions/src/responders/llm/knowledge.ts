/**
 * Knowledge search for the AI's search tool: the same index the offline
 * responder answers from (domain/knowledge-index.ts), so an improvement to
 * retrieval serves both. This file is the only place the engine touches
 * that index; when its API changes, only the adapter below changes.
 */
import { pickLocalized } from '../../domain/localized.js';
import type { Localized } from '../../domain/business.js';
import { searchKnowledge } from '../../domain/knowledge-index.js';
import type { BusinessContext } from '../responder.js';

export interface KnowledgeHit {
  kind: 'qa' | 'article' | 'policy';
  id: string;
  title: string;
  text: string;
  /** The language `title` and `text` are in. */
  language: string;
  /** 0..1: how well the query matched. */
  strength: number;
}

export type KnowledgeSearch = (business: BusinessContext, query: string, language: string) => KnowledgeHit[];

function render(business: BusinessContext, value: Localized, language: string) {
  return pickLocalized(value, language, business.profile.languages);
}

/** The content behind a hit, in `language` where the business wrote it. */
export function knowledgeEntry(
  business: BusinessContext,
  kind: KnowledgeHit['kind'],
  id: string,
  language: string,
): Omit<KnowledgeHit, 'strength'> | undefined {
  const entry =
    kind === 'qa'
      ? business.qa.map((q) => ({ id: q.id, title: q.question, text: q.answer })).find((q) => q.id === id)
      : kind === 'article'
        ? business.knowledge.map((a) => ({ id: a.id, title: a.title, text: a.body })).find((a) => a.id === id)
        : business.policies.map((p) => ({ id: p.id, title: p.title, text: p.text })).find((p) => p.id === id);
  if (!entry) return undefined;
  const text = render(business, entry.text, language);
  return {
    kind,
    id,
    title: render(business, entry.title, text.language).text,
    text: text.text,
    language: text.language,
  };
}

/** How many entries the tool returns: the best, and close runners-up the model may weigh. */
const MAX_HITS = 3;
/** Below this, a match says too little to be shown to the model. */
const MIN_STRENGTH = 0.2;

/** The shared index's best matches for the query (Q&A, articles, policies), across languages. */
export const offlineKnowledgeSearch: KnowledgeSearch = (business, query, language) =>
  searchKnowledge(business, query, language)
    .knowledge.filter((hit) => hit.strength >= MIN_STRENGTH)
    .slice(0, MAX_HITS)
    .flatMap((hit) => {
      const entry = knowledgeEntry(business, hit.kind, hit.id, language);
      return entry ? [{ ...entry, strength: hit.strength }] : [];
    });
