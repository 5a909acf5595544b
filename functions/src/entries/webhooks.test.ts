import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelAdapters } from '../channels/registry.js';
import { ConfigError } from '../errors.js';
import { deploymentSecretsFor, handlerFor } from './webhooks.js';

const SECRETS = ['META_APP_SECRET', 'META_VERIFY_TOKEN', 'INSTAGRAM_APP_SECRET'] as const;

describe('webhook entries read only the secrets their adapter declares', () => {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const name of SECRETS) {
      saved[name] = process.env[name];
      Reflect.deleteProperty(process.env, name);
    }
  });
  afterEach(() => {
    for (const name of SECRETS) {
      if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = saved[name];
    }
  });

  it('Telegram needs no deployment secret, so an unbound Meta secret cannot touch it', () => {
    expect(deploymentSecretsFor(channelAdapters.telegram)).toEqual({});
    expect(deploymentSecretsFor(channelAdapters['whatsapp-qiscus'])).toEqual({});
  });

  it('a Meta webhook whose function did not bind the app secret is a ConfigError naming it', () => {
    expect(() => deploymentSecretsFor(channelAdapters['whatsapp-meta'])).toThrow(ConfigError);
    expect(() => deploymentSecretsFor(channelAdapters['whatsapp-meta'])).toThrow(/META_APP_SECRET/);
  });

  it('bound secrets are passed on; an empty one as not set', () => {
    process.env.META_APP_SECRET = 'app-secret';
    process.env.META_VERIFY_TOKEN = '';
    process.env.INSTAGRAM_APP_SECRET = 'instagram-secret';
    expect(deploymentSecretsFor(channelAdapters.instagram)).toEqual({
      metaAppSecret: 'app-secret',
      metaVerifyToken: undefined,
      instagramAppSecret: 'instagram-secret',
    });
  });

  it('an unbound secret is answered with a 500 that names it (and nothing is read or written)', async () => {
    const response = await handlerFor('meta')({
      method: 'POST',
      path: '/webhook/instagram',
      query: {},
      headers: {},
      rawBody: Buffer.from('{}'),
    });
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).toMatch(/META_APP_SECRET is not available to this function/);
  });

  it('a path no adapter declares is a 404 that lists the known ones', async () => {
    const response = await handlerFor('whatsapp')({
      method: 'POST',
      path: '/webhook/whatsapp/twilio',
      query: {},
      headers: {},
      rawBody: Buffer.from('{}'),
    });
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).toContain('meta, 360dialog, montymobile, qiscus');
  });
});
