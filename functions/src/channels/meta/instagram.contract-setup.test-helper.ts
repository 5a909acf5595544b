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

export const FIXTURES = fileURLToPath(new URL('../fixtures/instagram/', import.meta.url));
export const secrets = { metaAppSecret: TEST_META_APP_SECRET, metaVerifyToken: TEST_META_VERIFY_TOKEN };
export const TOKEN = 'EAAJZBxInstagramPageTokenForTests987654';
export const IG_ID = '17841405822304914';
export const IGSID = '1133957381269876';
export const MID_PREFIX =
  'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDA1ODIyMzA0OTE0OjM0MDI4MjM2Njg0MTcxMDMwMDk0OTEyODE3MDk0NjE2MDE0NTQ3NjozMTk4MzQ2MDA5NzQ0NTQ0NTI3ODkyMjU1NjY1Mjk3Mj';
export const mid = (suffix: string) => `${MID_PREFIX}${suffix}`;
export const OUR_MESSAGE = mid('I4TXpNek1qQTFOVFk0TlRrM016QTRPUT09');
export const path = '/webhook/instagram';

export const onDisk = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
export const wire = (name: string): string => toMetaWireJson(JSON.parse(onDisk(name)));

export const EXPECTED_COUNTS: Record<string, { messages: number; statuses: number; unprocessable: number }> = {
  text: { messages: 1, statuses: 0, unprocessable: 0 },
  image: { messages: 1, statuses: 0, unprocessable: 0 },
  'quick-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  postback: { messages: 1, statuses: 0, unprocessable: 0 },
  echo: { messages: 1, statuses: 0, unprocessable: 0 },
  reaction: { messages: 1, statuses: 0, unprocessable: 0 },
  read: { messages: 0, statuses: 1, unprocessable: 0 },
  'story-reply': { messages: 1, statuses: 0, unprocessable: 0 },
  'story-mention': { messages: 1, statuses: 0, unprocessable: 0 },
  unsupported: { messages: 1, statuses: 0, unprocessable: 0 },
  deleted: { messages: 0, statuses: 0, unprocessable: 1 },
  'reel-share': { messages: 1, statuses: 0, unprocessable: 0 },
  batch: { messages: 4, statuses: 1, unprocessable: 0 },
  standby: { messages: 0, statuses: 0, unprocessable: 1 },
};

export const INSTAGRAM_CONTRACT: ContractSetup = {
  secrets,
  wrongSecrets: { metaAppSecret: 'the-secret-of-another-meta-app', metaVerifyToken: TEST_META_VERIFY_TOKEN },
  signedRequest: (body) => signedMetaRequest(body, { path }),
  unsignedRequest: (body) => unsignedMetaRequest(body, { path }),
  fixtures: Object.entries(EXPECTED_COUNTS).map(([name, expect]) => ({ name, body: wire(name), expect })),
  send: {
    startServer: () => startFakeGraphApi(),
    credentials: { accessToken: TOKEN },
    message: { accountId: IG_ID, userId: IGSID, text: 'El sábado a las 10:00 está libre. ¿Te lo reservo?' },
    checkRequest(request, message) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v21.0/me/messages');
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.body).toEqual({
        recipient: { id: IGSID },
        messaging_type: 'RESPONSE',
        message: { text: message.text },
      });
    },
    permanentFailure: { status: 400, body: graphError(551, "(#551) This person isn't available right now.") },
  },
};
