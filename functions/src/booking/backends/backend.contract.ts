/**
 * The contract every booking backend keeps, run against each one's local
 * fake vendor (backends.test.ts): availability sees the vendor's own busy
 * time, a confirmed booking is mirrored once however often the task runs,
 * moves follow, removal is idempotent, and the vendor's failures become our
 * errors with the right `retryable`. A backend with no vendor (Frontdesk's
 * own) skips the mirroring cases, saying why.
 */
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../domain/booking/appointment.js';
import { createHold } from '../../domain/booking/lifecycle.js';
import type { Business } from '../../domain/business.js';
import { ProviderError } from '../../errors.js';
import type { BackendContext, BookingBackendAdapter } from './backend.js';

export interface ExternalBooking {
  start: Date;
  end: Date;
}

export interface BackendHarness {
  adapter: BookingBackendAdapter;
  business: Business;
  ctx(): BackendContext;
  /** A service and option the vendor knows. */
  service: { serviceId: string; variantId?: string | undefined };
  /** A start the vendor's schedule has free (the first test books it). */
  freeStart: Date;
  /** The bookings the vendor holds now (mirrored by Frontdesk or not). */
  external(): ExternalBooking[];
  /** Someone books this time at the vendor directly (the owner's own event, the clinic's front desk). */
  takeAtVendor(start: Date, minutes: number): void;
  /** The vendor refuses our credentials from now on. */
  revoke(): void;
  /** The vendor answers the next request with a server error. */
  failNext(status: number): void;
}

function appointmentAt(h: BackendHarness, start: Date, id: string): Appointment {
  const service = h.business.services.find((s) => s.id === h.service.serviceId)!;
  const made = createHold({
    id,
    service,
    variantId: h.service.variantId,
    start,
    units: ['all.1'],
    lockKeys: [],
    contactId: 'contract-contact',
    customerName: 'Contract Customer',
    currency: h.business.profile.currency,
    source: 'api',
    by: 'customer',
    now: new Date(start.getTime() - 86_400_000),
    holdMinutes: 10,
  });
  if (!made.ok) throw new Error(made.message);
  return { ...made.appointment, status: 'confirmed', holdExpiresAt: null };
}

const DAY = 86_400_000;

export function runBackendContract(name: string, setup: () => Promise<BackendHarness>): void {
  describe(`booking backend contract: ${name}`, () => {
    const range = (h: BackendHarness) => ({
      ...h.service,
      from: new Date(h.freeStart.getTime() - DAY / 2),
      to: new Date(h.freeStart.getTime() + DAY / 2),
    });
    const isFree = async (h: BackendHarness, start: Date, minutes: number) => {
      const answer = await h.adapter.availability(h.ctx(), range(h));
      const end = new Date(start.getTime() + minutes * 60_000);
      if (answer.kind === 'busy') return !answer.busy.some((b) => b.start < end && start < b.end);
      if (answer.kind === 'starts') return answer.starts.some((s) => s.start.getTime() === start.getTime());
      return true;
    };

    it('availability sees time taken at the vendor', async () => {
      const h = await setup();
      if (!h.adapter.mirrors) {
        expect(await h.adapter.availability(h.ctx(), range(h))).toEqual({ kind: 'hours' });
        return;
      }
      expect(await isFree(h, h.freeStart, 30)).toBe(true);
      h.takeAtVendor(h.freeStart, 60);
      expect(await isFree(h, h.freeStart, 30)).toBe(false);
    });

    it('mirrors a booking once, however often the task runs, and moves it', async (test) => {
      const h = await setup();
      if (!h.adapter.mirrors) return test.skip('keeps no bookings of its own: Firestore is the record');
      const a = appointmentAt(h, h.freeStart, `contract-${Math.random().toString(36).slice(2)}`);
      const details = { serviceName: 'Contract service', customerName: 'Contract Customer' };
      const first = await h.adapter.upsert(h.ctx(), a, details);
      expect(first?.id).toBeTruthy();
      const again = await h.adapter.upsert(h.ctx(), a, details);
      expect(again?.id).toBe(first?.id);
      expect(h.external().filter((b) => b.start.getTime() === a.start.getTime())).toHaveLength(1);
      const later = new Date(a.start.getTime() + 3_600_000);
      const moved = {
        ...a,
        start: later,
        end: new Date(later.getTime() + (a.end.getTime() - a.start.getTime())),
        external: { backend: h.adapter.type, id: first!.id },
      };
      await h.adapter.upsert(h.ctx(), moved, details);
      expect(h.external().map((b) => b.start.getTime())).toContain(later.getTime());
      expect(h.external().map((b) => b.start.getTime())).not.toContain(a.start.getTime());
      await h.adapter.remove(h.ctx(), moved);
      expect(h.external().map((b) => b.start.getTime())).not.toContain(later.getTime());
      // Removing what is gone already is fine (a retried task).
      await h.adapter.remove(h.ctx(), moved);
    });

    it('a refused credential is not retryable; a vendor outage is', async (test) => {
      const h = await setup();
      if (!h.adapter.mirrors) return test.skip('calls no vendor');
      // Warm up (an OAuth client fetches its access token first, and retries that itself).
      await h.adapter.availability(h.ctx(), range(h));
      h.failNext(503);
      const outage = await h.adapter
        .upsert(h.ctx(), appointmentAt(h, h.freeStart, 'contract-outage'), { serviceName: 'x' })
        .catch((e: unknown) => e);
      expect(outage).toBeInstanceOf(ProviderError);
      expect((outage as ProviderError).retryable).toBe(true);
      h.revoke();
      const refused = await h.adapter
        .upsert(h.ctx(), appointmentAt(h, h.freeStart, 'contract-refused'), { serviceName: 'x' })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ProviderError);
      expect((refused as ProviderError).retryable).toBe(false);
    });
  });
}
