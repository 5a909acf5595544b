/**
 * The dialogue's questions and offers: from what the state already knows,
 * ask the next open question, look up real slots and offer them, hold the
 * chosen one, confirm and book through the port.
 */
import { addDays, formatTime, wallClock } from '../../hours.js';
import { termsOf } from '../offer.js';
import { day } from '../when/calendar.js';
import type { DialogueTurn, OfferedSlot } from './port.js';
import { type Choice, formatDay, formatMoney, shortDay } from './render.js';
import { chooseOffer } from './slot-offer.js';
import { fill } from './texts.js';
import {
  MAX_MISSES,
  MAX_OFFERED,
  SEARCH_DAYS,
  type Turn,
  end,
  joined,
  localName,
  release,
  reply,
  serviceLabel,
  serviceOf,
  services,
} from './turn.js';

export async function miss(turn: Turn): Promise<DialogueTurn> {
  turn.s.misses += 1;
  if (turn.s.misses >= MAX_MISSES) return end(turn, 'handoff', turn.t.handoff);
  return advance(turn, turn.t.notUnderstood, { keepMisses: true });
}

/** Asks the next open question, or offers slots, from what the state already knows. */
export async function advance(
  turn: Turn,
  prefix?: string,
  options: { noAutoHold?: boolean; keepMisses?: boolean } = {},
): Promise<DialogueTurn> {
  const { s, t } = turn;
  if (!options.keepMisses) s.misses = 0;
  const service = serviceOf(turn);
  if (!service) {
    delete s.serviceId;
    s.step = 'service';
    const choices = services(turn.ctx).map((x) => ({ id: `svc:${x.id}`, title: localName(turn, x.name) }));
    return reply(turn, joined(prefix, t.askService), choices);
  }
  if (service.variants.length > 0 && !service.variants.some((v) => v.id === s.variantId)) {
    s.step = 'variant';
    const choices = service.variants.map((v) => ({ id: `var:${v.id}`, title: localName(turn, v.name) }));
    return reply(turn, joined(prefix, fill(t.askVariant, { service: localName(turn, service.name) })), choices);
  }
  if (!s.hold) return offer(turn, prefix, options.noAutoHold ?? false);
  if (!s.name && turn.ctx.contact.name) s.name = turn.ctx.contact.name;
  if (!s.name) {
    s.step = 'name';
    return reply(turn, joined(prefix, t.askName));
  }
  if (turn.ctx.business.profile.vertical === 'grooming' && !s.pet) {
    s.step = 'pet';
    const pets = turn.ctx.contact.pets ?? [];
    if (pets.length === 0) return reply(turn, joined(prefix, t.askPet));
    const choices = [...pets.map((p) => ({ id: `pet:${p.id}`, title: p.name })), { id: 'pet:new', title: t.otherPet }];
    return reply(turn, joined(prefix, t.whichPet), choices);
  }
  return askConfirm(turn, prefix);
}

function askConfirm(turn: Turn, prefix?: string): DialogueTurn {
  const { s, t } = turn;
  const service = serviceOf(turn)!;
  const terms = termsOf(service, s.variantId)!;
  const currency = turn.ctx.business.profile.currency;
  s.step = 'confirm';
  const text = fill(t.confirm, {
    service: serviceLabel(turn),
    day: formatDay(s.hold!.date, s.language),
    time: s.hold!.time,
    with: s.pet ? fill(t.forPet, { pet: s.pet.name }) : '',
    price: formatMoney(terms.price, currency, s.language),
    deposit:
      terms.deposit > 0 ? fill(t.withDeposit, { deposit: formatMoney(terms.deposit, currency, s.language) }) : '',
  });
  return reply(turn, joined(prefix, text), [
    { id: 'yes', title: t.yes },
    { id: 'change', title: t.change },
    { id: 'cancel', title: t.cancel },
  ]);
}

/** Looks up real slots for what the customer asked and puts them in front of them. */
async function offer(turn: Turn, prefix: string | undefined, noAutoHold: boolean): Promise<DialogueTurn> {
  const { s, t, ctx } = turn;
  const service = serviceOf(turn)!;
  const serviceName = serviceLabel(turn);
  const today = wallClock(ctx.now, ctx.business.profile.timezone).date;
  const date = s.when?.date;
  const [from, to] = !date
    ? [today, addDays(today, SEARCH_DAYS - 1)]
    : date.kind === 'day'
      ? [date.date, date.date]
      : [date.from, date.to];
  const find = (a: string, b: string) =>
    ctx.booking.findSlots({ serviceId: service.id, variantId: s.variantId, from: a, to: b });
  let slots = await find(from, to);
  let note: string | undefined;
  if (slots.length === 0 && date) {
    note =
      date.kind === 'day'
        ? fill(t.nothingOn, { service: serviceName, day: formatDay(date.date, s.language) })
        : undefined;
    slots = await find(addDays(to, 1), addDays(to, SEARCH_DAYS));
    s.when = {};
  }
  if (slots.length === 0) return end(turn, 'handoff', joined(prefix, fill(t.noDays, { service: serviceName })));

  const result = chooseOffer(slots, s.when?.time, s.when?.alternatives ?? [], MAX_OFFERED);
  const lead = joined(prefix, note);
  switch (result.kind) {
    case 'exact':
      if (!noAutoHold) return holdSlot(turn, result.slot, lead);
      return offerTimes(turn, [result.slot], lead);
    case 'which':
      if (new Set(result.slots.map((x) => x.date)).size === 1 && result.slots.length === 2) {
        const [a, b] = result.slots as [OfferedSlot, OfferedSlot];
        s.step = 'time';
        s.offered = result.slots;
        return reply(turn, joined(lead, fill(t.whichTime, { a: a.time, b: b.time })), slotChoices(turn, result.slots));
      }
      return offerTimes(turn, result.slots, lead);
    case 'times': {
      const first = result.slots[0]!;
      const part = s.when?.time?.kind === 'window' ? s.when.time.part : undefined;
      const why =
        result.note === 'nothing_at' && s.when?.time?.kind === 'at'
          ? fill(t.nothingAt, { time: formatTime(s.when.time.minutes), day: formatDay(first.date, s.language) })
          : result.note === 'nothing_in_part' && part && part !== 'midday' && part !== 'night'
            ? fill(t.nothingInPart, { part: t[part], day: formatDay(first.date, s.language) })
            : undefined;
      return offerTimes(turn, result.slots, joined(lead, why));
    }
    case 'days': {
      s.step = 'day';
      s.offered = [];
      const choices = result.days.map((d) => ({ id: `day:${d}`, title: shortDay(d, s.language) }));
      const ask = s.when?.date ? t.offerDays : t.askDay;
      return reply(turn, joined(lead, fill(ask, { service: serviceName })), choices);
    }
    case 'none':
      return end(turn, 'handoff', joined(prefix, fill(t.noDays, { service: serviceName })));
  }
}

