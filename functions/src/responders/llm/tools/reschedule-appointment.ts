/** Moves one of the customer's appointments to another free time. */
import { z } from 'zod';
import { AppointmentId, Instant, amountsOf, bookingOf, isPort, nextStep, refusedResult } from './booking-common.js';
import { defineTool } from './tool.js';

export const rescheduleAppointment = defineTool({
  name: 'reschedule_appointment',
  description:
    'Move one of this customer’s appointments (from list_my_appointments) to a new time that check_availability returned for the same service. A late change may wait for the owner’s approval: the result says so.',
  input: z.strictObject({ appointmentId: AppointmentId, start: Instant }),
  async run(input, ctx) {
    const port = bookingOf(ctx);
    if (!isPort(port)) return port;
    const moved = await port.reschedule(input);
    if (!moved.ok) return refusedResult(moved, 'reschedule');
    const a = moved.appointment;
    return {
      content: { appointment: a, next: nextStep(a) },
      summary: `rescheduled ${a.id} to ${a.date} ${a.time}: ${a.status}${a.pending ? ` (${a.pending} pending)` : ''}`,
      sources: [a.serviceId],
      amounts: amountsOf(a),
    };
  },
});
