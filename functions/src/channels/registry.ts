/**
 * Every channel, by type: the single source of what exists. Webhook routes,
 * senders, media downloads and `channels:register` are all derived from
 * `channelAdapters`, and the contract suite runs for each entry
 * (contract.test.ts), so a registered adapter is tested and an unregistered
 * one cannot be routed to.
 *
 * Adding a channel: its adapter file, one line here.
 */
import { ConfigError } from '../errors.js';
import type { ChannelType } from '../domain/business.js';
import type { FetchedMedia, MediaRef } from '../domain/message.js';
import type { VendorUrls } from '../vendor/apis.js';
import { createHttpClient, type HttpClient } from '../vendor/http-client.js';
import type { ChannelAdapter, ChannelCredentials, SendContext, Sender, WebhookFamily } from './channel.js';
import { instagram } from './meta/instagram.js';
import { messenger } from './meta/messenger.js';
import { telegram } from './telegram/telegram.js';
import { webchatSender } from './webchat/webchat.js';
import { whatsapp360dialog } from './whatsapp/360dialog.js';
import { whatsappMeta } from './whatsapp/meta.js';
import { whatsappMontyMobile } from './whatsapp/montymobile.js';
import { whatsappQiscus } from './whatsapp/qiscus.js';

export const channelAdapters = {
  'whatsapp-meta': whatsappMeta,
  'whatsapp-360dialog': whatsapp360dialog,
  'whatsapp-montymobile': whatsappMontyMobile,
  'whatsapp-qiscus': whatsappQiscus,
  messenger,
  instagram,
  telegram,
} satisfies Partial<Record<ChannelType, ChannelAdapter>>;

export type AdapterType = keyof typeof channelAdapters;

/** The adapter of a channel type, if it has one (the web chat has none: the message document is the delivery). */
export function adapterFor(type: ChannelType): ChannelAdapter | undefined {
  return Object.hasOwn(channelAdapters, type) ? channelAdapters[type as AdapterType] : undefined;
}

/** Adapters by webhook function family and path segment, as the adapters declare them. */
export function webhookRoutes(): Record<WebhookFamily, Record<string, ChannelAdapter>> {
  const routes: Record<WebhookFamily, Record<string, ChannelAdapter>> = { whatsapp: {}, meta: {}, telegram: {} };
  for (const adapter of Object.values(channelAdapters) as ChannelAdapter[]) {
    for (const { family, segment } of adapter.webhooks) {
      const taken = routes[family][segment];
      if (taken && taken !== adapter) {
        throw new ConfigError(
          `Webhook path ${family}/${segment} is declared by both ${taken.type} and ${adapter.type}`,
        );
      }
      routes[family][segment] = adapter;
    }
  }
  return routes;
}

/** The public (Hosting) path of a webhook: /webhook/whatsapp/meta, /webhook/facebook, /webhook/telegram/{businessId}. */
export function publicWebhookPath(family: WebhookFamily, segment: string): string {
  if (family === 'meta') return `/webhook/${segment}`;
  if (family === 'telegram') return '/webhook/telegram/{businessId}';
  return `/webhook/${family}/${segment}`;
}

/** What an adapter is called with: its credentials, the base URLs of the APIs it declared, the HTTP client. */
export function sendContext(
  adapter: ChannelAdapter,
  credentials: ChannelCredentials,
  urls: Partial<VendorUrls>,
  http: HttpClient,
): SendContext {
  const baseUrls = Object.fromEntries(adapter.apis.map((api) => [api, urls[api] ?? ''])) as SendContext['baseUrls'];
  const first = adapter.apis[0];
  return { credentials, baseUrl: first ? (baseUrls[first] ?? '') : '', baseUrls, http };
}

export function senderFor(
  channel: ChannelType,
  urls: Partial<VendorUrls>,
  http: HttpClient = createHttpClient(),
): Sender {
  if (channel === 'webchat') return webchatSender;
  const adapter = adapterFor(channel);
  if (!adapter) {
    return {
      confirmsByCallback: false,
      send: async () => {
        throw new ConfigError(`Sending on ${channel} is not available in this version.`);
      },
    };
  }
  return {
    serviceWindowHours: adapter.capabilities.serviceWindowHours,
    confirmsByCallback: adapter.capabilities.confirmsByCallback,
    send: (message, credentials) => adapter.send(message, sendContext(adapter, credentials, urls, http)),
  };
}

/** Downloads customer media through the channel's adapter (the reply trigger's media step). */
export function fetchMediaFor(urls: Partial<VendorUrls>, http: HttpClient = createHttpClient()) {
  return (channel: ChannelType, media: MediaRef, credentials: ChannelCredentials): Promise<FetchedMedia> => {
    const adapter = adapterFor(channel);
    if (!adapter?.fetchMedia) throw new ConfigError(`Media cannot be downloaded from ${channel}.`);
    return adapter.fetchMedia(media, sendContext(adapter, credentials, urls, http));
  };
}
