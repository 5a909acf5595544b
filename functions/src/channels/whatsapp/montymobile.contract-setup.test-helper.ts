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

import { startFakeMontyMobile } from '../../testing/fake-montymobile.js';
import type { ContractSetup } from '../channel.contract.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/whatsapp-montymobile/', import.meta.url));
export const secrets = { businessSecret: TEST_BUSINESS_KEY };
export const credentials = {
  apiKey: '8c1f0e5d7a9b2c4e6f8a0b1c3d5e7f9a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e',
  tenantId: '0f6c2b7e-5d1a-4c3e-9b8f-2a7d6e5c4b3a',
  sourceNumber: '9611555012',
  apiId: '5e8d7c6b-4a3f-4e2d-8c1b-0a9f8e7d6c5b',
};
export const PHONE_NUMBER_ID = '301854129736512';
export const RAMI = '96170123456';

export const onDisk = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
export const wire = (name: string): string => JSON.stringify(JSON.parse(onDisk(name)));
export const request = (body: string) => businessKeyRequest(body, { provider: 'montymobile', via: 'path' });

export const EXPECTED_COUNTS: Record<string, { messages: number; statuses: number; unprocessable: number }> = {
  text: { messages: 1, statuses: 0, unprocessable: 0 },
  'arabic-text': { messages: 1, statuses: 0, unprocessable: 0 },
  'image-caption': { messages: 1, statuses: 0, unprocessable: 0 },
  'template-button': { messages: 1, statuses: 0, unprocessable: 0 },
  'status-sent': { messages: 0, statuses: 1, unprocessable: 0 },
  'status-delivered': { messages: 0, statuses: 1, unprocessable: 0 },
};

export const MONTYMOBILE_CONTRACT: ContractSetup = {
  secrets,
  wrongSecrets: { businessSecret: OTHER_BUSINESS_KEY },
  signedRequest: request,
  unsignedRequest: (body) => requestWithoutKey(body, 'montymobile'),
  signatureCoversBody: false,
  fixtures: Object.entries(EXPECTED_COUNTS).map(([name, expect]) => ({ name, body: wire(name), expect })),
  send: {
    startServer: () => startFakeMontyMobile(),
    credentials,
    message: {
      accountId: PHONE_NUMBER_ID,
      userId: RAMI,
      text: 'A full-body session is 120 USD. Shall I book Thursday 4 pm?',
    },
    checkRequest(recorded, message) {
      expect(recorded.method).toBe('POST');
      expect(recorded.path).toBe('/api/v2/WhatsappApi/send-session');
      expect(recorded.headers['api-key']).toBe(credentials.apiKey);
      expect(recorded.headers.tenant).toBe(credentials.tenantId);
      expect(recorded.headers['content-type']).toMatch(/^application\/json/);
      expect(recorded.body).toEqual({
        to: message.userId,
        type: 'TEXT',
        source: credentials.sourceNumber,
        text: { body: message.text },
      });
    },
    permanentFailure: { status: 400, body: { success: false, message: 'Invalid destination number' } },
  },
};
