import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError, AuthenticationError } from '../../errors.js';
import { graphError, startFakeGraphApi, type FakeGraphApi } from '../../testing/fake-graph-api.js';
import {
  metaHandshakeRequest,
  signedMetaRequest,
  signMetaBody,
  TEST_META_APP_SECRET,
  TEST_META_VERIFY_TOKEN,
  toMetaWireJson,
  unsignedMetaRequest,
  whatsappStatusWebhook,
} from '../../testing/meta.js';
import type { WebhookSecrets } from '../channel.js';
import type { OutboundMessage } from '../../domain/message.js';
import { whatsappMeta } from './meta.js';
import {
  FIXTURES,
  secrets,
  TOKEN,
  PHONE_NUMBER_ID,
  OUR_MESSAGE,
  onDisk,
  wire,
  EXPECTED_COUNTS,
  onlyEvent,
  parseFixture,
} from './meta.contract-setup.test-helper.js';
import { at, TEST_TIMEOUT_MS } from '../../testing/send-context.js';

const sheena = { channel: 'whatsapp-meta', accountId: PHONE_NUMBER_ID, userId: '16505551234' } as const;

describe('whatsappMeta: fixtures map to the normalised model', () => {
  it('every fixture file has expected counts', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it('text', () => {
    expect(onlyEvent('text')).toEqual({
      kind: 'message',
      ...sheena,
      userName: 'Sheena Nelson',
      providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      timestamp: new Date(1749416383 * 1000),
      content: { type: 'text', text: 'Hi! Can I book a haircut for Saturday morning?' },
    });
  });

  it('image with caption', () => {
    expect(onlyEvent('image-caption')).toMatchObject({
      ...sheena,
      content: {
        type: 'image',
        caption: 'Is this style possible with my hair length?',
        media: {
          providerMediaId: '1003383421387256',
          mimeType: 'image/jpeg',
          sha256: 'HgNEnoWGUvlJtkyPbtVtBIA6yI5RfrMXgL5Lbh7ybdM=',
        },
      },
    });
  });

  it('voice note: audio with voice=true and the escaped media URL decoded', () => {
    const event = onlyEvent('voice-note');
    expect(event).toMatchObject({ kind: 'message', content: { type: 'audio', voice: true } });
    expect(event.kind === 'message' && event.content).toEqual({
      type: 'audio',
      voice: true,
      media: {
        providerMediaId: '1146191264213411',
        mimeType: 'audio/ogg; codecs=opus',
        sha256: 'Lq0sG6wCkT2bXtlEqv0SGjG8P4/TGqD4jAPSR3cETnE=',
        url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1146191264213411&ext=1749420689&hash=ATuL3nZpZ0Yx',
      },
    });
  });

  it('document keeps its file name', () => {
    expect(onlyEvent('document')).toMatchObject({
      content: {
        type: 'document',
        caption: 'My referral letter',
        media: { providerMediaId: '2210984359264781', fileName: 'referral-letter.pdf', mimeType: 'application/pdf' },
      },
    });
  });

  it('interactive button_reply, list_reply and template quick-reply button', () => {
    expect(onlyEvent('interactive-button-reply')).toMatchObject({
      content: { type: 'interactive', replyId: 'confirm-booking', title: 'Confirm' },
    });
    expect(onlyEvent('interactive-list-reply')).toMatchObject({
      content: { type: 'interactive', replyId: 'service-haircut', title: 'Haircut' },
    });
    expect(onlyEvent('template-button')).toMatchObject({
      content: { type: 'interactive', replyId: 'RESCHEDULE', title: 'Reschedule' },
    });
  });

  it('location', () => {
    expect(onlyEvent('location')).toMatchObject({
      content: {
        type: 'location',
        latitude: 37.48456,
        longitude: -122.14798,
        name: 'Meta Headquarters',
        address: '1 Hacker Way, Menlo Park, CA 94025',
      },
    });
  });

  it('reaction, and a removed reaction (emoji omitted by Meta) as an empty emoji', () => {
    expect(onlyEvent('reaction')).toMatchObject({
      content: { type: 'reaction', emoji: '👍', toProviderMessageId: OUR_MESSAGE },
    });
    const removed = JSON.parse(onDisk('reaction'));
    delete removed.entry[0].changes[0].value.messages[0].reaction.emoji;
    const { events } = whatsappMeta.parse(signedMetaRequest(toMetaWireJson(removed)));
    expect(events[0]).toMatchObject({ content: { type: 'reaction', emoji: '', toProviderMessageId: OUR_MESSAGE } });
  });

  it('unsupported type is still an event, with Meta’s explanation', () => {
    expect(onlyEvent('unsupported')).toMatchObject({
      ...sheena,
      providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQjRFRjAzNkM5QTI4NDY4M0JBQgA=',
      content: {
        type: 'unsupported',
        providerType: 'poll_creation',
        summary: 'Message type unknown: Message type is currently not supported.',
      },
    });
  });

  it('an unknown message type (e.g. contacts) becomes unsupported', () => {
    const body = JSON.parse(onDisk('text'));
    const message = body.entry[0].changes[0].value.messages[0];
    delete message.text;
    message.type = 'contacts';
    message.contacts = [{ name: { formatted_name: 'Ana' }, phones: [{ phone: '+1 555 0100' }] }];
    const { events } = whatsappMeta.parse(signedMetaRequest(toMetaWireJson(body)));
    expect(events[0]).toMatchObject({ content: { type: 'unsupported', providerType: 'contacts' } });
  });

  it('Arabic text and name arrive decoded', () => {
    expect(onlyEvent('arabic-text')).toMatchObject({
      userId: '971501234567',
      userName: 'ليلى',
      content: { type: 'text', text: 'مرحبا، هل يمكنني حجز موعد يوم السبت؟' },
    });
  });

  it('batch: every entry, change, message and status, each routed by its own phone_number_id', () => {
    const { events } = parseFixture('batch');
    expect(events.map((e) => [e.kind, e.accountId, e.userId, e.providerMessageId])).toEqual([
      ['message', PHONE_NUMBER_ID, '16505551234', 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQzAxQUUzNTY3RjhCMjlEMDRFOQA='],
      [
        'message',
        '110200345501442',
        '4915112345678',
        'wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNDMDJCMUY0QTY1RDk4N0MxMjNEAA==',
      ],
      [
        'message',
        '110200345501442',
        '4915112345678',
        'wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNDMDNGMDhCMkE5QzQ1RTc2NTRGAA==',
      ],
      ['status', '110200345501442', '4915112345678', 'wamid.HBgNNDkxNTExMjM0NTY3OBUCABEYEjdCMkEwRDg4RjE2NjJDMzdFMQA='],
    ]);
    expect(events[1]).toMatchObject({ userName: 'Jonas Müller' });
  });

  it.each([
    ['status-sent', 'sent', 1749416700],
    ['status-delivered', 'delivered', 1749416702],
    ['status-read', 'read', 1749416755],
  ] as const)('%s', (name, status, seconds) => {
    expect(onlyEvent(name)).toEqual({
      kind: 'status',
      ...sheena,
      providerMessageId: OUR_MESSAGE,
      status,
      timestamp: new Date(seconds * 1000),
    });
  });

  it('status-failed carries the first error', () => {
    expect(onlyEvent('status-failed')).toEqual({
      kind: 'status',
      ...sheena,
      providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJGQjU3MUI2M0Y1N0E0NkE4QjQA',
      status: 'failed',
      timestamp: new Date(1749590000 * 1000),
      error: {
        code: '131047',
        message:
          'Re-engagement message: Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
      },
    });
  });

  it('a non-messages field is unprocessable with a reason, not an error', () => {
    const { events, unprocessable } = parseFixture('template-status-update');
    expect(events).toEqual([]);
    expect(unprocessable[0]?.reason).toContain('message_template_status_update');
  });

  it('one bad piece never costs the rest of the batch', () => {
    const { events, unprocessable } = parseFixture('partially-malformed');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ content: { type: 'text', text: 'See you at 10!' } });
    expect(unprocessable.map((u) => [u.reason.split(':')[0], u.accountId])).toEqual([
      ['"text" message without a usable "text" object', PHONE_NUMBER_ID],
      ['WhatsApp system notice (e.g. a changed number), not a customer message', PHONE_NUMBER_ID],
    ]);
  });

  it('smb_message_echoes: what staff sent from the WhatsApp Business app is an echo to the customer', () => {
    const { events, unprocessable } = parseFixture('smb-message-echo');
    expect(unprocessable).toEqual([]);
    expect(events).toEqual([
      {
        kind: 'message',
        ...sheena,
        providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3RTVCRjE2QTQwQjI1NjQ0NUQA',
        timestamp: new Date(1749417012 * 1000),
        content: { type: 'text', text: 'Hi Sheena, this is Maria from the salon. Saturday 10:00 works!' },
        echo: true,
      },
      {
        kind: 'message',
        ...sheena,
        providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJBMjNBOUE0QzcxOTlFRTcwMTgA',
        timestamp: new Date(1749417040 * 1000),
        content: {
          type: 'image',
          caption: 'Our price list',
          media: { providerMediaId: '1284650112966412', mimeType: 'image/jpeg' },
        },
        echo: true,
      },
    ]);
  });

  it('refuses payloads of another Meta product', () => {
    const page = JSON.stringify({ object: 'page', entry: [{ id: '1', time: 1, messaging: [] }] });
    expect(() => whatsappMeta.parse(signedMetaRequest(page))).toThrow(ValidationError);
  });
});

