/**
 * The booking backend port: where a business's bookings live besides
 * Frontdesk's own record (which is always kept: appointments and slot locks
 * in Firestore). A backend answers availability and mirrors confirmed
 * bookings; `settings.booking.backend.type` picks it.
 *
 * To add a backend: one file here exporting a `BookingBackendAdapter`, a
 * line in `registry.ts`, and a test that runs `backend.contract.ts` against a
 * local fake of the vendor's API (testing/fake-*.ts). The rules every
 * adapter keeps:
 * - `availability` never throws for a vendor's failure it can explain: it
 *   answers `{ kind: 'hours', reason }` (working hours only) for a
 *   calendar that only adds busy time, or throws a ProviderError where the
 *   vendor is the schedule's record (`authoritative`).
 * - `upsert` is idempotent for one appointment (a retried task must not
 *   create a second event or booking) and returns the vendor's id;
 *   `remove` of something already gone succeeds.
 * - Errors are ours: ProviderError (with `retryable` and the HTTP status;
 *   401/403 and revoked grants are not retryable), SlotTakenError when the
 *   vendor's schedule refuses the time.
 */
import type { Appointment } from '../../domain/booking/appointment.js';
import type { BookingBackend } from '../../domain/booking/settings.js';
import type { BusyInterval } from '../../domain/booking/slots.js';
import type { Business } from '../../domain/business.js';
import { FrontdeskError } from '../../errors.js';

/** What a backend knows about free and busy time in a range. */
export type BackendAvailability =
  /** Busy time to take out of working hours (a calendar). */
  | { kind: 'busy'; busy: BusyInterval[] }
  /** The only start times its schedule accepts (a clinic system); `resourceId` narrows who. */
  | { kind: 'starts'; starts: { start: Date; resourceId?: string | undefined }[] }
  /** Nothing beyond working hours and Frontdesk's own appointments (with the reason when it could not ask). */
  | { kind: 'hours'; reason?: string | undefined };

/** The business, its backend settings and the credentials booking keeps in businessSecrets. */
export interface BackendContext {
  business: Business;
  backend: BookingBackend;
  credentials: { googleRefreshToken?: string | undefined; clinicApiToken?: string | undefined };
  now: Date;
}

/** What a mirrored booking says besides the appointment's own fields. */
export interface BookingDetails {
  serviceName: string;
  customerName?: string | undefined;
  petName?: string | undefined;
  phone?: string | undefined;
}

export interface BookingBackendAdapter {
  readonly type: BookingBackend['type'];
  /** Its schedule is the record: a booking it refuses (SlotTakenError) cannot stand. */
  readonly authoritative: boolean;
  /** Whether confirmed bookings are mirrored there (calendar tasks are written only then). */
  readonly mirrors: boolean;
  availability(
    ctx: BackendContext,
    query: { serviceId: string; variantId?: string | undefined; from: Date; to: Date },
  ): Promise<BackendAvailability>;
  /** Creates or updates the booking there; returns its id there. */
  upsert(ctx: BackendContext, appointment: Appointment, details: BookingDetails): Promise<{ id: string } | undefined>;
  /** Cancels it there; nothing there (or gone already) is fine. */
  remove(ctx: BackendContext, appointment: Appointment): Promise<void>;
}

/** The vendor's schedule refused the time (someone booked it there). */
export class SlotTakenError extends FrontdeskError {
  readonly code = 'slot_taken';
  readonly httpStatus = 409;
}
