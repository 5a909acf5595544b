/**
 * WhatsApp through Meta's Cloud API.
 *
 * Inbound: the WhatsApp Business Account `messages` and `smb_message_echoes`
 * webhooks, read by the shared Cloud API parser (whatsapp-cloud-inbound.ts,
 * shapes in whatsapp-meta-payload.ts), signed with X-Hub-Signature-256 and
 * subscribed with the hub.challenge handshake (meta-signature.ts).
 *
 * Outbound: POST {base}/v21.0/{phone-number-id}/messages with the business's
 * access token (credentials.accessToken), one request per planned part
 * (whatsapp-cloud-outbound.ts): text split at paragraphs or sentences, reply
 * buttons or a list, an image with caption, or a template (the only message
 * WhatsApp accepts outside the 24-hour customer-service window).
 */
import { ConfigError, ProviderError } from '../errors.js';
import { header } from '../http/raw-request.js';
import type { ChannelAdapter, SendContext } from './channel.js';
import { GRAPH_API_VERSION, postToGraph } from './meta-graph.js';
import { fetchGraphMedia } from './meta-media.js';
import { META_SIGNATURE_HEADER, metaHandshake, verifyMetaSignature } from './meta-signature.js';
import type { OutboundMessage, SendResult } from '../domain/message.js';
import { parseCloudApiDelivery, parseJsonBody } from './whatsapp-cloud-inbound.js';
import {
  cloudApiMessageBody,
  cloudApiMessageId,
  planWhatsAppMessage,
  sendInOrder,
  WHATSAPP_CAPABILITIES,
  WHATSAPP_ERROR_RULES,
} from './whatsapp-cloud-outbound.js';

export { WHATSAPP_ERROR_RULES, WHATSAPP_TEXT_LIMIT } from './whatsapp-cloud-outbound.js';

const CHANNEL = 'whatsapp-meta';
const LABEL = 'WhatsApp (Meta) webhook';

export const whatsappMeta: ChannelAdapter = {
  type: CHANNEL,
  webhookAuth: 'deployment',
  capabilities: WHATSAPP_CAPABILITIES,

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
};

async function send(message: OutboundMessage, context: SendContext): Promise<SendResult> {
  const accessToken = context.credentials.accessToken;
  if (!accessToken) throw new ConfigError('WhatsApp (Meta) is not connected for this business: no access token');
  const parts = planWhatsAppMessage(message);
  const base = context.baseUrl.replace(/\/+$/, '');
  const url = `${base}/${GRAPH_API_VERSION}/${encodeURIComponent(message.accountId)}/messages`;
  return sendInOrder(CHANNEL, parts, async (part) => {
    const json = await postToGraph({
      provider: CHANNEL,
      url,
      accessToken,
      fetch: context.fetch,
      errorRules: WHATSAPP_ERROR_RULES,
      body: cloudApiMessageBody(part, message.userId),
    });
    const id = cloudApiMessageId(json);
    if (!id) throw new ProviderError(CHANNEL, 'unexpected response from the Graph API: no message id', false);
    return id;
  });
}
