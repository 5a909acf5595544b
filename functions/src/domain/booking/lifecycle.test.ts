import { describe, expect, it } from 'vitest';
import { Service } from '../business.js';
import { Appointment, paidBalance } from './appointment.js';
import { type AppointmentEvent, type Effect, type LifecyclePolicy, createHold, transition } from './lifecycle.js';
import { BookingSettings, type BookingSettingsInput } from './settings.js';

const groom = Service.parse({
  id: 'full-groom',
  name: 'Full groom',
  durationMinutes: 90,
  price: 75,
  deposit: 25,
  bufferAfterMinutes: 15,
  variants: [{ id: 'large', name: 'Large', durationMinutes: 150, price: 120 }],
});
const bath = Service.parse({ id: 'bath', name: 'Bath', durationMinutes: 60, price: 50 });

const TZ = 'America/Chicago';
/** Local Chicago time on 10 March 2026 (CDT, UTC−5). */
const at = (hhmm: string, day = 10) => new Date(`2026-03-${day}T${hhmm}:00-05:00`);

function policy(input: BookingSettingsInput = {}): LifecyclePolicy {
  return { timezone: TZ, booking: BookingSettings.parse(input) };
}

function hold(service = groom, start = at('10:00', 12), now = at('09:00')): Appointment {
  const result = createHold({
    id: 'apt-1',
    service,
    start,
    units: ['r.carlos.1'],
    lockKeys: ['r.carlos.1_2026-03-12T15Z', 'r.carlos.1_2026-03-12T16Z'],
    contactId: 'contact-1',
    customerName: 'Ana',
    currency: 'USD',
    source: 'dialogue',
    by: 'customer',
    now,
    holdMinutes: 10,
  });
  if (!result.ok) throw new Error(result.message);
  return result.appointment;
}

/** Applies events in order; fails the test on a refusal. */
function run(a: Appointment, events: AppointmentEvent[], p = policy()) {
  let current = a;
  const effects: Effect[][] = [];
  for (const event of events) {
    const result = transition(current, event, p);
    if (!result.ok) throw new Error(`${event.type}: ${result.message}`);
    current = result.appointment;
    effects.push(result.effects);
  }
  return { appointment: Appointment.parse(current), effects, last: effects.at(-1) ?? [] };
}
const types = (effects: Effect[]) =>
  effects.map((e) => (e.type === 'notify_customer' ? `customer:${e.notice}` : e.type));
const paid = (at: Date, amount = 25): AppointmentEvent => ({ type: 'payment_received', at, amount, reference: 'cs_1' });
const book = (when = at('09:05')): AppointmentEvent => ({ type: 'book', at: when, by: 'customer' });

describe('createHold', () => {
  it('takes duration, price and deposit from the service and variant, and holds for holdMinutes', () => {
    const a = hold();
    expect(Appointment.parse(a)).toEqual(a);
    expect(a).toMatchObject({ status: 'held', price: 75, deposit: 25, resourceId: 'carlos', bufferAfterMinutes: 15 });
    expect(a.end).toEqual(at('11:30', 12));
    expect(a.holdExpiresAt).toEqual(at('09:10'));
  });

  it('a variant sets duration and price', () => {
    const result = createHold({ ...baseHold(), variantId: 'large' });
    expect(result.ok && [result.appointment.price, result.appointment.end]).toEqual([120, at('12:30', 12)]);
  });

  it.each([
    ['an unknown variant', { variantId: 'huge' }, 'unknown_variant'],
    ['a start in the past', { start: at('08:00') }, 'in_the_past'],
  ])('refuses %s', (_label, over, refusal) => {
    expect(createHold({ ...baseHold(), ...over })).toMatchObject({ ok: false, refusal });
  });

  function baseHold() {
    return {
      id: 'apt-2',
      service: groom,
      start: at('10:00', 12),
      units: ['all.1'],
      lockKeys: [],
      contactId: 'c',
      currency: 'USD',
      source: 'assistant' as const,
      by: 'customer' as const,
      now: at('09:00'),
      holdMinutes: 10,
    };
  }
});

