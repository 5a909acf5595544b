/**
 * Algerian Arabizi at a clinic: "3andi rdv" (I have an appointment) is no request for one, unlike "3andkom rdv?"
 * (do you have one free); a question about stopping a medicine before the tests is answered, not booked.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';
import { read } from './understand.js';

const business = fixtureBusiness();
const now = new Date('2026-03-02T09:00:00Z');

describe('an appointment held, or one asked for', () => {
  it.each([['3andi rdv nhar el khmis, lazem nwa9ef dwa 9bel?'], ['3ndi rdv ghedwa w rani nechreb zyrtec, n7bsou?']])(
    'reads "%s" as holding an appointment, with no act of booking',
    (text) => {
      const reading = read(business, {}, text, now);
      expect(reading.has('own')).toBe(true);
      expect(reading.has('bookingAct')).toBe(false);
    },
  );

  it.each([['3andkom rdv nhar el khmis?'], ['salam, 3ndkom rdv ghedwa?']])(
    'still reads "%s" as asking for one',
    (text) => {
      expect(read(business, {}, text, now).has('bookingAct')).toBe(true);
    },
  );

  it('does not hand a question about stopping a medicine to the booking flow', () => {
    const result = respond(request(business, '3andi rdv nhar el arb3a w rani nechreb zyrtec kol youm, lazem nwa9fou?'));
    expect(result.intent).not.toBe('booking');
  });
});

describe('Algerian words of the desk', () => {
  it.each([['rakom 7allin nhar el jem3a?'], ['راكم حالين غدوة؟']])('reads "%s" as asking about opening', (text) => {
    expect(read(business, {}, text, now).concepts.has('opening')).toBe(true);
  });

  it('does not read "7allina" (we solved) as opening', () => {
    expect(read(business, {}, '7allina el mochkil, merci', now).concepts.has('opening')).toBe(false);
  });

  it.each([['el rdv ta3i kan nhar el khmis, n7awlouh?'], ['الموعد تاعي نهار الخميس، نحولوه؟']])(
    'reads "%s" as the customer’s own appointment',
    (text) => {
      expect(read(business, {}, text, now).has('own')).toBe(true);
    },
  );
});
