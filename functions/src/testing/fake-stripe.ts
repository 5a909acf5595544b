/**
 * A local fake of the Stripe API for the parts Frontdesk uses, driven by the
 * real `stripe` SDK (host/port/protocol pointed here). It speaks the wire
 * format: form-encoded bodies with bracketed keys, `Authorization: Bearer
 * sk_…`, `Stripe-Account` for a connected account, `Idempotency-Key` (the
 * same key with the same body answers the same; with another body, a 400
 * idempotency_error), and Stripe's error envelope
 * `{ error: { type, code?, message, param? } }`.
 *
 *   POST /v1/checkout/sessions              mode=payment, one price_data line, expires_at 30 min–24 h ahead
 *   GET  /v1/checkout/sessions/:id
 *   POST /v1/checkout/sessions/:id/expire   only an open session
 *   POST /v1/refunds                        payment_intent, amount ≤ what is left
 *
 * Test helpers play the customer and Stripe's side: `pay(sessionId)` and
 * `expireNow(sessionId)` complete or lapse a session and return the event
 * Stripe would send; `signed(event, secret)` makes the webhook request.
 */
import { randomBytes } from 'node:crypto';
import { signedStripeHeader } from '../booking/payments/stripe-signature.js';
import { type FakeAnswer, type FakeHttpServer, type RecordedRequest, startFakeHttpServer } from './fake-http.js';

/** The demo values of functions/.secret.local, so the emulator's functions and this fake agree. */
export const FAKE_STRIPE_KEY = 'sk_test_demo_frontdesk_platform_key';
export const FAKE_STRIPE_WEBHOOK_SECRET = 'whsec_demo_frontdesk_endpoint_secret';

export interface FakeSession {
  id: string;
  object: 'checkout.session';
  account: string | null;
  mode: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  amount_total: number;
  currency: string;
  url: string | null;
  expires_at: number;
  success_url: string;
  cancel_url: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  created: number;
  livemode: false;
}

export interface FakeRefund {
  id: string;
  object: 'refund';
  account: string | null;
  amount: number;
  currency: string;
  payment_intent: string;
  status: 'succeeded';
  metadata: Record<string, string>;
}

export interface StripeEvent {
  id: string;
  object: 'event';
  type: string;
  account?: string;
  api_version: string;
  created: number;
  livemode: false;
  data: { object: Record<string, unknown> };
}

export interface FakeStripe {
  readonly url: string;
  readonly server: FakeHttpServer;
  readonly sessions: Map<string, FakeSession>;
  readonly refunds: FakeRefund[];
  /** Connected accounts the platform may act for. */
  readonly accounts: Set<string>;
  /** The customer pays: the session completes; returns checkout.session.completed. */
  pay(sessionId: string): StripeEvent;
  /** Stripe lets the session lapse: returns checkout.session.expired. */
  expireNow(sessionId: string): StripeEvent;
  /** Forgets sessions, refunds, idempotency keys and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

/** Reads `a[b][0][c]=v` form keys into nested objects and arrays, as Stripe does. */
export function parseStripeForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = /^\d+$/.test(path[i + 1] ?? '');
      const holder = node as Record<string, unknown>;
      if (last) holder[segment] = value;
      else {
        holder[segment] ??= nextIsIndex ? [] : {};
        node = holder[segment] as Record<string, unknown>;
      }
    });
  }
  return root;
}

function error(status: number, type: string, message: string, extra: Record<string, string> = {}): FakeAnswer {
  return { status, json: { error: { type, message, ...extra } } };
}

