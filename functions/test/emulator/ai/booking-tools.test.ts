/**
 * A customer books on WhatsApp through the conversation engine's tools, on
 * the emulators: the real Anthropic SDK in the function against the
 * scripted fake model, which asks check_availability, holds a slot it was
 * given, and books it on the customer's next message — the appointment in
 * Firestore, the owner told, the confirmation sent through the fake Graph
 * API. The model only ever sees times availability returned.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssistantAppointment, AssistantSlot } from '../../../src/domain/booking/assistant.js';
import { admin, demoProfile, GROOMER, resetAndSeed, waitFor } from '../harness.js';
import {
  type AiBusiness,
  type Fakes,
  newCustomer,
  seedAiBusiness,
  sentReply,
  sentTo,
  startFakes,
  text,
  whatsapp,
} from './ai-harness.js';

let fakes: Fakes;
let groomer: AiBusiness;
beforeAll(async () => {
  fakes = await startFakes();
  await resetAndSeed();
  // The groomer's own calendar on Frontdesk (no Google here); a bath has no deposit.
  const demo = demoProfile(GROOMER) as {
    settings: { booking: Record<string, unknown> };
  };
  groomer = await seedAiBusiness(
    'groomer-books',
    {
      booking: { ...demo.settings.booking, backend: { type: 'frontdesk' }, approval: {} },
    },
    GROOMER,
  );
});
afterAll(() => fakes.close());
beforeEach(() => {
  fakes.anthropic.reset();
  fakes.graph.reset();
});

const json = <T>(content: string | undefined) => JSON.parse(content ?? 'null') as T;

/** A local date a few days ahead in the business's zone (America/Chicago), as the model would ask. */
function daysAhead(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Chicago',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return parts.format(new Date(Date.now() + days * 86_400_000));
}

describe('booking through the engine’s tools on the emulators', () => {
  it('availability → hold → book, from WhatsApp: the appointment confirmed, the owner told, the customer answered', async () => {
    // A week ahead, whichever days the groomer opens.
    const [from, to] = [daysAhead(2), daysAhead(8)];
    let offered: AssistantSlot | undefined;
    fakes.anthropic.script(
      { tools: [{ name: 'check_availability', input: { serviceId: 'bath-brush', variantId: 'medium', from, to } }] },
      (view) => {
        const { slots } = json<{ slots: AssistantSlot[] }>(view.toolResults[0]?.content);
        offered = slots[0];
        if (!offered) return { text: 'Nothing free that day.' };
        return {
          tools: [{ name: 'hold_slot', input: { serviceId: 'bath-brush', variantId: 'medium', start: offered.start } }],
        };
      },
      (view) => {
        const held = json<{ appointment: AssistantAppointment }>(view.toolResults[0]?.content).appointment;
        return { text: `I’ve held ${held.date} at ${held.time} for you. What name should I book it under?` };
      },
    );
    const customer = newCustomer();
    const first = await whatsapp(groomer, customer, text('Can I book a bath for my medium dog next week?'), 'Ana');
    const held = await sentReply(groomer, first);
    expect(offered, 'availability returned a slot').toBeDefined();
    expect(held.get('text')).toBe(
      `I’ve held ${offered!.date} at ${offered!.time} for you. What name should I book it under?`,
    );
    expect((held.get('ai.toolCalls') as { name: string; ok: boolean }[]).map((c) => [c.name, c.ok])).toEqual([
      ['check_availability', true],
      ['hold_slot', true],
    ]);

    fakes.anthropic.script(
      { tools: [{ name: 'list_my_appointments', input: {} }] },
      (view) => {
        const [mine] = json<{ appointments: AssistantAppointment[] }>(view.toolResults[0]?.content).appointments;
        return {
          tools: [
            { name: 'book_appointment', input: { appointmentId: mine!.id, customerName: 'Ana Ruiz', petName: 'Rex' } },
          ],
        };
      },
      (view) => {
        const booked = json<{ appointment: AssistantAppointment }>(view.toolResults[0]?.content).appointment;
        return { text: `Booked: Rex’s bath on ${booked.date} at ${booked.time}. See you then, Ana!` };
      },
    );
    const second = await whatsapp(groomer, customer, text('Ana Ruiz, the dog is Rex'), 'Ana');
    const booked = await sentReply(groomer, second);
    const confirmation = `Booked: Rex’s bath on ${offered!.date} at ${offered!.time}. See you then, Ana!`;
    expect(booked.get('text')).toBe(confirmation);
    expect(sentTo(fakes, customer)).toContain(confirmation);

    const appointments = await admin().collection(`businesses/${groomer.id}/appointments`).get();
    expect(appointments.docs).toHaveLength(1);
    expect(appointments.docs[0]!.data()).toMatchObject({
      status: 'confirmed',
      source: 'assistant',
      customerName: 'Ana Ruiz',
      serviceId: 'bath-brush',
    });
    expect(appointments.docs[0]!.get('start').toDate().toISOString()).toBe(offered!.start);
    // The owner is told of the new booking (dashboard notification, staff bot).
    await waitFor(
      async () =>
        (await admin().collection(`businesses/${groomer.id}/notifications`).where('kind', '==', 'booking').get())
          .docs[0],
      'the booking notification',
    );
  });
});
