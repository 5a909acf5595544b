import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

import { graphError, startFakeGraphApi } from '../../testing/fake-graph-api.js';
import {
  signedMetaRequest,
  TEST_META_APP_SECRET,
  TEST_META_VERIFY_TOKEN,
  toMetaWireJson,
  unsignedMetaRequest,
  whatsappStatusWebhook,
} from '../../testing/meta.js';

import type { ParsedDelivery } from '../../domain/message.js';
import type { ContractSetup } from '../channel.contract.js';
import { whatsappMeta } from './meta.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/whatsapp-meta/', import.meta.url));
export const secrets = { metaAppSecret: TEST_META_APP_SECRET, metaVerifyToken: TEST_META_VERIFY_TOKEN };
export const TOKEN = 'EAAGm0PX4ZCpsBAtest-access-token';
export const PHONE_NUMBER_ID = '106540352242922';
export const OUR_MESSAGE = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA';

/** The fixture file, byte for byte. */
export const onDisk = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
/** The fixture as Meta puts it on the wire: compact, non-ASCII and "/" escaped. */
export const wire = (name: string): string => toMetaWireJson(JSON.parse(onDisk(name)));

export const EXPECTED_COUNTS: Record<string, { messages: number; statuses: number; unprocessable: number }> = {
  text: { messages: 1, statuses: 0, unprocessable: 0 },
  'image-caption': { messages: 1, statuses: 0, unprocessable: 0 },
  'voice-note': { messages: 1, statuses: 0, unprocessable: 0 },
  document: { messages: 1, statuses: 0, unprocessable: 0 },
  'interactive-button-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  'interactive-list-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  'template-button': { messages: 1, statuses: 0, unprocessable: 0 },
  location: { messages: 1, statuses: 0, unprocessable: 0 },
  reaction: { messages: 1, statuses: 0, unprocessable: 0 },
  unsupported: { messages: 1, statuses: 0, unprocessable: 0 },
  'arabic-text': { messages: 1, statuses: 0, unprocessable: 0 },
  batch: { messages: 3, statuses: 1, unprocessable: 0 },
  'status-sent': { messages: 0, statuses: 1, unprocessable: 0 },
  'status-delivered': { messages: 0, statuses: 1, unprocessable: 0 },
  'status-read': { messages: 0, statuses: 1, unprocessable: 0 },
  'status-failed': { messages: 0, statuses: 1, unprocessable: 0 },
  'template-status-update': { messages: 0, statuses: 0, unprocessable: 1 },
  'partially-malformed': { messages: 1, statuses: 0, unprocessable: 2 },
  'smb-message-echo': { messages: 2, statuses: 0, unprocessable: 0 },
  'bsuid-username-text': { messages: 1, statuses: 0, unprocessable: 0 },
  'bsuid-status-delivered': { messages: 0, statuses: 1, unprocessable: 0 },
  'status-played': { messages: 0, statuses: 1, unprocessable: 0 },
  contacts: { messages: 1, statuses: 0, unprocessable: 0 },
  edit: { messages: 1, statuses: 0, unprocessable: 0 },
  revoke: { messages: 0, statuses: 0, unprocessable: 1 },
  'system-changed-number': { messages: 0, statuses: 0, unprocessable: 1 },
  'request-welcome': { messages: 0, statuses: 0, unprocessable: 1 },
  order: { messages: 1, statuses: 0, unprocessable: 0 },
  'sticker-animated': { messages: 1, statuses: 0, unprocessable: 0 },
  'referral-text': { messages: 1, statuses: 0, unprocessable: 0 },
  'context-forwarded': { messages: 1, statuses: 0, unprocessable: 0 },
  'interactive-nfm-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  'value-errors': { messages: 0, statuses: 0, unprocessable: 1 },
  'group-message': { messages: 0, statuses: 0, unprocessable: 1 },
};

export const WHATSAPP_META_CONTRACT: ContractSetup = {
  secrets,
  wrongSecrets: { metaAppSecret: 'the-secret-of-another-meta-app', metaVerifyToken: TEST_META_VERIFY_TOKEN },
  signedRequest: (body) => signedMetaRequest(body),
  unsignedRequest: (body) => unsignedMetaRequest(body),
  fixtures: Object.entries(EXPECTED_COUNTS).map(([name, expect]) => ({ name, body: wire(name), expect })),
  send: {
    startServer: () => startFakeGraphApi(),
    credentials: { accessToken: TOKEN },
    message: { accountId: PHONE_NUMBER_ID, userId: '16505551234', text: 'Saturday 10:00 is free. Shall I book it?' },
    checkRequest(request, message) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe(`/v21.0/${message.accountId}/messages`);
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(request.body).toEqual({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: message.userId,
        type: 'text',
        text: { preview_url: false, body: message.text },
      });
    },
    permanentFailure: { status: 400, body: graphError(131026, '(#131026) Message undeliverable') },
  },
  callbackWebhook: (request) =>
    whatsappStatusWebhook({
      phoneNumberId: decodeURIComponent(request.path.split('/')[2] ?? ''),
      wamid: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJDQUxMQkFDSzAwMDAwMDAwMDAA',
      to: String((request.body as { to: string }).to),
      callbackData: (request.body as { biz_opaque_callback_data?: string }).biz_opaque_callback_data,
      status: 'sent',
    }),
};

/** A fixture as Meta signs and sends it, verified and parsed. */
export function parseFixture(name: string): ParsedDelivery {
  const request = signedMetaRequest(wire(name));
  whatsappMeta.verify(request, secrets);
  return whatsappMeta.parse(request);
}

/** The one event of a fixture that must parse cleanly. */
export function onlyEvent(name: string) {
  const { events, unprocessable } = parseFixture(name);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}