export async function startFakeStripe(
  options: { port?: number; accounts?: string[]; now?: () => Date } = {},
): Promise<FakeStripe> {
  const now = options.now ?? (() => new Date());
  const sessions = new Map<string, FakeSession>();
  const refunds: FakeRefund[] = [];
  const accounts = new Set(options.accounts ?? ['acct_fake_business']);
  const idempotent = new Map<string, { body: string; answer: FakeAnswer }>();
  let base = '';

  function route(request: RecordedRequest): FakeAnswer {
    if (request.headers.authorization !== `Bearer ${FAKE_STRIPE_KEY}`) {
      return error(401, 'invalid_request_error', 'Invalid API Key provided');
    }
    const account = request.headers['stripe-account'] ?? request.headers['stripe-context'] ?? null;
    if (account !== null && !accounts.has(account)) {
      return error(403, 'invalid_request_error', `The provided key does not have access to account '${account}'.`, {
        code: 'account_invalid',
      });
    }
    const text = typeof request.body === 'string' ? request.body : '';
    const key = request.headers['idempotency-key'];
    if (key && request.method === 'POST') {
      const seen = idempotent.get(`${account}\n${key}`);
      if (seen) {
        return seen.body === text
          ? seen.answer
          : error(
              400,
              'idempotency_error',
              'Keys for idempotent requests can only be used with the same parameters they were first used with.',
            );
      }
      const answer = handle(request, parseStripeForm(text), account);
      if (answer.status < 500) idempotent.set(`${account}\n${key}`, { body: text, answer });
      return answer;
    }
    return handle(request, parseStripeForm(text), account);
  }

  function handle(request: RecordedRequest, form: Record<string, unknown>, account: string | null): FakeAnswer {
    const expire = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(request.path);
    const one = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(request.path);
    if (request.method === 'POST' && request.path === '/v1/checkout/sessions') return createSession(form, account);
    if (request.method === 'POST' && expire) {
      const session = sessions.get(expire[1]!);
      if (!session || session.account !== account)
        return error(404, 'invalid_request_error', `No such checkout.session: '${expire[1]}'`, {
          code: 'resource_missing',
        });
      if (session.status !== 'open') {
        return error(
          400,
          'invalid_request_error',
          `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
        );
      }
      session.status = 'expired';
      session.url = null;
      return { status: 200, json: session };
    }
    if (request.method === 'GET' && one) {
      const session = sessions.get(one[1]!);
      if (!session || session.account !== account)
        return error(404, 'invalid_request_error', `No such checkout.session: '${one[1]}'`, {
          code: 'resource_missing',
        });
      return { status: 200, json: session };
    }
    if (request.method === 'POST' && request.path === '/v1/refunds') return createRefund(form, account);
    return error(404, 'invalid_request_error', `Unrecognized request URL (${request.method}: ${request.path}).`);
  }

  function createSession(form: Record<string, unknown>, account: string | null): FakeAnswer {
    if (form.mode !== 'payment')
      return error(400, 'invalid_request_error', 'Missing required param: mode.', { param: 'mode' });
    const lines = form.line_items as { quantity?: string; price_data?: Record<string, unknown> }[] | undefined;
    const line = lines?.[0];
    const price = line?.price_data as
      { currency?: string; unit_amount?: string; product_data?: { name?: string } } | undefined;
    if (!line || lines!.length !== 1 || line.quantity !== '1' || !price) {
      return error(
        400,
        'invalid_request_error',
        'line_items: one line with quantity 1 and price_data is expected by this fake',
        { param: 'line_items' },
      );
    }
    const amount = Number(price.unit_amount);
    if (!Number.isInteger(amount) || amount < 1)
      return error(400, 'invalid_request_error', 'Invalid integer: unit_amount', {
        param: 'line_items[0][price_data][unit_amount]',
      });
    if (!/^[a-z]{3}$/.test(price.currency ?? ''))
      return error(400, 'invalid_request_error', 'Invalid currency', { param: 'line_items[0][price_data][currency]' });
    if (!price.product_data?.name)
      return error(
        400,
        'invalid_request_error',
        'Missing required param: line_items[0][price_data][product_data][name].',
      );
    if (typeof form.success_url !== 'string' || !/^https?:\/\//.test(form.success_url)) {
      return error(400, 'invalid_request_error', 'Not a valid URL', { param: 'success_url' });
    }
    const created = Math.floor(now().getTime() / 1000);
    const expiresAt = form.expires_at === undefined ? created + 24 * 3600 : Number(form.expires_at);
    if (expiresAt < created + 30 * 60 || expiresAt > created + 24 * 3600) {
      return error(
        400,
        'invalid_request_error',
        'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
        { param: 'expires_at' },
      );
    }
    const sessionId = `cs_test_${randomBytes(16).toString('hex')}`;
    const session: FakeSession = {
      id: sessionId,
      object: 'checkout.session',
      account,
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: amount,
      currency: price.currency!,
      url: `${base}/c/pay/${sessionId}`,
      expires_at: expiresAt,
      success_url: form.success_url,
      cancel_url: String(form.cancel_url ?? ''),
      client_reference_id: typeof form.client_reference_id === 'string' ? form.client_reference_id : null,
      metadata: (form.metadata as Record<string, string> | undefined) ?? {},
      payment_intent: null,
      created,
      livemode: false,
    };
    sessions.set(sessionId, session);
    return { status: 200, json: session };
  }

  function createRefund(form: Record<string, unknown>, account: string | null): FakeAnswer {
    const intent = String(form.payment_intent ?? '');
    const paid = [...sessions.values()].find((s) => s.payment_intent === intent && s.account === account);
    if (!paid)
      return error(400, 'invalid_request_error', `No such payment_intent: '${intent}'`, {
        code: 'resource_missing',
        param: 'payment_intent',
      });
    const refunded = refunds.filter((r) => r.payment_intent === intent).reduce((s, r) => s + r.amount, 0);
    const amount = form.amount === undefined ? paid.amount_total - refunded : Number(form.amount);
    if (!Number.isInteger(amount) || amount < 1 || amount > paid.amount_total - refunded) {
      return error(
        400,
        'invalid_request_error',
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${paid.amount_total - refunded})`,
        { code: 'amount_too_large' },
      );
    }
    const refund: FakeRefund = {
      id: id('re'),
      object: 'refund',
      account,
      amount,
      currency: paid.currency,
      payment_intent: intent,
      status: 'succeeded',
      metadata: (form.metadata as Record<string, string> | undefined) ?? {},
    };
    refunds.push(refund);
    return { status: 200, json: refund };
  }

  function event(type: string, session: FakeSession): StripeEvent {
    const { account, ...object } = session;
    return {
      id: id('evt'),
      object: 'event',
      type,
      ...(account ? { account } : {}),
      api_version: '2026-10-28.endive',
      created: Math.floor(now().getTime() / 1000),
      livemode: false,
      data: { object: object as unknown as Record<string, unknown> },
    };
  }

  const server = await startFakeHttpServer(route, { ...(options.port ? { port: options.port } : {}) });
  base = server.url;
  return {
    url: server.url,
    server,
    sessions,
    refunds,
    accounts,
    pay(sessionId) {
      const session = sessions.get(sessionId);
      if (!session || session.status !== 'open') throw new Error(`fake stripe: session ${sessionId} is not open`);
      Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: id('pi'), url: null });
      return event('checkout.session.completed', session);
    },
    expireNow(sessionId) {
      const session = sessions.get(sessionId);
      if (!session || session.status !== 'open') throw new Error(`fake stripe: session ${sessionId} is not open`);
      Object.assign(session, { status: 'expired', url: null });
      return event('checkout.session.expired', session);
    },
    reset() {
      sessions.clear();
      refunds.length = 0;
      idempotent.clear();
      server.reset();
    },
    close: () => server.close(),
  };
}

/** The webhook request Stripe would send for `event`: the raw body and its Stripe-Signature header. */
export function signedStripeEvent(event: StripeEvent, secret = FAKE_STRIPE_WEBHOOK_SECRET, at = new Date()) {
  const body = JSON.stringify(event);
  return { body, header: signedStripeHeader(body, secret, at) };
}
