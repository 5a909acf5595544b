import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError, AuthenticationError } from '../../errors.js';
import { graphError, startFakeGraphApi, type FakeGraphApi } from '../../testing/fake-graph-api.js';
import { metaHandshakeRequest, signedMetaRequest, TEST_META_VERIFY_TOKEN, toMetaWireJson } from '../../testing/meta.js';
import { fetchMessagingMedia, OWN_SEND_MARK } from './messaging.js';
import { messenger } from './messenger.js';
import type { MediaRef, OutboundMessage, ParsedDelivery } from '../../domain/message.js';
import {
  FIXTURES,
  secrets,
  TOKEN,
  PAGE_ID,
  PSID,
  OUR_MESSAGE,
  path,
  onDisk,
  wire,
  EXPECTED_COUNTS,
} from './messenger.contract-setup.test-helper.js';
import { at } from '../../testing/send-context.js';

function parseFixture(name: string): ParsedDelivery {
  const request = signedMetaRequest(wire(name), { path });
  messenger.verify(request, secrets);
  return messenger.parse(request);
}

function parseBody(body: unknown): ParsedDelivery {
  return messenger.parse(signedMetaRequest(toMetaWireJson(body), { path }));
}

function onlyEvent(name: string) {
  const { events, unprocessable } = parseFixture(name);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const customer = { channel: 'messenger', accountId: PAGE_ID, userId: PSID } as const;

describe('messenger: fixtures map to the normalised model', () => {
  it('every fixture file has expected counts', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it('text: page id as account, PSID as user, mid as provider id, milliseconds as time', () => {
    expect(onlyEvent('text')).toEqual({
      kind: 'message',
      ...customer,
      providerMessageId: 'm_Fq3Zz8m9Vv1lQxKQ3ypWmHkqJ3m1cUoYb8wVj0kS1bE6aVt9L7tS2yE4rH1nB0cM5gA7dX6zQ2pW3uK8oI9jN',
      timestamp: new Date(1749416383127),
      content: { type: 'text', text: 'Hi! Do you have a free slot for a haircut on Saturday morning?' },
    });
  });

  it('image: the CDN URL, unescaped from the wire', () => {
    const event = onlyEvent('image');
    expect(event).toMatchObject({ ...customer, content: { type: 'image' } });
    const url = event.kind === 'message' && event.content.type === 'image' ? event.content.media.url : '';
    expect(url).toMatch(/^https:\/\/scontent\.xx\.fbcdn\.net\/v\/t1\.15752-9\/448793170_.*&oe=6873A1B2$/);
  });

  it('quick reply: the payload is the reply id, the tapped title its title', () => {
    expect(onlyEvent('quick-reply')).toMatchObject({
      content: { type: 'interactive', replyId: 'slot-2025-06-14T10:00', title: 'Saturday 10:00' },
    });
  });

  it('postback: interactive, under the postback mid', () => {
    expect(onlyEvent('postback')).toEqual({
      kind: 'message',
      ...customer,
      providerMessageId: 'm_Pb1Ck2Dm3En4Fo5Gp6Hq7Ir8Js9Kt0Lu1Mv2Nw3Ox4Py5Qz6Ra7Sb8Tc9Ud0Ve1Wf2Xg3Yh4Zi5Aj6Bk7Cl8D',
      timestamp: new Date(1749416563127),
      content: { type: 'interactive', replyId: 'BOOK_APPOINTMENT', title: 'Book an appointment' },
    });
  });

  it('a postback without payload (standby-style) or mid still gets an id and a reply id', () => {
    const body = JSON.parse(onDisk('postback'));
    body.entry[0].messaging[0].postback = { title: 'Get Started' };
    const { events } = parseBody(body);
    expect(events[0]).toMatchObject({
      providerMessageId: `postback:${PSID}:1749416563127`,
      content: { type: 'interactive', replyId: 'Get Started', title: 'Get Started' },
    });
  });

  it('echo: a staff reply from Meta’s inbox, the customer as user, the mid as provider id', () => {
    expect(onlyEvent('echo')).toEqual({
      kind: 'message',
      ...customer,
      providerMessageId: 'm_Ec4Hz9Uq1tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rEcH0',
      timestamp: new Date(1749416623127),
      content: { type: 'text', text: 'Hi, this is Maria from the salon. I have moved you to 10:30, see you Saturday!' },
      echo: true,
    });
  });

  it('an echo of an image we sent keeps the mid our send returned', () => {
    const body = JSON.parse(onDisk('echo'));
    body.entry[0].messaging[0].message = {
      mid: OUR_MESSAGE,
      is_echo: true,
      app_id: 1517776481860111,
      attachments: [{ type: 'image', payload: { url: 'https://scontent.xx.fbcdn.net/v/t1.15752-9/ours.jpg' } }],
    };
    const { events } = parseBody(body);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ providerMessageId: OUR_MESSAGE, userId: PSID, echo: true });
  });

  it('an echo carrying our own-send mark is ours: no event, nothing kept', () => {
    const body = JSON.parse(onDisk('echo'));
    body.entry[0].messaging[0].message = { mid: OUR_MESSAGE, is_echo: true, metadata: OWN_SEND_MARK, text: 'Hi!' };
    expect(parseBody(body)).toEqual({ events: [], unprocessable: [] });
  });

  it('reaction, and unreact as an empty emoji', () => {
    expect(onlyEvent('reaction')).toMatchObject({
      ...customer,
      providerMessageId: `${OUR_MESSAGE}#react@1749416683127`,
      content: { type: 'reaction', emoji: '❤️', toProviderMessageId: OUR_MESSAGE },
    });
    const body = JSON.parse(onDisk('reaction'));
    body.entry[0].messaging[0].reaction = { reaction: 'love', action: 'unreact', mid: OUR_MESSAGE };
    expect(parseBody(body).events[0]).toMatchObject({
      providerMessageId: `${OUR_MESSAGE}#unreact@1749416683127`,
      content: { type: 'reaction', emoji: '', toProviderMessageId: OUR_MESSAGE },
    });
  });

  it('delivery: one delivered status per listed mid', () => {
    expect(onlyEvent('delivery')).toEqual({
      kind: 'status',
      ...customer,
      providerMessageId: OUR_MESSAGE,
      status: 'delivered',
      timestamp: new Date(1749416743127),
    });
  });

  it('watermark-only reads and deliveries name no message: nothing is recorded, nothing dead-lettered', () => {
    expect(parseFixture('read')).toEqual({ events: [], unprocessable: [] });
    const body = JSON.parse(onDisk('delivery'));
    delete body.entry[0].messaging[0].delivery.mids;
    expect(parseBody(body)).toEqual({ events: [], unprocessable: [] });
  });

  it('sticker: one sticker although Meta sends it as an image and a sticker attachment', () => {
    expect(onlyEvent('sticker')).toMatchObject({
      content: { type: 'sticker', media: { url: expect.stringMatching(/^https:\/\/scontent\.xx\.fbcdn\.net\//) } },
    });
  });

  it('a fallback attachment without payload is still an event, as unsupported content', () => {
    expect(onlyEvent('unsupported-attachment')).toMatchObject({
      ...customer,
      content: { type: 'unsupported', providerType: 'fallback', summary: 'shared a link' },
    });
  });

  it('a fallback that previews a link in the text adds nothing to the text', () => {
    const body = JSON.parse(onDisk('text'));
    body.entry[0].messaging[0].message.text = 'Is this your salon? https://example.com/salon';
    body.entry[0].messaging[0].message.attachments = [
      { type: 'fallback', payload: { url: 'https://example.com/salon', title: 'The Salon' } },
    ];
    const { events } = parseBody(body);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ content: { type: 'text' } });
  });

  it('two images in one message: two events, the first under the mid', () => {
    const { events } = parseFixture('two-images');
    const mid = 'm_Tw9Mz3Yq8tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rTwO3';
    expect(events.map((e) => [e.providerMessageId, e.kind === 'message' && e.content.type])).toEqual([
      [mid, 'image'],
      [`${mid}#1`, 'image'],
    ]);
  });

  it('audio, video, file and a legacy location', () => {
    const body = JSON.parse(onDisk('image'));
    const cdn = 'https://cdn.fbsbx.com/v/t59.3654-21/clip.mp4';
    body.entry[0].messaging[0].message.attachments = [
      { type: 'audio', payload: { url: cdn } },
      { type: 'video', payload: { url: cdn } },
      { type: 'file', payload: { url: cdn } },
      { type: 'location', title: 'Pin', payload: { coordinates: { lat: 52.52, long: 13.405 } } },
    ];
    expect(parseBody(body).events.map((e) => e.kind === 'message' && e.content)).toEqual([
      { type: 'audio', media: { url: cdn }, voice: true },
      { type: 'video', media: { url: cdn } },
      { type: 'document', media: { url: cdn } },
      { type: 'location', latitude: 52.52, longitude: 13.405, name: 'Pin' },
    ]);
  });

  it('batch: every entry and event, each routed by its own page id', () => {
    const { events } = parseFixture('batch');
    expect(events.map((e) => [e.kind, e.accountId, e.userId, e.kind === 'status' ? e.status : e.content.type])).toEqual(
      [
        ['message', PAGE_ID, PSID, 'text'],
        ['status', PAGE_ID, PSID, 'delivered'],
        ['status', PAGE_ID, PSID, 'delivered'],
        ['message', '104523678901234', '7012345678901234', 'image'],
        ['message', '104523678901234', '7012345678901234', 'interactive'],
      ],
    );
  });

  it('standby: unprocessable with the reason, never answered', () => {
    const { events, unprocessable } = parseFixture('standby');
    expect(events).toEqual([]);
    expect(unprocessable[0]).toMatchObject({ accountId: PAGE_ID, reason: expect.stringContaining('standby') });
  });

  it('one bad piece never costs the rest of the batch; each says why', () => {
    const { events, unprocessable } = parseFixture('partially-malformed');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ content: { type: 'text', text: 'See you at 10!' } });
    expect(unprocessable.map((u) => u.reason.split(':')[0])).toEqual([
      'message does not fit',
      'handover protocol event "pass_thread_control"',
      '"optin" messaging events are not handled',
    ]);
  });

  it('a chat-plugin guest known only by user_ref is unprocessable, not an event without a user', () => {
    const body = JSON.parse(onDisk('text'));
    body.entry[0].messaging[0].sender = { user_ref: 'chat-plugin-ref-4711' };
    const { events, unprocessable } = parseBody(body);
    expect(events).toEqual([]);
    expect(unprocessable[0]?.reason).toContain('user_ref');
  });

  it('refuses payloads of another Meta product', () => {
    const instagram = JSON.stringify({ object: 'instagram', entry: [{ id: '1', time: 1, messaging: [] }] });
    expect(() => messenger.parse(signedMetaRequest(instagram))).toThrow(ValidationError);
  });
});

