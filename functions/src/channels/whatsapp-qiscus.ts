/**
 * WhatsApp through Qiscus Omnichannel (formerly Multichannel) Chat's
 * WhatsApp Business API — deprecated by Qiscus, still in use.
 *
 * What this relies on:
 * - Webhook (Qiscus Help Center, "WA Webhook sample",
 *   support.qiscus.com/hc/en-us/articles/1732590390871): after the WA webhook
 *   is set, Qiscus forwards each Cloud API change `value` flattened, with its
 *   own ids around it:
 *     { app_code, channel_id: 7xx, contacts: [...], messages: [...],
 *       messaging_product: 'whatsapp', metadata: { display_phone_number, phone_number_id } }
 *   Its documented samples show messages (text, media, replies to a message
 *   bubble); statuses, errors and echoes are read the same way when they come,
 *   by the shared Cloud API reader. Qiscus signs nothing and cannot add
 *   headers, so the business's key is the last path segment of the URL given
 *   to Qiscus: /webhook/whatsapp/qiscus/<key>.
 * - Send (Qiscus Documentation, "WhatsApp Business API",
 *   documentation.qiscus.com/omnichannel-chat/whatsapp-business-api; the same
 *   call in Qiscus customers' integrations): POST
 *   {base}/whatsapp/v1/{app_id}/{channel_id}/messages with the headers
 *   `Qiscus-App-Id` and `Qiscus-Secret-Key` (App Information on the Settings
 *   page), a WhatsApp `/messages` body (`to`, `type`, `text` / `image` /
 *   `interactive` / `template`), templates with `language.policy:
 *   'deterministic'` and, for numbers set up on the old On-Premises API,
 *   the template `namespace`. The answer is WhatsApp's `{ messages: [{ id }] }`.
 *   Base URL https://omnichannel.qiscus.com (the older host
 *   multichannel.qiscus.com serves the same paths).
 * - Errors: WhatsApp's errors as passed through, in the Cloud API's Graph
 *   envelope or the On-Premises API's `{ errors: [{ code, title, details }] }`.
 * - No media download endpoint is documented where we could find it: fetchMedia
 *   is not offered.
 *
 * accountId: the Qiscus WhatsApp `channel_id` of the payload (it is also the
 * path segment of the send URL). Credentials (per business): `appId` (the
 * Qiscus App ID, also `app_code` in webhooks), `secretKey` (Qiscus Secret
 * Key), optional `templateNamespace`.
 */
