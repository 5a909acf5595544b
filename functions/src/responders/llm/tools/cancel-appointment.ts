/** Cancels one of the customer's appointments; the deposit is refunded (or kept) as the business's policy says. */
import { z } from 'zod';
import { AppointmentId, amountsOf, bookingOf, isPort, refusedResult } from './booking-common.js';
import { defineTool } from './tool.js';

export const cancelAppointment = defineTool({
  name: 'cancel_appointment',
  description:
    'Cancel one of this customer’s appointments (from list_my_appointments) once they have clearly asked to. The deposit refund follows the business’s policy; a late cancellation may wait for the owner’s approval. Tell the customer exactly what the result says.',
  input: z.strictObject({ appointmentId: AppointmentId }),
  async run(input, ctx) {
    const port = bookingOf(ctx);
    if (!isPort(port)) return port;
    const done = await port.cancel(input);
    if (!done.ok) return refusedResult(done, 'cancellation');
    const a = done.appointment;
    const waiting = a.status === 'pending_approval' || a.pending === 'refund';
    return {
      content: {
        appointment: a,
        refund: done.refund,
        next: waiting
          ? 'The cancellation (or its refund) waits for the owner’s approval: say so, and that they will be told.'
          : `Cancelled.${done.refund > 0 ? ' Say the refund amount.' : ''}`,
      },
      summary: `cancel ${a.id}: ${a.status}${a.pending ? ` (${a.pending} pending)` : ''}, refund ${done.refund}`,
      sources: [a.serviceId],
      amounts: amountsOf(a, [done.refund]),
    };
  },
});