describe('booking a hold', () => {
  it.each([
    [
      'no deposit, no approval → confirmed',
      bath,
      {},
      'confirmed',
      ['set_lock_expiry', 'calendar', 'reminders', 'customer:confirmed', 'notify_staff'],
    ],
    [
      'a deposit → awaiting payment',
      groom,
      {},
      'awaiting_payment',
      ['set_lock_expiry', 'request_payment', 'customer:awaiting_payment'],
    ],
    [
      'every booking approved → pending',
      bath,
      { approval: { allBookings: true } },
      'pending_approval',
      ['set_lock_expiry', 'request_approval', 'customer:pending_approval'],
    ],
    [
      'above an amount → pending',
      groom,
      { approval: { aboveAmount: 60 } },
      'pending_approval',
      ['set_lock_expiry', 'request_approval', 'customer:pending_approval'],
    ],
    [
      'at the amount → not pending',
      bath,
      { approval: { aboveAmount: 50 } },
      'confirmed',
      ['set_lock_expiry', 'calendar', 'reminders', 'customer:confirmed', 'notify_staff'],
    ],
  ] as [string, Service, BookingSettingsInput, string, string[]][])(
    '%s',
    (_label, service, settings, status, effects) => {
      const { appointment, last } = run(hold(service), [book()], policy(settings));
      expect(appointment.status).toBe(status);
      expect(types(last)).toEqual(effects);
    },
  );

  it('same-day approval goes by the local date, not the UTC one', () => {
    // 22:30 local on the 10th is already the 11th in UTC; a 23:00 slot that night is the same local day.
    const lateNight = hold(bath, at('23:00'), at('22:30'));
    const p = policy({ approval: { sameDay: true } });
    expect(run(lateNight, [book(at('22:31'))], p).appointment.status).toBe('pending_approval');
    const tomorrow = hold(bath, at('09:00', 11), at('22:30'));
    expect(run(tomorrow, [book(at('22:31'))], p).appointment.status).toBe('confirmed');
  });

  it('asks for the deposit with its expiry and keeps the slot until then', () => {
    const { appointment, last } = run(hold(), [book()], policy({ deposits: { paymentMinutes: 45 } }));
    const expiresAt = at('09:50');
    expect(appointment.paymentExpiresAt).toEqual(expiresAt);
    expect(last).toContainEqual({ type: 'request_payment', amount: 25, currency: 'USD', expiresAt });
    expect(last).toContainEqual({ type: 'set_lock_expiry', keys: appointment.lockKeys, expiresAt });
  });

  it('reminders are the configured hours before the start that are still ahead', () => {
    const { last } = run(
      hold(bath, at('10:00', 11), at('09:00')),
      [book(at('09:01'))],
      policy({ reminders: { hoursBefore: [24, 2] } }),
    );
    // Booked at 09:01 on the 10th for 10:00 on the 11th: 24 h before (10:00 on the 10th) is still ahead.
    expect(last).toContainEqual({ type: 'reminders', at: [at('10:00'), at('08:00', 11)] });
  });

  it('refuses a lapsed hold, and a second book', () => {
    expect(transition(hold(), book(at('09:10')), policy())).toMatchObject({ ok: false, refusal: 'hold_expired' });
    const { appointment } = run(hold(bath), [book()]);
    expect(transition(appointment, book(), policy())).toMatchObject({ ok: false, refusal: 'wrong_status' });
  });
});

