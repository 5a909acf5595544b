/**
 * The payment port: a deposit link (a hosted checkout page), its early end,
 * and refunds. One implementation today, Stripe (stripe.ts), on Stripe
 * Connect: Frontdesk is the platform, each business a connected account
 * (`account`), so one deployment takes deposits for many businesses into
 * their own accounts and one webhook hears them all (README, "Deposits
 * with Stripe").
 *
 * To add a provider: a file implementing `PaymentProvider` (amounts in the
 * currency's major unit, as the appointment keeps them; the file converts),
 * its webhook handler, and the secrets it needs. Every call takes an
 * idempotency key, so a task retried after a timeout never charges or
 * refunds twice.
 */

export interface CheckoutRequest {
  /** The business's connected account. */
  account: string;
  businessId: string;
  appointmentId: string;
  amount: number;
  currency: string;
  /** What the customer sees on the page: "Deposit: Full groom, Tue 3 Mar 10:00". */
  description: string;
  /** When the link stops working (the provider may need a minimum lifetime; see the adapter). */
  expiresAt: Date;
  successUrl: string;
  cancelUrl: string;
  locale?: string | undefined;
  idempotencyKey: string;
}

export interface Checkout {
  sessionId: string;
  url: string;
  expiresAt: Date;
}

export interface RefundRequest {
  account: string;
  businessId: string;
  appointmentId: string;
  /** The payment to refund (Stripe: the PaymentIntent id). */
  paymentReference: string;
  amount: number;
  currency: string;
  idempotencyKey: string;
}

export interface PaymentProvider {
  readonly name: string;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /** Ends a checkout early (the booking lapsed); one already paid or ended is fine. */
  expireCheckout(request: { account: string; sessionId: string }): Promise<void>;
  refund(request: RefundRequest): Promise<{ id: string }>;
}

/** Decimal places a currency's amounts are sent in (USD 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** An amount in the currency's smallest unit, as payment APIs take it. */
export function toMinor(amount: number, currency: string): number {
  const digits = minorDigits(currency);
  const minor = Math.round(amount * 10 ** digits);
  // Stripe takes three-decimal currencies (KWD, BHD, …) in multiples of ten.
  return digits === 3 ? Math.round(minor / 10) * 10 : minor;
}

export function fromMinor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}
