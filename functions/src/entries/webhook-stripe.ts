/** Entry of webhookStripe: /webhook/stripe (docs/booking.md, "Deposits"). */
import { handleStripeWebhook } from '../booking/payments/stripe-webhook.js';
import { bookingConfig } from '../booking/config.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import { bookingDeps } from './booking-runtime.js';

export async function handle(request: RawRequest): Promise<RawResponse> {
  const config = bookingConfig();
  return handleStripeWebhook(bookingDeps(config), { webhookSecret: config.stripeWebhookSecret }, request);
}
