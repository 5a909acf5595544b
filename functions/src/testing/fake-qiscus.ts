/**
 * A local fake of Qiscus Omnichannel's WhatsApp API for unit and emulator
 * tests: POST /whatsapp/v1/{app_id}/{channel_id}/messages with the headers
 * Qiscus-App-Id (equal to the app id of the path) and Qiscus-Secret-Key →
 * 200 with WhatsApp's `{ messaging_product, contacts, messages: [{ id }] }`.
 * Wrong or missing headers → 401; a malformed body → 400 with the Cloud
 * API's Graph error 100, as WhatsApp's errors pass through Qiscus.
 */
import { randomBytes } from 'node:crypto';
import {
  fakeWamid,
  isCloudApiSendBody,
  startFakeHttpServer,
  type FakeAnswer,
  type FakeHttpServer,
  type FakeServerOptions,
  type RecordedRequest,
} from './fake-http.js';

const SEND_PATH = /^\/whatsapp\/v1\/([^/]+)\/(\d+)\/messages\/?$/;

export async function startFakeQiscus(options: FakeServerOptions = {}): Promise<FakeHttpServer> {
  return startFakeHttpServer(route, options);
}

function route(request: RecordedRequest): FakeAnswer {
  const match = SEND_PATH.exec(request.path);
  if (request.method !== 'POST' || !match) return { status: 404, json: { errors: 'route not found' } };
  const appId = decodeURIComponent(match[1] ?? '');
  if (request.headers['qiscus-app-id'] !== appId || !request.headers['qiscus-secret-key']) {
    return { status: 401, json: { errors: 'Unauthorized. Check your Qiscus-App-Id and Qiscus-Secret-Key' } };
  }
  if (!isCloudApiSendBody(request.body)) {
    return {
      status: 400,
      json: {
        error: {
          message: '(#100) Invalid parameter',
          type: 'OAuthException',
          code: 100,
          fbtrace_id: `A${randomBytes(8).toString('hex')}`,
        },
      },
    };
  }
  const to = request.body.to;
  return {
    status: 200,
    json: {
      messaging_product: 'whatsapp',
      contacts: [{ input: to, wa_id: to.replace(/\D/g, '') }],
      messages: [{ id: fakeWamid() }],
    },
  };
}
