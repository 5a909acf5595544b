import { describe, expect, it } from 'vitest';
import type { WhenTime } from '../when/parse.js';
import type { OfferedSlot } from './port.js';
import { chooseOffer, spread } from './slot-offer.js';

const slot = (date: string, time: string): OfferedSlot => ({ start: `${date}T${time}:00Z`, date, time });
const day = (date: string, ...times: string[]) => times.map((t) => slot(date, t));
const at = (hhmm: string): WhenTime => ({
  kind: 'at',
  minutes: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)),
  approximate: false,
});
const TUE = day('2026-03-03', '09:00', '10:00', '11:00', '14:00', '15:00', '16:00', '17:00');
const WED = day('2026-03-04', '09:00', '17:00');

const summary = (o: ReturnType<typeof chooseOffer>) => {
  switch (o.kind) {
    case 'exact':
      return `exact ${o.slot.date} ${o.slot.time}`;
    case 'which':
    case 'times':
      return `${o.kind} ${o.slots.map((s) => `${s.date.slice(8)}@${s.time}`).join(' ')}${'note' in o && o.note ? ` (${o.note})` : ''}`;
    case 'days':
      return `days ${o.days.join(' ')}${o.note ? ` (${o.note})` : ''}`;
    case 'none':
      return 'none';
  }
};

describe('chooseOffer', () => {
  it.each([
    ['nothing free', [], undefined, [], 'none'],
    ['the asked time is free', TUE, at('15:00'), [], 'exact 2026-03-03 15:00'],
    ['"at 5": only 17:00 is free', TUE, at('17:00'), [5 * 60], 'exact 2026-03-03 17:00'],
    [
      '"at 9": both 09:00 and 21:00 free',
      [...TUE, slot('2026-03-03', '21:00')],
      at('09:00'),
      [21 * 60],
      'which 03@09:00 03@21:00',
    ],
    ['not free: the nearest times that day', TUE, at('12:30'), [], 'times 03@10:00 03@11:00 03@14:00 (nothing_at)'],
    ['the same time on several days', [...TUE, ...WED], at('17:00'), [], 'which 03@17:00 04@17:00'],
    [
      'a part of the day',
      TUE,
      { kind: 'window', from: 720, to: 1140, part: 'afternoon' },
      [],
      'times 03@14:00 03@16:00 03@17:00',
    ],
    [
      'nothing in that part of the day',
      day('2026-03-03', '09:00', '10:00'),
      { kind: 'window', from: 720, to: 1140 },
      [],
      'times 03@09:00 03@10:00 (nothing_in_part)',
    ],
    ['a range: the days with room', [...TUE, ...WED], undefined, [], 'days 2026-03-03 2026-03-04'],
    [
      'a range and a part: the days with room then',
      [...TUE, ...WED],
      { kind: 'window', from: 600, to: 720 },
      [],
      'times 03@10:00 03@11:00',
    ],
  ] as [string, OfferedSlot[], WhenTime | undefined, number[], string][])(
    '%s',
    (_label, slots, time, alternatives, expected) => {
      expect(summary(chooseOffer(slots, time, alternatives, 3))).toBe(expected);
    },
  );
});

describe('spread', () => {
  it.each([
    [[1, 2, 3], 6, [1, 2, 3]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9], 3, [1, 5, 9]],
    [[1, 2, 3, 4, 5], 1, [1]],
  ])('%j into %i', (items, max, expected) => {
    expect(spread(items, max)).toEqual(expected);
  });
});
