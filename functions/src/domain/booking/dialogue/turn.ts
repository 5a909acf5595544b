/**
 * One turn of the booking dialogue: what it knows (the state, the context,
 * the texts in the customer's language, what the message said) and the
 * small helpers every step uses to answer.
 */
import type { Service } from '../../business.js';
import { pickLocalized } from '../../localized.js';
import type { WhenRequest } from '../when/parse.js';
import type { DialogueContext, DialogueOutcome, DialogueState, DialogueTurn } from './port.js';
import { type Choice, renderChoices } from './render.js';
import type { Texts } from './texts.js';

/** How many slots or days one reply offers. */
export const MAX_OFFERED = 6;
/** Days searched when the customer has not said when. */
export const SEARCH_DAYS = 14;
export const MAX_MISSES = 3;
/** A dialogue untouched this long starts over (its hold has long lapsed). */
export const DIALOGUE_TTL_MINUTES = 60;

export interface Turn {
  s: DialogueState;
  ctx: DialogueContext;
  t: Texts;
  text: string;
  picked: string | undefined;
  when: WhenRequest;
}

export const services = (ctx: DialogueContext) => ctx.business.services.filter((s) => s.active);
export const serviceOf = (turn: Turn): Service | undefined => services(turn.ctx).find((s) => s.id === turn.s.serviceId);

export function localName(turn: Turn, value: Parameters<typeof pickLocalized>[0]): string {
  return pickLocalized(value, turn.s.language, turn.ctx.business.profile.languages).text;
}

export function serviceLabel(turn: Turn): string {
  const service = serviceOf(turn);
  if (!service) return '';
  const variant = service.variants.find((v) => v.id === turn.s.variantId);
  const name = localName(turn, service.name);
  return variant ? `${name} – ${localName(turn, variant.name)}` : name;
}

export function reply(
  turn: Turn,
  text: string,
  choices: Choice[] = [],
  outcome: DialogueOutcome = 'continue',
): DialogueTurn {
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

export const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

export async function release(turn: Turn) {
  if (turn.s.hold) await turn.ctx.booking.release(turn.s.hold.appointmentId);
  delete turn.s.hold;
}

export async function end(turn: Turn, outcome: 'abandoned' | 'handoff', text: string): Promise<DialogueTurn> {
  await release(turn);
  return reply(turn, text, [], outcome);
}
