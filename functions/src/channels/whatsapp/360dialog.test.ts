import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError, AuthenticationError } from '../../errors.js';
import { startFake360dialog, type Fake360dialog } from '../../testing/fake-360dialog.js';
import { graphError } from '../../testing/fake-graph-api.js';
import { businessKeyRequest, TEST_BUSINESS_KEY } from '../../testing/business-key.js';
import type { ParsedDelivery } from '../../domain/message.js';
import { through360dialog, whatsapp360dialog } from './360dialog.js';
import {
  FIXTURES,
  secrets,
  API_KEY,
  PHONE_NUMBER_ID,
  LENA,
  wire,
  request,
  EXPECTED_COUNTS,
} from './360dialog.contract-setup.test-helper.js';
import { at } from '../../testing/send-context.js';

function parseFixture(name: string): ParsedDelivery {
  const req = request(wire(name));
  whatsapp360dialog.verify(req, secrets);
  return whatsapp360dialog.parse(req);
}

function onlyEvent(name: string) {
  const { events, unprocessable } = parseFixture(name);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const lena = { channel: 'whatsapp-360dialog', accountId: PHONE_NUMBER_ID, userId: LENA } as const;

describe('whatsapp360dialog: webhook key', () => {
  it('accepts the key in the path too, as the last segment after the provider', () => {
    const viaPath = businessKeyRequest(wire('text'), { provider: '360dialog', via: 'path' });
    expect(viaPath.path).toBe(`/webhook/whatsapp/360dialog/${TEST_BUSINESS_KEY}`);
    expect(() => whatsapp360dialog.verify(viaPath, secrets)).not.toThrow();
  });

  it('refuses a key presented for another provider, and needs a stored key', () => {
    const elsewhere = businessKeyRequest(wire('text'), { provider: 'qiscus', via: 'path' });
    expect(() => whatsapp360dialog.verify(elsewhere, secrets)).toThrow(AuthenticationError);
    expect(() => whatsapp360dialog.verify(request(wire('text')), {})).toThrow(ConfigError);
  });
});

describe('whatsapp360dialog: fixtures map to the normalised model', () => {
  it('every fixture file has expected counts', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it('text, routed by the phone_number_id, with the profile name', () => {
    expect(onlyEvent('text')).toEqual({
      kind: 'message',
      ...lena,
      userName: 'Lena Schröder',
      providerMessageId: 'wamid.HBgNNDkxNTEyMzQ1Njc4ORUCABIYFDNBMkYzQjc5QzBENDE1RjY4ODhBAA==',
      timestamp: new Date(1750161382 * 1000),
      content: { type: 'text', text: 'Hallo! Habt ihr am Freitag Nachmittag noch einen Termin für Balayage frei?' },
    });
  });

  it('image with caption and voice note keep the media id for fetchMedia', () => {
    expect(onlyEvent('image-caption')).toMatchObject({
      content: {
        type: 'image',
        caption: 'So ungefähr soll es aussehen',
        media: { providerMediaId: '1942073886519840' },
      },
    });
    expect(onlyEvent('voice-note')).toMatchObject({
      content: {
        type: 'audio',
        voice: true,
        media: { providerMediaId: '1043551907803162', mimeType: 'audio/ogg; codecs=opus' },
      },
    });
  });

  it('a reply button and a location', () => {
    expect(onlyEvent('interactive-button-reply')).toMatchObject({
      content: { type: 'interactive', replyId: 'slot-2025-06-20T15:00', title: 'Fr 15:00' },
    });
    expect(onlyEvent('location')).toMatchObject({
      content: { type: 'location', latitude: 52.52907, longitude: 13.40168, name: 'Rosenthaler Platz' },
    });
  });

  it('batch: two customers and a status, each named by its own contact', () => {
    const { events } = parseFixture('batch');
    expect(events.map((e) => [e.kind, e.userId, e.kind === 'message' ? e.userName : e.status])).toEqual([
      ['message', LENA, 'Lena Schröder'],
      ['message', '4917612345678', 'Mehmet Yılmaz'],
      ['status', LENA, 'delivered'],
    ]);
  });

  it('statuses: read, and failed with WhatsApp’s reason', () => {
    expect(onlyEvent('status-read')).toMatchObject({ kind: 'status', ...lena, status: 'read' });
    expect(onlyEvent('status-failed')).toMatchObject({
      kind: 'status',
      status: 'failed',
      error: { code: '131047', message: expect.stringContaining('more than 24 hours have passed') },
    });
  });

  it('an echo of a message staff sent from the WhatsApp Business app', () => {
    expect(onlyEvent('smb-message-echo')).toEqual({
      kind: 'message',
      ...lena,
      providerMessageId: 'wamid.HBgNNDkxNTEyMzQ1Njc4ORUCABEYEjRGNkUzQjhBMjdGNjJCRDE0OQA=',
      timestamp: new Date(1750162244 * 1000),
      content: { type: 'text', text: 'Hallo Lena, hier ist Anja vom Salon – Freitag 15 Uhr passt!' },
      echo: true,
    });
  });

  it('one bad piece never costs the rest of the delivery', () => {
    const { events, unprocessable } = parseFixture('partially-malformed');
    expect(events).toHaveLength(1);
    expect(unprocessable.map((u) => u.reason.split(':')[0])).toEqual([
      '"text" message without a usable "text" object',
      '"message_template_status_update" webhooks are not handled (only "messages" and "smb_message_echoes")',
    ]);
  });

  it('refuses a payload that is not the Cloud API’s', () => {
    const page = JSON.stringify({ object: 'page', entry: [{ id: '1', time: 1, messaging: [] }] });
    expect(() => whatsapp360dialog.parse(request(page))).toThrow(ValidationError);
  });
});

describe('whatsapp360dialog: send', () => {
  let api: Fake360dialog;
  const message = { accountId: PHONE_NUMBER_ID, userId: LENA, text: 'Welcher Termin passt?' };
  const context = () => ({ credentials: { apiKey: API_KEY }, ...at(api.url) });
  const failure = async () => {
    const err = await whatsapp360dialog.send(message, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };

  beforeAll(async () => {
    api = await startFake360dialog();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('five choices go out as an interactive list', async () => {
    const buttons = ['Mo 10:00', 'Di 11:30', 'Mi 14:00', 'Do 16:00', 'Fr 15:00'].map((title, i) => ({
      id: `s${i}`,
      title,
    }));
    await whatsapp360dialog.send({ ...message, buttons }, context());
    expect(api.requests[0]?.body).toMatchObject({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Welcher Termin passt?' },
        action: { sections: [{ rows: buttons.map((b) => ({ id: b.id, title: b.title })) }] },
      },
    });
  });

  it('an image with its caption, and a template', async () => {
    const image = { url: 'https://storage.example.com/previews/balayage.jpg?sig=abc' };
    await whatsapp360dialog.send({ ...message, text: 'Deine Vorschau', image }, context());
    await whatsapp360dialog.send(
      {
        ...message,
        template: { name: 'termin_erinnerung', language: 'de', bodyParameters: ['Lena', 'Freitag 15:00'] },
      },
      context(),
    );
    expect(api.requests.map((r) => r.body)).toMatchObject([
      { type: 'image', image: { link: image.url, caption: 'Deine Vorschau' } },
      {
        type: 'template',
        template: {
          name: 'termin_erinnerung',
          language: { code: 'de' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Lena' },
                { type: 'text', text: 'Freitag 15:00' },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('a long text goes out as several messages; the first id and the others are returned', async () => {
    const text = `${'Wir haben montags geschlossen. '.repeat(120).trim()}\n\n${'Parken ist kostenlos. '.repeat(60).trim()}`;
    const result = await whatsapp360dialog.send({ ...message, text }, context());
    expect(api.requests).toHaveLength(2);
    expect(result.moreProviderMessageIds).toHaveLength(1);
  });

  it('360dialog’s own errors: invalid key, rate limit, unpaid invoices', async () => {
    api.failNext(1, {
      status: 401,
      body: { meta: { httpCode: 401, developerMessage: 'Invalid api_key or token expired', success: false } },
    });
    const invalid = await failure();
    expect(invalid).toMatchObject({ retryable: false, status: 401 });
    expect(invalid.message).toContain('360dialog Hub');
    expect(invalid.message).not.toContain(API_KEY);

    api.failNext(1, {
      status: 400,
      body: {
        meta: {
          httpCode: 400,
          developerMessage: 'You have exceeded the limit of 1 request every 3 seconds. Try again later.',
          success: false,
        },
      },
    });
    expect(await failure()).toMatchObject({ retryable: true, status: 400 });

    api.failNext(1, {
      status: 400,
      body: {
        meta: { httpCode: 400, developerMessage: 'Could not send message due to lack of payment.', success: false },
      },
    });
    expect(await failure()).toMatchObject({ retryable: false, message: expect.stringContaining('invoices') });
  });

  it('Cloud API errors pass through in Graph’s envelope', async () => {
    api.failNext(1, { status: 400, body: graphError(131047, '(#131047) Re-engagement message') });
    expect(await failure()).toMatchObject({
      retryable: false,
      providerCode: '131047',
      message: expect.stringContaining('a template message is required'),
    });
    api.failNext(1, { status: 400, body: graphError(130429, '(#130429) Rate limit hit') });
    expect(await failure()).toMatchObject({ retryable: true, providerCode: '130429' });
  });

  it('a key echoed back in an error is redacted', async () => {
    api.failNext(1, { status: 400, body: { error: `api key ${API_KEY} is not allowed to send` } });
    const err = await failure();
    expect(err.message).not.toContain(API_KEY);
    expect(err.message).toContain('[redacted]');
  });

  it('a 200 without a message id is an unexpected response', async () => {
    api.failNext(1, { status: 200, body: { messaging_product: 'whatsapp', messages: [] } });
    expect(await failure()).toMatchObject({ retryable: false, message: expect.stringContaining('no message id') });
  });
});

describe('whatsapp360dialog: fetchMedia', () => {
  let api: Fake360dialog;
  const voice = { data: Buffer.from('OggS\u0000\u0002fake-opus-voice-note'), mimeType: 'audio/ogg' };
  const context = () => ({ credentials: { apiKey: API_KEY }, ...at(api.url) });

  beforeAll(async () => {
    api = await startFake360dialog();
    api.addMedia('1043551907803162', voice);
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('gets the url, then the bytes through 360dialog’s host, both with the API key', async () => {
    const media = await whatsapp360dialog.fetchMedia!(
      { providerMediaId: '1043551907803162', mimeType: 'audio/ogg; codecs=opus' },
      context(),
    );
    expect(media).toEqual({ data: voice.data, mimeType: 'audio/ogg' });
    expect(api.requests.map((r) => [r.method, r.path, r.query.mid, r.headers['d360-api-key']])).toEqual([
      ['GET', '/1043551907803162', undefined, API_KEY],
      ['GET', '/whatsapp_business/attachments/', '1043551907803162', API_KEY],
    ]);
  });

  it('unknown media is a non-retryable ProviderError; no key is a ConfigError', async () => {
    const err = await whatsapp360dialog.fetchMedia!({ providerMediaId: '999' }, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable: false, status: 404 });
    await expect(
      whatsapp360dialog.fetchMedia!({ providerMediaId: '1' }, { ...context(), credentials: {} }),
    ).rejects.toThrow(ConfigError);
    expect(api.requests).toHaveLength(1);
  });

  it('only ever sends the key to the configured 360dialog host', () => {
    expect(
      through360dialog(
        'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1043551907803162&ext=1750162000&hash=ATu1',
        'https://waba-v2.360dialog.io/',
      ),
    ).toBe('https://waba-v2.360dialog.io/whatsapp_business/attachments/?mid=1043551907803162&ext=1750162000&hash=ATu1');
    expect(through360dialog('https://attacker.example/steal?x=1', 'https://waba-v2.360dialog.io')).toBe(
      'https://waba-v2.360dialog.io/steal?x=1',
    );
    expect(() => through360dialog('not a url', 'https://waba-v2.360dialog.io')).toThrow(ProviderError);
  });
});
