/** Holds a free time for a few minutes while the customer confirms. */
import { z } from 'zod';
import {
  Instant,
  ServiceId,
  VariantId,
  amountsOf,
  bookingOf,
  isPort,
  nextStep,
  refusedResult,
} from './booking-common.js';
import { defineTool } from './tool.js';

export const holdSlot = defineTool({
  name: 'hold_slot',
  description:
    'Hold one of the times check_availability returned, for a few minutes, as soon as the customer picks it: nobody else can take it meanwhile. Then ask for the name to book under and call book_appointment. If it was taken meanwhile, offer other times.',
  input: z.strictObject({
    serviceId: ServiceId,
    variantId: VariantId,
    start: Instant,
    resourceId: z.string().trim().min(1).max(64).optional(),
  }),
  async run(input, ctx) {
    const port = bookingOf(ctx);
    if (!isPort(port)) return port;
    const held = await port.hold(input);
    if (!held.ok) return refusedResult(held, 'hold');
    return {
      content: { appointment: held.appointment, holdExpiresAt: held.holdExpiresAt, next: nextStep(held.appointment) },
      summary: `held ${input.serviceId} at ${held.appointment.date} ${held.appointment.time} (${held.appointment.id})`,
      sources: [input.serviceId],
      amounts: amountsOf(held.appointment),
    };
  },
});
