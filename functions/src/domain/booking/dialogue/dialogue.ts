/**
 * The offline booking dialogue: a deterministic state machine, no LLM.
 *
 *   service → (option) → day → a choice of real slots → (hold) → name → (pet) → confirm → book
 *
 * Each message may say several things at once ("a full groom for a medium
 * dog tomorrow at 10"), and the dialogue takes all of them, skipping the
 * questions already answered. At any step the customer can name another
 * service or another day (the hold is released and the dialogue moves
 * there), stop ("cancel", "olvídalo", "خلص"), or ask for a person. Three
 * replies in a row it cannot use hand the conversation to staff.
 *
 * `bookingTurn(state, input, context)` is the whole interface: give it the
 * stored state (undefined to start), the message, and the context with the
 * booking port; store the state it returns.
 */
import type { Service } from '../../business.js';
import { addDays, formatTime, wallClock } from '../../hours.js';
import { pickLocalized } from '../../localized.js';
import { findPet } from '../clients.js';
import { termsOf } from '../offer.js';
import { day } from '../when/calendar.js';
import { type WhenRequest, parseWhen } from '../when/parse.js';
import type {
  DialogueContext,
  DialogueInput,
  DialogueOutcome,
  DialogueState,
  DialogueTurn,
  OfferedSlot,
} from './port.js';
import { type Choice, formatDay, formatMoney, renderChoices, shortDay } from './render.js';
import { chooseOffer } from './slot-offer.js';
import { type DialogueLanguage, TEXTS, type Texts, fill, isDialogueLanguage } from './texts.js';
import {
  extractName,
  matchServices,
  matchVariants,
  pickedNumber,
  saysChange,
  saysNo,
  saysStop,
  saysYes,
  wantsPerson,
} from './understand.js';

/** How many slots or days one reply offers. */
const MAX_OFFERED = 6;
/** Days searched when the customer has not said when. */
const SEARCH_DAYS = 14;
const MAX_MISSES = 3;
/** A dialogue untouched this long starts over (its hold has long lapsed). */
export const DIALOGUE_TTL_MINUTES = 60;

export function isStale(state: DialogueState, now: Date): boolean {
  return now.getTime() - Date.parse(state.updatedAt) > DIALOGUE_TTL_MINUTES * 60_000;
}

interface Turn {
  s: DialogueState;
  ctx: DialogueContext;
  t: Texts;
  text: string;
  picked: string | undefined;
  when: WhenRequest;
}

function chooseLanguage(ctx: DialogueContext, previous: DialogueLanguage | undefined): DialogueLanguage {
  if (isDialogueLanguage(ctx.language)) return ctx.language;
  if (previous) return previous;
  const fallback = ctx.business.profile.languages.find(isDialogueLanguage);
  return fallback ?? 'en';
}

function fresh(ctx: DialogueContext): DialogueState {
  const at = ctx.now.toISOString();
  return {
    v: 1,
    step: 'service',
    language: chooseLanguage(ctx, undefined),
    choices: [],
    offered: [],
    misses: 0,
    startedAt: at,
    updatedAt: at,
  };
}

const services = (ctx: DialogueContext) => ctx.business.services.filter((s) => s.active);
const serviceOf = (turn: Turn): Service | undefined => services(turn.ctx).find((s) => s.id === turn.s.serviceId);

function localName(turn: Turn, value: Parameters<typeof pickLocalized>[0]): string {
  return pickLocalized(value, turn.s.language, turn.ctx.business.profile.languages).text;
}

function serviceLabel(turn: Turn): string {
  const service = serviceOf(turn);
  if (!service) return '';
  const variant = service.variants.find((v) => v.id === turn.s.variantId);
  const name = localName(turn, service.name);
  return variant ? `${name} – ${localName(turn, variant.name)}` : name;
}

function reply(turn: Turn, text: string, choices: Choice[] = [], outcome: DialogueOutcome = 'continue'): DialogueTurn {
  const rendered = renderChoices(text, choices, turn.ctx.maxButtons, turn.s.language);
  const over = outcome !== 'continue';
  if (!over) turn.s.choices = choices.map((c) => c.id);
  return {
    state: over ? undefined : turn.s,
    reply: rendered,
    language: turn.s.language,
    outcome,
    ...(over && turn.s.hold ? { appointmentId: turn.s.hold.appointmentId } : {}),
  };
}

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

