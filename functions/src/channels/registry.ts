/**
 * Every channel, by type. Adding one: one adapter file, one line in
 * `webhookAdapters` (or `senders` for a channel that has no webhook), and its
 * base URL in `baseUrlOf`.
 */
import { randomUUID } from 'node:crypto';
import type { VendorUrls } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Sender } from '../pipeline/outbox.js';
import type { ChannelType } from '../profile/schema.js';
import type { ChannelAdapter } from './channel.js';
import { whatsappMeta } from './whatsapp-meta.js';

export const webhookAdapters = {
  'whatsapp-meta': whatsappMeta,
} satisfies Partial<Record<ChannelType, ChannelAdapter>>;

/** Webhook paths by function family: /webhook/{family}/{provider} (Meta's family is /webhook/{provider}). */
export const webhookRoutes = {
  whatsapp: { meta: whatsappMeta },
  meta: {},
  telegram: {},
} satisfies Record<string, Record<string, ChannelAdapter>>;

export type WebhookFamily = keyof typeof webhookRoutes;

/** The web chat needs no provider: the message document is the delivery (the widget reads it). */
const webchatSender: Sender = {
  send: async () => ({ providerMessageId: `webchat-${randomUUID()}` }),
};

function baseUrlOf(channel: ChannelType, urls: VendorUrls): string {
  switch (channel) {
    case 'whatsapp-meta':
    case 'messenger':
    case 'instagram':
      return urls.graphApi;
    default:
      return '';
  }
}

export function senderFor(channel: ChannelType, urls: VendorUrls, fetchImpl: typeof fetch = fetch): Sender {
  if (channel === 'webchat') return webchatSender;
  const adapter = (webhookAdapters as Partial<Record<ChannelType, ChannelAdapter>>)[channel];
  if (!adapter) {
    return {
      send: async () => {
        throw new ConfigError(`Sending on ${channel} is not available in this version.`);
      },
    };
  }
  const baseUrl = baseUrlOf(channel, urls);
  return {
    serviceWindowHours: adapter.capabilities.serviceWindowHours,
    send: (message, credentials) => adapter.send(message, { credentials, baseUrl, fetch: fetchImpl }),
  };
}
