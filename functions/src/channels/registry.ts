/**
 * Every channel, by type. Adding one: one adapter file, one line in
 * `webhookAdapters` (or `senders` for a channel that has no webhook), and its
 * base URL in `baseUrlOf`.
 */
import { randomUUID } from 'node:crypto';
import type { VendorUrls } from '../config.js';
import { ConfigError } from '../errors.js';
import type { ChannelType } from '../domain/business.js';
import type { ChannelAdapter, ChannelCredentials, Sender } from './channel.js';
import type { FetchedMedia, MediaRef } from '../domain/message.js';
import { instagram } from './instagram.js';
import { messenger } from './messenger.js';
import { telegram } from './telegram.js';
import { whatsapp360dialog } from './whatsapp-360dialog.js';
import { whatsappMeta } from './whatsapp-meta.js';
import { whatsappMontyMobile } from './whatsapp-montymobile.js';
import { whatsappQiscus } from './whatsapp-qiscus.js';

export const webhookAdapters = {
  'whatsapp-meta': whatsappMeta,
  'whatsapp-360dialog': whatsapp360dialog,
  'whatsapp-montymobile': whatsappMontyMobile,
  'whatsapp-qiscus': whatsappQiscus,
  messenger,
  instagram,
  telegram,
} satisfies Partial<Record<ChannelType, ChannelAdapter>>;

/** Webhook paths by function family: /webhook/{family}/{provider} (Meta's family is /webhook/{provider}). */
export const webhookRoutes = {
  whatsapp: {
    meta: whatsappMeta,
    '360dialog': whatsapp360dialog,
    montymobile: whatsappMontyMobile,
    qiscus: whatsappQiscus,
  },
  meta: { facebook: messenger, fb: messenger, instagram },
  telegram: { telegram },
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
    case 'whatsapp-360dialog':
      return urls.dialog360;
    case 'whatsapp-montymobile':
      return urls.montyMobile;
    case 'whatsapp-qiscus':
      return urls.qiscus;
    case 'telegram':
      return urls.telegram;
    case 'webchat':
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

/** Downloads customer media through the channel's adapter (the reply trigger's media step). */
export function fetchMediaFor(urls: VendorUrls, fetchImpl: typeof fetch = fetch) {
  return (channel: ChannelType, media: MediaRef, credentials: ChannelCredentials): Promise<FetchedMedia> => {
    const adapter = (webhookAdapters as Partial<Record<ChannelType, ChannelAdapter>>)[channel];
    if (!adapter?.fetchMedia) throw new ConfigError(`Media cannot be downloaded from ${channel}.`);
    return adapter.fetchMedia(media, { credentials, baseUrl: baseUrlOf(channel, urls), fetch: fetchImpl });
  };
}