describe('whatsappMeta: signature on the raw bytes', () => {
  it('verifies the escaped wire bytes, and not the same JSON re-serialised', () => {
    const raw = wire('arabic-text');
    expect(raw).toContain('\\u0645');
    expect(raw).not.toContain('م');
    const signed = signedMetaRequest(raw);
    expect(() => whatsappMeta.verify(signed, secrets)).not.toThrow();

    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw)), 'utf8');
    expect(reserialised.equals(signed.rawBody)).toBe(false);
    expect(() => whatsappMeta.verify({ ...signed, rawBody: reserialised }, secrets)).toThrow(AuthenticationError);
  });

  it('verifies any exact bytes, e.g. the pretty-printed fixture file, and parses them alike', () => {
    const pretty = signedMetaRequest(onDisk('arabic-text'));
    whatsappMeta.verify(pretty, secrets);
    expect(whatsappMeta.parse(pretty)).toEqual(parseFixture('arabic-text'));
  });

  it('names the likely cause of each failure', () => {
    const body = wire('text');
    const request = unsignedMetaRequest(body);
    const withHeader = (value: string) => ({
      ...request,
      headers: { ...request.headers, 'x-hub-signature-256': value },
    });
    expect(() => whatsappMeta.verify(request, secrets)).toThrow(/Missing X-Hub-Signature-256/);
    expect(() => whatsappMeta.verify(withHeader('sha1=abc'), secrets)).toThrow(/Malformed X-Hub-Signature-256/);
    expect(() => whatsappMeta.verify(withHeader(signMetaBody(body, 'other')), secrets)).toThrow(
      /is META_APP_SECRET the app secret of the Meta app/,
    );
    const err = (() => {
      try {
        whatsappMeta.verify(request, secrets);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toMatchObject({ httpStatus: 401 });
  });

  it('without an app secret the deployment is misconfigured', () => {
    expect(() => whatsappMeta.verify(signedMetaRequest(wire('text')), {})).toThrow(ConfigError);
  });
});

describe('whatsappMeta: hub.challenge handshake', () => {
  const handshake = (query: Record<string, string | undefined>, s: WebhookSecrets = secrets) =>
    whatsappMeta.handshake!(metaHandshakeRequest(query), s);

  it('echoes the challenge when the verify token matches', () => {
    const query = {
      'hub.mode': 'subscribe',
      'hub.verify_token': TEST_META_VERIFY_TOKEN,
      'hub.challenge': '1158201444',
    };
    expect(handshake(query)).toBe('1158201444');
  });

  it('refuses a wrong token with 403', () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1158201444' };
    expect(() => handshake(query)).toThrow(AuthenticationError);
    expect(() => handshake(query)).toThrow(expect.objectContaining({ httpStatus: 403 }));
    expect(() => handshake({ ...query, 'hub.verify_token': undefined })).toThrow(AuthenticationError);
    expect(() => handshake({ ...query, 'hub.mode': 'unsubscribe' })).toThrow(AuthenticationError);
  });

  it('is not a handshake without hub.mode, or for a POST', () => {
    expect(handshake({})).toBeUndefined();
    expect(whatsappMeta.handshake!(signedMetaRequest(wire('text')), secrets)).toBeUndefined();
  });

  it('needs META_VERIFY_TOKEN, and a sane challenge', () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': TEST_META_VERIFY_TOKEN, 'hub.challenge': '42' };
    expect(() => handshake(query, { metaAppSecret: TEST_META_APP_SECRET })).toThrow(ConfigError);
    expect(() => handshake({ ...query, 'hub.challenge': '<script>' })).toThrow(ValidationError);
    expect(() => handshake({ ...query, 'hub.challenge': undefined })).toThrow(ValidationError);
  });
});

