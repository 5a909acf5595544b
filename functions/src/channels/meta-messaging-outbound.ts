/** Sending through the Messenger Platform Send API, and downloading attachments (sources in meta-messaging.ts). */

import { ConfigError, ProviderError, ValidationError } from '../errors.js';

import type { SendContext } from './channel.js';
import { GRAPH_API_VERSION, postToGraph } from './meta-graph.js';
import * as P from './meta-messaging-payload.js';

import type { FetchedMedia, MediaRef, OutboundButton, OutboundMessage, SendResult } from '../domain/message.js';
import {
  MESSAGING_MEDIA_MAX_BYTES,
  MESSAGING_MEDIA_TIMEOUT_MS,
  isHttpUrl,
  OWN_SEND_MARK,
  QUICK_REPLY_LIMIT,
  QUICK_REPLY_TITLE_LIMIT,
  type MessagingChannel,
  type MessagingPlatform,
} from './meta-messaging-platform.js';

export async function sendMessaging(
  platform: MessagingPlatform,
  message: OutboundMessage,
  context: SendContext,
): Promise<SendResult> {
  const { channel, label } = platform;
  const accessToken = context.credentials.accessToken;
  if (!accessToken) throw new ConfigError(`${label} is not connected for this business: no page access token`);
  if (message.template) {
    // Templates exist to reach WhatsApp customers after the 24-hour window; the Messenger Platform has none.
    const name = message.template.name.slice(0, 60);
    throw new ProviderError(channel, `message templates are WhatsApp-only; ${label} cannot send "${name}"`, false);
  }
  const bodies = requestBodies(platform, message);
  if (bodies.length === 0) throw new ValidationError(`Refusing to send an empty ${label} message`);
  const node = platform.sendNode(message, context.credentials);
  const url = `${context.baseUrl.replace(/\/+$/, '')}/${GRAPH_API_VERSION}/${encodeURIComponent(node)}/messages`;
  const ids: string[] = [];
  for (const body of bodies) {
    try {
      const json = await postToGraph({
        provider: channel,
        url,
        accessToken,
        fetch: context.fetch,
        errorRules: platform.errorRules,
        body,
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
  // arrives before the send's response (the pipeline also dedupes by mid).
  if (platform.channel === 'messenger') for (const part of parts) part.metadata = OWN_SEND_MARK;
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

/**
 * Splits text into parts of at most `limit` units (as counted by `units` per
 * code point), at the last paragraph break, else line break, else sentence
 * end, else space in the last two thirds of each part; a hard cut (never
 * inside a surrogate pair) only for text without any.
 */
export function splitText(text: string, limit: number, units: (codePoint: string) => number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const window = longestPrefix(rest, limit, units);
    if (window.length === rest.length) {
      parts.push(rest);
      break;
    }
    const cut = breakPoint(rest, window.length);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return parts;
}

function longestPrefix(text: string, limit: number, units: (codePoint: string) => number): string {
  let used = 0;
  let end = 0;
  for (const codePoint of text) {
    used += units(codePoint);
    if (used > limit) break;
    end += codePoint.length;
  }
  // A single code point over the limit still has to go somewhere.
  return end > 0 ? text.slice(0, end) : text.slice(0, text.codePointAt(0)! > 0xffff ? 2 : 1);
}

const SENTENCE_END = /[.!?…。！？]/;
const NO_SPACE_SENTENCE_END = /[。！？]/;

/** Where to cut `text` at or before `max` (UTF-16 index): right after the best break found. */
function breakPoint(text: string, max: number): number {
  const min = Math.floor(max / 3);
  const paragraph = text.lastIndexOf('\n\n', max - 2);
  if (paragraph >= min) return paragraph + 2;
  const line = text.lastIndexOf('\n', max - 1);
  if (line >= min) return line + 1;
  for (let i = max - 1; i >= min; i -= 1) {
    const c = text[i]!;
    const next = text[i + 1];
    if (NO_SPACE_SENTENCE_END.test(c) || (SENTENCE_END.test(c) && next !== undefined && /\s/.test(next))) {
      return i + 1;
    }
  }
  for (let i = max; i >= min; i -= 1) {
    if (/\s/.test(text[i] ?? '')) return i;
  }
  return max;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

// ---------------------------------------------------------------- media

/**
 * Downloads an attachment from the CDN URL in its webhook (no token: the URL
 * is signed, and it expires). Sizes are capped before and while reading;
 * the URL never appears in an error.
 */
export async function fetchMessagingMedia(
  channel: MessagingChannel,
  media: MediaRef,
  context: SendContext,
  maxBytes = MESSAGING_MEDIA_MAX_BYTES,
): Promise<FetchedMedia> {
  const url = media.url;
  if (url === undefined || !isHttpUrl(url))
    throw new ProviderError(channel, 'the attachment has no download URL', false);
  let response: Response;
  try {
    response = await context.fetch(url, { signal: AbortSignal.timeout(MESSAGING_MEDIA_TIMEOUT_MS) });
  } catch (err) {
    throw new ProviderError(channel, downloadFailure(err), true, { cause: err });
  }
  const status = response.status;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    if (status === 429 || status >= 500) {
      throw new ProviderError(channel, `Meta's media host is unavailable (HTTP ${status})`, true, { status });
    }
    throw new ProviderError(
      channel,
      `the attachment is no longer available (HTTP ${status}): Meta's attachment URLs expire`,
      false,
      { status },
    );
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(channel, maxBytes, status);
  }
  const data = await readCapped(channel, response, maxBytes);
  return {
    data,
    mimeType: mimeTypeOf(response.headers.get('content-type')) ?? media.mimeType ?? 'application/octet-stream',
  };
}

async function readCapped(channel: MessagingChannel, response: Response, maxBytes: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(channel, maxBytes, response.status);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof ProviderError) throw err;
    throw new ProviderError(channel, downloadFailure(err), true, { cause: err });
  }
  return Buffer.concat(chunks);
}

function tooLarge(channel: MessagingChannel, maxBytes: number, status: number): ProviderError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new ProviderError(channel, `the attachment is larger than ${mb} MB, so it is not downloaded`, false, {
    status,
  });
}

function downloadFailure(err: unknown): string {
  const timedOut = typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError';
  return timedOut
    ? `no complete answer from Meta's media host within ${MESSAGING_MEDIA_TIMEOUT_MS / 1000} s`
    : "could not download from Meta's media host (network error)";
}

function mimeTypeOf(contentType: string | null): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : undefined;
}
