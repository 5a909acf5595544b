/**
 * The booking backends by `settings.booking.backend.type`. Adding one: its
 * file in this folder, a line here, and its contract test.
 */
import type { BookingBackend } from '../../domain/booking/settings.js';
import type { GoogleConfig } from '../google-oauth.js';
import type { BookingBackendAdapter } from './backend.js';
import { clinicApiBackend } from './clinic-api.js';
import { frontdeskBackend } from './frontdesk.js';
import { googleCalendarBackend } from './google-calendar.js';

export function bookingBackends(google: GoogleConfig): (type: BookingBackend['type']) => BookingBackendAdapter {
  const backends: Record<BookingBackend['type'], BookingBackendAdapter> = {
    frontdesk: frontdeskBackend,
    'google-calendar': googleCalendarBackend(google),
    'clinic-api': clinicApiBackend,
  };
  return (type) => backends[type];
}
