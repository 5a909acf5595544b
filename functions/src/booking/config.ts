/**
 * Booking's configuration, read inside a handler once the secrets
 * (secrets.ts) are bound: Stripe, Google and where this deployment is served.
 * Vendor URLs are the shared vendor params (vendor/apis.ts: Stripe, Google's
 * OAuth and Calendar endpoints), moved to local fakes in tests and the demo.
 *
 * Deposits and calendars are optional for a deployment: a function that
 * did not bind their secrets, or a deployment that left them empty, has
 * none (a booking that needs one fails visibly at that step).
 */
import { optionalSecretValue, vendorUrls } from '../config.js';
import { type GoogleConfig, googleConfig } from './google-oauth.js';
import type { StripeConfig } from './payments/stripe.js';
import {
  GOOGLE_OAUTH_CLIENT_ID,
  GOOGLE_OAUTH_CLIENT_SECRET,
  PUBLIC_URL,
  STRIPE_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET,
} from './secrets.js';

export interface BookingConfig {
  publicUrl: string;
  stripe: StripeConfig | undefined;
  stripeWebhookSecret: string | undefined;
  google: GoogleConfig;
}

export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  const project = env.GCLOUD_PROJECT ?? env.GCP_PROJECT ?? 'frontdesk';
  const set = PUBLIC_URL.value().trim();
  return (set || `https://${project}.web.app`).replace(/\/+$/, '');
}

export function googleSettings(): GoogleConfig {
  return googleConfig(
    vendorUrls(),
    {
      clientId: optionalSecretValue(GOOGLE_OAUTH_CLIENT_ID),
      clientSecret: optionalSecretValue(GOOGLE_OAUTH_CLIENT_SECRET),
    },
    publicUrl(),
  );
}

export function bookingConfig(): BookingConfig {
  const stripeKey = optionalSecretValue(STRIPE_SECRET_KEY);
  return {
    publicUrl: publicUrl(),
    stripe: stripeKey ? { secretKey: stripeKey, apiUrl: vendorUrls().stripe } : undefined,
    stripeWebhookSecret: optionalSecretValue(STRIPE_WEBHOOK_SECRET),
    google: googleSettings(),
  };
}
