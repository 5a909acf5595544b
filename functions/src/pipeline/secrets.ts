/**
 * A business's channel credentials (server-only businessSecrets/{b}),
 * cached briefly per process: a busy conversation's sends and downloads
 * cost one read every half minute for them, not one each. A credential the provider
 * refused is dropped from the cache (`forgetCredentials`), so a fixed one
 * is picked up at the next attempt.
 */
import type { ChannelCredentials } from '../channels/channel.js';
import type { ChannelType } from '../domain/business.js';
import { at } from '../store/collections.js';
import type { Deps } from './deps.js';

const TTL_MS = 30_000;
const cache = new Map<string, { credentials: ChannelCredentials; expiresAt: number }>();

export async function channelCredentials(
  deps: Deps,
  businessId: string,
  channel: ChannelType,
): Promise<ChannelCredentials> {
  const key = `${businessId}/${channel}`;
  const now = deps.now().getTime();
  const hit = cache.get(key);
  if (hit && hit.expiresAt > now) return hit.credentials;
  const secrets = await deps.db.get(at.businessSecrets(businessId));
  const credentials = { ...(secrets?.channels?.[channel] ?? {}) };
  cache.set(key, { credentials, expiresAt: now + TTL_MS });
  return credentials;
}

export function forgetCredentials(businessId?: string): void {
  if (businessId === undefined) cache.clear();
  else for (const key of cache.keys()) if (key.startsWith(`${businessId}/`)) cache.delete(key);
}
