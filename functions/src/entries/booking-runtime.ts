/** The production wiring of the booking pipeline: the store, the backends and Stripe, from the bound secrets. */
import { approvalActionHandler } from '../booking/actions.js';
import { bookingBackends } from '../booking/backends/registry.js';
import type { BookingDeps } from '../booking/deps.js';
import { stripePayments } from '../booking/payments/stripe.js';
import { type BookingConfig, bookingConfig } from '../booking/config.js';
import { registerNotificationAction } from '../pipeline/notification-actions.js';
import { runtimeDeps } from './runtime.js';

let cached: { key: string; deps: BookingDeps } | undefined;

export function bookingDeps(config: BookingConfig = bookingConfig()): BookingDeps {
  // Kept per process (the Google clients cache access tokens), rebuilt if the secrets changed.
  const key = JSON.stringify([
    config.publicUrl,
    config.stripe?.apiUrl,
    config.stripe?.secretKey.slice(-6),
    config.google,
  ]);
  if (cached?.key === key) return cached.deps;
  const deps: BookingDeps = {
    ...runtimeDeps(),
    backendFor: bookingBackends(config.google),
    payments: config.stripe ? stripePayments(config.stripe) : undefined,
    publicUrl: config.publicUrl,
  };
  cached = { key, deps };
  return deps;
}

// Approve / Decline on booking's approval notifications, wherever a press is dispatched (the staff bot, the dashboard).
registerNotificationAction(
  'approval',
  approvalActionHandler(() => bookingDeps()),
);
