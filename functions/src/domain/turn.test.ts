import { describe, expect, it } from 'vitest';
import { type TurnCandidate, decideTurn } from './turn.js';

const m = (messageId: string, state: TurnCandidate['state'] = 'pending', answerable = true): TurnCandidate => ({
  messageId,
  state,
  answerable,
});

describe('decideTurn', () => {
  it.each<[string, TurnCandidate[], string, ReturnType<typeof decideTurn>]>([
    ['a lone message leads its own turn', [m('a')], 'a', { lead: true, members: [] }],
    [
      'the newest of a burst leads, answering the others',
      [m('a'), m('b'), m('c')],
      'c',
      { lead: true, members: ['a', 'b'] },
    ],
    ['an older one steps aside for the newest', [m('a'), m('b'), m('c')], 'a', { lead: false, newer: 'b' }],
    [
      'answered messages are not answered again',
      [m('a', 'done'), m('b', 'skipped'), m('c', 'failed'), m('d')],
      'd',
      { lead: true, members: [] },
    ],
    [
      'a message still being written counts as unanswered (its worker died or is ours)',
      [m('a', 'processing'), m('b')],
      'b',
      { lead: true, members: ['a'] },
    ],
    ['a newer answered message does not take the lead', [m('a'), m('b', 'done')], 'a', { lead: true, members: [] }],
    ['a reaction neither leads nor is answered', [m('a'), m('r', 'pending', false)], 'a', { lead: true, members: [] }],
    ['a reaction before the leader is left out', [m('r', 'pending', false), m('a')], 'a', { lead: true, members: [] }],
    [
      'a message missing from the recent turns defers to any newer unanswered one',
      [m('b'), m('c', 'done')],
      'a',
      { lead: false, newer: 'b' },
    ],
    ['… and leads alone otherwise', [m('b', 'done')], 'a', { lead: true, members: [] }],
  ])('%s', (_name, candidates, leader, decision) => {
    expect(decideTurn(candidates, leader)).toEqual(decision);
  });
});
