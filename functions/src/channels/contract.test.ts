/**
 * The registry is the single source of what channels exist: the contract
 * suite runs for every registered adapter (its folder gives the setup), the
 * webhook functions route only to registered adapters, and each webhook
 * function binds the deployment secrets its adapters declare.
 */
import { describe, expect, it } from 'vitest';
import { providerSegment, routeOf } from '../entries/webhooks.js';
import * as triggers from '../triggers/http.js';
import { runChannelContract } from './channel.contract.js';
import type { ChannelAdapter, WebhookFamily } from './channel.js';
import { CONTRACT_SETUPS } from './contract-setups.test-helper.js';
import { channelAdapters, publicWebhookPath, webhookRoutes, type AdapterType } from './registry.js';

for (const [type, adapter] of Object.entries(channelAdapters) as [AdapterType, ChannelAdapter][]) {
  runChannelContract({ ...CONTRACT_SETUPS[type], adapter });
}

const FUNCTIONS: Record<WebhookFamily, { __endpoint?: { secretEnvironmentVariables?: { key: string }[] } }> = {
  whatsapp: triggers.webhookWhatsapp,
  meta: triggers.webhookMeta,
  telegram: triggers.webhookTelegram,
};

const SECRET_NAMES = {
  metaAppSecret: 'META_APP_SECRET',
  metaVerifyToken: 'META_VERIFY_TOKEN',
  instagramAppSecret: 'INSTAGRAM_APP_SECRET',
} as const;

describe('webhook routes come from the registry', () => {
  const adapters = Object.values(channelAdapters) as ChannelAdapter[];

  it('every declared path routes to its adapter, through Hosting and at the function URL', () => {
    for (const adapter of adapters) {
      for (const { family, segment } of adapter.webhooks) {
        const hosting = publicWebhookPath(family, segment).replace('{businessId}', 'demo-salon');
        expect(routeOf(family, hosting)?.adapter).toBe(adapter);
        if (family !== 'telegram') expect(routeOf(family, `/${segment}/key-in-path`)?.adapter).toBe(adapter);
      }
    }
  });

  it('the public paths are the ones the spec promises', () => {
    const paths = adapters.flatMap((a) => a.webhooks.map((w) => publicWebhookPath(w.family, w.segment))).sort();
    expect(paths).toEqual(
      [
        '/webhook/whatsapp/meta',
        '/webhook/whatsapp/360dialog',
        '/webhook/whatsapp/montymobile',
        '/webhook/whatsapp/qiscus',
        '/webhook/facebook',
        '/webhook/fb',
        '/webhook/instagram',
        '/webhook/telegram/{businessId}',
      ].sort(),
    );
  });

  it('a path no registered adapter declares routes nowhere', () => {
    expect(routeOf('whatsapp', '/webhook/whatsapp/twilio')).toBeUndefined();
    expect(routeOf('meta', '/webhook/threads')).toBeUndefined();
    expect(routeOf('meta', '/webhook/whatsapp/meta')).toBeUndefined();
    expect(routeOf('whatsapp', '/webhook/whatsapp/__proto__')).toBeUndefined();
    expect(routeOf('whatsapp', '/')).toBeUndefined();
    expect(providerSegment('telegram', '/webhook/telegram/demo-salon')).toBe('telegram');
  });

  it('no two adapters claim one path', () => {
    const routes = webhookRoutes();
    const claimed = Object.values(routes).reduce((n, family) => n + Object.keys(family).length, 0);
    expect(claimed).toBe(adapters.reduce((n, a) => n + a.webhooks.length, 0));
  });

  it('each webhook function binds exactly the deployment secrets its adapters declare', () => {
    for (const family of Object.keys(FUNCTIONS) as WebhookFamily[]) {
      const declared = new Set(
        adapters
          .filter((a) => a.webhooks.some((w) => w.family === family))
          .flatMap((a) => a.deploymentSecrets.map((name) => SECRET_NAMES[name])),
      );
      const bound = (FUNCTIONS[family].__endpoint?.secretEnvironmentVariables ?? []).map((s) => s.key);
      expect([...bound].sort(), family).toEqual([...declared].sort());
    }
  });
});
