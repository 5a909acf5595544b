/**
 * A local fake of MontyMobile's WhatsApp API (whatsapp-notification host) for
 * unit and emulator tests, answering as whatsapp-montymobile.ts expects:
 *
 * - POST /api/v2/WhatsappApi/send-session (`type` TEXT, IMAGE, DOCUMENT, …)
 *   and POST /api/v2/WhatsappApi/send-whatsapp (`type: 'template'`, with
 *   `apiId` and a body component) → 200 `{ success: true, message,
 *   data: { messageId } }`;
 * - a malformed body → 400 `{ success: false, message }`;
 * - without the `api-key` and `Tenant` headers → 401 `{ success: false, message }`.
 */
import {
  fakeWamid,
  startFakeHttpServer,
  type FakeAnswer,
  type FakeHttpServer,
  type FakeServerOptions,
  type RecordedRequest,
} from './fake-http.js';

const refused = (status: number, message: string): FakeAnswer => ({ status, json: { success: false, message } });

export async function startFakeMontyMobile(options: FakeServerOptions = {}): Promise<FakeHttpServer> {
  return startFakeHttpServer(route, options);
}

function route(request: RecordedRequest): FakeAnswer {
  if (!request.headers['api-key'] || !request.headers.tenant) return refused(401, 'Unauthorized');
  const template = request.path === '/api/v2/WhatsappApi/send-whatsapp';
  if (request.method !== 'POST' || (!template && request.path !== '/api/v2/WhatsappApi/send-session')) {
    return refused(404, 'Not Found');
  }
  const body = request.body;
  if (typeof body !== 'object' || body === null) return refused(400, 'Invalid request body');
  const { to, type, source } = body as Record<string, unknown>;
  if (typeof to !== 'string' || !/^\d{6,15}$/.test(to)) return refused(400, 'Invalid destination number');
  if (typeof source !== 'string' || source === '') return refused(400, 'Source is required');
  if (typeof type !== 'string') return refused(400, 'Type is required');
  if (template) {
    const { template: content, apiId } = body as Record<string, unknown>;
    if (type !== 'template' || typeof apiId !== 'string' || !hasBodyComponent(content)) {
      return refused(500, 'Number of body variables is invalid');
    }
  } else {
    const content = (body as Record<string, unknown>)[type.toLowerCase()];
    if (typeof content !== 'object' || content === null) return refused(400, `Missing ${type.toLowerCase()} object`);
  }
  return {
    status: 200,
    json: { success: true, message: 'Message sent successfully', data: { messageId: fakeWamid() } },
  };
}

function hasBodyComponent(template: unknown): boolean {
  if (typeof template !== 'object' || template === null) return false;
  const components = (template as Record<string, unknown>).components;
  return (
    Array.isArray(components) &&
    components.some((c) => typeof c === 'object' && c !== null && (c as Record<string, unknown>).type === 'body')
  );
}
