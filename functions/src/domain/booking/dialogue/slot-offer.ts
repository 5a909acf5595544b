/**
 * Which of the free slots to put in front of the customer, given what they
 * asked for: the exact time if it is free, both readings of "at 5" if both
 * are, the nearest times when it is not, the times inside a part of the
 * day, or the days that have room when they asked for a range. Pure.
 */
import type { WhenTime } from '../when/parse.js';
import type { OfferedSlot } from './port.js';

export type Offer =
  | { kind: 'exact'; slot: OfferedSlot }
  | { kind: 'which'; slots: OfferedSlot[] }
  | { kind: 'times'; slots: OfferedSlot[]; note?: 'nothing_at' | 'nothing_in_part' | undefined }
  | { kind: 'days'; days: string[]; note?: 'nothing_in_part' | undefined }
  | { kind: 'none' };

const minutesOf = (slot: OfferedSlot) => Number(slot.time.slice(0, 2)) * 60 + Number(slot.time.slice(3, 5));

/** Up to `max` slots spread across the list, so the customer sees the whole day. */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max <= 1) return items.slice(0, max);
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round((i * (items.length - 1)) / (max - 1)));
  return [...picked].map((i) => items[i]!);
}

const daysOf = (slots: readonly OfferedSlot[]) => [...new Set(slots.map((s) => s.date))];

export function chooseOffer(
  slots: readonly OfferedSlot[],
  time: WhenTime | undefined,
  alternatives: readonly number[],
  max: number,
): Offer {
  if (slots.length === 0) return { kind: 'none' };
  const days = daysOf(slots);

  if (time?.kind === 'at') {
    const wanted = [time.minutes, ...alternatives];
    const matching = slots.filter((s) => wanted.includes(minutesOf(s)));
    if (matching.length === 1) return { kind: 'exact', slot: matching[0]! };
    if (matching.length > 1) {
      // The same clock time on several days, or 05:00 and 17:00 on one: let them say which.
      return { kind: 'which', slots: matching.slice(0, max) };
    }
    const day = slots.filter((s) => s.date === days[0]);
    const nearest = [...day]
      .sort((a, b) => Math.abs(minutesOf(a) - time.minutes) - Math.abs(minutesOf(b) - time.minutes))
      .slice(0, max)
      .sort((a, b) => minutesOf(a) - minutesOf(b));
    return { kind: 'times', slots: nearest, note: 'nothing_at' };
  }

  if (time?.kind === 'window') {
    const inside = slots.filter((s) => minutesOf(s) >= time.from && minutesOf(s) < time.to);
    if (inside.length === 0) {
      if (days.length > 1) return { kind: 'days', days: days.slice(0, max), note: 'nothing_in_part' };
      return { kind: 'times', slots: spread(slots, max), note: 'nothing_in_part' };
    }
    const insideDays = daysOf(inside);
    if (insideDays.length > 1) return { kind: 'days', days: insideDays.slice(0, max) };
    return { kind: 'times', slots: spread(inside, max) };
  }

  if (days.length > 1) return { kind: 'days', days: days.slice(0, max) };
  return { kind: 'times', slots: spread(slots, max) };
}
