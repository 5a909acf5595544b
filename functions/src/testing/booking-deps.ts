/**
 * The booking pipeline's dependencies for unit tests: the in-memory store
 * and clock of memoryDeps, the real backends and Stripe adapter pointed at
 * local fakes when a test starts them.
 */
import { bookingBackends } from '../booking/backends/registry.js';
import type { BookingDeps } from '../booking/deps.js';
import type { GoogleConfig } from '../booking/google-oauth.js';
import { stripePayments } from '../booking/payments/stripe.js';
import { loadSecrets } from '../profile/load.js';
import { FAKE_GOOGLE_CLIENT_ID, FAKE_GOOGLE_CLIENT_SECRET } from './fake-google.js';
import { FAKE_STRIPE_KEY } from './fake-stripe.js';
import { type MemoryDeps, memoryDeps } from './memory-deps.js';

export const PUBLIC_URL = 'https://frontdesk.example.test';

export function googleTestConfig(url = 'http://127.0.0.1:9'): GoogleConfig {
  return {
    clientId: FAKE_GOOGLE_CLIENT_ID,
    clientSecret: FAKE_GOOGLE_CLIENT_SECRET,
    redirectUri: `${PUBLIC_URL}/oauth/google/callback`,
    authUrl: `${url}/o/oauth2/v2/auth`,
    tokenUrl: `${url}/token`,
    calendarUrl: url,
  };
}

export type MemoryBookingDeps = MemoryDeps & BookingDeps;

export function memoryBookingDeps(
  options: { start?: Date; stripeUrl?: string; googleUrl?: string } = {},
): MemoryBookingDeps {
  const base = memoryDeps(options.start);
  return {
    ...base,
    backendFor: bookingBackends(googleTestConfig(options.googleUrl)),
    payments: options.stripeUrl
      ? stripePayments({ secretKey: FAKE_STRIPE_KEY, apiUrl: options.stripeUrl, now: base.now })
      : undefined,
    publicUrl: PUBLIC_URL,
  };
}

/** Booking credentials for a business, as `npm run seed -- --secrets` loads them. */
export async function seedBookingSecrets(
  deps: MemoryDeps,
  businessId: string,
  secrets: { stripeAccount?: string; clinicToken?: string; googleRefreshToken?: string },
) {
  await loadSecrets(deps.db, businessId, {
    channels: {},
    ...(secrets.stripeAccount ? { stripe: { accountId: secrets.stripeAccount } } : {}),
    ...(secrets.clinicToken ? { clinicApi: { token: secrets.clinicToken } } : {}),
    ...(secrets.googleRefreshToken ? { google: { refreshToken: secrets.googleRefreshToken } } : {}),
  });
}
