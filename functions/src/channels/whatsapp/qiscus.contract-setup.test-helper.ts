import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

import {
  businessKeyRequest,
  OTHER_BUSINESS_KEY,
  requestWithoutKey,
  TEST_BUSINESS_KEY,
} from '../../testing/business-key.js';
import { graphError } from '../../testing/fake-graph-api.js';

import { startFakeQiscus } from '../../testing/fake-qiscus.js';
import type { ContractSetup } from '../channel.contract.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/whatsapp-qiscus/', import.meta.url));
export const secrets = { businessSecret: TEST_BUSINESS_KEY };
export const credentials = { appId: 'klinikc-7hq2xmb9r4tz1ws', secretKey: '64f16ddbf847c48ff9731cb4e519da37' };
export const CHANNEL_ID = '7421';
export const DEWI = '6281234567890';

export const onDisk = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
export const wire = (name: string): string => JSON.stringify(JSON.parse(onDisk(name)));
/** Qiscus can only be given a URL: the key is its last path segment. */
export const request = (body: string) => businessKeyRequest(body, { provider: 'qiscus', via: 'path' });

export const EXPECTED_COUNTS: Record<string, { messages: number; statuses: number; unprocessable: number }> = {
  text: { messages: 1, statuses: 0, unprocessable: 0 },
  image: { messages: 1, statuses: 0, unprocessable: 0 },
  'reply-context': { messages: 1, statuses: 0, unprocessable: 0 },
  'voice-note': { messages: 1, statuses: 0, unprocessable: 0 },
  'interactive-button-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  'status-read': { messages: 0, statuses: 1, unprocessable: 0 },
  'status-failed': { messages: 0, statuses: 1, unprocessable: 0 },
  'partially-malformed': { messages: 1, statuses: 0, unprocessable: 1 },
  // Numbers still on the On-Premises API: its `voice` type, its errors' top-level `details`.
  'voice-on-premises': { messages: 1, statuses: 0, unprocessable: 0 },
  'status-failed-on-premises': { messages: 0, statuses: 1, unprocessable: 0 },
  // The Omnichannel Bot Webhook (qiscus-bot.ts).
  'bot-text': { messages: 1, statuses: 0, unprocessable: 0 },
  'bot-image': { messages: 1, statuses: 0, unprocessable: 0 },
  'bot-voice-note': { messages: 1, statuses: 0, unprocessable: 0 },
  'bot-location': { messages: 1, statuses: 0, unprocessable: 0 },
  'bot-web-widget': { messages: 0, statuses: 0, unprocessable: 1 },
};

export const QISCUS_CONTRACT: ContractSetup = {
  secrets,
  wrongSecrets: { businessSecret: OTHER_BUSINESS_KEY },
  signedRequest: request,
  unsignedRequest: (body) => requestWithoutKey(body, 'qiscus'),
  signatureCoversBody: false,
  fixtures: Object.entries(EXPECTED_COUNTS).map(([name, expect]) => ({ name, body: wire(name), expect })),
  send: {
    startServer: () => startFakeQiscus(),
    credentials,
    message: { accountId: CHANNEL_ID, userId: DEWI, text: 'Besok jam 10 pagi tersedia. Mau saya pesankan?' },
    checkRequest(recorded, message) {
      expect(recorded.method).toBe('POST');
      expect(recorded.path).toBe(`/whatsapp/v1/${credentials.appId}/${CHANNEL_ID}/messages`);
      expect(recorded.headers['qiscus-app-id']).toBe(credentials.appId);
      expect(recorded.headers['qiscus-secret-key']).toBe(credentials.secretKey);
      expect(recorded.headers['content-type']).toMatch(/^application\/json/);
      expect(recorded.body).toEqual({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: message.userId,
        type: 'text',
        text: { preview_url: false, body: message.text },
      });
    },
    permanentFailure: { status: 400, body: graphError(131026, '(#131026) Message undeliverable') },
  },
};
