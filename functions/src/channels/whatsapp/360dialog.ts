/**
 * WhatsApp through 360dialog (the Cloud API hosted by 360dialog, "waba-v2").
 *
 * What this relies on, from 360dialog's documentation (docs.360dialog.com):
 * - Messaging API base URL https://waba-v2.360dialog.io; every request carries
 *   the number's API key in the `D360-API-KEY` header ("The Basics",
 *   /docs/messaging-api/api-reference). There is no phone number id in the
 *   path: the key identifies the number.
 * - Send: POST /messages with the Cloud API body (`messaging_product:
 *   'whatsapp'`, `to`, `type`, …), answered like the Cloud API
 *   `{ messages: [{ id: 'wamid.…' }] }` ("Send And Receive Messages",
 *   /docs/guides).
 * - Webhooks carry Meta's Cloud API payload unchanged (`object:
 *   'whatsapp_business_account'`, entry → changes → value with
 *   metadata.phone_number_id) ("Webhook Reference",
 *   /docs/messaging/webhook/webhook-reference); they are not signed. A
 *   webhook URL may be given custom headers in the 360dialog Hub
 *   (/docs/hub/webhook-url.md), so the business's key travels in
 *   X-Frontdesk-Key (or as the last path segment: /webhook/whatsapp/360dialog/<key>).
 * - Media: GET /{media-id} answers `{ url, mime_type, sha256, file_size, id }`
 *   with a url on lookaside.fbsbx.com; the bytes are fetched through 360dialog
 *   by putting the 360dialog host in place of Meta's: GET
 *   /whatsapp_business/attachments/?mid=…&ext=…&hash=… with the same header
 *   ("Upload, retrieve or delete media",
 *   /partner/messaging/media-messages/upload-retrieve-delete-media).
 * - Errors: Cloud API errors pass through in Graph's envelope
 *   `{ error: { code, message, error_data } }`; 360dialog's own errors are
 *   `{ meta: { httpCode, developerMessage, success: false } }` (401 invalid API
 *   key, 400 API disabled / rate limit / unpaid invoices, 500, 502)
 *   ("Error Messages", /partner/help-and-support/error-messages,
 *   /docs/support/api-error-message-list); the newer Messaging API also
 *   answers `{ error: '<text>' }`.
 *
 * - Callback data: the Messaging API is the Cloud API hosted by 360dialog —
 *   the body goes through to Meta and Meta's webhooks come back unchanged —
 *   so `biz_opaque_callback_data` travels both ways as with Meta (inferred
 *   from that pass-through; 360dialog documents no list of fields it keeps).
 *
 * accountId: the phone_number_id of the payload's metadata, as for Meta.
 * Credentials (per business): `apiKey` — the 360dialog API key of the number.
 */
import { z } from 'zod';
import type { FetchedMedia, MediaRef, OutboundMessage, SendResult } from '../../domain/message.js';
import { ConfigError, ProviderError, ValidationError } from '../../errors.js';
import { tooLarge } from '../../vendor/failure.js';
import { DEFAULT_MAX_DOWNLOAD_BYTES, type ErrorExplanation, type VendorCall } from '../../vendor/http-client.js';
import type { ChannelAdapter, SendContext } from '../channel.js';
import { explainGraphError } from '../meta/graph.js';
import { verifyBusinessKey } from '../business-key.js';
import { partCallbackData } from '../shared/callback-data.js';
import { pickMimeType } from '../shared/media-type.js';
import { parseCloudApiDelivery, parseJsonBody } from './cloud-inbound.js';
import {
  cloudApiMessageBody,
  cloudApiMessageId,
  planWhatsAppMessage,
  WHATSAPP_ERROR_RULES,
  whatsappCapabilities,
} from './cloud-outbound.js';
import { register360dialog } from './register.js';
import { sendInOrder } from './send-in-order.js';

const CHANNEL = 'whatsapp-360dialog';
const LABEL = 'WhatsApp (360dialog) webhook';
const SERVICE = 'the 360dialog API';
/** The provider segment of the webhook path (/webhook/whatsapp/360dialog). */
export const DIALOG360_PATH_SEGMENT = '360dialog';
export const DIALOG360_API_KEY_HEADER = 'D360-API-KEY';

export const whatsapp360dialog: ChannelAdapter = {
  type: CHANNEL,
  webhookAuth: 'business-key',
  webhooks: [{ family: 'whatsapp', segment: DIALOG360_PATH_SEGMENT }],
  deploymentSecrets: [],
  apis: ['dialog360'],
  // Cloud API bodies go through to Meta and its webhooks come back unchanged, biz_opaque_callback_data included.
  capabilities: whatsappCapabilities(true),

  verify(request, secrets) {
    verifyBusinessKey(request, DIALOG360_PATH_SEGMENT, secrets.businessSecret);
  },

  parse(request) {
    return parseCloudApiDelivery(parseJsonBody(request.rawBody, LABEL), CHANNEL, { label: LABEL });
  },

  send,
  fetchMedia,
  register: register360dialog,
};

function apiKeyOf(context: SendContext): string {
  const apiKey = context.credentials.apiKey;
  if (!apiKey) throw new ConfigError('WhatsApp (360dialog) is not connected for this business: no API key');
  return apiKey;
}

