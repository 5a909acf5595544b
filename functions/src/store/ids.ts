/**
 * Deterministic document ids. Identity comes from the providers (a message
 * id, a phone number, a page id), so a redelivered webhook lands on the
 * same document and a create-if-absent makes it a no-op.
 *
 * No external id ever goes into a path raw: it may hold '/', be '..', carry
 * a lone surrogate or be too long. Ids are hashed, or kept readable when
 * they are plainly safe (`safeId`).
 */
import { createHash } from 'node:crypto';
import type { ChannelType } from '../domain/business.js';

export function digest(value: string, length = 32): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}

/** Readable ids that can never be mistaken for a hashed one ('~' is not in the readable set). */
const READABLE = /^[A-Za-z0-9_@+=-][A-Za-z0-9_.@+=-]{0,127}$/;

/**
 * An external id as a path segment: itself when it is short and made of
 * plainly safe characters (a phone number id, a bot username), otherwise
 * `~` and a hash of it. Injective: two different ids never share a segment.
 */
export function safeId(value: string): string {
  return READABLE.test(value) && !/^__.*__$/.test(value) ? value : `~${digest(value, 40)}`;
}

export function channelFamily(channel: ChannelType): string {
  return channel.startsWith('whatsapp-') ? 'whatsapp' : channel;
}

export const ids = {
  /** Routes a provider account id to its business (channelAccounts). */
  channelAccount: (type: ChannelType, accountId: string) => `${type}_${safeId(accountId)}`,
  /** One message per provider message id per channel. */
  inboundMessage: (channel: ChannelType, providerMessageId: string) =>
    `${channel}-${digest(`${channel}\n${providerMessageId}`)}`,
  /** A status parked until its message's provider id is recorded. */
  parkedStatus: (channel: ChannelType, providerMessageId: string) =>
    `${channel}-${digest(`status\n${channel}\n${providerMessageId}`)}`,
  /** One contact per person per channel family (WhatsApp providers share numbers). */
  contact: (channel: ChannelType, userId: string) => `c-${digest(`${channelFamily(channel)}\n${userId}`, 24)}`,
  /** One conversation per customer per business account. */
  conversation: (channel: ChannelType, accountId: string, userId: string) =>
    `${channel}-${digest(`${channel}\n${accountId}\n${userId}`, 24)}`,
  /**
   * The AI's reply to an inbound message (and its outbox item): one id per
   * message, so of two workers that both got as far as writing a reply,
   * only one can.
   */
  replyTo: (inboundMessageId: string) => `${inboundMessageId}-reply`,
  /** A notification about one thing (a message, an outbox item) of one kind: raised once. */
  notification: (kind: string, subjectId: string) => `${kind}-${safeId(subjectId)}`,
};
