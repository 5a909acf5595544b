/**
 * The booking layer on the emulator's Firestore, for the booking tests: the
 * vendors at the local fakes the functions use too (Google on 4018, Stripe
 * on 4019), and the Google OAuth settings the functions are configured with.
 */
import { bookingBackends } from '../../src/booking/backends/registry.js';
import type { BookingDeps } from '../../src/booking/deps.js';
import { stripePayments } from '../../src/booking/payments/stripe.js';
import { googleTestConfig } from '../../src/testing/booking-deps.js';
import { FAKE_STRIPE_KEY } from '../../src/testing/fake-stripe.js';
import { HOSTING, store } from './harness.js';

export const GOOGLE_PORT = 4018;
export const STRIPE_PORT = 4019;

export const googleConfig = () => ({
  ...googleTestConfig(`http://127.0.0.1:${GOOGLE_PORT}`),
  redirectUri: `${HOSTING}/oauth/google/callback`,
});

/** `withStripe`: deposits through the fake Stripe API; without it, no payments port (as for a business without). */
export function bookingDeps(options: { now?: () => Date; withStripe?: boolean } = {}): BookingDeps {
  const quiet = () => undefined;
  return {
    db: store(),
    now: options.now ?? (() => new Date()),
    log: { info: quiet, warn: quiet, error: quiet },
    backendFor: bookingBackends(googleConfig()),
    ...(options.withStripe
      ? { payments: stripePayments({ secretKey: FAKE_STRIPE_KEY, apiUrl: `http://127.0.0.1:${STRIPE_PORT}` }) }
      : {}),
    publicUrl: HOSTING,
  };
}
