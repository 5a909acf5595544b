/**
 * Entries of the webhook functions, one per channel family (Hosting paths in
 * firebase.json):
 *   webhookWhatsapp  /webhook/whatsapp/{meta|360dialog|montymobile|qiscus}[/key]
 *   webhookMeta      /webhook/facebook, /webhook/fb, /webhook/instagram
 *   webhookTelegram  /webhook/telegram/{businessId}
 */
import type { ChannelAdapter } from '../channels/channel.js';
import { webhookRoutes, type WebhookFamily } from '../channels/registry.js';
import { META_APP_SECRET, META_VERIFY_TOKEN, secretValue } from '../config.js';
import { errorBody } from '../http/json.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import { handleWebhook } from '../http/webhook.js';
import { runtimeDepsWithMedia } from './runtime.js';

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

export function handlerFor(family: WebhookFamily) {
  const routes: Record<string, ChannelAdapter> = webhookRoutes[family];
  return async function handle(request: RawRequest): Promise<RawResponse> {
    const provider = providerSegment(family, request.path);
    const adapter = provider && Object.hasOwn(routes, provider) ? routes[provider] : undefined;
    if (!provider || !adapter) {
      return errorBody(
        404,
        'not_found',
        `No ${family} webhook at ${request.path}. Known: ${Object.keys(routes).join(', ')}.`,
      );
    }
    return handleWebhook(runtimeDepsWithMedia(), { adapter, provider }, request, {
      metaAppSecret: secretValue(META_APP_SECRET),
      metaVerifyToken: secretValue(META_VERIFY_TOKEN),
    });
  };
}