describe('the full paths', () => {
  const approvalAndDeposit = policy({ approval: { allBookings: true } });

  it.each([
    ['hold → book → pay → confirmed', groom, policy(), [book(), paid(at('09:20'))], 'confirmed'],
    [
      'hold → book → approve → pay → confirmed',
      groom,
      approvalAndDeposit,
      [book(), { type: 'approve', at: at('09:30'), by: 'owner' }, paid(at('09:40'))],
      'confirmed',
    ],
    [
      'hold → book → decline → cancelled',
      groom,
      approvalAndDeposit,
      [book(), { type: 'decline', at: at('09:30'), by: 'owner', note: 'fully booked that day' }],
      'cancelled',
    ],
    ['hold → expire → cancelled', groom, policy(), [{ type: 'hold_expired', at: at('09:10') }], 'cancelled'],
    [
      'hold → book → payment expires → cancelled',
      groom,
      policy(),
      [book(), { type: 'payment_expired', at: at('09:35') }],
      'cancelled',
    ],
    [
      'confirmed → completed',
      bath,
      policy(),
      [book(), { type: 'complete', at: at('11:00', 12), by: 'staff' }],
      'completed',
    ],
    ['confirmed → no-show', bath, policy(), [book(), { type: 'no_show', at: at('10:20', 12), by: 'staff' }], 'no_show'],
  ] as [string, Service, LifecyclePolicy, AppointmentEvent[], string][])('%s', (_label, service, p, events, status) => {
    const { appointment } = run(hold(service), events, p);
    expect(appointment.status).toBe(status);
    expect(appointment.history.map((h) => h.to)).toEqual(['held', ...appointment.history.slice(1).map((h) => h.to)]);
    expect(appointment.history).toHaveLength(events.length + 1);
  });

  it.each([
    ['hold expiry before its time', groom, [{ type: 'hold_expired', at: at('09:05') }], 'not_expired'],
    ['payment expiry before its time', groom, [book(), { type: 'payment_expired', at: at('09:20') }], 'not_expired'],
    [
      'completing before the start',
      bath,
      [book(), { type: 'complete', at: at('09:30', 12), by: 'staff' }],
      'not_started',
    ],
    [
      'approving with nothing pending',
      bath,
      [book(), { type: 'approve', at: at('09:30'), by: 'owner' }],
      'nothing_pending',
    ],
    ['a no-show of a hold', bath, [{ type: 'no_show', at: at('10:20', 12), by: 'staff' }], 'wrong_status'],
  ] as [string, Service, AppointmentEvent[], string][])('refuses %s', (_label, service, events, refusal) => {
    let a = hold(service);
    for (const event of events.slice(0, -1)) {
      const r = transition(a, event, policy());
      if (!r.ok) throw new Error(r.message);
      a = r.appointment;
    }
    expect(transition(a, events.at(-1)!, policy())).toMatchObject({ ok: false, refusal });
  });

  it('the payment provider saying the checkout expired is trusted over our clock', () => {
    const { appointment } = run(hold(), [book(), { type: 'payment_expired', at: at('09:34'), reported: true }]);
    expect(appointment.status).toBe('cancelled');
  });

  it('an expired hold releases its locks and nothing else', () => {
    const { last } = run(hold(), [{ type: 'hold_expired', at: at('09:10') }]);
    expect(last).toEqual([{ type: 'release_locks', keys: hold().lockKeys }]);
  });
});

describe('payments', () => {
  it('the same payment twice changes nothing', () => {
    const { appointment } = run(hold(), [book(), paid(at('09:20')), paid(at('09:21'))]);
    expect(appointment.payments).toHaveLength(1);
    expect(appointment.status).toBe('confirmed');
  });

  it('a payment after the booking lapsed is refunded in full', () => {
    const { appointment, last } = run(hold(), [
      book(),
      { type: 'payment_expired', at: at('09:35') },
      paid(at('09:36')),
    ]);
    expect(appointment.status).toBe('cancelled');
    expect(last).toEqual([
      {
        type: 'refund',
        currency: 'USD',
        refund: { amount: 25, at: at('09:36'), reason: 'late_payment', paymentReference: 'cs_1' },
      },
    ]);
    expect(paidBalance(appointment)).toBe(0);
  });

  it('a second, different payment is refunded as a duplicate', () => {
    const second: AppointmentEvent = { type: 'payment_received', at: at('09:25'), amount: 25, reference: 'cs_2' };
    const { last } = run(hold(), [book(), paid(at('09:20')), second]);
    expect(last).toMatchObject([
      { type: 'refund', refund: { amount: 25, reason: 'duplicate_payment', paymentReference: 'cs_2' } },
    ]);
  });

  it('part of the deposit keeps the booking waiting', () => {
    const { appointment } = run(hold(), [book(), paid(at('09:20'), 10)]);
    expect(appointment.status).toBe('awaiting_payment');
  });
});

