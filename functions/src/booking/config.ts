/**
 * Booking's configuration, read inside a handler once the secrets
 * (secrets.ts) are bound: Stripe, Google and where this deployment is served.
 *
 * Vendor URLs default to the vendors' own; FRONTDESK_STRIPE_API_URL,
 * FRONTDESK_GOOGLE_OAUTH_URL, FRONTDESK_GOOGLE_TOKEN_URL and
 * FRONTDESK_GOOGLE_CALENDAR_URL move them (tests: local fakes).
 * FRONTDESK_PUBLIC_URL is where Hosting serves this deployment (the OAuth
 * redirect, the page after a payment): https://<project>.web.app by default.
 */
import { secretValue } from '../config.js';
import { type GoogleConfig, googleConfig } from './google-oauth.js';
import type { StripeConfig } from './payments/stripe.js';
import {
  GOOGLE_OAUTH_CLIENT_ID,
  GOOGLE_OAUTH_CLIENT_SECRET,
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
  return (env.FRONTDESK_PUBLIC_URL ?? `https://${project}.web.app`).replace(/\/+$/, '');
}

/** Read inside a handler, once the secrets are bound. */
export function bookingConfig(env: NodeJS.ProcessEnv = process.env): BookingConfig {
  const url = publicUrl(env);
  const stripeKey = secretValue(STRIPE_SECRET_KEY);
  return {
    publicUrl: url,
    stripe: stripeKey ? { secretKey: stripeKey, apiUrl: env.FRONTDESK_STRIPE_API_URL } : undefined,
    stripeWebhookSecret: secretValue(STRIPE_WEBHOOK_SECRET),
    google: googleConfig(
      env,
      { clientId: secretValue(GOOGLE_OAUTH_CLIENT_ID), clientSecret: secretValue(GOOGLE_OAUTH_CLIENT_SECRET) },
      url,
    ),
  };
}