import { z } from 'zod';
import { ConfigError, ProviderError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { verifyBusinessKey } from './business-key.js';
import type { ChannelAdapter, SendContext } from './channel.js';
import type { GraphErrorRule } from './meta-graph.js';
import type { OutboundMessage, ParsedDelivery, SendResult } from '../domain/message.js';
import { callProviderJson, explainGraphError, explainOnPremiseErrors, type ErrorExplanation } from './provider-http.js';
import { parseJsonBody, readCloudApiValue } from './whatsapp-cloud-inbound.js';
import {
  cloudApiMessageBody,
  cloudApiMessageId,
  planWhatsAppMessage,
  sendInOrder,
  WHATSAPP_CAPABILITIES,
  WHATSAPP_ERROR_RULES,
} from './whatsapp-cloud-outbound.js';
import { ProviderId, ValueLists } from './whatsapp-meta-payload.js';

const CHANNEL = 'whatsapp-qiscus';
const LABEL = 'WhatsApp (Qiscus) webhook';
const SERVICE = 'the Qiscus WhatsApp API';
/** The provider segment of the webhook path (/webhook/whatsapp/qiscus/<key>). */
export const QISCUS_PATH_SEGMENT = 'qiscus';

/** The On-Premises API's codes, which Qiscus numbers not yet on the Cloud API still return. */
const ON_PREMISES_ERROR_RULES: Readonly<Record<number, GraphErrorRule>> = {
  470: {
    retryable: false,
    message: "outside WhatsApp's 24-hour customer service window; a template message is required",
  },
  1013: { retryable: false, message: 'the recipient is not a valid WhatsApp user' },
  1026: { retryable: false, message: 'the recipient cannot receive this message (WhatsApp may need updating)' },
  1005: { retryable: false, message: 'access denied by Qiscus: check the App ID and Secret Key' },
  1011: { retryable: true, message: 'WhatsApp service not ready yet' },
  1015: { retryable: true, message: 'rate limited: too many requests' },
};

/** Qiscus's WA webhook: one Cloud API change value, flattened, with `app_code` and `channel_id`. */
const QiscusWebhook = ValueLists.extend({
  app_code: ProviderId,
  channel_id: z
    .union([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.string().regex(/^\d{1,20}$/)])
    .transform(String),
  messaging_product: z.literal('whatsapp').optional(),
});

export const whatsappQiscus: ChannelAdapter = {
  type: CHANNEL,
  webhookAuth: 'business-key',
  capabilities: WHATSAPP_CAPABILITIES,

  verify(request, secrets) {
    verifyBusinessKey(request, QISCUS_PATH_SEGMENT, secrets.businessSecret);
  },

  parse(request) {
    const json = parseJsonBody(request.rawBody, LABEL);
    const webhook = parseOrThrow(QiscusWebhook, json, LABEL);
    const delivery: ParsedDelivery = { events: [], unprocessable: [] };
    readCloudApiValue(webhook, { channel: CHANNEL, accountId: webhook.channel_id }, delivery, json);
    return delivery;
  },

  send,
};

async function send(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const { appId, secretKey, templateNamespace } = context.credentials;
  if (!appId || !secretKey) {
    throw new ConfigError(
      `WhatsApp (Qiscus) is not connected for this business: no ${[!appId && 'appId', !secretKey && 'secretKey'].filter(Boolean).join(', ')}`,
    );
  }
  const parts = planWhatsAppMessage(message);
  const base = context.baseUrl.replace(/\/+$/, '');
  const url = `${base}/whatsapp/v1/${encodeURIComponent(appId)}/${encodeURIComponent(message.accountId)}/messages`;
  return sendInOrder(CHANNEL, parts, async (part) => {
    const body = cloudApiMessageBody(part, message.userId);
    if (part.kind === 'template') body.template = qiscusTemplate(body.template, templateNamespace);
    const json = await callProviderJson({
      provider: CHANNEL,
      service: SERVICE,
      url,
      headers: { 'Qiscus-App-Id': appId, 'Qiscus-Secret-Key': secretKey, accept: 'application/json' },
      body,
      fetch: context.fetch,
      secrets: [secretKey],
      explain: explainQiscusError,
    });
    const id = cloudApiMessageId(json) ?? cloudApiMessageId(dataOf(json));
    if (!id) throw new ProviderError(CHANNEL, `unexpected response from ${SERVICE}: no message id`, false);
    return id;
  });
}

/** Qiscus's template form: `language.policy: 'deterministic'`, and the namespace when the business has one. */
function qiscusTemplate(template: unknown, namespace: string | undefined): unknown {
  if (typeof template !== 'object' || template === null) return template;
  const record = template as Record<string, unknown>;
  const language = { ...(record.language as Record<string, unknown>), policy: 'deterministic' };
  return { ...(namespace ? { namespace } : {}), ...record, language };
}

function dataOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && 'data' in json ? json.data : undefined;
}

const PlainError = z.object({
  message: z.string().optional(),
  errors: z.string().optional(),
  error: z.string().optional(),
});

/** WhatsApp's errors as Qiscus passes them through (Cloud API or On-Premises), else Qiscus's own text. */
export function explainQiscusError(json: unknown, status: number): ErrorExplanation | undefined {
  const explained =
    explainGraphError(json, WHATSAPP_ERROR_RULES) ?? explainOnPremiseErrors(json, ON_PREMISES_ERROR_RULES);
  if (explained) return explained;
  const plain = PlainError.safeParse(json);
  const says = plain.success ? (plain.data.message ?? plain.data.errors ?? plain.data.error) : undefined;
  if (status === 401 || status === 403) {
    return { retryable: false, message: `Qiscus rejected the App ID or Secret Key (HTTP ${status})`, details: says };
  }
  return says ? { details: says } : undefined;
}