async function release(turn: Turn) {
  if (turn.s.hold) await turn.ctx.booking.release(turn.s.hold.appointmentId);
  delete turn.s.hold;
}

async function end(turn: Turn, outcome: 'abandoned' | 'handoff', text: string): Promise<DialogueTurn> {
  await release(turn);
  return reply(turn, text, [], outcome);
}

async function miss(turn: Turn): Promise<DialogueTurn> {
  turn.s.misses += 1;
  if (turn.s.misses >= MAX_MISSES) return end(turn, 'handoff', turn.t.handoff);
  return advance(turn, turn.t.notUnderstood, { keepMisses: true });
}

/** Asks the next open question, or offers slots, from what the state already knows. */
async function advance(
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

async function holdSlot(turn: Turn, slot: OfferedSlot, lead?: string): Promise<DialogueTurn> {
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

async function book(turn: Turn): Promise<DialogueTurn> {
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

/** Takes a date or time the customer gave, keeping what they said before that it does not replace. */
function takeWhen(turn: Turn) {
  const { when, s } = turn;
  const previous = s.when ?? {};
  const alternatives = when.ambiguities.flatMap((a) => (a.kind === 'am_pm' ? a.candidates.slice(1) : []));
  s.when = {
    ...((when.date ?? previous.date) ? { date: when.date ?? previous.date } : {}),
    ...((when.time ?? previous.time) ? { time: when.time ?? previous.time } : {}),
    ...(when.time ? { alternatives } : previous.alternatives ? { alternatives: previous.alternatives } : {}),
  };
}

const hasWhen = (when: WhenRequest) => when.date !== undefined || when.time !== undefined;

function takeService(turn: Turn, id: string) {
  const service = services(turn.ctx).find((x) => x.id === id);
  if (!service) return;
  turn.s.serviceId = id;
  delete turn.s.variantId;
  const variants = matchVariants(turn.text, service, turn.ctx.business.profile.languages[0] ?? 'en');
  if (variants.length === 1) turn.s.variantId = variants[0]!;
  else {
    // A pet on file whose size is one of the service's options picks it.
    const sized = (turn.ctx.contact.pets ?? []).filter((p) => p.size && service.variants.some((v) => v.id === p.size));
    if (sized.length === 1) {
      turn.s.variantId = sized[0]!.size!;
      turn.s.pet ??= { id: sized[0]!.id, name: sized[0]!.name };
    }
  }
}

export async function bookingTurn(
  state: DialogueState | undefined,
  input: DialogueInput,
  ctx: DialogueContext,
): Promise<DialogueTurn> {
  const resumed = state !== undefined && !isStale(state, ctx.now);
  // A stale dialogue's hold lapsed long ago; let it go properly before starting over.
  if (state?.hold && !resumed) await ctx.booking.release(state.hold.appointmentId);
  const s: DialogueState = resumed ? structuredClone(state) : fresh(ctx);
  s.language = chooseLanguage(ctx, s.language);
  s.updatedAt = ctx.now.toISOString();
  const number = input.replyId ? undefined : pickedNumber(input.text);
  const picked = input.replyId ?? (number !== undefined ? s.choices[number - 1] : undefined);
  const { business } = ctx;
  const when = picked
    ? { ambiguities: [] }
    : parseWhen(input.text, {
        now: ctx.now,
        timeZone: business.profile.timezone,
        ...(business.profile.timezone.startsWith('America/') ? { dateOrder: 'mdy' as const } : {}),
      });
  const turn: Turn = { s, ctx, t: TEXTS[s.language], text: input.text, picked, when };

  if (picked === 'cancel' || (!picked && saysStop(input.text))) return end(turn, 'abandoned', turn.t.abandoned);
  if (!picked && wantsPerson(input.text)) return end(turn, 'handoff', turn.t.handoff);

  const mentioned = picked?.startsWith('svc:')
    ? [picked.slice(4)]
    : picked
      ? []
      : matchServices(input.text, services(ctx), business.profile.languages[0] ?? 'en');

  // Another service, named at any later step: start over from it, keeping the day asked for.
  if (s.step !== 'service' && mentioned.length === 1 && mentioned[0] !== s.serviceId) {
    await release(turn);
    takeService(turn, mentioned[0]!);
    if (hasWhen(when)) takeWhen(turn);
    return advance(turn);
  }
  // Another day or time, said after the slots were offered: look again. Where a name is expected, a lone
  // "Domingo" or "Juma" (جمعة) is a name, not Sunday or Friday.
  const nameExpected = s.step === 'name' || s.step === 'pet';
  const movesDay =
    when.date !== undefined &&
    (!nameExpected || saysChange(input.text) || when.time !== undefined || input.text.trim().split(/\s+/).length >= 3);
  const movesTime = when.time !== undefined && s.step !== 'time';
  if (['time', 'name', 'pet', 'confirm', 'change'].includes(s.step) && (movesDay || movesTime)) {
    await release(turn);
    takeWhen(turn);
    return advance(turn);
  }

  switch (s.step) {
    case 'service': {
      if (mentioned.length === 1) takeService(turn, mentioned[0]!);
      if (hasWhen(when)) takeWhen(turn);
      if (mentioned.length === 1) return advance(turn);
      if (mentioned.length > 1) {
        const choices = services(ctx)
          .filter((x) => mentioned.includes(x.id))
          .map((x) => ({ id: `svc:${x.id}`, title: localName(turn, x.name) }));
        return reply(turn, turn.t.whichOf, choices);
      }
      return resumed ? miss(turn) : advance(turn);
    }
    case 'variant': {
      const service = serviceOf(turn)!;
      const variants = picked?.startsWith('var:')
        ? [picked.slice(4)]
        : matchVariants(input.text, service, business.profile.languages[0] ?? 'en');
      if (hasWhen(when)) takeWhen(turn);
      if (variants.length === 1 && service.variants.some((v) => v.id === variants[0])) {
        s.variantId = variants[0]!;
        return advance(turn);
      }
      return miss(turn);
    }
    case 'day': {
      if (picked?.startsWith('day:')) {
        s.when = { ...s.when, date: day(picked.slice(4)) };
        return advance(turn);
      }
      if (hasWhen(when)) {
        takeWhen(turn);
        return advance(turn);
      }
      return miss(turn);
    }
    case 'time': {
      const slot = picked?.startsWith('slot:') ? s.offered.find((x) => x.start === picked.slice(5)) : undefined;
      if (slot) return holdSlot(turn, slot);
      if (when.time?.kind === 'at') {
        const wanted = [
          when.time.minutes,
          ...when.ambiguities.flatMap((a) => (a.kind === 'am_pm' ? a.candidates : [])),
        ];
        const matching = s.offered.filter((x) =>
          wanted.includes(Number(x.time.slice(0, 2)) * 60 + Number(x.time.slice(3))),
        );
        if (matching.length === 1) return holdSlot(turn, matching[0]!);
      }
      if (when.time) {
        takeWhen(turn);
        return advance(turn);
      }
      if (saysChange(input.text)) {
        s.when = {};
        return advance(turn);
      }
      return miss(turn);
    }
    case 'name': {
      const name = picked ? undefined : extractName(input.text);
      if (!name) return miss(turn);
      s.name = name;
      return advance(turn);
    }
    case 'pet': {
      const pets = ctx.contact.pets ?? [];
      if (picked === 'pet:new') {
        s.choices = [];
        return reply(turn, turn.t.askPet);
      }
      const known = picked?.startsWith('pet:') ? pets.find((p) => p.id === picked.slice(4)) : undefined;
      const name = known?.name ?? (picked ? undefined : extractName(input.text));
      if (!name) return miss(turn);
      const id = known?.id ?? findPet(pets, name);
      s.pet = id ? { id, name: pets.find((p) => p.id === id)!.name } : { name };
      return advance(turn);
    }
    case 'confirm': {
      if (picked === 'yes' || (!picked && saysYes(input.text))) return book(turn);
      if (picked === 'change' || (!picked && (saysNo(input.text) || saysChange(input.text)))) {
        s.step = 'change';
        const t = turn.t;
        return reply(turn, t.changeWhat, [
          { id: 'change:day', title: t.dayTime },
          { id: 'change:service', title: t.service },
          { id: 'cancel', title: t.cancel },
        ]);
      }
      return miss(turn);
    }
    case 'change': {
      if (picked === 'change:day' || (!picked && saysChange(input.text))) {
        await release(turn);
        s.when = {};
        return advance(turn);
      }
      if (picked === 'change:service') {
        await release(turn);
        delete s.serviceId;
        delete s.variantId;
        return advance(turn);
      }
      return miss(turn);
    }
  }
}