describe('whatsappMeta: send errors', () => {
  let api: FakeGraphApi;
  const message: OutboundMessage = { accountId: PHONE_NUMBER_ID, userId: '16505551234', text: 'Hello' };
  const context = () => ({ credentials: { accessToken: TOKEN }, ...at(api.url) });
  const failure = async (out: OutboundMessage = message) => {
    const err = await whatsappMeta.send(out, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };

  beforeAll(async () => {
    api = await startFakeGraphApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('131047 outside the 24-hour window: not retryable, and says a template is needed', async () => {
    api.failNext(1, {
      status: 400,
      body: {
        error: {
          message: '(#131047) Re-engagement message',
          type: 'OAuthException',
          code: 131047,
          error_data: {
            messaging_product: 'whatsapp',
            details: 'Message failed to send because more than 24 hours have passed since the customer last replied.',
          },
          fbtrace_id: 'AbCdEf123',
        },
      },
    });
    const err = await failure();
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("outside WhatsApp's 24-hour customer service window; a template message is required");
    expect(err).toMatchObject({ status: 400, providerCode: '131047', provider: 'whatsapp-meta' });
  });

  it('190 access token rejected: not retryable, token never in the message', async () => {
    api.failNext(1, { status: 401, body: graphError(190, `Error validating access token: ${TOKEN} has expired`) });
    const err = await failure();
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('access token rejected');
    expect(err.message).not.toContain(TOKEN);
    expect(err.message).toContain('[redacted]');
  });

  it.each([4, 80007, 130429, 131048, 131056])('Graph code %i is a retryable rate limit', async (code) => {
    api.failNext(1, { status: 400, body: graphError(code, `(#${code}) Rate limit hit`) });
    const err = await failure();
    expect(err).toMatchObject({ retryable: true, providerCode: String(code) });
  });

  it.each([131026, 100, 131030])('Graph code %i is permanent', async (code) => {
    api.failNext(1, { status: 400, body: graphError(code, `(#${code}) Permanent`) });
    expect(await failure()).toMatchObject({ retryable: false, providerCode: String(code) });
  });

  it('HTTP 429 with Retry-After, a non-JSON 503, and an unknown 4xx', async () => {
    api.failNext(1, { status: 429, body: '', headers: { 'retry-after': '30' } });
    expect(await failure()).toMatchObject({ retryable: true, status: 429, retryAfterMs: 30_000 });
    api.failNext(1, { status: 503, body: '<html>Service Unavailable</html>' });
    expect(await failure()).toMatchObject({ retryable: true, status: 503 });
    api.failNext(1, { status: 403, body: graphError(999999, 'Something new') });
    expect(await failure()).toMatchObject({ retryable: false, status: 403 });
  });

  it('a 200 without a message id is an unexpected response', async () => {
    api.failNext(1, { status: 200, body: { messaging_product: 'whatsapp', messages: [] } });
    const err = await failure();
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('unexpected response');
  });

  it('an answer slower than the deadline is retryable and ambiguous: Meta accepted the send', async () => {
    api.slowNext(1, TEST_TIMEOUT_MS + 500);
    const err = await failure();
    expect(err).toMatchObject({ retryable: true, ambiguous: true, message: expect.stringContaining('within 1 s') });
    expect(api.sent).toHaveLength(1);
  });

  it('the send carries the callback data, and the status Meta sends back names it', async () => {
    await whatsappMeta.send({ ...message, callbackData: 'outbox-42' }, context());
    const [sent] = api.sent;
    expect(sent).toMatchObject({ callbackData: 'outbox-42', to: message.userId });
    const status = whatsappStatusWebhook({ ...sent!, status: 'sent' });
    const { events } = whatsappMeta.parse(signedMetaRequest(status));
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'status',
        status: 'sent',
        providerMessageId: sent!.wamid,
        callbackData: 'outbox-42',
      }),
    ]);
  });

  it('a long text tags each part: the first with the callback data, later ones with #2, #3', async () => {
    const long = `${'a '.repeat(1500).trim()}\n\n${'b '.repeat(1500).trim()}`;
    await whatsappMeta.send({ ...message, text: long, callbackData: 'outbox-43' }, context());
    expect(api.sent.map((s) => s.callbackData)).toEqual(['outbox-43', 'outbox-43#2']);
  });

  it('an ambiguous failure of the first of several parts says the others were not sent', async () => {
    const long = `${'a '.repeat(1500).trim()}\n\n${'b '.repeat(1500).trim()}`;
    api.slowNext(1, TEST_TIMEOUT_MS + 500);
    const err = await failure({ ...message, text: long });
    expect(err).toMatchObject({ ambiguous: true, retryable: true });
    expect(err.message).toContain('the first of 2 parts; the others were not sent');
    expect(api.sent).toHaveLength(1);
  });

  it('texts over 4096 characters go out as several messages, split between paragraphs', async () => {
    const first = `${'Our opening hours are listed below. '.repeat(100).trim()}`;
    const second = `${'Parking is free for customers. '.repeat(40).trim()} 😀`;
    const result = await whatsappMeta.send({ ...message, text: `${first}\n\n${second}` }, context());
    const bodies = api.requests.map((r) => (r.body as { text: { body: string } }).text.body);
    expect(bodies).toEqual([first, second]);
    expect(result.providerMessageId).toMatch(/^wamid\./);
    expect(result.moreProviderMessageIds).toHaveLength(1);
  });

  it('a failure after the first part is not retried, so nothing is sent twice', async () => {
    const long = `${'a '.repeat(1500).trim()}\n\n${'b '.repeat(1500).trim()}`;
    api.failNext(1, { status: 500, body: graphError(131000, 'Something went wrong'), after: 1 });
    const err = await whatsappMeta.send({ ...message, text: long }, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable: false, providerCode: '131000' });
    expect((err as Error).message).toContain('only 1 of 2 parts');
  });

  it('buttons go out as an interactive message, a template as a template', async () => {
    await whatsappMeta.send(
      {
        ...message,
        text: 'Book Saturday 10:00?',
        buttons: [
          { id: 'yes', title: 'Yes, book it' },
          { id: 'no', title: 'No' },
        ],
      },
      context(),
    );
    await whatsappMeta.send(
      {
        ...message,
        template: { name: 'appointment_reminder', language: 'en_US', bodyParameters: ['Sheena', '10:00'] },
      },
      context(),
    );
    expect(api.requests.map((r) => r.body)).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: message.userId,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Book Saturday 10:00?' },
          action: {
            buttons: [
              { type: 'reply', reply: { id: 'yes', title: 'Yes, book it' } },
              { type: 'reply', reply: { id: 'no', title: 'No' } },
            ],
          },
        },
      },
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: message.userId,
        type: 'template',
        template: {
          name: 'appointment_reminder',
          language: { code: 'en_US' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Sheena' },
                { type: 'text', text: '10:00' },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('refuses an empty text, and keeps the phone number id inside its path segment', async () => {
    await expect(whatsappMeta.send({ ...message, text: '  ' }, context())).rejects.toThrow(ValidationError);
    await whatsappMeta.send({ ...message, accountId: '123/../456' }, context()).catch(() => undefined);
    expect(api.requests[0]?.path).toBe('/v21.0/123%2F..%2F456/messages');
  });
});
