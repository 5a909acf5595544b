import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError, AuthenticationError } from '../../errors.js';
import {
  businessKeyRequest,
  OTHER_BUSINESS_KEY,
  requestWithoutKey,
  TEST_BUSINESS_KEY,
} from '../../testing/business-key.js';
import { graphError } from '../../testing/fake-graph-api.js';
import { startFakeHttpServer, type FakeHttpServer } from '../../testing/fake-http.js';
import { startFakeQiscus } from '../../testing/fake-qiscus.js';
import type { ParsedDelivery } from '../../domain/message.js';
import { whatsappQiscus } from './qiscus.js';
import {
  FIXTURES,
  secrets,
  credentials,
  CHANNEL_ID,
  DEWI,
  onDisk,
  wire,
  request,
  EXPECTED_COUNTS,
} from './qiscus.contract-setup.test-helper.js';
import { at } from '../../testing/send-context.js';

function parseFixture(name: string): ParsedDelivery {
  const req = request(wire(name));
  whatsappQiscus.verify(req, secrets);
  return whatsappQiscus.parse(req);
}

function onlyEvent(name: string) {
  const { events, unprocessable } = parseFixture(name);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const dewi = { channel: 'whatsapp-qiscus', accountId: CHANNEL_ID, userId: DEWI } as const;

describe('whatsappQiscus: webhook key in the path', () => {
  it('reads the key from /webhook/whatsapp/qiscus/<key>, and refuses a missing or wrong one', () => {
    expect(request(wire('text')).path).toBe(`/webhook/whatsapp/qiscus/${TEST_BUSINESS_KEY}`);
    expect(() => whatsappQiscus.verify(requestWithoutKey(wire('text'), 'qiscus'), secrets)).toThrow(
      /Missing webhook key/,
    );
    const wrong = businessKeyRequest(wire('text'), { provider: 'qiscus', via: 'path', key: OTHER_BUSINESS_KEY });
    expect(() => whatsappQiscus.verify(wrong, secrets)).toThrow(AuthenticationError);
  });
});

describe('whatsappQiscus: the WA webhook maps to the normalised model', () => {
  it('every fixture file has expected counts', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it('text, routed by the Qiscus channel_id', () => {
    expect(onlyEvent('text')).toEqual({
      kind: 'message',
      ...dewi,
      userName: 'Dewi Lestari',
      providerMessageId: 'wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA1ODY3ODc4RTFBM0M0MUFFNUQA',
      timestamp: new Date(1694619169 * 1000),
      content: { type: 'text', text: 'Halo, apakah besok ada jadwal untuk facial?' },
    });
  });

  it('an image without caption, a voice note, a reply to a message and a button reply', () => {
    expect(onlyEvent('image')).toMatchObject({
      content: { type: 'image', media: { providerMediaId: '1638370866648411', mimeType: 'image/jpeg' } },
    });
    expect(onlyEvent('voice-note')).toMatchObject({ content: { type: 'audio', voice: true } });
    expect(onlyEvent('reply-context')).toMatchObject({ content: { type: 'text', text: 'Jam 10 pagi saja' } });
    expect(onlyEvent('interactive-button-reply')).toMatchObject({
      content: { type: 'interactive', replyId: 'confirm-facial-0910', title: 'Ya, konfirmasi' },
    });
  });

  it('statuses, failed with WhatsApp’s reason', () => {
    expect(onlyEvent('status-read')).toMatchObject({ kind: 'status', ...dewi, status: 'read' });
    expect(onlyEvent('status-failed')).toMatchObject({
      status: 'failed',
      error: { code: '131026', message: expect.stringContaining('Message undeliverable') },
    });
  });

  it('a message without an id is kept with a reason; the rest is read', () => {
    const { events, unprocessable } = parseFixture('partially-malformed');
    expect(events).toHaveLength(1);
    expect(unprocessable).toMatchObject([
      { reason: expect.stringContaining('message does not fit'), accountId: CHANNEL_ID },
    ]);
  });

  it('accepts channel_id as a string, and refuses a body without app_code or channel_id', () => {
    const body = JSON.parse(onDisk('text'));
    body.channel_id = '7421';
    expect(whatsappQiscus.parse(request(JSON.stringify(body))).events[0]).toMatchObject({ accountId: '7421' });
    delete body.app_code;
    expect(() => whatsappQiscus.parse(request(JSON.stringify(body)))).toThrow(ValidationError);
    // A whole Meta envelope is not what Qiscus sends.
    const meta = { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [] }] };
    expect(() => whatsappQiscus.parse(request(JSON.stringify(meta)))).toThrow(ValidationError);
  });
});

