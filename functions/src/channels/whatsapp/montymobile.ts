/**
 * WhatsApp through MontyMobile (Monty Mobile's WhatsApp Business API).
 *
 * MontyMobile publishes no webhook reference and no reference for free-form
 * ("session") messages. What this adapter relies on, and how sure it is:
 * - Documented by MontyMobile (developer page "WhatsApp API Integration
 *   Example" on montymobile.com): requests are authenticated with two
 *   headers, `api-key: <API key>` and `Tenant: <tenant id>`; template sends
 *   name the sender number (`Source`) and the channel's `ApiId` (then on
 *   omni-apis.montymobile.com/notification/api/v1/Whatsapp/send-whatsapp).
 * - Not documented, taken from a production integration (a clinic's bot that
 *   ran on MontyMobile, whose code notes that the omni-apis paths now answer
 *   404 and the same stack serves https://whatsapp-notification.montymobile.com):
 *   - free-form: POST /api/v2/WhatsappApi/send-session with
 *     `{ to, type: 'TEXT', source, text: { body } }` or
 *     `{ to, type: 'IMAGE', source, image: { link, caption } }`;
 *   - templates: POST /api/v2/WhatsappApi/send-whatsapp with
 *     `{ to, type: 'template', source, template: { name, language: { code },
 *     components: [{ type: 'body', parameters }] }, apiId }` (the body
 *     component always present: MontyMobile answers HTTP 500 "Number of body
 *     variables is invalid" when it is missing or its count is wrong);
 *   - answers `{ success: true, data: { messageId } }`, or `{ success: false,
 *     message }`;
 *   - `to` is the number in digits without "+";
 *   - the webhook forwards Meta's Cloud API payload (entry → changes → value
 *     with metadata.phone_number_id, messages, statuses), so it is read by the
 *     shared Cloud API parser. That integration did not rely on the `object`
 *     field, so it is not required here.
 *   No interactive (button or list) messages are known to be accepted, so
 *   buttons go out as a numbered list in the text (capabilities.maxButtons 0).
 *   No media download endpoint is known: fetchMedia is not offered.
 * - Webhooks are not signed: 'business-key' auth, the key as the last path
 *   segment (/webhook/whatsapp/montymobile/<key>) or in X-Frontdesk-Key.
 * - Its request format has no known field that comes back in status
 *   webhooks (like the Cloud API's `biz_opaque_callback_data`), so nothing
 *   proves a send whose answer was lost (confirmsByCallback false).
 *
 * accountId: the phone_number_id of the forwarded payload's metadata.
 * Credentials (per business): `apiKey` (header api-key), `tenantId` (header
 * Tenant), `sourceNumber` (the business's WhatsApp number, digits, sent as
 * `source`), `apiId` (the channel's API id, needed for templates only).
 */
import { z } from 'zod';
import type { OutboundMessage, SendResult } from '../../domain/message.js';
import { ConfigError, ProviderError } from '../../errors.js';
import { scrub } from '../../vendor/failure.js';
import type { ErrorExplanation } from '../../vendor/http-client.js';
import { verifyBusinessKey } from '../business-key.js';
import type { ChannelAdapter, SendContext } from '../channel.js';
import { parseCloudApiDelivery, parseJsonBody } from './cloud-inbound.js';
import { planWhatsAppMessage, whatsappCapabilities, type OutboundPart } from './cloud-outbound.js';
import { registerByHand } from './register.js';
import { sendInOrder } from './send-in-order.js';

const CHANNEL = 'whatsapp-montymobile';
const LABEL = 'WhatsApp (MontyMobile) webhook';
const SERVICE = 'the MontyMobile API';
/** The provider segment of the webhook path (/webhook/whatsapp/montymobile). */
export const MONTYMOBILE_PATH_SEGMENT = 'montymobile';
export const MONTYMOBILE_SESSION_PATH = '/api/v2/WhatsappApi/send-session';
export const MONTYMOBILE_TEMPLATE_PATH = '/api/v2/WhatsappApi/send-whatsapp';

export const whatsappMontyMobile: ChannelAdapter = {
  type: CHANNEL,
  webhookAuth: 'business-key',
  webhooks: [{ family: 'whatsapp', segment: MONTYMOBILE_PATH_SEGMENT }],
  deploymentSecrets: [],
  apis: ['montyMobile'],
  // Its own request format documents no field like biz_opaque_callback_data: a send cannot be proven later.
  capabilities: { ...whatsappCapabilities(false), maxButtons: 0 },

  verify(request, secrets) {
    verifyBusinessKey(request, MONTYMOBILE_PATH_SEGMENT, secrets.businessSecret);
  },

  parse(request) {
    return parseCloudApiDelivery(parseJsonBody(request.rawBody, LABEL), CHANNEL, {
      label: LABEL,
      requireObject: false,
    });
  },

  send,
  register: (context) =>
    registerByHand(context, { label: 'MontyMobile portal', segment: MONTYMOBILE_PATH_SEGMENT, header: true }),
};