function call(apiKey: string, url: string, json?: unknown): VendorCall {
  return {
    provider: CHANNEL,
    service: SERVICE,
    url,
    headers: { [DIALOG360_API_KEY_HEADER]: apiKey, accept: 'application/json' },
    json,
    secrets: [apiKey],
    explain: explain360dialogError,
  };
}

const baseOf = (context: SendContext): string => context.baseUrl.replace(/\/+$/, '');

// ---------------------------------------------------------------- send

async function send(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const apiKey = apiKeyOf(context);
  const parts = planWhatsAppMessage(message);
  const url = `${baseOf(context)}/messages`;
  return sendInOrder(CHANNEL, parts, async (part, index) => {
    const body = cloudApiMessageBody(part, message.userId, partCallbackData(message.callbackData, index));
    const json = await context.http.json(call(apiKey, url, body));
    const id = cloudApiMessageId(json);
    if (!id) throw new ProviderError(CHANNEL, `unexpected response from ${SERVICE}: no message id`, false);
    return id;
  });
}

// ---------------------------------------------------------------- errors

const MetaEnvelope = z.object({
  meta: z.object({
    developerMessage: z.string().optional(),
    developer_message: z.string().optional(),
    httpCode: z.coerce.number().int().optional(),
    http_code: z.coerce.number().int().optional(),
    success: z.boolean().optional(),
  }),
});
const PlainError = z.object({ error: z.string().min(1) });

/** Graph errors passed through from the Cloud API, else 360dialog's own envelopes. */
export function explain360dialogError(json: unknown, status: number): ErrorExplanation | undefined {
  const graph = explainGraphError(json, WHATSAPP_ERROR_RULES);
  if (graph) return graph;
  const meta = MetaEnvelope.safeParse(json);
  const plain = PlainError.safeParse(json);
  const says = meta.success
    ? (meta.data.meta.developerMessage ?? meta.data.meta.developer_message)
    : plain.success
      ? plain.data.error
      : undefined;
  if (!says) return undefined;
  if (status === 401 || /invalid api[_ ]?key|token expired/i.test(says)) {
    return {
      retryable: false,
      message: 'the 360dialog API key was rejected: generate a new one in the 360dialog Hub',
      details: says,
    };
  }
  if (/lack of payment|overdue invoice/i.test(says)) {
    return {
      retryable: false,
      message: 'sending is blocked until the invoices owed to 360dialog are paid',
      details: says,
    };
  }
  if (/has been disabled/i.test(says)) {
    return { retryable: false, message: 'the WhatsApp Business API has been disabled for this number', details: says };
  }
  if (/exceeded .*limit|rate limit|try again later/i.test(says)) {
    return { retryable: true, message: 'rate limited by 360dialog', details: says };
  }
  return { details: says };
}

// ---------------------------------------------------------------- media

const MediaUrlAnswer = z.object({
  url: z.string().min(1),
  mime_type: z.string().optional(),
  file_size: z.union([z.number(), z.string()]).optional(),
});

/**
 * Downloads inbound media through 360dialog: the media id's url, then its
 * bytes with Meta's host replaced by 360dialog's.
 */
async function fetchMedia(media: MediaRef, context: SendContext): Promise<FetchedMedia> {
  const apiKey = apiKeyOf(context);
  const base = baseOf(context);
  let located: { url: string; mimeType?: string | undefined; size?: number | undefined };
  if (media.providerMediaId) {
    const json = await context.http.json(call(apiKey, `${base}/${encodeURIComponent(media.providerMediaId)}`));
    const answer = MediaUrlAnswer.safeParse(json);
    if (!answer.success) throw new ProviderError(CHANNEL, `unexpected answer from ${SERVICE}: no media url`, false);
    const size = Number(answer.data.file_size ?? Number.NaN);
    located = { url: answer.data.url, mimeType: answer.data.mime_type, size: Number.isFinite(size) ? size : undefined };
  } else if (media.url) {
    located = { url: media.url };
  } else {
    throw new ValidationError('The media reference has neither a media id nor a URL');
  }
  if (located.size !== undefined && located.size > DEFAULT_MAX_DOWNLOAD_BYTES) {
    throw tooLarge(CHANNEL, located.size, DEFAULT_MAX_DOWNLOAD_BYTES);
  }
  const downloaded = await context.http.download({
    ...call(apiKey, through360dialog(located.url, base)),
    headers: { [DIALOG360_API_KEY_HEADER]: apiKey },
  });
  return { data: downloaded.data, mimeType: pickMimeType(located.mimeType, downloaded.contentType, media.mimeType) };
}

/**
 * The media url on 360dialog's host: https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=…
 * becomes {base}/whatsapp_business/attachments/?mid=…. Whatever host the url
 * names, the API key is only ever sent to the configured 360dialog base.
 */
export function through360dialog(mediaUrl: string, base: string): string {
  let url: URL;
  try {
    url = new URL(mediaUrl);
  } catch {
    throw new ProviderError(CHANNEL, `unexpected answer from ${SERVICE}: the media url is not a URL`, false);
  }
  return `${base.replace(/\/+$/, '')}${url.pathname}${url.search}`;
}