describe('whatsappQiscus: send', () => {
  let api: FakeHttpServer;
  const message = { accountId: CHANNEL_ID, userId: DEWI, text: 'Pilih jadwal:' };
  const context = (extra: Record<string, string | undefined> = {}) => ({
    credentials: { ...credentials, ...extra },
    ...at(api.url),
  });
  const failure = async () => {
    const err = await whatsappQiscus.send(message, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };

  beforeAll(async () => {
    api = await startFakeQiscus();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('reply buttons, titles cut to 20 characters', async () => {
    const buttons = [
      { id: 'mon-10', title: 'Senin, 10.00' },
      { id: 'tue-14', title: 'Selasa, 14.00 (dengan dr. Ayu)' },
    ];
    await whatsappQiscus.send({ ...message, buttons }, context());
    expect(api.requests[0]?.body).toMatchObject({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pilih jadwal:' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'mon-10', title: 'Senin, 10.00' } },
            { type: 'reply', reply: { id: 'tue-14', title: 'Selasa, 14.00 (deng…' } },
          ],
        },
      },
    });
  });

  it('templates carry the deterministic language policy, and the namespace when the business has one', async () => {
    const template = { name: 'pengingat_janji', language: 'id', bodyParameters: ['Dewi', 'Senin 10.00'] };
    await whatsappQiscus.send({ ...message, template }, context());
    await whatsappQiscus.send(
      { ...message, template },
      context({ templateNamespace: '6e85836a_6b63_48a8_9d2f_e8c8c365e157' }),
    );
    const [plain, namespaced] = api.requests.map((r) => (r.body as { template: Record<string, unknown> }).template);
    expect(plain).toEqual({
      name: 'pengingat_janji',
      language: { code: 'id', policy: 'deterministic' },
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Dewi' },
            { type: 'text', text: 'Senin 10.00' },
          ],
        },
      ],
    });
    expect(namespaced).toMatchObject({ namespace: '6e85836a_6b63_48a8_9d2f_e8c8c365e157', name: 'pengingat_janji' });
  });

  it('names the missing credential', async () => {
    await expect(whatsappQiscus.send(message, context({ secretKey: undefined }))).rejects.toThrow(/no secretKey/);
    await expect(whatsappQiscus.send(message, context({ appId: '' }))).rejects.toThrow(ConfigError);
    expect(api.requests).toHaveLength(0);
  });

  it('a rejected App ID or Secret Key is permanent', async () => {
    api.failNext(1, { status: 401, body: { errors: 'Unauthorized. Check your Qiscus-App-Id and Qiscus-Secret-Key' } });
    const err = await failure();
    expect(err).toMatchObject({
      retryable: false,
      status: 401,
      message: expect.stringContaining('App ID or Secret Key'),
    });
    expect(err.message).not.toContain(credentials.secretKey);
  });

  it('WhatsApp errors in the On-Premises shape are understood too', async () => {
    api.failNext(1, {
      status: 400,
      body: {
        errors: [
          {
            code: 470,
            title:
              'Message failed to send because more than 24 hours have passed since the customer last replied to this number',
          },
        ],
        meta: { api_status: 'stable', version: '2.45.2' },
      },
    });
    expect(await failure()).toMatchObject({
      retryable: false,
      providerCode: '470',
      message: expect.stringContaining('a template message is required'),
    });
    api.failNext(1, { status: 400, body: graphError(131056, '(#131056) Pair rate limit hit') });
    expect(await failure()).toMatchObject({ retryable: true, providerCode: '131056' });
  });
});

