/**
 * Entries of the webhook functions, one per channel family (Hosting paths in
 * firebase.json):
 *   webhookWhatsapp  /webhook/whatsapp/{segment}[/key]
 *   webhookMeta      /webhook/{segment}
 *   webhookTelegram  /webhook/telegram/{businessId}
 * Which segments exist, and which adapter serves each, comes from the
 * adapters themselves (channels/registry.ts): a path no registered adapter
 * declares is a 404. Each request reads only the deployment secrets its
 * adapter declares, and a secret the function does not bind is a ConfigError
 * naming it, answered as a 500 (never taken for "not set").
 */
import type { ChannelAdapter, DeploymentSecrets, WebhookFamily } from '../channels/channel.js';
import { webhookRoutes } from '../channels/registry.js';
import { INSTAGRAM_APP_SECRET, logConfigOnce, META_APP_SECRET, META_VERIFY_TOKEN, secretValue } from '../config.js';
import { errorBody } from '../http/json.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import { errorResponse, handleWebhook } from '../http/webhook.js';
import { log } from '../log.js';
import { runtimeDepsWithMedia } from './runtime.js';

/** The Firebase secret behind each deployment secret an adapter may ask for. */
export const DEPLOYMENT_SECRET_PARAMS = {
  metaAppSecret: META_APP_SECRET,
  metaVerifyToken: META_VERIFY_TOKEN,
  instagramAppSecret: INSTAGRAM_APP_SECRET,
} as const satisfies Record<keyof DeploymentSecrets, { name: string }>;

const ROUTES = webhookRoutes();

/**
 * The provider's path segment, whether called through Hosting
 * (/webhook/whatsapp/meta) or at the function's own URL (/meta).
 */
export function providerSegment(family: WebhookFamily, path: string): string | undefined {
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'webhook') segments.shift();
  if (family !== 'meta' && segments[0] === family) segments.shift();
  return family === 'telegram' ? 'telegram' : segments[0];
}

/** The adapter a request is for, if a registered adapter declares its path. */
export function routeOf(
  family: WebhookFamily,
  path: string,
): { adapter: ChannelAdapter; provider: string } | undefined {
  const provider = providerSegment(family, path);
  const routes = ROUTES[family];
  const adapter = provider && Object.hasOwn(routes, provider) ? routes[provider] : undefined;
  return provider && adapter ? { adapter, provider } : undefined;
}

/** The deployment secrets `adapter` declares, read from the function's bound secrets. */
export function deploymentSecretsFor(adapter: ChannelAdapter): DeploymentSecrets {
  return Object.fromEntries(
    adapter.deploymentSecrets.map((name) => [name, secretValue(DEPLOYMENT_SECRET_PARAMS[name])]),
  ) as DeploymentSecrets;
}

export function handlerFor(family: WebhookFamily) {
  return async function handle(request: RawRequest): Promise<RawResponse> {
    logConfigOnce(log);
    const route = routeOf(family, request.path);
    if (!route) {
      const known = Object.keys(ROUTES[family]).join(', ');
      return errorBody(404, 'not_found', `No ${family} webhook at ${request.path}. Known: ${known}.`);
    }
    let secrets: DeploymentSecrets;
    try {
      secrets = deploymentSecretsFor(route.adapter);
    } catch (err) {
      log.error('webhook configuration', { channel: route.adapter.type, error: (err as Error).message });
      return errorResponse(err);
    }
    return handleWebhook(runtimeDepsWithMedia(), route, request, secrets);
  };
}
