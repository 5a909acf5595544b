/**
 * What the booking pipeline needs from the outside world, passed in so that
 * unit tests run it on the in-memory store with local fakes of the vendors.
 */
import type { Deps } from '../pipeline/deps.js';
import type { BookingBackendAdapter } from './backends/backend.js';
import type { BookingBackend } from '../domain/booking/settings.js';
import type { PaymentProvider } from './payments/payments.js';

export interface BookingDeps extends Deps {
  /** The adapter for a business's backend type (backends/registry.ts). */
  backendFor(type: BookingBackend['type']): BookingBackendAdapter;
  /** Deposits; absent when this deployment has no payment provider set up (deposits then go to staff). */
  payments?: PaymentProvider | undefined;
  /** Where customers land after paying or leaving the checkout page (the business's site, or this). */
  publicUrl: string;
}
