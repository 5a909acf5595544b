/**
 * What the fake Graph API (fake-graph-api.ts) accepts as a send body, as
 * Meta checks it: a WhatsApp Cloud API `/messages` body, or a Messenger
 * Platform one (text of 1–2000 characters or an attachment, at most 13 quick
 * replies with titles of up to 20 characters) — and Graph's error envelope.
 */
import { randomBytes } from 'node:crypto';

/** Graph's error envelope, as Meta answers a failed call. */
export function graphError(code: number, message: string, type = 'OAuthException'): { error: Record<string, unknown> } {
  return { error: { message, type, code, fbtrace_id: `A${randomBytes(8).toString('hex')}` } };
}

export function isSendBody(body: unknown): body is { to: string; type: string } {
  if (typeof body !== 'object' || body === null) return false;
  const { messaging_product, to, type } = body as Record<string, unknown>;
  if (messaging_product !== 'whatsapp' || typeof to !== 'string' || to === '' || typeof type !== 'string') return false;
  if (type !== 'text') return true;
  const text = (body as Record<string, unknown>).text;
  if (typeof text !== 'object' || text === null) return false;
  const content = (text as Record<string, unknown>).body;
  return typeof content === 'string' && content.length > 0 && Array.from(content).length <= 4096;
}

export function isMessengerPlatformBody(body: unknown): body is { recipient: { id: string }; message: unknown } {
  if (typeof body !== 'object' || body === null || !('recipient' in body) || !('message' in body)) return false;
  const recipient = body.recipient;
  return typeof recipient === 'object' && recipient !== null && 'id' in recipient && typeof recipient.id === 'string';
}

/** Text of 1–2000 characters or an attachment; at most 13 quick replies with titles of up to 20 characters. */
export function isMessengerPlatformMessage(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { text, attachment, quick_replies: quickReplies } = message as Record<string, unknown>;
  const textOk = typeof text === 'string' && text.length > 0 && text.length <= 2000;
  const attachmentOk = typeof attachment === 'object' && attachment !== null;
  if (textOk === attachmentOk) return false;
  if (quickReplies === undefined) return true;
  return (
    Array.isArray(quickReplies) &&
    quickReplies.length <= 13 &&
    quickReplies.every((q: unknown) => {
      const { title, payload } = (q ?? {}) as Record<string, unknown>;
      return (
        typeof title === 'string' && Array.from(title).length <= 20 && typeof payload === 'string' && payload !== ''
      );
    })
  );
}
