/**
 * WhatsApp through Qiscus Omnichannel (formerly Multichannel) Chat's
 * WhatsApp Business API — deprecated by Qiscus, still in use.
 *
 * Qiscus delivers a customer's WhatsApp message through either of two
 * webhooks, and a business sets one (`channels:register` says which); both
 * arrive at /webhook/whatsapp/qiscus/<key> and are told apart by shape:
 * - the Bot Webhook of Qiscus Omnichannel (qiscus-bot.ts): the message as a
 *   comment in the customer's Qiscus room. The room id stays on the event,
 *   and the reply goes back into that room through the bot API
 *   (qiscus-bot-send.ts), where Qiscus's agents see it;
 * - the WA Webhook, described here; its reply goes to the WhatsApp API.
 * A template (outside the 24-hour window) always goes to the WhatsApp API:
 * a room cannot carry one.
 *
 * What this relies on:
 * - WA Webhook (Qiscus Help Center, "WA Webhook sample",
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
 * - Media: the Bot Webhook gives a file's URL (Qiscus's CDN), which is
 *   downloaded as is; the WA Webhook gives only WhatsApp media ids, and no
 *   download endpoint for them is documented where we could find it, so those
 *   are reported as not downloadable.
 * - Statuses carry no callback data of ours: Qiscus's WhatsApp API is not
 *   documented to pass `biz_opaque_callback_data` on (numbers on the old
 *   On-Premises API would refuse the field), so nothing proves a send whose
 *   answer was lost (confirmsByCallback false).
 *
 * accountId: the Qiscus WhatsApp `channel_id` of the payload (it is also the
 * path segment of the send URL). Credentials (per business): `appId` (the
 * Qiscus App ID, also `app_code` in webhooks), `secretKey` (Qiscus Secret
 * Key), optional `templateNamespace`, optional `senderEmail` (who posts in
 * rooms; default the app's admin).
 */
import { z } from 'zod';
import type { FetchedMedia, MediaRef, OutboundMessage, ParsedDelivery, SendResult } from '../../domain/message.js';
import { ConfigError, ProviderError } from '../../errors.js';
import { parseOrThrow } from '../../validation.js';
import type { ChannelAdapter, SendContext } from '../channel.js';
import { verifyBusinessKey } from '../business-key.js';
import { pickMimeType } from '../shared/media-type.js';
import { parseJsonBody, readCloudApiValue } from './cloud-inbound.js';
import { ProviderId, ValueLists } from './cloud-payload.js';
import { cloudApiMessageBody, cloudApiMessageId, planWhatsAppMessage, whatsappCapabilities } from './cloud-outbound.js';
import { isBotWebhook, parseBotWebhook } from './qiscus-bot.js';
import { sendToQiscusRoom } from './qiscus-bot-send.js';
import { explainQiscusError } from './qiscus-errors.js';
import { registerQiscus } from './register.js';
import { sendInOrder } from './send-in-order.js';

export { explainQiscusError } from './qiscus-errors.js';

const CHANNEL = 'whatsapp-qiscus';
const LABEL = 'WhatsApp (Qiscus) webhook';
const SERVICE = 'the Qiscus WhatsApp API';
/** The provider segment of the webhook path (/webhook/whatsapp/qiscus/<key>). */
export const QISCUS_PATH_SEGMENT = 'qiscus';

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
  webhooks: [{ family: 'whatsapp', segment: QISCUS_PATH_SEGMENT }],
  deploymentSecrets: [],
  apis: ['qiscus'],
  capabilities: whatsappCapabilities(false),

  verify(request, secrets) {
    verifyBusinessKey(request, QISCUS_PATH_SEGMENT, secrets.businessSecret);
  },

  parse(request) {
    const json = parseJsonBody(request.rawBody, LABEL);
    if (isBotWebhook(json)) return parseBotWebhook(json);
    const webhook = parseOrThrow(QiscusWebhook, json, LABEL);
    const delivery: ParsedDelivery = { events: [], unprocessable: [] };
    readCloudApiValue(webhook, { channel: CHANNEL, accountId: webhook.channel_id }, delivery, json);
    return delivery;
  },

  send,
  fetchMedia,
  register: registerQiscus,
};

function credentialsOf(context: SendContext) {
  const { appId, secretKey, templateNamespace, senderEmail } = context.credentials;
  if (!appId || !secretKey) {
    const missing = [!appId && 'appId', !secretKey && 'secretKey'].filter(Boolean).join(', ');
    throw new ConfigError(`WhatsApp (Qiscus) is not connected for this business: no ${missing}`);
  }
  return { appId, secretKey, templateNamespace, senderEmail };
}

async function send(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const credentials = credentialsOf(context);
  // The way the customer's message came: into a room (Bot Webhook) or straight from WhatsApp (WA Webhook).
  const room = message.providerThreadId?.trim();
  if (room && !message.template) return sendToQiscusRoom(message, room, credentials, context, explainQiscusError);
  const parts = planWhatsAppMessage(message);
  const base = context.baseUrl.replace(/\/+$/, '');
  const { appId, secretKey, templateNamespace } = credentials;
  const url = `${base}/whatsapp/v1/${encodeURIComponent(appId)}/${encodeURIComponent(message.accountId)}/messages`;
  return sendInOrder(CHANNEL, parts, async (part) => {
    const body = cloudApiMessageBody(part, message.userId);
    if (part.kind === 'template') body.template = qiscusTemplate(body.template, templateNamespace);
    const json = await context.http.json({
      provider: CHANNEL,
      service: SERVICE,
      url,
      headers: { 'Qiscus-App-Id': appId, 'Qiscus-Secret-Key': secretKey, accept: 'application/json' },
      json: body,
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

/** Media from the Bot Webhook, at Qiscus's CDN URL (public, like every Qiscus attachment link). */
async function fetchMedia(media: MediaRef, context: SendContext): Promise<FetchedMedia> {
  const url = media.url;
  if (!url || !/^https?:\/\//i.test(url)) {
    throw new ProviderError(
      CHANNEL,
      'Qiscus forwards this WhatsApp media only as an id, which it offers no download for (set the Bot Webhook to receive media as links)',
      false,
    );
  }
  const { data, contentType } = await context.http.download({ provider: CHANNEL, service: "Qiscus's file host", url });
  return { data, mimeType: pickMimeType(media.mimeType, contentType) };
}
