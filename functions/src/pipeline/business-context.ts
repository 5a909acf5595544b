/**
 * Loads what a responder needs to know about a business. The business
 * document carries a `revision` (set by the seed and the dashboard on every
 * change); services and knowledge are re-read only when it moves, so a busy
 * instance pays one read per reply for this.
 */
import type { BusinessContext } from '../responders/responder.js';
import { NotFoundError } from '../errors.js';
import type { KnowledgeArticle, QaEntry, Service } from '../domain/business.js';
import { paths } from '../store/paths.js';
import type { Deps } from './deps.js';

export interface BusinessDoc extends Omit<BusinessContext, 'services' | 'knowledge' | 'qa'> {
  revision: string;
}

type KnowledgeDoc = ({ kind: 'article' } & KnowledgeArticle) | ({ kind: 'qa' } & QaEntry);

const cache = new Map<string, { revision: string; context: BusinessContext }>();

export async function loadBusinessContext(deps: Deps, businessId: string): Promise<BusinessContext> {
  const snap = await deps.db.doc(paths.business(businessId)).get();
  if (!snap.exists) throw new NotFoundError(`No business "${businessId}".`);
  const business = snap.data() as BusinessDoc;
  const hit = cache.get(businessId);
  if (hit && hit.revision === business.revision) return hit.context;

  const [services, knowledge] = await Promise.all([
    deps.db.collection(paths.services(businessId)).get(),
    deps.db.collection(paths.knowledge(businessId)).get(),
  ]);
  const entries = knowledge.docs.map((d) => d.data() as KnowledgeDoc);
  const strip = <T extends { kind: string }>({ kind: _kind, ...rest }: T) => rest;
  const context: BusinessContext = {
    id: business.id,
    profile: business.profile,
    hours: business.hours,
    holidays: business.holidays,
    policies: business.policies,
    styleGuide: business.styleGuide,
    settings: business.settings,
    services: services.docs.map((d) => d.data() as Service).filter((s) => s.active !== false),
    knowledge: entries.filter((e) => e.kind === 'article').map((e) => strip(e) as KnowledgeArticle),
    qa: entries.filter((e) => e.kind === 'qa').map((e) => strip(e) as QaEntry),
  };
  cache.set(businessId, { revision: business.revision, context });
  return context;
}
