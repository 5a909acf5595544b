import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError, WebhookAuthError } from '../../errors.js';
import {
  businessKeyRequest,
  OTHER_BUSINESS_KEY,
  requestWithoutKey,
  TEST_BUSINESS_KEY,
} from '../../testing/business-key.js';
import { graphError } from '../../testing/fake-graph-api.js';
import type { FakeHttpServer } from '../../testing/fake-http.js';
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
    expect(() => whatsappQiscus.verify(wrong, secrets)).toThrow(WebhookAuthError);
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
