import { describe, expect, it } from 'vitest';
import type { HandoffReason } from '../domain/conversation.js';
import { suggestionFor } from './suggested-qa.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const turn = (author: 'customer' | 'ai' | 'staff', text: string, minute: number) => ({
  author,
  text,
  at: at(minute),
  messageId: `m${minute}`,
});
const STAFF = { uid: 'u1', name: 'Layla' };
const answer = { text: 'Yes, an hour before.', messageId: 'staff-1', staff: STAFF };

function suggest(reason: HandoffReason | undefined, recent: ReturnType<typeof turn>[], handoffMinute = 5) {
  return suggestionFor(
    'conv-1',
    { channel: 'whatsapp-meta', handoff: reason ? { reason, at: at(handoffMinute) } : null, recent },
    answer,
    at(9),
  );
}

describe('suggestionFor', () => {
  const asked = [
    turn('customer', 'Hi', 1),
    turn('ai', 'Hello! How can I help?', 2),
    turn('customer', 'Can I bring my own numbing cream?', 4),
    turn('ai', 'A colleague will answer you shortly.', 5),
  ];

  it.each([
    [
      'low confidence: the question before the handoff message',
      'low_confidence',
      asked,
      'Can I bring my own numbing cream?',
    ],
    ['unsupported', 'unsupported', asked, 'Can I bring my own numbing cream?'],
    [
      'a follow-up after the handoff joins the question',
      'low_confidence',
      [...asked, turn('customer', 'Any brand?', 6)],
      'Can I bring my own numbing cream?\nAny brand?',
    ],
    ['the customer asked for a person', 'requested', asked, undefined],
    ['staff took it over themselves', 'staff', asked, undefined],
    ['a possible emergency', 'emergency', asked, undefined],
    ['no handoff', undefined, asked, undefined],
    ['staff answered already', 'low_confidence', [...asked, turn('staff', 'Yes', 6)], undefined],
    [
      'too short to be a question',
      'low_confidence',
      [turn('customer', '??', 4), turn('ai', 'A colleague…', 5)],
      undefined,
    ],
  ] as const)('%s', (_name, reason, recent, question) => {
    const result = suggest(reason, [...recent]);
    if (question === undefined) expect(result).toBeUndefined();
    else expect(result?.doc).toMatchObject({ question, answer: answer.text, state: 'open', handoffReason: reason });
  });

  it('is keyed by the last question message, so a second answer to it suggests nothing new', () => {
    const first = suggest('low_confidence', asked);
    expect(first?.doc.questionMessageIds).toEqual(['m4']);
    expect(suggest('low_confidence', asked)?.id).toBe(first?.id);
  });
});
