/**
 * Deposits with Stripe (the `stripe` SDK), on Connect: the platform's
 * secret key, and each business's connected account in the `Stripe-Account`
 * header (direct charges: the deposit lands in the business's own account,
 * refunds come out of it). The SDK is loaded on first use (≈ 90 ms), so the
 * functions that never take a payment do not pay for it.
 *
 * The base URL moves with `FRONTDESK_STRIPE_API_URL` (tests point the real
 * SDK at a local fake, testing/fake-stripe.ts). The SDK's own retries are
 * off: booking tasks retry with their idempotency keys.
 */
import type StripeSdk from 'stripe';
import { ProviderError } from '../../errors.js';
import { type CheckoutRequest, type PaymentProvider, type RefundRequest, fromMinor, toMinor } from './payments.js';

const PROVIDER = 'stripe';
/** Stripe refuses a Checkout session that expires sooner than 30 minutes after it is created. */
const MIN_CHECKOUT_MS = 30 * 60_000 + 60_000;
const MAX_CHECKOUT_MS = 24 * 3_600_000 - 60_000;

export interface StripeConfig {
  secretKey: string;
  /** e.g. https://api.stripe.com (default) or http://127.0.0.1:4019 for the fake. */
  apiUrl?: string | undefined;
  timeoutMs?: number | undefined;
  now?: () => Date;
}

type Sdk = InstanceType<typeof StripeSdk>;

export function stripePayments(config: StripeConfig): PaymentProvider {
  let client: Promise<Sdk> | undefined;
  const now = config.now ?? (() => new Date());
  const sdk = () =>
    (client ??= import('stripe').then(({ default: Stripe }) => {
      const url = config.apiUrl ? new URL(config.apiUrl) : undefined;
      return new Stripe(config.secretKey, {
        maxNetworkRetries: 0,
        timeout: config.timeoutMs ?? 15_000,
        telemetry: false,
        ...(url
          ? {
              host: url.hostname,
              port: url.port || (url.protocol === 'http:' ? 80 : 443),
              protocol: url.protocol === 'http:' ? 'http' : 'https',
            }
          : {}),
      });
    }));

  return {
    name: PROVIDER,

    async createCheckout(request: CheckoutRequest) {
      const stripe = await sdk();
      const created = now().getTime();
      const expires = Math.min(
        Math.max(request.expiresAt.getTime(), created + MIN_CHECKOUT_MS),
        created + MAX_CHECKOUT_MS,
      );
      const metadata = { businessId: request.businessId, appointmentId: request.appointmentId };
      try {
        const session = await stripe.checkout.sessions.create(
          {
            mode: 'payment',
            line_items: [
              {
                quantity: 1,
                price_data: {
                  currency: request.currency.toLowerCase(),
                  unit_amount: toMinor(request.amount, request.currency),
                  product_data: { name: request.description.slice(0, 250) },
                },
              },
            ],
            success_url: request.successUrl,
            cancel_url: request.cancelUrl,
            expires_at: Math.floor(expires / 1000),
            client_reference_id: request.appointmentId,
            metadata,
            payment_intent_data: { metadata },
          },
          { idempotencyKey: request.idempotencyKey, stripeAccount: request.account },
        );
        if (!session.url) throw new ProviderError(PROVIDER, 'the Checkout session has no URL', false);
        return { sessionId: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) };
      } catch (err) {
        throw mapStripeError(err);
      }
    },

    async expireCheckout({ account, sessionId }) {
      const stripe = await sdk();
      try {
        await stripe.checkout.sessions.expire(sessionId, {}, { stripeAccount: account });
      } catch (err) {
        // A session already completed or expired cannot be expired: that is the end we wanted.
        if (isStripeError(err) && err.statusCode === 400 && /status|open|expired|complete/i.test(err.message)) return;
        throw mapStripeError(err);
      }
    },

    async refund(request: RefundRequest) {
      const stripe = await sdk();
      try {
        const refund = await stripe.refunds.create(
          {
            payment_intent: request.paymentReference,
            amount: toMinor(request.amount, request.currency),
            metadata: { businessId: request.businessId, appointmentId: request.appointmentId },
          },
          { idempotencyKey: request.idempotencyKey, stripeAccount: request.account },
        );
        return { id: refund.id };
      } catch (err) {
        throw mapStripeError(err);
      }
    },
  };
}

interface StripeLikeError {
  type: string;
  message: string;
  statusCode?: number | undefined;
  code?: string | undefined;
  headers?: Record<string, string> | undefined;
}

function isStripeError(err: unknown): err is StripeLikeError {
  const type = err instanceof Error ? (err as Error & { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith('Stripe');
}

/**
 * Stripe's error classes into ours: connection failures and 5xx, 429 and
 * lock timeouts may pass (and a timed-out request may have gone through:
 * the idempotency key makes the retry safe); a bad key, a missing
 * permission on the connected account or an invalid request will not.
 */
export function mapStripeError(err: unknown): unknown {
  if (err instanceof ProviderError || !isStripeError(err)) return err;
  const status = err.statusCode;
  const connection = err.type === 'StripeConnectionError';
  const retryable =
    connection ||
    err.type === 'StripeAPIError' ||
    err.type === 'StripeRateLimitError' ||
    err.code === 'lock_timeout' ||
    (status !== undefined && status >= 500);
  const retryAfter = Number(err.headers?.['retry-after']);
  return new ProviderError(
    PROVIDER,
    `${err.type}${status ? ` ${status}` : ''}: ${err.message.slice(0, 300)}`,
    retryable,
    {
      ...(status !== undefined ? { status } : {}),
      ...(err.code ? { providerCode: err.code } : {}),
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
      ambiguous: connection,
      cause: err,
    },
  );
}

export { fromMinor };
