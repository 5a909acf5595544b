/**
 * WhatsApp through Meta's Cloud API.
 *
 * Inbound: the WhatsApp Business Account `messages` and `smb_message_echoes`
 * webhooks, read by the shared Cloud API parser (cloud-inbound.ts, shapes in
 * cloud-payload.ts), signed with X-Hub-Signature-256 and
 * subscribed with the hub.challenge handshake (meta/signature.ts).
 *
 * Outbound: POST {base}/v21.0/{phone-number-id}/messages with the business's
 * access token (credentials.accessToken), one request per planned part
 * (cloud-outbound.ts): text split at paragraphs or sentences, reply buttons
 * or a list, an image with caption, or a template (the only message WhatsApp
 * accepts outside the 24-hour customer-service window). Each part carries
 * the send's callback data as `biz_opaque_callback_data`, which the Cloud API
 * "does not process … just returns it as part of sent/delivered/read message
 * webhooks": a status naming it proves a send whose answer was lost.
 */
import type { OutboundMessage, SendResult } from '../../domain/message.js';
import { ConfigError, ProviderError } from '../../errors.js';
import { header } from '../../http/raw-request.js';
import type { ChannelAdapter, SendContext } from '../channel.js';
import { partCallbackData } from '../shared/callback-data.js';
import { GRAPH_API_VERSION, graphExplain } from '../meta/graph.js';
import { registerWhatsAppCloud } from '../meta/register.js';
import { META_SIGNATURE_HEADER, metaHandshake, verifyMetaSignature } from '../meta/signature.js';
import { parseCloudApiDelivery, parseJsonBody } from './cloud-inbound.js';
import {
  cloudApiMessageBody,
  cloudApiMessageId,
  planWhatsAppMessage,
  WHATSAPP_ERROR_RULES,
  whatsappCapabilities,
} from './cloud-outbound.js';
import { fetchGraphMedia } from './meta-media.js';
import { sendInOrder } from './send-in-order.js';

export { WHATSAPP_ERROR_RULES, WHATSAPP_TEXT_LIMIT } from './cloud-outbound.js';

const CHANNEL = 'whatsapp-meta';
const LABEL = 'WhatsApp (Meta) webhook';

export const whatsappMeta: ChannelAdapter = {
  type: CHANNEL,
  webhookAuth: 'deployment',
  webhooks: [{ family: 'whatsapp', segment: 'meta' }],
  deploymentSecrets: ['metaAppSecret', 'metaVerifyToken'],
  apis: ['graphApi'],
  // The Cloud API echoes biz_opaque_callback_data in the message's status webhooks.
  capabilities: whatsappCapabilities(true),

  handshake(request, secrets) {
    if (request.method !== 'GET') return undefined;
    return metaHandshake(request, secrets.metaVerifyToken);
  },

  verify(request, secrets) {
    verifyMetaSignature(request.rawBody, header(request, META_SIGNATURE_HEADER), secrets.metaAppSecret);
  },

  fetchMedia: fetchGraphMedia,

  parse(request) {
    return parseCloudApiDelivery(parseJsonBody(request.rawBody, LABEL), CHANNEL, { label: LABEL });
  },

  send,
  register: registerWhatsAppCloud,
};

async function send(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const accessToken = context.credentials.accessToken;
  if (!accessToken) throw new ConfigError('WhatsApp (Meta) is not connected for this business: no access token');
  const parts = planWhatsAppMessage(message);
  const base = context.baseUrl.replace(/\/+$/, '');
  const url = `${base}/${GRAPH_API_VERSION}/${encodeURIComponent(message.accountId)}/messages`;
  return sendInOrder(CHANNEL, parts, async (part, index) => {
    const json = await context.http.json({
      provider: CHANNEL,
      service: 'the Graph API',
      url,
      headers: { authorization: `Bearer ${accessToken}` },
      json: cloudApiMessageBody(part, message.userId, partCallbackData(message.callbackData, index)),
      secrets: [accessToken],
      explain: graphExplain(WHATSAPP_ERROR_RULES),
    });
    const id = cloudApiMessageId(json);
    if (!id) throw new ProviderError(CHANNEL, 'unexpected response from the Graph API: no message id', false);
    return id;
  });
}
