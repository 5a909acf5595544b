/**
 * Finds the business an account id at a provider belongs to, through the
 * server-only channelAccounts map written by the seed. Cached briefly per
 * process: a webhook burst for one number costs one read.
 */
import type { ChannelType } from '../domain/business.js';
import { at } from '../store/collections.js';
import { ids } from '../store/ids.js';
import type { Deps } from './deps.js';

const TTL_MS = 60_000;
const cache = new Map<string, { businessId: string | null; expiresAt: number }>();

export async function routeAccount(deps: Deps, channel: ChannelType, accountId: string): Promise<string | null> {
  const key = ids.channelAccount(channel, accountId);
  const nowMs = deps.now().getTime();
  const hit = cache.get(key);
  if (hit && hit.expiresAt > nowMs) return hit.businessId;
  const businessId = (await deps.db.get(at.channelAccount(key)))?.businessId ?? null;
  // Unknown accounts are cached for less time, so a newly seeded business is found quickly.
  cache.set(key, { businessId, expiresAt: nowMs + (businessId ? TTL_MS : 5_000) });
  return businessId;
}

export function clearRoutingCache(): void {
  cache.clear();
}
