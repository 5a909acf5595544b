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
} from '../../testing/meta.js';
import type { ContractSetup } from '../channel.contract.js';
import { OWN_SEND_MARK } from './messaging.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/messenger/', import.meta.url));
export const secrets = { metaAppSecret: TEST_META_APP_SECRET, metaVerifyToken: TEST_META_VERIFY_TOKEN };
export const TOKEN = 'EAAJZBxPageAccessTokenForTests0123456789';
export const PAGE_ID = '109876543210987';
export const PSID = '6543210987654321';
export const OUR_MESSAGE = 'm_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P';
export const path = '/webhook/facebook';

export const onDisk = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
export const wire = (name: string): string => toMetaWireJson(JSON.parse(onDisk(name)));

export const EXPECTED_COUNTS: Record<string, { messages: number; statuses: number; unprocessable: number }> = {
  text: { messages: 1, statuses: 0, unprocessable: 0 },
  image: { messages: 1, statuses: 0, unprocessable: 0 },
  'quick-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  postback: { messages: 1, statuses: 0, unprocessable: 0 },
  echo: { messages: 1, statuses: 0, unprocessable: 0 },
  reaction: { messages: 1, statuses: 0, unprocessable: 0 },
  delivery: { messages: 0, statuses: 1, unprocessable: 0 },
  read: { messages: 0, statuses: 0, unprocessable: 0 },
  sticker: { messages: 1, statuses: 0, unprocessable: 0 },
  'unsupported-attachment': { messages: 1, statuses: 0, unprocessable: 0 },
  'two-images': { messages: 2, statuses: 0, unprocessable: 0 },
  batch: { messages: 3, statuses: 2, unprocessable: 0 },
  standby: { messages: 0, statuses: 0, unprocessable: 1 },
  'partially-malformed': { messages: 1, statuses: 0, unprocessable: 3 },
  'message-edit': { messages: 1, statuses: 0, unprocessable: 0 },
  referral: { messages: 0, statuses: 0, unprocessable: 1 },
  'postback-referral': { messages: 1, statuses: 0, unprocessable: 0 },
};

export const MESSENGER_CONTRACT: ContractSetup = {
  secrets,
  wrongSecrets: { metaAppSecret: 'the-secret-of-another-meta-app', metaVerifyToken: TEST_META_VERIFY_TOKEN },
  signedRequest: (body) => signedMetaRequest(body, { path }),
  unsignedRequest: (body) => unsignedMetaRequest(body, { path }),
  fixtures: Object.entries(EXPECTED_COUNTS).map(([name, expect]) => ({ name, body: wire(name), expect })),
  send: {
    startServer: () => startFakeGraphApi(),
    credentials: { accessToken: TOKEN },
    message: { accountId: PAGE_ID, userId: PSID, text: 'Saturday 10:00 is free. Shall I book it?' },
    checkRequest(request, message) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe(`/v21.0/${PAGE_ID}/messages`);
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(request.body).toEqual({
        recipient: { id: PSID },
        messaging_type: 'RESPONSE',
        message: { text: message.text, metadata: OWN_SEND_MARK },
      });
    },
    permanentFailure: { status: 400, body: graphError(551, "(#551) This person isn't available right now.") },
  },
  // Messenger echoes the send with its metadata: our mark and the callback data.
  callbackWebhook: (request) => {
    const body = request.body as { recipient: { id: string }; message: { text?: string; metadata?: string } };
    return toMetaWireJson({
      object: 'page',
      entry: [
        {
          id: PAGE_ID,
          time: 1749416623412,
          messaging: [
            {
              sender: { id: PAGE_ID },
              recipient: { id: body.recipient.id },
              timestamp: 1749416623127,
              message: {
                mid: 'm_Cb4Hz9Uq1tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rCbK0',
                is_echo: true,
                app_id: 263902037430900,
                metadata: body.message.metadata,
                text: body.message.text,
              },
            },
          ],
        },
      ],
    });
  },
};