function slotChoices(turn: Turn, slots: readonly OfferedSlot[]): Choice[] {
  const manyDays = new Set(slots.map((x) => x.date)).size > 1;
  return slots.map((x) => ({
    id: `slot:${x.start}`,
    title: manyDays ? `${shortDay(x.date, turn.s.language)} ${x.time}` : x.time,
  }));
}

function offerTimes(turn: Turn, slots: OfferedSlot[], lead: string): DialogueTurn {
  const { s, t } = turn;
  s.step = 'time';
  s.offered = slots;
  const text = fill(t.offerTimes, { service: serviceLabel(turn), day: formatDay(slots[0]!.date, s.language) });
  const manyDays = new Set(slots.map((x) => x.date)).size > 1;
  return reply(
    turn,
    joined(lead, manyDays ? fill(t.offerDays, { service: serviceLabel(turn) }) : text),
    slotChoices(turn, slots),
  );
}

export async function holdSlot(turn: Turn, slot: OfferedSlot, lead?: string): Promise<DialogueTurn> {
  const { s, ctx } = turn;
  await release(turn);
  const held = await ctx.booking.hold({
    serviceId: s.serviceId!,
    variantId: s.variantId,
    start: slot.start,
    contactId: ctx.contact.id,
  });
  if (!held.ok) return advance(turn, joined(lead, turn.t.taken), { noAutoHold: true });
  s.hold = {
    appointmentId: held.appointmentId,
    start: slot.start,
    date: slot.date,
    time: slot.time,
    expiresAt: held.expiresAt,
  };
  // "Thursday instead" then means the same time on Thursday.
  const minutes = Number(slot.time.slice(0, 2)) * 60 + Number(slot.time.slice(3, 5));
  s.when = { date: day(slot.date), time: { kind: 'at', minutes, approximate: false } };
  s.offered = [];
  return advance(turn, lead || undefined);
}

export async function book(turn: Turn): Promise<DialogueTurn> {
  const { s, t, ctx } = turn;
  let hold = s.hold!;
  if (Date.parse(hold.expiresAt) <= ctx.now.getTime()) {
    // The hold lapsed while the customer was typing: take the same time again if it is still free.
    const again = await ctx.booking.hold({
      serviceId: s.serviceId!,
      variantId: s.variantId,
      start: hold.start,
      contactId: ctx.contact.id,
    });
    if (!again.ok) {
      delete s.hold;
      return advance(turn, joined(t.expired, t.taken), { noAutoHold: true });
    }
    hold = s.hold = { ...hold, appointmentId: again.appointmentId, expiresAt: again.expiresAt };
  }
  const result = await ctx.booking.book({ appointmentId: hold.appointmentId, customerName: s.name!, pet: s.pet });
  if (!result.ok) {
    delete s.hold;
    return advance(turn, result.reason === 'expired' ? joined(t.expired, t.taken) : t.taken, { noAutoHold: true });
  }
  const terms = termsOf(serviceOf(turn)!, s.variantId)!;
  const currency = ctx.business.profile.currency;
  const values = {
    name: s.name!,
    service: serviceLabel(turn),
    day: formatDay(hold.date, s.language),
    time: hold.time,
    deposit: formatMoney(terms.deposit, currency, s.language),
  };
  const done = { appointmentId: hold.appointmentId };
  if (result.status !== 'awaiting_payment') {
    const confirmed = result.status === 'confirmed';
    const text = fill(confirmed ? t.booked : t.pending, values);
    return { ...reply(turn, text, [], confirmed ? 'booked' : 'pending_approval'), ...done };
  }
  const until = formatTime(wallClock(new Date(result.paymentExpiresAt), ctx.business.profile.timezone).minutes);
  const text = fill(t.awaitingPayment, { ...values, url: result.paymentUrl, until });
  return { ...reply(turn, text, [], 'awaiting_payment'), ...done };
}
