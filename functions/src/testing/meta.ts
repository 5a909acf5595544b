/**
 * Builders for Meta webhook requests in tests (unit and emulator): signed the
 * way Meta signs them, over the exact bytes sent.
 */
import { createHmac } from 'node:crypto';
import type { RawRequest } from '../http/raw-request.js';

export const TEST_META_APP_SECRET = 'test-meta-app-secret';
export const TEST_META_VERIFY_TOKEN = 'test-meta-verify-token';

/** The X-Hub-Signature-256 value Meta would send for `body`: "sha256=" + hex HMAC-SHA256. */
export function signMetaBody(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * JSON as Meta puts it on the wire: compact, every non-ASCII UTF-16 unit
 * escaped as \uXXXX with lowercase hex, and "/" escaped as "\/".
 */
export function toMetaWireJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

export interface MetaRequestOptions {
  /** App secret to sign with; defaults to TEST_META_APP_SECRET. */
  secret?: string;
  path?: string;
}

/** A POST as Meta delivers it, signed over the exact bytes of `body`. */
export function signedMetaRequest(body: string | Buffer, options: MetaRequestOptions = {}): RawRequest {
  const rawBody = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const request = unsignedMetaRequest(rawBody, options);
  request.headers['x-hub-signature-256'] = signMetaBody(rawBody, options.secret ?? TEST_META_APP_SECRET);
  return request;
}

/** The same POST without X-Hub-Signature-256. */
export function unsignedMetaRequest(body: string | Buffer, options: Pick<MetaRequestOptions, 'path'> = {}): RawRequest {
  const rawBody = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return {
    method: 'POST',
    path: options.path ?? '/webhooks/whatsapp-meta',
    query: {},
    headers: { 'content-type': 'application/json', 'user-agent': 'facebookexternalua' },
    rawBody,
  };
}

/** Meta's subscription GET: `?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`. */
export function metaHandshakeRequest(query: Record<string, string | undefined>, path?: string): RawRequest {
  return { method: 'GET', path: path ?? '/webhooks/whatsapp-meta', query, headers: {}, rawBody: Buffer.alloc(0) };
}

/** The `whatsapp_business_account` envelope around one change's `value`, for one phone number id. */
function whatsappEnvelope(phoneNumberId: string, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** A WhatsApp Cloud API webhook body with the given messages and statuses, for one phone number id. */
export function whatsappWebhookBody(opts: {
  phoneNumberId: string;
  messages?: unknown[];
  statuses?: unknown[];
  name?: string;
  from?: string;
}): string {
  return JSON.stringify(
    whatsappEnvelope(opts.phoneNumberId, {
      contacts: [{ profile: { name: opts.name ?? 'Sheena Nelson' }, wa_id: opts.from ?? '971500000000' }],
      ...(opts.messages?.length ? { messages: opts.messages } : {}),
      ...(opts.statuses?.length ? { statuses: opts.statuses } : {}),
    }),
  );
}

/** One WhatsApp text message as it stands in a webhook body. */
export function whatsappTextMessage(opts: { from: string; id: string; text: string; at?: Date }) {
  return {
    from: opts.from,
    id: opts.id,
    timestamp: String(Math.floor((opts.at ?? new Date()).getTime() / 1000)),
    type: 'text',
    text: { body: opts.text },
  };
}

/** A WhatsApp Cloud API text-message webhook body, as Meta sends it. */
export function metaTextWebhook(opts: {
  phoneNumberId: string;
  from: string;
  id: string;
  text: string;
  name?: string;
  at?: Date;
}): string {
  return whatsappWebhookBody({
    phoneNumberId: opts.phoneNumberId,
    name: opts.name,
    from: opts.from,
    messages: [whatsappTextMessage(opts)],
  });
}

/** What a WhatsApp status webhook reports on: a message the fake Graph API accepted (FakeSentMessage). */
export interface StatusOf {
  phoneNumberId: string;
  wamid: string;
  to: string;
  callbackData?: string | undefined;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** Unix seconds; default now. */
  timestamp?: number;
}

/**
 * The `messages` webhook Meta sends about a message's status, on the wire
 * (sign it with signedMetaRequest): the send's `biz_opaque_callback_data`
 * comes back in it, as the Cloud API documents.
 */
export function whatsappStatusWebhook(of: StatusOf): string {
  const status = {
    id: of.wamid,
    status: of.status,
    timestamp: String(of.timestamp ?? Math.floor(Date.now() / 1000)),
    recipient_id: of.to.replace(/\D/g, ''),
    ...(of.callbackData ? { biz_opaque_callback_data: of.callbackData } : {}),
    ...(of.status === 'failed'
      ? { errors: [{ code: 131026, title: 'Message undeliverable', message: 'Message undeliverable' }] }
      : {
          conversation: { id: 'c0ffee00', origin: { type: 'service' } },
          pricing: { billable: false, pricing_model: 'PMP', category: 'service' },
        }),
  };
  return toMetaWireJson(whatsappEnvelope(of.phoneNumberId, { statuses: [status] }));
}
