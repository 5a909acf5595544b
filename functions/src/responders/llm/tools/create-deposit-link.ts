/** The deposit link of an appointment waiting for its deposit (made when the booking was). */
import { z } from 'zod';
import { AppointmentId, bookingOf, isPort, refusedResult } from './booking-common.js';
import { defineTool } from './tool.js';

export const createDepositLink = defineTool({
  name: 'create_deposit_link',
  description:
    'Get the payment link for the deposit of one of this customer’s appointments that waits for it (status awaiting_payment), e.g. when they lost it. Give the URL exactly as returned, with the amount and until when it can be paid.',
  input: z.strictObject({ appointmentId: AppointmentId }),
  async run(input, ctx) {
    const port = bookingOf(ctx);
    if (!isPort(port)) return port;
    const link = await port.depositLink(input);
    if (!link.ok) return refusedResult(link, 'deposit link');
    return {
      content: { url: link.url, amount: link.amount, currency: link.currency, payBy: link.expiresAt },
      summary: `deposit link for ${input.appointmentId}: ${link.amount} ${link.currency}`,
      amounts: [link.amount],
    };
  },
});
