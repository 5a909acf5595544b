/**
 * Frontdesk's own calendar: working hours minus Frontdesk's appointments
 * and live holds (the slot locks). Nothing to ask and nothing to mirror —
 * the appointments in Firestore are the record.
 */
import type { BookingBackendAdapter } from './backend.js';

export const frontdeskBackend: BookingBackendAdapter = {
  type: 'frontdesk',
  authoritative: false,
  mirrors: false,
  async availability() {
    return { kind: 'hours' };
  },
  async upsert() {
    return undefined;
  },
  async remove() {},
};
