/** Books a held time: confirmed, waiting for the owner, or waiting for the deposit (with its link). */
import { z } from 'zod';
import { AppointmentId, amountsOf, bookingOf, isPort, nextStep, refusedResult } from './booking-common.js';
import { defineTool } from './tool.js';

export const bookAppointment = defineTool({
  name: 'book_appointment',
  description:
    'Book a time held with hold_slot, once the customer has confirmed it and given the name to book under (and the pet’s name for a groomer). The result says whether it is confirmed, waits for the owner’s approval, or waits for a deposit: then give the customer the paymentUrl from the result, exactly.',
  input: z.strictObject({
    appointmentId: AppointmentId,
    customerName: z.string().trim().min(1).max(120).describe('The name the customer gave to book under.'),
    petName: z.string().trim().min(1).max(60).optional().describe('The pet’s name, where the business is a groomer.'),
  }),
  async run(input, ctx) {
    const port = bookingOf(ctx);
    if (!isPort(port)) return port;
    const booked = await port.book(input);
    if (!booked.ok) return refusedResult(booked, 'booking');
    const a = booked.appointment;
    return {
      content: { appointment: a, next: nextStep(a) },
      summary: `booked ${a.id}: ${a.status}`,
      sources: [a.serviceId],
      amounts: amountsOf(a),
    };
  },
});
