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
import { findPet } from '../clients.js';
import { day } from '../when/calendar.js';
import { type WhenRequest, parseWhen } from '../when/parse.js';
import type { DialogueContext, DialogueInput, DialogueState, DialogueTurn } from './port.js';
import { advance, book, holdSlot, miss } from './prompts.js';
import { type DialogueLanguage, TEXTS, isDialogueLanguage } from './texts.js';
import { DIALOGUE_TTL_MINUTES, type Turn, end, localName, release, reply, serviceOf, services } from './turn.js';
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

export { DIALOGUE_TTL_MINUTES } from './turn.js';

export function isStale(state: DialogueState, now: Date): boolean {
  return now.getTime() - Date.parse(state.updatedAt) > DIALOGUE_TTL_MINUTES * 60_000;
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
