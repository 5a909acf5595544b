/**
 * The groomer demo as staff's booking tests need it, on the in-memory
 * store: Frontdesk as its own calendar, the clock at Tuesday 1 December
 * 2026, 09:00 in Chicago, and one client who wrote on WhatsApp — plus the
 * `staff` callable's action table to call, as a member would.
 */
import { ingestMessage } from '../pipeline/ingest.js';
import { at } from '../store/collections.js';
import { digest } from '../store/ids.js';
import type { Caller } from '../team/access.js';
import { runAction } from '../team/actions.js';
import { type MemoryBookingDeps, memoryBookingDeps } from '../testing/booking-deps.js';
import { CLINIC, GROOMER, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { offlineAssistant } from './assistant.test-helper.js';
import { staffActions } from './staff.js';

export const person = (email: string): Caller => ({ uid: `uid-${digest(email, 12)}`, email });

export interface GroomerDesk {
  deps: MemoryBookingDeps;
  /** The client who wrote "Hi" on WhatsApp. */
  contactId: string;
  /** Runs a `staff` action in the groomer's business as `caller`. */
  call(caller: Caller, action: string, data: Record<string, unknown>): Promise<unknown>;
}

/** A fresh groomer desk; `withClinic` seeds the laser clinic too (a member of another business). */
export async function groomerDesk(options: { withClinic?: boolean } = {}): Promise<GroomerDesk> {
  const deps = memoryBookingDeps({ start: new Date('2026-12-01T15:00:00Z') });
  await seedDemo(deps, GROOMER, (profile) => {
    (profile.settings as { booking: { backend: unknown } }).booking.backend = { type: 'frontdesk' };
  });
  if (options.withClinic) await seedDemo(deps, CLINIC);
  const inbound = await ingestMessage(
    deps,
    GROOMER,
    whatsappText('Hi', { accountId: '100000000000002', timestamp: deps.now(), userName: 'Ana' }),
  );
  if (inbound.result !== 'created') throw new Error('expected a new message');
  const contactId = (await deps.db.get(at.message(GROOMER, inbound.messageId)))!.contactId;
  const actions = staffActions(offlineAssistant, async () => deps);
  return {
    deps,
    contactId,
    call: (caller, action, data) => runAction(actions, deps, caller, { action, businessId: GROOMER, ...data }),
  };
}