describe('messenger: webhook authenticity', () => {
  it('answers the hub.challenge handshake and refuses a wrong token', () => {
    const query = {
      'hub.mode': 'subscribe',
      'hub.verify_token': TEST_META_VERIFY_TOKEN,
      'hub.challenge': '1158201444',
    };
    expect(messenger.handshake!(metaHandshakeRequest(query, path), secrets)).toBe('1158201444');
    expect(() =>
      messenger.handshake!(metaHandshakeRequest({ ...query, 'hub.verify_token': 'guess' }, path), secrets),
    ).toThrow(AuthenticationError);
  });

  it('without an app secret the deployment is misconfigured', () => {
    expect(() => messenger.verify(signedMetaRequest(wire('text')), {})).toThrow(ConfigError);
  });
});

describe('messenger: send', () => {
  let api: FakeGraphApi;
  const message: OutboundMessage = { accountId: PAGE_ID, userId: PSID, text: 'Hello' };
  const context = () => ({ credentials: { accessToken: TOKEN }, ...at(api.url) });
  const failure = async (m: OutboundMessage = message) => {
    const err = await messenger.send(m, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };
  const sent = () => api.requests.map((r) => (r.body as { message: Record<string, unknown> }).message);

  beforeAll(async () => {
    api = await startFakeGraphApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('buttons become quick replies (at most 13, titles cut to 20 characters)', async () => {
    const buttons = Array.from({ length: 15 }, (_, i) => ({ id: `slot-${i}`, title: `Saturday ${i}:00` }));
    buttons[0] = { id: 'slot-long', title: 'Saturday morning at ten o’clock' };
    await messenger.send({ ...message, text: 'Which time suits you?', buttons }, context());
    const [sentMessage] = sent();
    const quickReplies = sentMessage?.quick_replies as { content_type: string; title: string; payload: string }[];
    expect(quickReplies).toHaveLength(13);
    expect(quickReplies[0]).toEqual({ content_type: 'text', title: 'Saturday morning at…', payload: 'slot-long' });
    expect(quickReplies[1]).toEqual({ content_type: 'text', title: 'Saturday 1:00', payload: 'slot-1' });
  });

  it('an image goes first as a reusable attachment, its caption as a following text; both ids come back', async () => {
    const url = 'https://storage.example.com/signed/haircut.jpg?token=abc';
    const result = await messenger.send({ ...message, text: 'Like this?', image: { url } }, context());
    expect(sent()).toEqual([
      { attachment: { type: 'image', payload: { url, is_reusable: true } }, metadata: OWN_SEND_MARK },
      { text: 'Like this?', metadata: OWN_SEND_MARK },
    ]);
    expect(result.providerMessageId).toMatch(/^m_/);
    expect(result.moreProviderMessageIds).toHaveLength(1);
    expect(result.moreProviderMessageIds?.[0]).not.toBe(result.providerMessageId);
  });

  it('long text is split at paragraphs into messages of at most 2000 characters', async () => {
    const paragraph = (n: number) => `${'Our prices are fair and we explain them. '.repeat(30)}(part ${n})`;
    const text = [paragraph(1), paragraph(2), paragraph(3)].join('\n\n');
    expect(text.length).toBeGreaterThan(2000);
    const result = await messenger.send({ ...message, text }, context());
    const texts = sent().map((m) => m.text as string);
    expect(texts).toHaveLength(3);
    for (const part of texts) expect(part.length).toBeLessThanOrEqual(2000);
    expect(texts.join('\n\n')).toBe(text);
    expect(texts[0]?.endsWith('(part 1)')).toBe(true);
    expect([result.providerMessageId, ...(result.moreProviderMessageIds ?? [])]).toHaveLength(texts.length);
  });

  it('templates are WhatsApp-only: a non-retryable ProviderError, nothing sent', async () => {
    const template = { name: 'reengagement', language: 'en', bodyParameters: ['Hi'] };
    const err = await failure({ ...message, template });
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('templates are WhatsApp-only');
    expect(api.requests).toHaveLength(0);
  });

  it('10 / 2018278 outside the 24-hour window: not retryable, and says so', async () => {
    api.failNext(1, {
      status: 400,
      body: {
        error: {
          message: '(#10) This message is sent outside of allowed window.',
          type: 'OAuthException',
          code: 10,
          error_subcode: 2018278,
          fbtrace_id: 'AhLmN0pQ',
        },
      },
    });
    const err = await failure();
    expect(err).toMatchObject({ retryable: false, providerCode: '10', provider: 'messenger' });
    expect(err.message).toContain("outside Messenger's 24-hour messaging window: the customer last wrote more than");
  });

  it.each([
    [551, false],
    [100, false],
    [230, false],
    [613, true],
    [4, true],
    [80006, true],
    [1200, true],
  ])('Graph code %i is retryable: %s', async (code, retryable) => {
    api.failNext(1, { status: 400, body: graphError(code, `(#${code}) Something`) });
    expect(await failure()).toMatchObject({ retryable, providerCode: String(code) });
  });

  it('190 token rejected: not retryable, the token never shown', async () => {
    api.failNext(1, { status: 401, body: graphError(190, `Error validating access token: ${TOKEN} has expired`) });
    const err = await failure();
    expect(err).toMatchObject({ retryable: false });
    expect(err.message).toContain('reconnect Messenger');
    expect(err.message).not.toContain(TOKEN);
  });

  it('a later part failing is not retried, so earlier parts are not repeated', async () => {
    const text = `${'a'.repeat(1500)}\n\n${'b'.repeat(1500)}`;
    api.failNext(1, { status: 500, body: { error: { message: 'Internal error', code: 1 } }, after: 1 });
    const err = await messenger.send({ ...message, text }, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable: false });
    expect((err as Error).message).toContain('only 1 of 2 parts');
  });

  it('refuses an empty message, and keeps the page id inside its path segment', async () => {
    await expect(messenger.send({ ...message, text: '  ' }, context())).rejects.toThrow(ValidationError);
    await messenger.send({ ...message, accountId: '123/../456' }, context()).catch(() => undefined);
    expect(api.requests[0]?.path).toBe('/v21.0/123%2F..%2F456/messages');
  });
});

describe('messenger: fetchMedia', () => {
  let cdn: FakeGraphApi;
  beforeAll(async () => {
    cdn = await startFakeGraphApi();
  });
  afterAll(async () => {
    await cdn.close();
  });
  beforeEach(() => cdn.reset());

  /** An attachment URL as Meta's CDN signs them (the query is the signature). */
  const signed = (id: string) => `${cdn.cdnUrl(id)}?oh=signed-${id}&oe=6734A1B2`;
  const context = () => ({ credentials: { accessToken: TOKEN }, ...at(cdn.url) });
  const failure = async (ref: MediaRef, maxBytes?: number) => {
    const err = await fetchMessagingMedia('messenger', ref, context(), maxBytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as Error).message).not.toContain('oh=signed');
    return err as ProviderError;
  };

  it('downloads the CDN URL without our token, and reads the mime type', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    cdn.addMedia('photo', bytes, 'image/jpeg; charset=binary');
    const got = await messenger.fetchMedia!({ url: signed('photo') }, context());
    expect(got).toEqual({ data: bytes, mimeType: 'image/jpeg' });
    expect(cdn.requests[0]?.path).toBe('/cdn/photo');
    expect(cdn.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('over the limit, declared or streamed, is a non-retryable ProviderError', async () => {
    cdn.addMedia('huge', Buffer.from('x'), 'video/mp4', { declaredLength: 26 * 1024 * 1024 });
    expect(await failure({ url: signed('huge') })).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/too large: 26\.0 MB \(the limit is 25\.0 MB\)/),
    });
    cdn.addMedia('streamed', Buffer.alloc(2048), 'video/mp4', { chunked: true });
    expect(await failure({ url: signed('streamed') }, 1024)).toMatchObject({
      retryable: false,
      message: expect.stringContaining('too large'),
    });
  });

  it('an expired URL is permanent; 5xx, 429 and network errors are retryable', async () => {
    cdn.failNext(1, { status: 403, body: 'gone' });
    expect(await failure({ url: signed('a') })).toMatchObject({ retryable: false, status: 403 });
    cdn.failNext(1, { status: 503, body: '' });
    expect(await failure({ url: signed('a') })).toMatchObject({ retryable: true });
    cdn.failNext(1, { status: 429, body: '' });
    expect(await failure({ url: signed('a') })).toMatchObject({ retryable: true });
    cdn.breakNext(1, 'before-answer');
    expect(await failure({ url: signed('a') })).toMatchObject({ retryable: true, ambiguous: false });
  });

  it('media without a URL cannot be fetched', async () => {
    expect(await failure({ providerMediaId: '123' })).toMatchObject({ retryable: false });
    expect(cdn.requests).toEqual([]);
  });
});