describe('cancelling a confirmed, paid appointment (start 12 March 10:00)', () => {
  const confirmedPaid = () => run(hold(), [book(), paid(at('09:20'))]).appointment;
  const cancelAt = (when: Date, by: 'customer' | 'staff' = 'customer'): AppointmentEvent => ({
    type: 'cancel',
    at: when,
    by,
  });
  const tiers = {
    deposits: {
      refunds: [
        { minNoticeHours: 48, refundPercent: 100 },
        { minNoticeHours: 24, refundPercent: 50 },
      ],
    },
  };

  it.each([
    ['49 h notice, default policy (24 h → 100 %)', at('09:00', 10), {}, 25],
    ['23 h notice, default policy', at('11:00', 11), {}, 0],
    ['exactly 24 h notice', at('10:00', 11), {}, 25],
    ['49 h notice, tiered', at('09:00', 10), tiers, 25],
    ['30 h notice, tiered: half', at('04:00', 11), tiers, 12.5],
    ['2 h notice, tiered', at('08:00', 12), tiers, 0],
  ] as [string, Date, BookingSettingsInput, number][])('%s → refund %s', (_label, when, settings, amount) => {
    const result = transition(confirmedPaid(), cancelAt(when), policy(settings));
    if (!result.ok) throw new Error(result.message);
    expect(result.appointment.status).toBe('cancelled');
    const refunds = result.effects.filter((e) => e.type === 'refund');
    expect(refunds.map((e) => e.type === 'refund' && e.refund.amount)).toEqual(amount > 0 ? [amount] : []);
    expect(types(result.effects)).toEqual([
      'release_locks',
      'calendar',
      'reminders',
      ...(amount > 0 ? ['refund'] : []),
      'customer:cancelled',
      'notify_staff',
    ]);
  });

  it('the business cancelling refunds everything, whatever the notice', () => {
    const result = transition(confirmedPaid(), cancelAt(at('09:00', 12), 'staff'), policy());
    expect(result.ok && result.effects.find((e) => e.type === 'refund')).toMatchObject({
      refund: { amount: 25, reason: 'business_cancelled' },
    });
  });

  it('a late cancellation waits for the owner when the policy says so; approval applies the refund fixed at request time', () => {
    const p = policy({ ...tiers, changePolicy: { noticeHours: 48 }, approval: { insidePolicyWindow: true } });
    const requested = run(confirmedPaid(), [cancelAt(at('04:00', 11))], p);
    expect(requested.appointment.status).toBe('pending_approval');
    expect(requested.appointment.pending).toMatchObject({
      kind: 'cancellation',
      refundAmount: 12.5,
      returnTo: 'confirmed',
    });
    expect(types(requested.last)).toEqual(['request_approval', 'customer:change_pending']);

    const approved = run(requested.appointment, [{ type: 'approve', at: at('20:00', 11), by: 'owner' }], p);
    expect(approved.appointment.status).toBe('cancelled');
    expect(approved.appointment.pending).toBeUndefined();
    expect(approved.last.find((e) => e.type === 'refund')).toMatchObject({ refund: { amount: 12.5 } });

    const declined = run(requested.appointment, [{ type: 'decline', at: at('20:00', 11), by: 'owner' }], p);
    expect(declined.appointment.status).toBe('confirmed');
    expect(types(declined.last)).toEqual(['release_locks', 'customer:change_declined']);
  });

  it('a refund that needs approval: the slot is freed now, the money waits', () => {
    const p = policy({ approval: { refunds: true } });
    const requested = run(confirmedPaid(), [cancelAt(at('09:00', 10))], p);
    expect(requested.appointment.status).toBe('cancelled');
    expect(requested.appointment.pending).toMatchObject({ kind: 'refund', refundAmount: 25 });
    expect(types(requested.last)).toEqual([
      'release_locks',
      'calendar',
      'reminders',
      'request_approval',
      'customer:refund_pending',
      'notify_staff',
    ]);
    const approved = run(requested.appointment, [{ type: 'approve', at: at('10:00', 10), by: 'owner' }], p);
    expect(approved.appointment.refunds).toHaveLength(1);
    expect(paidBalance(approved.appointment)).toBe(0);
    const declined = run(requested.appointment, [{ type: 'decline', at: at('10:00', 10), by: 'owner' }], p);
    expect(paidBalance(declined.appointment)).toBe(25);
    expect(types(declined.last)).toEqual(['customer:refund_declined']);
  });

  it('a customer cannot cancel once it has started; a held slot is simply let go', () => {
    expect(transition(confirmedPaid(), cancelAt(at('10:05', 12)), policy())).toMatchObject({
      ok: false,
      refusal: 'started',
    });
    const { appointment, last } = run(hold(), [cancelAt(at('09:02'))]);
    expect(appointment.status).toBe('cancelled');
    expect(types(last)).toEqual(['release_locks', 'customer:cancelled']);
  });

  it('a no-show keeps the deposit', () => {
    const { appointment } = run(confirmedPaid(), [{ type: 'no_show', at: at('10:20', 12), by: 'staff' }]);
    expect(paidBalance(appointment)).toBe(25);
  });

  it('rounds refunds to the currency: a 33 % refund of JPY 1000 is 330', () => {
    const yen = run(hold(), [book(), paid(at('09:20'), 1000)]).appointment;
    const p = policy({ deposits: { refunds: [{ minNoticeHours: 0, refundPercent: 33 }] } });
    const result = transition({ ...yen, currency: 'JPY', deposit: 1000 }, cancelAt(at('09:00', 11)), p);
    expect(result.ok && result.effects.find((e) => e.type === 'refund')).toMatchObject({ refund: { amount: 330 } });
  });
});

