/**
 * A local fake of Qiscus Omnichannel for unit and emulator tests:
 *
 * - the WhatsApp API: POST /whatsapp/v1/{app_id}/{channel_id}/messages with
 *   the headers Qiscus-App-Id (equal to the app id of the path) and
 *   Qiscus-Secret-Key → 200 with WhatsApp's `{ messaging_product, contacts,
 *   messages: [{ id }] }`. Wrong or missing headers → 401; a malformed body
 *   → 400 with the Cloud API's Graph error 100, as WhatsApp's errors pass
 *   through Qiscus.
 * - the bot API (replies into a room): POST /{app_id}/bot with the header
 *   QISCUS_SDK_SECRET and `{ sender_email, message, type, room_id,
 *   payload? }` → 200 with the posted comment in the shape of Qiscus's REST
 *   post_comment answer (`{ results: { comment } }`; Qiscus documents no
 *   answer for this call). Missing secret → 401; no room or sender → 400.
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
const BOT_PATH = /^\/([^/]+)\/bot\/?$/;

export async function startFakeQiscus(options: FakeServerOptions = {}): Promise<FakeHttpServer> {
  return startFakeHttpServer(route, options);
}

function route(request: RecordedRequest): FakeAnswer {
  if (request.method === 'POST' && BOT_PATH.test(request.path)) return botPost(request);
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

let commentId = 1_784_500_000;

function botPost(request: RecordedRequest): FakeAnswer {
  if (!request.headers.qiscus_sdk_secret) return { status: 401, json: { errors: 'Unauthorized' } };
  const body = (request.body ?? {}) as Record<string, unknown>;
  const { sender_email: sender, room_id: room, type, message, payload } = body;
  if (typeof sender !== 'string' || sender === '' || typeof room !== 'string' || room === '') {
    return { status: 400, json: { errors: 'sender_email and room_id are required' } };
  }
  if (type !== undefined && !['text', 'file_attachment', 'buttons', 'custom', 'location'].includes(String(type))) {
    return { status: 400, json: { errors: `unknown message type ${String(type)}` } };
  }
  if (typeof message !== 'string' || (type !== 'file_attachment' && message.trim() === '') || message.length > 4000) {
    return { status: 400, json: { errors: 'message is required and at most 4000 characters' } };
  }
  commentId += 1;
  return {
    status: 200,
    json: {
      results: {
        comment: {
          id: commentId,
          id_str: String(commentId),
          message,
          type: type ?? 'text',
          payload: payload ?? {},
          room_id: Number(room),
          room_id_str: room,
          unique_temp_id: `bq${commentId}`,
          timestamp: new Date().toISOString(),
        },
      },
      status: 200,
    },
  };
}
