import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

import { startFake360dialog } from '../../testing/fake-360dialog.js';
import { graphError } from '../../testing/fake-graph-api.js';
import {
  businessKeyRequest,
  OTHER_BUSINESS_KEY,
  requestWithoutKey,
  TEST_BUSINESS_KEY,
} from '../../testing/business-key.js';
import { whatsappStatusWebhook } from '../../testing/meta.js';
import type { ContractSetup } from '../channel.contract.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/whatsapp-360dialog/', import.meta.url));
export const secrets = { businessSecret: TEST_BUSINESS_KEY };
export const API_KEY = 'Q7xLmD4vTz9RkP2sWn8cYb3H_AK';
export const PHONE_NUMBER_ID = '109754352081923';
export const LENA = '4915123456789';

export const onDisk = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
/** 360dialog forwards Meta's JSON compact; it signs nothing, so the exact bytes do not matter. */
export const wire = (name: string): string => JSON.stringify(JSON.parse(onDisk(name)));
export const request = (body: string) => businessKeyRequest(body, { provider: '360dialog' });

export const EXPECTED_COUNTS: Record<string, { messages: number; statuses: number; unprocessable: number }> = {
  text: { messages: 1, statuses: 0, unprocessable: 0 },
  'image-caption': { messages: 1, statuses: 0, unprocessable: 0 },
  'voice-note': { messages: 1, statuses: 0, unprocessable: 0 },
  'interactive-button-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  location: { messages: 1, statuses: 0, unprocessable: 0 },
  batch: { messages: 2, statuses: 1, unprocessable: 0 },
  'status-read': { messages: 0, statuses: 1, unprocessable: 0 },
  'status-failed': { messages: 0, statuses: 1, unprocessable: 0 },
  'smb-message-echo': { messages: 1, statuses: 0, unprocessable: 0 },
  'partially-malformed': { messages: 1, statuses: 0, unprocessable: 2 },
};

export const DIALOG360_CONTRACT: ContractSetup = {
  secrets,
  wrongSecrets: { businessSecret: OTHER_BUSINESS_KEY },
  signedRequest: request,
  unsignedRequest: (body) => requestWithoutKey(body, '360dialog'),
  signatureCoversBody: false,
  fixtures: Object.entries(EXPECTED_COUNTS).map(([name, expect]) => ({ name, body: wire(name), expect })),
  send: {
    startServer: () => startFake360dialog(),
    credentials: { apiKey: API_KEY },
    message: { accountId: PHONE_NUMBER_ID, userId: LENA, text: 'Freitag 15:00 ist frei. Soll ich buchen?' },
    checkRequest(recorded, message) {
      expect(recorded.method).toBe('POST');
      expect(recorded.path).toBe('/messages');
      expect(recorded.headers['d360-api-key']).toBe(API_KEY);
      expect(recorded.headers.authorization).toBeUndefined();
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
  // 360dialog forwards Meta's status webhook as it is, biz_opaque_callback_data included.
  callbackWebhook: (request) =>
    whatsappStatusWebhook({
      phoneNumberId: PHONE_NUMBER_ID,
      wamid: 'wamid.HBgNNDkxNTEyMzQ1Njc4ORUCABEYEkNBTExCQUNLMDAwMDAwMDAA',
      to: String((request.body as { to: string }).to),
      callbackData: (request.body as { biz_opaque_callback_data?: string }).biz_opaque_callback_data,
      status: 'delivered',
    }),
};