describe('rescheduling', () => {
  const confirmed = () => run(hold(bath), [book()]).appointment;
  const newTime = {
    start: at('14:00', 13),
    end: at('15:00', 13),
    units: ['r.jess.1'],
    lockKeys: ['r.jess.1_2026-03-13T19Z'],
  };
  const move = (when: Date, by: 'customer' | 'staff' = 'customer'): AppointmentEvent => ({
    type: 'reschedule',
    at: when,
    by,
    to: newTime,
  });

  it('moves at once with notice: new time, new resource, old locks released, calendar and reminders follow', () => {
    const { appointment, last } = run(confirmed(), [move(at('09:00', 10))]);
    expect(appointment).toMatchObject({
      status: 'confirmed',
      start: newTime.start,
      resourceId: 'jess',
      lockKeys: newTime.lockKeys,
    });
    expect(appointment.history.at(-1)!.previous).toEqual({ start: at('10:00', 12), end: at('11:00', 12) });
    expect(types(last)).toEqual(['release_locks', 'calendar', 'reminders', 'customer:rescheduled', 'notify_staff']);
    expect(last[0]).toEqual({ type: 'release_locks', keys: confirmed().lockKeys });
  });

  it('a late move waits for approval when the policy says so; decline releases the proposed slot', () => {
    const p = policy({ approval: { insidePolicyWindow: true } });
    const pending = run(confirmed(), [move(at('20:00', 11))], p);
    expect(pending.appointment.status).toBe('pending_approval');
    expect(pending.appointment.start).toEqual(at('10:00', 12));
    const approved = run(pending.appointment, [{ type: 'approve', at: at('21:00', 11), by: 'owner' }], p);
    expect(approved.appointment).toMatchObject({ status: 'confirmed', start: newTime.start });
    const declined = run(pending.appointment, [{ type: 'decline', at: at('21:00', 11), by: 'owner' }], p);
    expect(declined.appointment).toMatchObject({ status: 'confirmed', start: at('10:00', 12) });
    expect(declined.last[0]).toEqual({ type: 'release_locks', keys: newTime.lockKeys });
  });

  it('staff moves never wait for approval', () => {
    const p = policy({ approval: { insidePolicyWindow: true } });
    expect(run(confirmed(), [move(at('20:00', 11), 'staff')], p).appointment.status).toBe('confirmed');
  });

  it('a customer cancelling during a pending move frees both times when approved', () => {
    const p = policy({ approval: { insidePolicyWindow: true } });
    const { appointment } = run(
      confirmed(),
      [move(at('20:00', 11)), { type: 'cancel', at: at('20:30', 11), by: 'customer' }],
      p,
    );
    expect(appointment.pending?.kind).toBe('cancellation');
    const approved = run(appointment, [{ type: 'approve', at: at('21:00', 11), by: 'owner' }], p);
    expect(approved.last[0]).toEqual({ type: 'release_locks', keys: [...confirmed().lockKeys, ...newTime.lockKeys] });
  });

  it.each([['into the past', { ...newTime, start: at('08:00') }, 'in_the_past']])(
    'refuses a move %s',
    (_label, to, refusal) => {
      expect(
        transition(confirmed(), { type: 'reschedule', at: at('09:00'), by: 'customer', to }, policy()),
      ).toMatchObject({ ok: false, refusal });
    },
  );
});
