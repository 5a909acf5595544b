import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError } from '../../errors.js';
import { startFakeGraphApi, type FakeGraphApi } from '../../testing/fake-graph-api.js';
import { metaHandshakeRequest, signedMetaRequest, TEST_META_VERIFY_TOKEN } from '../../testing/meta.js';
import { instagram, withoutEmphasis } from './instagram.js';
import type { OutboundMessage, ParsedDelivery } from '../../domain/message.js';
import {
  FIXTURES,
  secrets,
  TOKEN,
  IG_ID,
  IGSID,
  mid,
  OUR_MESSAGE,
  path,
  wire,
  EXPECTED_COUNTS,
} from './instagram.contract-setup.test-helper.js';
import { at, TEST_HTTP } from '../../testing/send-context.js';

function parseFixture(name: string): ParsedDelivery {
  const request = signedMetaRequest(wire(name), { path });
  instagram.verify(request, secrets);
  return instagram.parse(request);
}

function onlyEvent(name: string) {
  const { events, unprocessable } = parseFixture(name);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const customer = { channel: 'instagram', accountId: IG_ID, userId: IGSID } as const;

describe('instagram: fixtures map to the normalised model', () => {
  it('every fixture file has expected counts', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it('text: Instagram account id as account, IGSID as user, escaped Spanish and emoji decoded', () => {
    expect(wire('text')).toContain('\\u00bf');
    expect(onlyEvent('text')).toEqual({
      kind: 'message',
      ...customer,
      providerMessageId: mid('I4TXpNek1qQTFOVFk0TlRrM016QTROQT09'),
      timestamp: new Date(1749502783127),
      content: { type: 'text', text: 'Hola! ¿Tenéis hueco para un corte el sábado? 💇‍♀️' },
    });
  });

  it('image from the Instagram CDN', () => {
    expect(onlyEvent('image')).toMatchObject({
      content: {
        type: 'image',
        media: { url: expect.stringMatching(/^https:\/\/lookaside\.fbsbx\.com\/ig_messaging_cdn\/\?asset_id=/) },
      },
    });
  });

  it('quick reply and icebreaker postback are interactive', () => {
    expect(onlyEvent('quick-reply')).toMatchObject({
      content: { type: 'interactive', replyId: 'slot-2025-06-14T10:00', title: 'Sábado 10:00' },
    });
    expect(onlyEvent('postback')).toMatchObject({
      providerMessageId: mid('I4TXpNek1qQTFOVFk0TlRrM016QTROdz09'),
      content: { type: 'interactive', replyId: 'ICEBREAKER_PRICES', title: '¿Cuáles son vuestros precios?' },
    });
  });

  it('echo: sent from the Instagram app by staff, recorded with the customer as user', () => {
    expect(onlyEvent('echo')).toEqual({
      kind: 'message',
      ...customer,
      providerMessageId: mid('I4TXpNek1qQTFOVFk0TlRrM016QTRPQT09'),
      timestamp: new Date(1749503023127),
      content: { type: 'text', text: '¡Hola! Soy Lucía del salón: te esperamos el sábado a las 10:30.' },
      echo: true,
    });
  });

  it('reaction to our message; messaging_seen as a read status for the named mid', () => {
    expect(onlyEvent('reaction')).toMatchObject({
      content: { type: 'reaction', emoji: '❤️', toProviderMessageId: OUR_MESSAGE },
    });
    expect(onlyEvent('read')).toEqual({
      kind: 'status',
      ...customer,
      providerMessageId: OUR_MESSAGE,
      status: 'read',
      timestamp: new Date(1749503143127),
    });
  });

  it('story reply: the customer’s text, under the message mid', () => {
    expect(onlyEvent('story-reply')).toEqual({
      kind: 'message',
      ...customer,
      providerMessageId: mid('I4TXpNek1qQTFOVFk0TlRrM016QTNPQT09'),
      timestamp: new Date(1749503203127),
      content: { type: 'text', text: '¡Me encanta este color! ¿Cuánto cuesta?' },
    });
  });

  it('story mention: an event that says so, without keeping the story media', () => {
    expect(onlyEvent('story-mention')).toMatchObject({
      ...customer,
      content: {
        type: 'unsupported',
        providerType: 'story_mention',
        summary: 'mentioned the business in their Instagram story',
      },
    });
  });

  it('is_unsupported and shared reels are events of unsupported content', () => {
    expect(onlyEvent('unsupported')).toMatchObject({
      content: { type: 'unsupported', providerType: 'is_unsupported' },
    });
    expect(onlyEvent('reel-share')).toMatchObject({
      content: { type: 'unsupported', providerType: 'ig_reel', summary: 'a shared Instagram reel' },
    });
  });

  it('an unsent message is unprocessable with the reason', () => {
    const { events, unprocessable } = parseFixture('deleted');
    expect(events).toEqual([]);
    expect(unprocessable[0]).toMatchObject({ accountId: IG_ID, reason: expect.stringContaining('unsent') });
  });

  it('batch: two accounts; text, read, unreact, image and an echo', () => {
    const { events } = parseFixture('batch');
    expect(
      events.map((e) => [
        e.accountId,
        e.userId,
        e.kind === 'status' ? e.status : e.content.type,
        e.kind === 'message' ? (e.echo ?? false) : null,
      ]),
    ).toEqual([
      [IG_ID, IGSID, 'text', false],
      [IG_ID, IGSID, 'read', null],
      [IG_ID, IGSID, 'reaction', false],
      ['17841463019234567', '6932847510928374', 'image', false],
      ['17841463019234567', '6932847510928374', 'text', true],
    ]);
    expect(events[2]).toMatchObject({ content: { type: 'reaction', emoji: '', toProviderMessageId: OUR_MESSAGE } });
  });

  it('standby: unprocessable, never answered', () => {
    expect(parseFixture('standby').unprocessable[0]?.reason).toContain('another app controls this conversation');
  });

  it('refuses Messenger (page) payloads', () => {
    const page = JSON.stringify({ object: 'page', entry: [{ id: '1', time: 1, messaging: [] }] });
    expect(() => instagram.parse(signedMetaRequest(page))).toThrow(ValidationError);
  });

  it('answers the hub.challenge handshake', () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': TEST_META_VERIFY_TOKEN, 'hub.challenge': '987654321' };
    expect(instagram.handshake!(metaHandshakeRequest(query, path), secrets)).toBe('987654321');
  });
});

describe('instagram: send', () => {
  let api: FakeGraphApi;
  const message: OutboundMessage = { accountId: IG_ID, userId: IGSID, text: 'Hola' };
  const context = (credentials: Record<string, string> = { accessToken: TOKEN }) => ({
    credentials,
    ...at(api.url),
  });
  const sent = () => api.requests.map((r) => (r.body as { message: Record<string, unknown> }).message);

  beforeAll(async () => {
    api = await startFakeGraphApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('sends through the linked page when its id is known', async () => {
    await instagram.send(message, context({ accessToken: TOKEN, pageId: '109876543210987' }));
    expect(api.requests[0]?.path).toBe('/v21.0/109876543210987/messages');
  });

  it('texts are split by UTF-8 bytes: at most 1000 per message', async () => {
    const text = `${'Añadimos más información sobre el tratamiento. '.repeat(25)}Fin.`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1000);
    expect(text.length).toBeLessThan(1250);
    await instagram.send({ ...message, text }, context());
    const texts = sent().map((m) => m.text as string);
    expect(texts.length).toBeGreaterThan(1);
    for (const part of texts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(1000);
    expect(texts.join(' ')).toBe(text);
  });

  it('*bold* and _italic_ are removed (Instagram renders neither); images go by URL, buttons as quick replies', async () => {
    const url = 'https://storage.example.com/signed/colour.jpg';
    await instagram.send(
      { ...message, text: 'El *sábado* a las _10:00_', image: { url }, buttons: [{ id: 'yes', title: 'Sí' }] },
      context(),
    );
    expect(sent()).toEqual([
      { attachment: { type: 'image', payload: { url } } },
      { text: 'El sábado a las 10:00', quick_replies: [{ content_type: 'text', title: 'Sí', payload: 'yes' }] },
    ]);
  });

  it('10 / 2534022 outside the 24-hour window: not retryable, and says so', async () => {
    api.failNext(1, {
      status: 400,
      body: {
        error: {
          message: '(#10) This message is sent outside of allowed window.',
          type: 'OAuthException',
          code: 10,
          error_subcode: 2534022,
          fbtrace_id: 'AzKq1',
        },
      },
    });
    const err = await instagram.send(message, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable: false, provider: 'instagram' });
    expect((err as Error).message).toContain("outside Instagram's 24-hour messaging window");
  });
});

describe('instagram: the Instagram-login setup', () => {
  let graph: FakeGraphApi;
  let ig: FakeGraphApi;
  const IG_USER_TOKEN = 'IGAAT0kenOfTheInstagramProfessionalAccount0123456789';
  const message: OutboundMessage = { accountId: IG_ID, userId: IGSID, text: 'Hola' };
  const context = (credentials: Record<string, string>) => ({
    credentials,
    baseUrl: graph.url,
    baseUrls: { graphApi: graph.url, instagramApi: ig.url },
    http: TEST_HTTP,
  });

  beforeAll(async () => {
    [graph, ig] = await Promise.all([startFakeGraphApi(), startFakeGraphApi()]);
  });
  afterAll(async () => {
    await Promise.all([graph.close(), ig.close()]);
  });
  beforeEach(() => {
    graph.reset();
    ig.reset();
  });

  it('sends through Instagram’s API, to the professional account, with the Instagram user token', async () => {
    await instagram.send(message, context({ accessToken: IG_USER_TOKEN, login: 'instagram' }));
    expect(graph.requests).toEqual([]);
    expect(ig.requests[0]).toMatchObject({
      method: 'POST',
      path: `/v21.0/${IG_ID}/messages`,
      headers: { authorization: `Bearer ${IG_USER_TOKEN}` },
      body: { recipient: { id: IGSID }, messaging_type: 'RESPONSE', message: { text: 'Hola' } },
    });
  });

  it('Facebook login stays the default, through the Graph API', async () => {
    await instagram.send(message, context({ accessToken: TOKEN }));
    await instagram.send(message, context({ accessToken: TOKEN, login: 'Facebook' }));
    expect(ig.requests).toEqual([]);
    expect(graph.requests.map((r) => r.path)).toEqual(['/v21.0/me/messages', '/v21.0/me/messages']);
  });

  it('an unknown login is a ConfigError that says what to write, and nothing is sent', async () => {
    const err = await instagram.send(message, context({ accessToken: TOKEN, login: 'threads' })).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/"facebook".*"instagram"/);
    expect([...graph.requests, ...ig.requests]).toEqual([]);
  });

  it('webhooks signed with the Instagram app secret verify, as do those signed with the Meta app secret', () => {
    const body = wire('text');
    const both = { ...secrets, instagramAppSecret: 'the-instagram-app-secret' };
    expect(() =>
      instagram.verify(signedMetaRequest(body, { path, secret: 'the-instagram-app-secret' }), both),
    ).not.toThrow();
    expect(() => instagram.verify(signedMetaRequest(body, { path }), both)).not.toThrow();
    expect(() =>
      instagram.verify(signedMetaRequest(body, { path, secret: 'the-instagram-app-secret' }), secrets),
    ).toThrow(/META_APP_SECRET or INSTAGRAM_APP_SECRET/);
    expect(() => instagram.verify(signedMetaRequest(body, { path }), {})).toThrow(ConfigError);
  });

  it('channels:register subscribes an Instagram-login account to the app’s webhooks, and says what to set', async () => {
    const outcome = await instagram.register!({
      ...context({ accessToken: IG_USER_TOKEN, login: 'instagram' }),
      businessId: 'demo-salon',
      accountId: IG_ID,
      webhookBase: 'https://frontdesk-demo.web.app',
      businessKey: async () => ({ key: 'unused', generated: false }),
      storeSecrets: async () => undefined,
      newSecret: () => 'unused',
    });
    expect(ig.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v21.0/me/subscribed_apps',
      headers: { authorization: `Bearer ${IG_USER_TOKEN}` },
    });
    expect(outcome.status).toBe('manual');
    const shown = outcome.lines.join('\n');
    expect(shown).toContain('Callback URL: https://frontdesk-demo.web.app/webhook/instagram');
    expect(shown).toContain('INSTAGRAM_APP_SECRET');
    expect(shown).not.toContain(IG_USER_TOKEN);
  });
});

describe('withoutEmphasis', () => {
  it.each([
    ['*Saturday* at _10:00_', 'Saturday at 10:00'],
    ['2 * 3 * 4 = 24', '2 * 3 * 4 = 24'],
    ['file_name_here and snake_case', 'file_name_here and snake_case'],
    ['(_muy_ bien)', '(muy bien)'],
  ])('%s', (input, output) => {
    expect(withoutEmphasis(input)).toBe(output);
  });
});
