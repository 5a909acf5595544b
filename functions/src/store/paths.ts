/**
 * Where everything lives in Firestore (docs/architecture.md draws it).
 * Business data is under businesses/{businessId}; the collections at the top
 * level next to it are server-only (see firestore.rules).
 */
import { createHash } from 'node:crypto';
import type { ChannelType } from '../domain/business.js';

export const paths = {
  business: (b: string) => `businesses/${b}`,
  members: (b: string) => `businesses/${b}/members`,
  services: (b: string) => `businesses/${b}/services`,
  knowledge: (b: string) => `businesses/${b}/knowledge`,
  contacts: (b: string) => `businesses/${b}/contacts`,
  conversations: (b: string) => `businesses/${b}/conversations`,
  messages: (b: string) => `businesses/${b}/messages`,
  outbox: (b: string) => `businesses/${b}/outbox`,
  appointments: (b: string) => `businesses/${b}/appointments`,
  events: (b: string) => `businesses/${b}/events`,
  deadLetters: (b: string) => `businesses/${b}/deadLetters`,
  /** Channel diagnostics: last webhook, last send, last error per account. */
  channelStatus: (b: string) => `businesses/${b}/channelStatus`,
  /** Statuses that arrived before the send that they are about was recorded (kept a week). */
  parkedStatuses: (b: string) => `businesses/${b}/parkedStatuses`,
  /** Things staff must know about (a reply that could not be delivered, …). */
  notifications: (b: string) => `businesses/${b}/notifications`,
  /** Server-only: which business an account id at a provider belongs to. */
  channelAccounts: 'channelAccounts',
  /** Server-only: per-business credentials (access tokens, …). */
  businessSecrets: 'businessSecrets',
  /** Server-only: sha256 of a business webhook key → the business and channel it authenticates. */
  webhookKeys: 'webhookKeys',
  /** Server-only: authentic deliveries that reached no business. */
  deadLetters_unrouted: 'deadLetters',
} as const;

function digest(value: string, length = 32): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}

/**
 * Deterministic document ids. Provider ids decide identity, so a redelivered
 * webhook lands on the same document and a create-if-absent makes it a no-op.
 * Provider ids can hold characters Firestore ids cannot ('/'), hence a hash.
 */
export const ids = {
  channelAccount: (type: ChannelType, accountId: string) => `${type}_${accountId}`,
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
};

export function channelFamily(channel: ChannelType): string {
  return channel.startsWith('whatsapp-') ? 'whatsapp' : channel;
}