interface MontyCredentials {
  apiKey: string;
  tenantId: string;
  sourceNumber: string;
  apiId: string | undefined;
}

function credentialsOf(context: SendContext): MontyCredentials {
  const { apiKey, tenantId, sourceNumber, apiId } = context.credentials;
  const missing = [!apiKey && 'apiKey', !tenantId && 'tenantId', !sourceNumber && 'sourceNumber'].filter(Boolean);
  if (!apiKey || !tenantId || !sourceNumber) {
    throw new ConfigError(`WhatsApp (MontyMobile) is not connected for this business: no ${missing.join(', ')}`);
  }
  return { apiKey, tenantId, sourceNumber: digitsOnly(sourceNumber), apiId };
}

const digitsOnly = (number: string): string => number.replace(/^\+/, '').replace(/[\s()-]/g, '');

async function send(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const credentials = credentialsOf(context);
  const parts = planWhatsAppMessage(message, { interactive: false });
  if (parts.some((p) => p.kind === 'template') && !credentials.apiId) {
    throw new ConfigError('WhatsApp (MontyMobile) templates need the channel’s apiId in the business’s credentials');
  }
  const base = context.baseUrl.replace(/\/+$/, '');
  const to = digitsOnly(message.userId);
  return sendInOrder(CHANNEL, parts, async (part) => {
    const path = part.kind === 'template' ? MONTYMOBILE_TEMPLATE_PATH : MONTYMOBILE_SESSION_PATH;
    const json = await context.http.json({
      provider: CHANNEL,
      service: SERVICE,
      url: `${base}${path}`,
      headers: { 'api-key': credentials.apiKey, Tenant: credentials.tenantId, accept: 'application/json' },
      json: montyMobileBody(part, to, credentials),
      secrets: [credentials.apiKey, credentials.tenantId, credentials.apiId],
      explain: explainMontyMobileError,
    });
    return messageIdOf(json, [credentials.apiKey, credentials.tenantId, credentials.apiId]);
  });
}

/** One planned part in MontyMobile's request shape. */
export function montyMobileBody(
  part: OutboundPart,
  to: string,
  credentials: Pick<MontyCredentials, 'sourceNumber' | 'apiId'>,
): Record<string, unknown> {
  const source = credentials.sourceNumber;
  switch (part.kind) {
    case 'text':
      return { to, type: 'TEXT', source, text: { body: part.text } };
    case 'image':
      return { to, type: 'IMAGE', source, image: { link: part.url, caption: part.caption ?? '' } };
    case 'template':
      return {
        to,
        type: 'template',
        source,
        template: {
          name: part.template.name,
          language: { code: part.template.language },
          components: [
            { type: 'body', parameters: part.template.bodyParameters.map((text) => ({ type: 'text', text })) },
          ],
        },
        apiId: credentials.apiId,
      };
    case 'buttons':
    case 'list':
      // Never planned with `interactive: false`; kept total for the type checker.
      throw new ProviderError(CHANNEL, 'interactive messages are not supported by MontyMobile', false);
  }
}

const SendAnswer = z.object({
  success: z.boolean().optional(),
  message: z.string().optional(),
  data: z
    .object({ messageId: z.union([z.string(), z.number()]).optional() })
    .loose()
    .nullish(),
});

function messageIdOf(json: unknown, secrets: readonly (string | undefined)[]): string {
  const answer = SendAnswer.safeParse(json);
  if (answer.success && answer.data.success === false) {
    const says = answer.data.message ? ` [${scrub(answer.data.message.slice(0, 400), secrets)}]` : '';
    throw new ProviderError(CHANNEL, `MontyMobile refused the message${says}`, false, { status: 200 });
  }
  const id = answer.success ? answer.data.data?.messageId : undefined;
  const text = id === undefined ? '' : String(id).trim();
  if (!text) throw new ProviderError(CHANNEL, `unexpected response from ${SERVICE}: no message id`, false);
  return text;
}

const ErrorBody = z.object({
  message: z.unknown().optional(),
  error: z.unknown().optional(),
  title: z.unknown().optional(),
  detail: z.unknown().optional(),
});

/** `{ success: false, message }` and the usual `message` / `error` / `title` / `detail` fields. */
export function explainMontyMobileError(json: unknown, status: number): ErrorExplanation | undefined {
  const body = ErrorBody.safeParse(json);
  if (!body.success) return undefined;
  const says = [body.data.message, body.data.error, body.data.title, body.data.detail]
    .map((v) => (Array.isArray(v) ? v[0] : v))
    .find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (status === 401 || status === 403) {
    return { retryable: false, message: `MontyMobile rejected the api-key or Tenant (HTTP ${status})`, details: says };
  }
  if (says && /variables? (is|are) invalid|template/i.test(says)) {
    // MontyMobile reports a template that does not match its placeholders as HTTP 500: a retry cannot help.
    return {
      retryable: false,
      message: 'MontyMobile refused the template (check its name, language and parameters)',
      details: says,
    };
  }
  return says ? { details: says } : undefined;
}
