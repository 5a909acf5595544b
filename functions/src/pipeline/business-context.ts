/**
 * Loads what a responder needs to know about a business. The business
 * document carries a `revision` (set by the seed and the dashboard on every
 * change); services and knowledge are re-read only when it moves, so a busy
 * instance pays one read per reply for this.
 *
 * What owners wrote is checked as it is read (store/collections.ts): a
 * broken business document fails the reply with the field named; a broken
 * service or Q&A entry is left out (and logged) so one bad edit never
 * silences the assistant.
 */
import type { Business, KnowledgeArticle, QaEntry, Service } from '../domain/business.js';
import { NotFoundError } from '../errors.js';
import { at, defs } from '../store/collections.js';
import { type CollectionDef, collection } from '../store/database.js';
import type { BusinessDoc } from '../store/documents.js';
import type { Deps } from './deps.js';

const cache = new Map<string, { revision: string; context: Business }>();

/** Reads documents through `def`, keeping the readable ones and reporting the others. */
function lenient<T>(def: CollectionDef<T>, problems: string[]): CollectionDef<T | undefined> {
  return {
    id: def.id,
    read: (data, path) => {
      try {
        return def.read(data, path);
      } catch (err) {
        problems.push(err instanceof Error ? err.message : String(err));
        return undefined;
      }
    },
  };
}

export async function loadBusinessDoc(deps: Deps, businessId: string): Promise<BusinessDoc> {
  const business = await deps.db.get(at.business(businessId));
  if (!business) throw new NotFoundError(`No business "${businessId}".`);
  return business;
}

export async function loadBusinessContext(deps: Deps, businessId: string, doc?: BusinessDoc): Promise<Business> {
  const business = doc ?? (await loadBusinessDoc(deps, businessId));
  const hit = cache.get(businessId);
  if (hit && hit.revision === business.revision) return hit.context;

  const problems: string[] = [];
  const parent = `businesses/${businessId}`;
  const [services, knowledge] = await Promise.all([
    deps.db.query(collection(lenient(defs.services, problems), parent)),
    deps.db.query(collection(lenient(defs.knowledge, problems), parent)),
  ]);
  if (problems.length) deps.log.warn('business data left out', { businessId, problems: problems.slice(0, 10) });
  const entries = knowledge.map((d) => d.data).filter((e) => e !== undefined);
  const strip = <T extends { kind: string }>({ kind: _kind, ...rest }: T) => rest;
  const context: Business = {
    id: business.id,
    profile: business.profile,
    hours: business.hours,
    holidays: business.holidays,
    policies: business.policies,
    styleGuide: business.styleGuide,
    settings: business.settings,
    services: services.map((d) => d.data).filter((s): s is Service => s !== undefined && s.active !== false),
    knowledge: entries.filter((e) => e.kind === 'article').map((e) => strip(e) as KnowledgeArticle),
    qa: entries.filter((e) => e.kind === 'qa').map((e) => strip(e) as QaEntry),
  };
  cache.set(businessId, { revision: business.revision, context });
  return context;
}
