/** The customer's upcoming appointments (and those waiting for something). */
import { z } from 'zod';
import { amountsOf, bookingOf, isPort } from './booking-common.js';
import { defineTool } from './tool.js';

export const listMyAppointments = defineTool({
  name: 'list_my_appointments',
  description:
    'List this customer’s upcoming appointments, soonest first, with their ids, local day and time, status (held, pending_approval, awaiting_payment, confirmed) and any deposit link. Use it before moving or cancelling.',
  input: z.strictObject({}),
  async run(_input, ctx) {
    const port = bookingOf(ctx);
    if (!isPort(port)) return port;
    const appointments = await port.list();
    return {
      content: { timezone: ctx.business.profile.timezone, appointments },
      summary: `${appointments.length} upcoming appointment(s)`,
      sources: [...new Set(appointments.map((a) => a.serviceId))],
      amounts: appointments.flatMap((a) => amountsOf(a)),
    };
  },
});
