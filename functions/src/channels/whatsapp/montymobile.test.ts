import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError } from '../../errors.js';

import type { FakeHttpServer } from '../../testing/fake-http.js';
import { startFakeMontyMobile } from '../../testing/fake-montymobile.js';
import type { ParsedDelivery } from '../../domain/message.js';
import { whatsappMontyMobile } from './montymobile.js';
import {
  FIXTURES,
  secrets,
  credentials,
  PHONE_NUMBER_ID,
  RAMI,
  onDisk,
  wire,
  request,
  EXPECTED_COUNTS,
} from './montymobile.contract-setup.test-helper.js';
import { at } from '../../testing/send-context.js';

function parseFixture(name: string): ParsedDelivery {
  const req = request(wire(name));
  whatsappMontyMobile.verify(req, secrets);
  return whatsappMontyMobile.parse(req);
}

function onlyEvent(name: string) {
  const { events, unprocessable } = parseFixture(name);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe('whatsappMontyMobile: the forwarded Cloud API payload', () => {
  it('every fixture file has expected counts', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it('text and Arabic text, routed by the phone_number_id', () => {
    expect(onlyEvent('text')).toEqual({
      kind: 'message',
      channel: 'whatsapp-montymobile',
      accountId: PHONE_NUMBER_ID,
      userId: RAMI,
      userName: 'Rami Haddad',
      providerMessageId: 'wamid.HBgLOTYxNzAxMjM0NTYVAgASGBQzRUIwQjRBNTFENjk1RjA5QTk4QwA=',
      timestamp: new Date(1751294801 * 1000),
      content: { type: 'text', text: 'Hi, how much is a full-body laser session?' },
    });
    expect(onlyEvent('arabic-text')).toMatchObject({
      userId: '96171987654',
      userName: 'نور',
      content: { type: 'text', text: 'مرحبا، بدي احجز جلسة ليزر يوم الخميس' },
    });
  });

  it('an image, a template quick reply and statuses', () => {
    expect(onlyEvent('image-caption')).toMatchObject({
      content: { type: 'image', caption: 'Is this area included?', media: { providerMediaId: '1215596823481907' } },
    });
    expect(onlyEvent('template-button')).toMatchObject({
      content: { type: 'interactive', replyId: 'CONFIRM_APPOINTMENT', title: 'Confirm' },
    });
    expect(onlyEvent('status-delivered')).toMatchObject({ kind: 'status', status: 'delivered', userId: RAMI });
  });

  it('does not insist on the `object` field, but still on the entries', () => {
    const body = JSON.parse(onDisk('text'));
    delete body.object;
    expect(whatsappMontyMobile.parse(request(JSON.stringify(body))).events).toHaveLength(1);
    expect(() => whatsappMontyMobile.parse(request(JSON.stringify({ object: 'whatsapp_business_account' })))).toThrow(
      ValidationError,
    );
  });
});

describe('whatsappMontyMobile: send', () => {
  let api: FakeHttpServer;
  const message = { accountId: PHONE_NUMBER_ID, userId: RAMI, text: 'Which day suits you?' };
  const context = (extra: Record<string, string | undefined> = {}) => ({
    credentials: { ...credentials, ...extra },
    ...at(api.url),
  });
  const failure = async () => {
    const err = await whatsappMontyMobile.send(message, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };

  beforeAll(async () => {
    api = await startFakeMontyMobile();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('says it has no buttons, and sends choices as a numbered list', async () => {
    expect(whatsappMontyMobile.capabilities.maxButtons).toBe(0);
    const buttons = [
      { id: 'thu', title: 'Thursday 4 pm' },
      { id: 'sat', title: 'Saturday 11 am' },
    ];
    await whatsappMontyMobile.send({ ...message, buttons }, context());
    expect(api.requests[0]?.body).toMatchObject({
      type: 'TEXT',
      text: { body: 'Which day suits you?\n\n1. Thursday 4 pm\n2. Saturday 11 am' },
    });
  });

  it('an image with caption; a "+" in the number is dropped', async () => {
    await whatsappMontyMobile.send(
      {
        ...message,
        userId: `+${RAMI}`,
        text: 'Your treatment plan',
        image: { url: 'https://storage.example.com/p.jpg' },
      },
      context({ sourceNumber: '+961 1 555 012' }),
    );
    expect(api.requests[0]?.body).toEqual({
      to: RAMI,
      type: 'IMAGE',
      source: '9611555012',
      image: { link: 'https://storage.example.com/p.jpg', caption: 'Your treatment plan' },
    });
  });

  it('a template goes to send-whatsapp with the apiId and a body component', async () => {
    const result = await whatsappMontyMobile.send(
      { ...message, template: { name: 'appointment_reminder', language: 'ar', bodyParameters: ['رامي', 'الخميس 4'] } },
      context(),
    );
    expect(result.providerMessageId).toMatch(/\S/);
    expect(api.requests[0]).toMatchObject({
      path: '/api/v2/WhatsappApi/send-whatsapp',
      body: {
        to: RAMI,
        type: 'template',
        source: credentials.sourceNumber,
        apiId: credentials.apiId,
        template: {
          name: 'appointment_reminder',
          language: { code: 'ar' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'رامي' },
                { type: 'text', text: 'الخميس 4' },
              ],
            },
          ],
        },
      },
    });
  });

  it('names the missing credential, and sends nothing', async () => {
    await expect(whatsappMontyMobile.send(message, context({ tenantId: undefined }))).rejects.toThrow(/no tenantId/);
    await expect(whatsappMontyMobile.send(message, context({ sourceNumber: '' }))).rejects.toThrow(ConfigError);
    const template = { name: 'appointment_reminder', language: 'en', bodyParameters: [] };
    await expect(whatsappMontyMobile.send({ ...message, template }, context({ apiId: undefined }))).rejects.toThrow(
      /apiId/,
    );
    expect(api.requests).toHaveLength(0);
  });

  it('success: false in a 200 is a refusal, not a success', async () => {
    api.failNext(1, { status: 200, body: { success: false, message: 'Recipient is not a valid WhatsApp user' } });
    const err = await failure();
    expect(err).toMatchObject({ retryable: false, message: expect.stringContaining('not a valid WhatsApp user') });
  });

  it('a template mismatch reported as HTTP 500 is not retried; a 503 is', async () => {
    api.failNext(1, { status: 500, body: { success: false, message: 'Number of body variables is invalid' } });
    expect(await failure()).toMatchObject({ retryable: false, status: 500 });
    api.failNext(1, { status: 503, body: '<html>Service Temporarily Unavailable</html>' });
    expect(await failure()).toMatchObject({ retryable: true, status: 503 });
  });

  it('a rejected api-key or Tenant is permanent and never shows the credentials', async () => {
    api.failNext(1, { status: 401, body: { success: false, message: `Invalid api-key ${credentials.apiKey}` } });
    const err = await failure();
    expect(err).toMatchObject({ retryable: false, status: 401 });
    expect(err.message).not.toContain(credentials.apiKey);
  });
});
