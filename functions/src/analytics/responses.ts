/**
 * First-response times and unanswered turns, from a day's messages.
 *
 * A customer's *turn* starts with a customer message while nothing of
 * theirs waits for a reply, and ends with the first reply by the AI or by
 * staff: its response time is the time between the two, credited to
 * whoever replied. A burst (several messages before the reply) is one turn,
 * timed from its first message. Messages by the system (out-of-hours and
 * flood notices) do not answer a turn; reactions do not open one.
 *
 * Turns are those opened during the day; replies are looked for until the
 * end of the messages given (the caller reads an hour past the day's end,
 * RESPONSE_HORIZON_MS). A turn still open then is unanswered.
 */
import type { DayWindow } from './day-window.js';
import { type MessageFact, within } from './facts.js';

export interface ResponseTimes {
  ai: number[];
  human: number[];
  unansweredTurns: number;
  unansweredMessages: number;
}

const opensTurn = (m: MessageFact) => m.direction === 'in' && m.author === 'customer' && m.content.type !== 'reaction';
const answers = (m: MessageFact) => m.direction === 'out' && (m.author === 'ai' || m.author === 'staff');

export function responseTimes(messages: readonly MessageFact[], window: DayWindow): ResponseTimes {
  const result: ResponseTimes = { ai: [], human: [], unansweredTurns: 0, unansweredMessages: 0 };
  const open = new Map<string, { since: Date; messages: number }>();
  // Oldest first; at the same instant the customer's message comes before a reply to it.
  const ordered = [...messages].sort(
    (a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.direction === 'in' ? -1 : 0) - (b.direction === 'in' ? -1 : 0),
  );
  for (const message of ordered) {
    const turn = open.get(message.conversationId);
    if (opensTurn(message)) {
      if (turn) turn.messages += within(message.createdAt, window) ? 1 : 0;
      else if (within(message.createdAt, window)) {
        open.set(message.conversationId, { since: message.createdAt, messages: 1 });
      }
    } else if (turn && answers(message)) {
      const elapsed = message.createdAt.getTime() - turn.since.getTime();
      (message.author === 'ai' ? result.ai : result.human).push(elapsed);
      open.delete(message.conversationId);
    }
  }
  for (const turn of open.values()) {
    result.unansweredTurns += 1;
    result.unansweredMessages += turn.messages;
  }
  return result;
}