describe('whatsappQiscus: the Omnichannel Bot Webhook', () => {
  const parseBot = (name: string) => {
    const req = request(wire(name));
    whatsappQiscus.verify(req, secrets);
    return whatsappQiscus.parse(req);
  };

  it('a customer text: their number, the WhatsApp channel, the wamid and the room', () => {
    const { events, unprocessable } = parseBot('bot-text');
    expect(unprocessable).toEqual([]);
    expect(events).toEqual([
      {
        kind: 'message',
        channel: 'whatsapp-qiscus',
        accountId: CHANNEL_ID,
        userId: DEWI,
        userName: 'Dewi Lestari',
        providerMessageId: 'wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA1ODY3ODc4RTFBM0M0MUFFNUQA',
        timestamp: new Date(1752212797 * 1000),
        content: { type: 'text', text: 'Halo, apakah besok ada jadwal untuk facial?' },
        providerThreadId: '188450371',
      },
    ]);
  });

  it('meets the WA webhook: the same message through either webhook is one message of one customer', () => {
    const viaWa = parseFixture('text').events[0]!;
    const viaBot = parseBot('bot-text').events[0]!;
    for (const key of ['channel', 'accountId', 'userId', 'providerMessageId'] as const) {
      expect(viaBot[key]).toBe(viaWa[key]);
    }
  });

  it('the older shape (room options as an object, no channel block), with an image and its caption', () => {
    const [event] = parseBot('bot-image').events;
    expect(event).toMatchObject({
      accountId: CHANNEL_ID,
      userId: '6281298765432',
      providerThreadId: '188450512',
      content: {
        type: 'image',
        caption: 'Apakah jerawat seperti ini bisa diobati?',
        media: {
          url: 'https://d1edrlpyc25xu0.cloudfront.net/klinikc-7hq2xmb9r4tz1ws/image/upload/Xk2Qp7Lm1a/1752213731_wajah.jpg',
          mimeType: 'image/jpeg',
          fileName: 'wajah.jpg',
        },
      },
    });
  });

  it('a voice note is audio with voice=true, and "[file] … [/file]" is not taken for a caption', () => {
    const [event] = parseBot('bot-voice-note').events;
    expect(event?.kind === 'message' && event.content).toEqual({
      type: 'audio',
      voice: true,
      media: {
        url: 'https://d1edrlpyc25xu0.cloudfront.net/klinikc-7hq2xmb9r4tz1ws/raw/upload/Lm9Wq2Rt7b/1752214010_voice.ogg',
        mimeType: 'audio/ogg',
      },
    });
  });

  it('a location', () => {
    expect(parseBot('bot-location').events[0]).toMatchObject({
      content: { type: 'location', latitude: -6.195153, longitude: 106.820455, name: 'Grand Indonesia' },
    });
  });

  it('a message from another Qiscus channel (the web widget) is kept, with the reason, not answered', () => {
    const { events, unprocessable } = parseBot('bot-web-widget');
    expect(events).toEqual([]);
    expect(unprocessable[0]?.reason).toMatch(/"qiscus" Qiscus channel: only WhatsApp/);
  });

  it('an agent or bot writing in the room is not a customer, and a message without an id or time is kept', () => {
    const body = JSON.parse(onDisk('bot-text'));
    body.payload.from.email = 'klinikc-7hq2xmb9r4tz1ws_admin@qismo.com';
    expect(whatsappQiscus.parse(request(JSON.stringify(body))).unprocessable[0]?.reason).toMatch(
      /not a WhatsApp customer/,
    );
    const anonymous = JSON.parse(onDisk('bot-text'));
    delete anonymous.payload.message.unique_temp_id;
    expect(whatsappQiscus.parse(request(JSON.stringify(anonymous))).unprocessable[0]?.reason).toMatch(/without an id/);
    const untimed = JSON.parse(onDisk('bot-text'));
    delete untimed.payload.message.unix_timestamp;
    untimed.payload.message.timestamp = 'soon';
    untimed.payload.message.created_at = 'later';
    expect(whatsappQiscus.parse(request(JSON.stringify(untimed))).unprocessable[0]?.reason).toMatch(/without a time/);
  });

  it('a message type Frontdesk cannot read is still an event that says what came', () => {
    const body = JSON.parse(onDisk('bot-text'));
    body.payload.message.type = 'carousel';
    expect(whatsappQiscus.parse(request(JSON.stringify(body))).events[0]).toMatchObject({
      content: { type: 'unsupported', providerType: 'carousel', summary: expect.stringContaining('Halo') },
    });
  });
});

