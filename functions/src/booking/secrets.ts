/**
 * Booking's deployment secrets (and its one setting, the public URL), declared with firebase-functions/params and
 * bound (triggers/) to the functions that take payments or call calendars:
 * the Stripe webhook, the OAuth callback, the sweep and the reply trigger.
 * Only the declarations live here, so the trigger files that bind them load
 * nothing else; config.ts reads them inside a handler. Demo values for the
 * emulator are in functions/.secret.local (README, "Deposits with Stripe",
 * "Connecting Google Calendar").
 */
import { defineSecret, defineString } from 'firebase-functions/params';

/** The Stripe platform's secret key (Connect): `sk_live_…` / `sk_test_…`. */
export const STRIPE_SECRET_KEY = defineSecret('STRIPE_SECRET_KEY');
/** The signing secret of the Connect webhook endpoint (`whsec_…`). */
export const STRIPE_WEBHOOK_SECRET = defineSecret('STRIPE_WEBHOOK_SECRET');
/** The OAuth client (type "Web application") this deployment connects calendars with. */
export const GOOGLE_OAUTH_CLIENT_ID = defineSecret('GOOGLE_OAUTH_CLIENT_ID');
export const GOOGLE_OAUTH_CLIENT_SECRET = defineSecret('GOOGLE_OAUTH_CLIENT_SECRET');

/** Every secret a function that books (takes deposits, writes calendars) needs. */
export const BOOKING_SECRETS = [
  STRIPE_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET,
  GOOGLE_OAUTH_CLIENT_ID,
  GOOGLE_OAUTH_CLIENT_SECRET,
];

/** Where Hosting serves this deployment (the OAuth redirect, the page after a deposit); empty: https://<project>.web.app. */
export const PUBLIC_URL = defineString('FRONTDESK_PUBLIC_URL', {
  default: '',
  description: 'Public base URL of this deployment (Hosting), e.g. https://frontdesk.example.com',
});
