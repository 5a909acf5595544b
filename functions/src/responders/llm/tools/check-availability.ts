/** Free start times for a service on a day or a range of days: the only times the assistant may offer. */
import { z } from 'zod';
import { addDays, wallClock } from '../../../domain/hours.js';
import { LocalDate, ServiceId, VariantId, bookingOf, isPort, refusedResult } from './booking-common.js';
import { defineTool } from './tool.js';

export const checkAvailability = defineTool({
  name: 'check_availability',
  description:
    'Find free times for a service: give a day (date) or a range (from, to; at most 31 days), in the business’s local dates. Returns concrete start times; offer only these, never a time you did not get from here. For a service with options (sizes, areas), the option is required.',
  input: z.strictObject({
    serviceId: ServiceId,
    variantId: VariantId,
    date: LocalDate.optional().describe('One local day, YYYY-MM-DD.'),
    from: LocalDate.optional().describe('First local day of a range.'),
    to: LocalDate.optional().describe('Last local day of a range (inclusive).'),
    resourceId: z.string().trim().min(1).max(64).optional().describe('A staff member or room the customer asked for.'),
  }),
  async run(input, ctx) {
    const port = bookingOf(ctx);
    if (!isPort(port)) return port;
    const today = wallClock(ctx.now, ctx.business.profile.timezone).date;
    const from = input.date ?? input.from ?? today;
    const to = input.date ?? input.to ?? addDays(from, 6);
    const found = await port.availability({
      serviceId: input.serviceId,
      variantId: input.variantId,
      from,
      to,
      resourceId: input.resourceId,
    });
    if (!found.ok) return refusedResult(found, 'availability');
    return {
      content: {
        timezone: ctx.business.profile.timezone,
        from,
        to,
        slots: found.slots,
        more: found.more || undefined,
        note: found.slots.length === 0 ? 'Nothing free in these days: offer to look at other days.' : undefined,
      },
      summary: `${found.slots.length}${found.more ? '+' : ''} free times for ${input.serviceId}${input.variantId ? `/${input.variantId}` : ''} ${from}..${to}`,
      sources: [input.serviceId],
    };
  },
});