describe('whatsappQiscus: the reply goes back the way the message came', () => {
  let api: FakeHttpServer;
  const room = '188450371';
  const context = (extra: Record<string, string | undefined> = {}) => ({
    credentials: { ...credentials, ...extra },
    ...at(api.url),
  });

  beforeAll(async () => {
    api = await startFakeQiscus();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('a message from the Bot Webhook is answered in its room, as the app admin', async () => {
    const result = await whatsappQiscus.send(
      { accountId: CHANNEL_ID, userId: DEWI, text: 'Besok jam 10 tersedia.', providerThreadId: room },
      context(),
    );
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      path: `/${credentials.appId}/bot`,
      headers: { qiscus_sdk_secret: credentials.secretKey },
      body: {
        sender_email: `${credentials.appId}_admin@qismo.com`,
        message: 'Besok jam 10 tersedia.',
        type: 'text',
        room_id: room,
      },
    });
    expect(result.providerMessageId).toMatch(/^qiscus:\d+$/);
  });

  it('a message from the WA Webhook (no room) goes to the WhatsApp API, and so does a template', async () => {
    await whatsappQiscus.send({ accountId: CHANNEL_ID, userId: DEWI, text: 'Halo' }, context());
    const template = { name: 'pengingat_janji', language: 'id', bodyParameters: ['Dewi'] };
    await whatsappQiscus.send(
      { accountId: CHANNEL_ID, userId: DEWI, text: '', template, providerThreadId: room },
      context(),
    );
    expect(api.requests.map((r) => r.path)).toEqual([
      `/whatsapp/v1/${credentials.appId}/${CHANNEL_ID}/messages`,
      `/whatsapp/v1/${credentials.appId}/${CHANNEL_ID}/messages`,
    ]);
  });

  it('in a room: an image with its caption, buttons as a numbered list, long texts in 4000-character parts', async () => {
    const long = `${'Perawatan wajah. '.repeat(300).trim()}`;
    const result = await whatsappQiscus.send(
      {
        accountId: CHANNEL_ID,
        userId: DEWI,
        text: `Seperti ini hasilnya.\n\n${long}`,
        image: { url: 'https://media.example.com/preview.jpg' },
        buttons: [
          { id: 'yes', title: 'Ya, pesan' },
          { id: 'no', title: 'Tidak' },
        ],
        providerThreadId: room,
      },
      context({ senderEmail: 'bot@klinik-cantik.id' }),
    );
    const bodies = api.requests.map((r) => r.body as Record<string, unknown>);
    expect(bodies[0]).toMatchObject({
      type: 'file_attachment',
      sender_email: 'bot@klinik-cantik.id',
      payload: { url: 'https://media.example.com/preview.jpg' },
    });
    expect(bodies.slice(1).every((b) => b.type === 'text' && String(b.message).length <= 4000)).toBe(true);
    expect(String(bodies.at(-1)?.message)).toMatch(/1\. Ya, pesan\n2\. Tidak$/);
    expect(result.moreProviderMessageIds?.length).toBe(bodies.length - 1);
  });

  it('Qiscus documents no answer for the bot API: without a comment id the message is still named', async () => {
    api.failNext(1, { status: 200, body: {} });
    const result = await whatsappQiscus.send(
      { accountId: CHANNEL_ID, userId: DEWI, text: 'Halo', providerThreadId: room },
      context(),
    );
    expect(result.providerMessageId).toMatch(new RegExp(`^qiscus-room:${room}:[0-9a-f-]{36}$`));
  });

  it('a refused secret key is permanent, and never quoted', async () => {
    api.failNext(1, { status: 401, body: { errors: `bad key ${credentials.secretKey}` } });
    const err = await whatsappQiscus
      .send({ accountId: CHANNEL_ID, userId: DEWI, text: 'Halo', providerThreadId: room }, context())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable: false, status: 401 });
    expect((err as Error).message).not.toContain(credentials.secretKey);
  });
});

describe('whatsappQiscus: fetchMedia', () => {
  let files: FakeHttpServer;
  beforeAll(async () => {
    files = await startFakeHttpServer((r) =>
      r.path === '/image/upload/wajah.jpg'
        ? { status: 200, bytes: Buffer.from([0xff, 0xd8, 0xff]), contentType: 'binary/octet-stream' }
        : { status: 404, json: { error: 'not found' } },
    );
  });
  afterAll(async () => {
    await files.close();
  });

  it('downloads a Bot Webhook attachment from its URL, typed by its extension when the host says nothing', async () => {
    const media = { url: `${files.url}/image/upload/wajah.jpg`, mimeType: 'image/jpeg' };
    expect(await whatsappQiscus.fetchMedia!(media, { credentials, ...at(files.url) })).toEqual({
      data: Buffer.from([0xff, 0xd8, 0xff]),
      mimeType: 'image/jpeg',
    });
  });

  it('a WA Webhook media id has no documented download: a permanent failure that says so', async () => {
    const err = await whatsappQiscus.fetchMedia!(
      { providerMediaId: '1638370866648411' },
      { credentials, ...at(files.url) },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ retryable: false, message: expect.stringContaining('Bot Webhook') });
  });
});
