/**
 * Sending through the Messenger Platform Send API (sources in messaging.ts):
 * POST {base}/v21.0/{node}/messages, one request per part — an image first,
 * then the text split to the channel's limit; quick replies ride on the last
 * part. A later part failing is not retryable: a retry would repeat the
 * parts that went out.
 */
import type { OutboundButton, OutboundMessage, SendResult } from '../../domain/message.js';
import { ConfigError, ProviderError, ValidationError } from '../../errors.js';
import type { SendContext } from '../channel.js';
import { partCallbackData } from '../shared/callback-data.js';
import { splitText } from '../shared/text-split.js';
import { GRAPH_API_VERSION, graphExplain } from './graph.js';
import * as P from './messaging-payload.js';
import {
  ownSendMetadata,
  QUICK_REPLY_LIMIT,
  QUICK_REPLY_TITLE_LIMIT,
  type MessagingChannel,
  type MessagingPlatform,
} from './messaging-platform.js';

export async function sendMessaging(
  platform: MessagingPlatform,
  message: OutboundMessage,
  context: SendContext,
): Promise<SendResult> {
  const { channel, label } = platform;
  const accessToken = context.credentials.accessToken;
  if (!accessToken) throw new ConfigError(`${label} is not connected for this business: no access token`);
  if (message.template) {
    // Templates exist to reach WhatsApp customers after the 24-hour window; the Messenger Platform has none.
    const name = message.template.name.slice(0, 60);
    throw new ProviderError(channel, `message templates are WhatsApp-only; ${label} cannot send "${name}"`, false);
  }
  const bodies = requestBodies(platform, message);
  if (bodies.length === 0) throw new ValidationError(`Refusing to send an empty ${label} message`);
  const { api, node } = platform.sendTarget(message, context.credentials);
  const base = (context.baseUrls[api] ?? context.baseUrl).replace(/\/+$/, '');
  const url = `${base}/${GRAPH_API_VERSION}/${encodeURIComponent(node)}/messages`;
  const ids: string[] = [];
  for (const body of bodies) {
    try {
      const json = await context.http.json({
        provider: channel,
        service: api === 'instagramApi' ? "Instagram's Graph API" : 'the Graph API',
        url,
        headers: { authorization: `Bearer ${accessToken}` },
        json: body,
        secrets: [accessToken],
        explain: graphExplain(platform.errorRules),
      });
      ids.push(messageIdOf(channel, json));
    } catch (err) {
      throw ids.length === 0 ? err : partialFailure(channel, err, ids.length, bodies.length);
    }
  }
  const [first, ...more] = ids;
  return more.length > 0 ? { providerMessageId: first!, moreProviderMessageIds: more } : { providerMessageId: first! };
}

/** The image first (its caption follows as text), then the text in parts; quick replies ride on the last one. */
function requestBodies(platform: MessagingPlatform, message: OutboundMessage): Record<string, unknown>[] {
  const parts: Record<string, unknown>[] = [];
  if (message.image) {
    parts.push({ attachment: { type: 'image', payload: platform.imagePayload(message.image.url) } });
  }
  const text = platform.formatText(message.text);
  for (const chunk of splitText(text, platform.capabilities.maxTextLength, platform.textUnits)) {
    parts.push({ text: chunk });
  }
  const quickReplies = quickRepliesOf(message.buttons ?? []);
  const last = parts.at(-1);
  if (last && quickReplies.length > 0) last.quick_replies = quickReplies;
  // Messenger returns `metadata` in the echo of a send, so our own sends are
  // told apart from staff replies made in Meta's inbox even when the echo
  // arrives before the send's response (the pipeline also dedupes by mid),
  // and the echo of a send whose answer was lost names its outbox item.
  if (platform.echoesMetadata) {
    parts.forEach((part, index) => {
      part.metadata = ownSendMetadata(partCallbackData(message.callbackData, index));
    });
  }
  return parts.map((part) => ({ recipient: { id: message.userId }, messaging_type: 'RESPONSE', message: part }));
}

function quickRepliesOf(buttons: OutboundButton[]): Record<string, string>[] {
  return buttons.slice(0, QUICK_REPLY_LIMIT).map((button) => ({
    content_type: 'text',
    title: truncate(button.title.trim() || button.id, QUICK_REPLY_TITLE_LIMIT),
    payload: button.id || button.title,
  }));
}

function messageIdOf(channel: MessagingChannel, json: unknown): string {
  const parsed = P.SendResponse.safeParse(json);
  if (!parsed.success) throw new ProviderError(channel, 'unexpected response from the Graph API: no message id', false);
  return parsed.data.message_id;
}

/** Later parts failing must not resend the earlier ones, so the outbox is told not to retry. */
function partialFailure(channel: MessagingChannel, err: unknown, sent: number, total: number): ProviderError {
  const cause = err instanceof ProviderError ? err : undefined;
  const detail = cause ? cause.message.replace(`${channel}: `, '') : 'unknown error';
  return new ProviderError(
    channel,
    `only ${sent} of ${total} parts of a long reply were sent (not retried, so they are not repeated): ${detail}`,
    false,
    { status: cause?.status, providerCode: cause?.providerCode, cause: err },
  );
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
